// Curation in a real VS Code (issue 6): every action, the review flow, undo, reload on external
// change, the corrupt-sidecar path. Each test works on its own seed in seeds/curation-tests/ (a
// folder of the throw-away workspace), removed at the end so the other suites see the 5 seeds only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReviewedMention } from '../../src/curation/types';
import type { SeedFactsApi } from '../../src/extension/api';
import type { ScoreReport } from '../../src/extension/model/curationScore';
import type { FactsTreeNode } from '../../src/extension/tree/treeNodes';
import { activateExtension, screenshot, sleep, waitFor, workspaceRoot } from './util';
import { removeTestFolder } from './curationHelpers';

const TEXT = [
	'Hanoï, 16 octobre 2025 (VNA) - La Banque mondiale a approuvé un prêt de 12 millions de dollars américains pour le Vietnam.',
	'Selon le ministère des Finances, la croissance atteindrait 6,5 % en 2025, contre 5 % en 2024.',
	'Le Comité populaire de Hanoï a inauguré 228 projets et la Société Lumière a livré trois cents logements.',
	'',
].join('\n');

const folder = () => vscode.Uri.joinPath(workspaceRoot(), 'curation-tests');
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let counter = 0;

interface Inspect {
	statusBarText: string;
	state?: string;
	error?: string;
	orphans: { id: string; exact: string; reason: string }[];
	canUndo: boolean;
}

async function api(): Promise<SeedFactsApi> {
	return activateExtension<SeedFactsApi>();
}

/** A new seed with `text`, open in an editor, its facts computed. */
async function newSeed(text = TEXT): Promise<{ a: SeedFactsApi; editor: vscode.TextEditor; uri: vscode.Uri; sidecar: vscode.Uri }> {
	const a = await api();
	const uri = vscode.Uri.joinPath(folder(), `seed-${Date.now().toString(36)}-${++counter}.txt`);
	await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
	const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
	await waitFor(() => a.services.facts.get(uri)?.source === 'editor' && a.getMentions(uri).length > 0, 15_000, `facts of ${uri.path}`);
	await inspect(uri); // loads the (absent) sidecar
	await waitFor(async () => (await inspect(uri)).state === 'absent' || (await inspect(uri)).state === 'ok' || (await inspect(uri)).state === 'error', 5000, 'sidecar state');
	return { a, editor, uri, sidecar: uri.with({ path: uri.path + '.facts.json' }) };
}

function find(a: SeedFactsApi, uri: vscode.Uri, text: string, kind?: string): ReviewedMention {
	const m = a.getMentions(uri).find((x) => x.text === text && (!kind || x.kind === kind));
	assert.ok(m, `no mention «${text}» among ${a.getMentions(uri).map((x) => `«${x.text}»`).join(' ')}`);
	return m;
}

const args = (uri: vscode.Uri, m: { start: number; end: number }) => ({ uri: uri.toString(), start: m.start, end: m.end });

function waitStatus(a: SeedFactsApi, uri: vscode.Uri, start: number, status: string, kind?: string): Promise<ReviewedMention> {
	return waitFor(() => a.getMentions(uri).find((m) => m.start === start && m.status === status && (!kind || m.kind === kind)), 10_000, `mention at ${start} to be ${status}`);
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
	try {
		return decoder.decode(await vscode.workspace.fs.readFile(uri));
	} catch {
		return undefined;
	}
}

async function inspect(uri: vscode.Uri): Promise<Inspect> {
	return (await vscode.commands.executeCommand('seedFacts.curation.inspect', uri.toString())) as Inspect;
}

async function closeAll(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}



describe('curation (node extension host)', function () {
	this.timeout(30_000);

	before(async () => {
		await vscode.workspace.fs.createDirectory(folder());
	});

	afterEach(async () => {
		await closeAll();
		await vscode.workspace.getConfiguration('seedFacts').update('curation.rejected', undefined, vscode.ConfigurationTarget.Global);
		(await api()).tree.setFilter({});
	});

	after(async () => {
		const a = await api();
		await removeTestFolder(a, folder());
		// Let the index and the tree settle (closed editors, removed seeds) before the next suite.
		await a.whenIdle();
		await sleep(1000);
		await a.whenIdle();
	});

	it('accept and reject (hover-link arguments): statuses, one decision per line in the sidecar, rejected struck through or hidden', async () => {
		const { a, editor, uri, sidecar } = await newSeed();
		const org = find(a, uri, 'Banque mondiale');
		const pct = find(a, uri, '6,5 %');
		assert.equal(await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, org)), true);
		await waitStatus(a, uri, org.start, 'accepted');
		assert.equal(await vscode.commands.executeCommand('seedFacts.rejectFact', args(uri, pct)), true);
		await waitStatus(a, uri, pct.start, 'rejected');

		const json = await readText(sidecar);
		assert.ok(json, 'the sidecar is written');
		const lines = json.split('\n');
		assert.equal(lines[1], '\t"version": 1,');
		const decisionLines = lines.filter((l) => l.startsWith('\t\t{'));
		assert.equal(decisionLines.length, 2, json);
		assert.match(decisionLines[0], /"action": "accept", "target": "organization", "anchor": \{"start": \d+, "end": \d+, "exact": "Banque mondiale"/);
		assert.match(decisionLines[1], /"action": "reject", "target": "amount"/);
		assert.equal(JSON.parse(json).decisions.length, 2);

		// Rejected facts: struck through by default, not highlighted at all with the setting.
		const key = (r: vscode.Range) => `${r.start.line}:${r.start.character}`;
		const pctKey = key(new vscode.Range(editor.document.positionAt(pct.start), editor.document.positionAt(pct.end)));
		await waitFor(() => a.getDecorationRanges(editor).rejected.some((r) => key(r) === pctKey), 5000, 'a struck-through range');
		assert.ok(!a.getDecorationRangesByCategory(editor).percent.some((r) => key(r) === pctKey));
		await vscode.workspace.getConfiguration('seedFacts').update('curation.rejected', 'hidden', vscode.ConfigurationTarget.Global);
		await waitFor(() => a.getDecorationRanges(editor).rejected.length === 0, 5000, 'rejected facts hidden');
		assert.ok(!a.getDecorationRangesByCategory(editor).percent.some((r) => key(r) === pctKey));
		// Rejected facts stay in the tree's data with their status.
		assert.equal(a.getMentions(uri).find((m) => m.start === pct.start)?.status, 'rejected');
	});

	it('correct value, change kind, note; the cursor’s fact; the input box is prefilled with the value', async () => {
		const { a, editor, uri } = await newSeed();
		const money = find(a, uri, '12 millions de dollars américains', 'amount');
		await vscode.commands.executeCommand('seedFacts.correctValue', args(uri, money), { value: '12,5 USD' });
		const corrected = await waitStatus(a, uri, money.start, 'corrected');
		assert.equal(corrected.kind === 'amount' && corrected.value, 12.5);
		assert.equal(corrected.kind === 'amount' && corrected.unit, 'USD');

		const society = find(a, uri, '228', 'amount');
		await vscode.commands.executeCommand('seedFacts.changeKind', args(uri, society), { category: 'date', value: 'XXXX' });
		const changed = await waitStatus(a, uri, society.start, 'corrected', 'date');
		assert.equal(changed.kind === 'date' && changed.value, 'XXXX');
		assert.ok(!a.getMentions(uri).some((m) => m.start === society.start && m.kind === 'amount'), 'the amount became a date');

		// The fact under the cursor (as from the editor context menu or a keybinding).
		const ministry = find(a, uri, 'ministère des Finances', 'organization');
		editor.selection = new vscode.Selection(editor.document.positionAt(ministry.start + 2), editor.document.positionAt(ministry.start + 2));
		await vscode.commands.executeCommand('seedFacts.addNote', undefined, { note: 'à vérifier' });
		const noted = await waitFor(() => a.getMentions(uri).find((m) => m.start === ministry.start && m.note === 'à vérifier'), 5000, 'the note');
		assert.equal(noted.status, 'machine', 'a note alone does not review a fact');

		// Without answers the input box opens prefilled with the normalized value; accepting it as is keeps the value.
		const pct = find(a, uri, '6,5 %', 'amount');
		const running = vscode.commands.executeCommand('seedFacts.correctValue', args(uri, pct));
		await sleep(800);
		await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
		assert.equal(await running, true);
		const kept = await waitStatus(a, uri, pct.start, 'corrected');
		assert.equal(kept.kind === 'amount' && kept.value, 6.5);
		assert.equal(kept.kind === 'amount' && kept.unit, '%');
	});

	it('marks a selection as Organization, Date and Amount (values from the engine when it can, else given)', async () => {
		const { a, editor, uri } = await newSeed();
		const doc = editor.document;
		const select = (quote: string) => {
			const s = TEXT.indexOf(quote);
			editor.selection = new vscode.Selection(doc.positionAt(s), doc.positionAt(s + quote.length));
			return s;
		};
		const s1 = select('Société Lumière');
		await vscode.commands.executeCommand('seedFacts.markOrganization');
		const org = await waitStatus(a, uri, s1, 'manual', 'organization');
		assert.equal(org.kind === 'organization' && org.canonical, 'Société Lumière');

		const s2 = select(' 16 octobre 2025');
		await vscode.commands.executeCommand('seedFacts.markDate');
		// Leading spaces are trimmed; the value is the engine's.
		const date = await waitStatus(a, uri, s2 + 1, 'manual', 'date');
		assert.equal(date.kind === 'date' && date.value, '2025-10-16');
		assert.equal(a.getMentions(uri).filter((m) => m.kind === 'date' && m.start < date.end && date.start < m.end).length, 1, 'the manual date replaces the machine one');

		const s3 = select('trois cents logements');
		await vscode.commands.executeCommand('seedFacts.markAmount', undefined, { sub: 'quantity', value: '300', unit: 'logements' });
		const amount = await waitStatus(a, uri, s3, 'manual', 'amount');
		assert.deepEqual([amount.kind === 'amount' && amount.sub, amount.kind === 'amount' && amount.value, amount.kind === 'amount' && amount.unit], ['quantity', 300, 'logements']);
	});

	it('review flow: next unreviewed fact, status bar "n/N reviewed", tree status filter and icons', async () => {
		const { a, editor, uri } = await newSeed();
		const mentions = a.getMentions(uri);
		const first = mentions[0];
		await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, first));
		await waitStatus(a, uri, first.start, 'accepted');
		editor.selection = new vscode.Selection(0, 0, 0, 0);
		assert.equal(await vscode.commands.executeCommand('seedFacts.nextUnreviewedFact'), true);
		const second = a.getMentions(uri).find((m) => m.status === 'machine')!;
		assert.equal(editor.document.offsetAt(editor.selection.start), second.start, 'the first unreviewed fact is selected');
		assert.equal(editor.document.offsetAt(editor.selection.end), second.end);
		await vscode.commands.executeCommand('seedFacts.rejectFact');
		await waitStatus(a, uri, second.start, 'rejected');
		await vscode.commands.executeCommand('seedFacts.nextUnreviewedFact');
		const third = a.getMentions(uri).find((m) => m.status === 'machine')!;
		assert.equal(editor.document.offsetAt(editor.selection.start), third.start);

		const total = a.getMentions(uri).length;
		const status = await waitFor(async () => {
			const s = (await inspect(uri)).statusBarText;
			return s.includes(`2/${total} reviewed`) ? s : undefined;
		}, 5000, 'the status bar');
		assert.match(status, /^\$\(checklist\) 2\/\d+ reviewed$/);

		// Tree: filter by status, status icons.
		await vscode.commands.executeCommand('seedFacts.filterByStatus', ['accepted']);
		const shown = a.tree.visibleFacts().find((f) => f.uri.toString() === uri.toString());
		assert.deepEqual(shown?.mentions.map((m) => m.status), ['accepted']);
		const node = a.tree.findMentionNode(uri, first.start, first.end);
		assert.ok(node);
		const item = await a.tree.getTreeItem(node);
		assert.equal((item.iconPath as vscode.ThemeIcon).id, 'pass');
		assert.equal(item.contextValue, 'seedFacts.mention.accepted');
		assert.match(String(item.description), /^accepted · /);
	});

	it('undo and redo with the command; back to nothing removes the sidecar this session created', async () => {
		const { a, uri, sidecar } = await newSeed();
		const m = find(a, uri, 'Banque mondiale');
		await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, m));
		await waitStatus(a, uri, m.start, 'accepted');
		await vscode.commands.executeCommand('seedFacts.rejectFact', args(uri, m));
		await waitStatus(a, uri, m.start, 'rejected');
		assert.match((await readText(sidecar)) ?? '', /"action": "reject"/);

		const label = await vscode.commands.executeCommand('seedFacts.undoCuration', uri);
		assert.equal(label, 'reject «Banque mondiale»');
		await waitStatus(a, uri, m.start, 'accepted');
		assert.match((await readText(sidecar)) ?? '', /"action": "accept"/);
		await vscode.commands.executeCommand('seedFacts.redoCuration', uri);
		await waitStatus(a, uri, m.start, 'rejected');
		await vscode.commands.executeCommand('seedFacts.undoCuration', uri);
		await vscode.commands.executeCommand('seedFacts.undoCuration', uri);
		await waitStatus(a, uri, m.start, 'machine');
		assert.equal(await readText(sidecar), undefined, 'the sidecar created by this session is gone');
		assert.equal(await vscode.commands.executeCommand('seedFacts.undoCuration', uri), undefined, 'nothing left to undo');
	});

	it('ordinary undo in the open sidecar reverts the last action', async () => {
		const { a, uri, sidecar } = await newSeed();
		const m1 = find(a, uri, 'Banque mondiale');
		const m2 = find(a, uri, 'ministère des Finances');
		await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, m1));
		await waitStatus(a, uri, m1.start, 'accepted');
		const sidecarEditor = await vscode.window.showTextDocument(sidecar, { viewColumn: vscode.ViewColumn.Beside });
		await vscode.commands.executeCommand('seedFacts.rejectFact', args(uri, m2));
		await waitStatus(a, uri, m2.start, 'rejected');
		await waitFor(() => sidecarEditor.document.getText().includes('"reject"') && !sidecarEditor.document.isDirty, 5000, 'the sidecar editor to show the decision, saved');
		await vscode.window.showTextDocument(sidecarEditor.document, sidecarEditor.viewColumn);
		await vscode.commands.executeCommand('undo');
		await waitStatus(a, uri, m2.start, 'machine');
		assert.equal(a.getMentions(uri).find((m) => m.start === m1.start)?.status, 'accepted');
		assert.equal((await inspect(uri)).canUndo, true, 'the accept can still be undone');
		await sidecarEditor.document.save();
	});

	it('decisions follow edits of the seed; saving records their new offsets; a deleted quote is listed as orphaned', async () => {
		const { a, editor, uri, sidecar } = await newSeed();
		const org = find(a, uri, 'Comité populaire de Hanoï');
		const pct = find(a, uri, '6,5 %');
		await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, org));
		await vscode.commands.executeCommand('seedFacts.rejectFact', args(uri, pct));
		await waitStatus(a, uri, pct.start, 'rejected');
		const insert = 'Titre ajouté.\n\n';
		await editor.edit((b) => b.insert(new vscode.Position(0, 0), insert));
		await waitStatus(a, uri, org.start + insert.length, 'accepted');
		await waitStatus(a, uri, pct.start + insert.length, 'rejected');
		await editor.document.save();
		await waitFor(async () => (await readText(sidecar))?.includes(`"start": ${org.start + insert.length}`), 5000, 'offsets saved');

		// Delete the accepted organization's text: the decision is orphaned, not dropped.
		const s = editor.document.getText().indexOf('Comité populaire de Hanoï');
		await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(s), editor.document.positionAt(s + 'Comité populaire de Hanoï'.length)), 'Le comité'));
		const info = await waitFor(async () => {
			const i = await inspect(uri);
			return i.orphans.length === 1 ? i : undefined;
		}, 5000, 'an orphan');
		assert.deepEqual(info.orphans.map((o) => [o.exact, o.reason]), [['Comité populaire de Hanoï', 'not-found']]);
		await waitFor(async () => /\$\(warning\) 1$/.test((await inspect(uri)).statusBarText), 5000, 'the orphan count in the status bar');
		// In the Facts tree, under the document.
		await waitFor(() => a.tree.visibleFacts().some((f) => f.uri.toString() === uri.toString()), 5000, 'the document in the tree');
		const docNode = a.tree.getChildren(undefined).find((n) => n.type === 'document' && n.key === uri.toString());
		assert.ok(docNode, 'document node');
		const extras = a.tree.getChildren(docNode).filter((n): n is Extract<FactsTreeNode, { type: 'extra' }> => n.type === 'extra');
		assert.deepEqual(extras.map((n) => n.item.label), ['«Comité populaire de Hanoï»']);
		await editor.document.save();
		assert.match((await readText(sidecar)) ?? '', /"exact": "Comité populaire de Hanoï"/, 'the orphan stays in the file');
		// Remove it from the tree's context menu.
		await vscode.commands.executeCommand('seedFacts.removeOrphanedDecision', extras[0]);
		await waitFor(async () => (await inspect(uri)).orphans.length === 0, 5000, 'the orphan removed');
		assert.doesNotMatch((await readText(sidecar)) ?? '', /Comité populaire de Hanoï/);
	});

	it('reloads a sidecar changed on disk (git checkout, another editor)', async () => {
		const { a, uri, sidecar } = await newSeed();
		const m = find(a, uri, 'Banque mondiale');
		await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, m));
		await waitStatus(a, uri, m.start, 'accepted');
		const json = (await readText(sidecar))!;
		const changed = json.replace('"action": "accept", "target": "organization"', '"action": "reject", "target": "organization"').replace(/, "fact": \{[^}]*\}/, '');
		assert.notEqual(changed, json);
		await vscode.workspace.fs.writeFile(sidecar, encoder.encode(changed));
		await waitStatus(a, uri, m.start, 'rejected');
		await vscode.workspace.fs.delete(sidecar);
		await waitStatus(a, uri, m.start, 'machine');
	});

	it('a corrupt sidecar: clear error, highlights from the engine alone, the file left byte-identical until reset', async () => {
		const a = await api();
		const uri = vscode.Uri.joinPath(folder(), `corrupt-${Date.now().toString(36)}.txt`);
		const sidecar = uri.with({ path: uri.path + '.facts.json' });
		const corrupt = encoder.encode('{\n\t"version": 1,\n\t"decisions": [\n\t\t{"id": "x", "action": "accept"\n');
		await vscode.workspace.fs.writeFile(uri, encoder.encode(TEXT));
		await vscode.workspace.fs.writeFile(sidecar, corrupt);
		const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		const info = await waitFor(async () => {
			const i = await inspect(uri);
			return i.state === 'error' ? i : undefined;
		}, 10_000, 'the error state');
		assert.match(info.error ?? '', /not valid JSON/);
		assert.match(info.statusBarText, /review file not usable/);
		await waitFor(() => a.getMentions(uri).length > 0, 10_000, 'facts');
		assert.ok(a.getMentions(uri).every((m) => m.status === 'machine'), 'the engine alone');
		await waitFor(() => a.getDecorationRanges(editor).organization.length + a.getDecorationRanges(editor)['organization.soft'].length > 0, 10_000, 'highlights');
		await screenshot('curation-corrupt-sidecar');

		// Actions are refused, the file is never overwritten.
		const m = a.getMentions(uri)[0];
		assert.equal(await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, m)), false);
		await vscode.commands.executeCommand('seedFacts.undoCuration', uri);
		await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
		await editor.document.save();
		await sleep(500);
		assert.deepEqual([...(await vscode.workspace.fs.readFile(sidecar))], [...corrupt], 'byte-identical');

		// A wrong version is another clear error.
		const v2 = encoder.encode('{"version": 2, "decisions": []}\n');
		await vscode.workspace.fs.writeFile(sidecar, v2);
		await waitFor(async () => /format version 2/.test((await inspect(uri)).error ?? ''), 5000, 'the version error');
		assert.equal(await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, a.getMentions(uri)[0])), false);
		assert.deepEqual([...(await vscode.workspace.fs.readFile(sidecar))], [...v2], 'byte-identical');

		// Reset moves it aside (nothing deleted) and curation works again.
		const backup = (await vscode.commands.executeCommand('seedFacts.resetReviewFile', uri, { confirm: true })) as vscode.Uri;
		assert.deepEqual([...(await vscode.workspace.fs.readFile(backup))], [...v2]);
		assert.equal((await inspect(uri)).state, 'absent');
		const first = a.getMentions(uri)[0];
		assert.equal(await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, first)), true);
		await waitStatus(a, uri, first.start, 'accepted');
	});

	it('scores the engine against reviewed facts (document and corpus) in a Markdown preview', async () => {
		const { a, uri } = await newSeed();
		const ms = a.getMentions(uri);
		const get = (text: string) => ms.find((m) => m.text === text)!;
		await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, get('Banque mondiale')));
		await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, get('ministère des Finances')));
		await vscode.commands.executeCommand('seedFacts.rejectFact', args(uri, get('5 %')));
		await vscode.commands.executeCommand('seedFacts.correctValue', args(uri, get('12 millions de dollars américains')), { value: '12000000 USD' });
		// A place the engine rightly ignores, marked as an organization for the sake of the test: a miss.
		const s = TEXT.indexOf('Vietnam');
		assert.ok(!ms.some((m) => m.start <= s && s < m.end), 'the engine has nothing on «Vietnam»');
		await vscode.commands.executeCommand('seedFacts.markOrganization', { uri: uri.toString(), start: s, end: s + 'Vietnam'.length });
		await waitStatus(a, uri, s, 'manual');
		const report = (await vscode.commands.executeCommand('seedFacts.scoreExtraction', { show: false })) as ScoreReport;
		assert.ok(report.document, 'the active document has a review');
		assert.equal(report.document.statuses.accepted, 2);
		assert.equal(report.document.statuses.manual, 1);
		// Organizations: 2 right, 1 missed (the manual one).
		assert.deepEqual([report.document.scores.organization.tp, report.document.scores.organization.fp, report.document.scores.organization.fn], [2, 0, 1]);
		// Amounts: 12 000 000 USD right, 5 % a false alarm.
		assert.deepEqual([report.document.scores.amount.tp, report.document.scores.amount.fp], [1, 1]);
		assert.ok(report.corpus.documents >= 1);
		assert.match(report.markdown, /\| organization \| 100\.0 % \| 66\.7 % \| 80\.0 % \| 2 \| 0 \| 1 \|/);

		await vscode.commands.executeCommand('notifications.clearAll');
		await vscode.commands.executeCommand('seedFacts.scoreExtraction');
		await sleep(5000);
		await screenshot('curation-score');
	});

	it('screenshot of a partly reviewed seed', async () => {
		const a = await api();
		const uri = vscode.Uri.joinPath(workspaceRoot(), '000_26c86e72e726adfc.txt');
		const sidecar = uri.with({ path: uri.path + '.facts.json' });
		await vscode.commands.executeCommand('notifications.clearAll');
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		await waitFor(() => a.services.facts.get(uri)?.source === 'editor' && a.getMentions(uri).length > 10, 15_000, 'facts');
		try {
			const ms = a.getMentions(uri);
			const orgs = ms.filter((m) => m.kind === 'organization');
			const dates = ms.filter((m) => m.kind === 'date');
			const amounts = ms.filter((m) => m.kind === 'amount');
			for (const m of [dates[0], orgs[0], amounts[0], dates[1], orgs[1]]) if (m) await vscode.commands.executeCommand('seedFacts.acceptFact', args(uri, m));
			if (amounts[1]) await vscode.commands.executeCommand('seedFacts.rejectFact', args(uri, amounts[1]));
			if (orgs[2]) await vscode.commands.executeCommand('seedFacts.addNote', args(uri, orgs[2]), { note: 'vérifier le nom officiel' });
			await waitFor(() => a.getMentions(uri).filter((m) => m.status !== 'machine').length >= 5, 5000, 'decisions');
			// The tree follows the active editor: the seed's node opens with its categories.
			await vscode.commands.executeCommand('seedFacts.facts.focus');
			await sleep(300);
			await vscode.window.showTextDocument(editor.document, { viewColumn: vscode.ViewColumn.One });
			// The top of the seed in view: accepted facts, the rejected amount struck through.
			editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
			editor.selection = new vscode.Selection(0, 0, 0, 0);
			await sleep(1000);
			await screenshot('curation-partly-reviewed');
		} finally {
			// Leave the workbench and the real seed as they were for the other suites (the sidebar on the Explorer).
			await vscode.commands.executeCommand('workbench.view.explorer');
			await vscode.workspace.fs.delete(sidecar).then(undefined, (e: unknown) => console.log(`[curation test] delete failed: ${String(e)}`));
			await waitFor(() => a.getMentions(uri).every((m) => m.status === 'machine'), 10_000, 'the seed back to the engine alone').catch(async (e: unknown) => {
				console.log(`[curation test] ${JSON.stringify(await inspect(uri))}`);
				throw e;
			});
		}
	});
});
