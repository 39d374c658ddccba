// Hover inspection in a real VS Code: content for a money amount, an inferred year, an acronym;
// escaping of hostile document text; only the extension's own commands are trusted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Mention } from '../../src/engine/types';
import { copyScreenshotToDocs } from './editorNodeHelpers';
import { api, decorated, engineMentions, openDecorated, restoreSettings, writeSeed } from './editorHelpers';
import { screenshot, seedNames, sleep, workspaceRoot } from './util';

async function hoverAt(uri: vscode.Uri, offset: number): Promise<vscode.MarkdownString[]> {
	const doc = await vscode.workspace.openTextDocument(uri);
	const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset + 1));
	// Hovers come back through the command converter: MarkdownString-shaped objects.
	return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c === 'object' && typeof (c as { value?: unknown }).value === 'string') as vscode.MarkdownString[];
}

/** Our hover among all hovers at the position (other providers may answer too). */
async function ourHover(uri: vscode.Uri, m: Mention): Promise<vscode.MarkdownString> {
	const mds = await hoverAt(uri, m.start);
	const md = mds.find((x) => x.value.includes('command:seedFacts.copyValue'));
	assert.ok(md, `a Seed Facts hover on "${m.text}": ${mds.map((x) => x.value).join('\n---\n')}`);
	return md;
}

function unescape(md: string): string {
	return md.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, '$1');
}

function assertSafe(md: vscode.MarkdownString): void {
	assert.equal(md.supportHtml, false);
	const trusted = md.isTrusted as { enabledCommands: string[] };
	assert.ok(typeof trusted === 'object' && Array.isArray(trusted.enabledCommands), 'trust limited to a command list');
	for (const c of trusted.enabledCommands) assert.match(c, /^seedFacts\./);
	for (const link of md.value.matchAll(/\]\(command:([\w.]+)/g)) assert.match(link[1], /^seedFacts\./);
}

/** The seed and mention the engine finds first that satisfy `pick`. */
async function findMention(pick: (m: Mention) => boolean): Promise<{ uri: vscode.Uri; m: Mention } | undefined> {
	for (const name of await seedNames()) {
		const { editor } = await openDecorated(name);
		const m = engineMentions(editor.document).find(pick);
		if (m) return { uri: editor.document.uri, m };
	}
	return undefined;
}

describe('hover', () => {
	afterEach(restoreSettings);

	it('explains a money amount: French value, ISO code, approximation, sentence, links', async () => {
		const found = await findMention((m) => m.kind === 'amount' && m.sub === 'money' && m.value >= 1e6);
		assert.ok(found, 'a seed with a sum of money');
		const md = await ourHover(found.uri, found.m);
		assertSafe(md);
		const shown = unescape(md.value);
		assert.ok(/Money amount|Montant monétaire/.test(shown), shown);
		assert.ok(found.m.kind === 'amount');
		const grouped = Math.round(found.m.value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
		assert.ok(shown.includes(`${grouped}`), `${grouped} in ${shown}`);
		assert.ok(shown.includes(found.m.unit ?? ''), 'the ISO code');
		assert.ok(shown.includes('≈ '), 'an approximate reading');
		assert.ok(shown.includes(`**${found.m.text}**`), 'the mention in bold in its sentence');
		assert.ok(md.value.includes('](command:seedFacts.revealInTree?'));
	});

	it('explains a date whose year was inferred, with the source and its line', async () => {
		const found = await findMention((m) => m.kind === 'date' && m.inferredYear?.fromText !== undefined);
		let uri: vscode.Uri;
		let m: Mention;
		if (found) {
			({ uri, m } = found);
		} else {
			// No seed has one: a small document with a dateline does.
			uri = await writeSeed(workspaceRoot(), 'zz-inferred.txt', 'Hanoï, 20 octobre 2025\nLe forum s\'est tenu le 16 octobre.\n');
			const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
			await decorated(await api(), editor);
			const inferred = engineMentions(editor.document).find((x) => x.kind === 'date' && x.inferredYear);
			assert.ok(inferred, 'the engine infers the year of "16 octobre"');
			m = inferred;
		}
		assert.ok(m.kind === 'date' && m.inferredYear);
		const md = await ourHover(uri, m);
		assertSafe(md);
		const shown = unescape(md.value);
		const resolved = m.resolved ?? m.value.replace('XXXX', String(m.inferredYear.year));
		assert.ok(shown.includes(`→ \`${resolved}\``), shown);
		if (m.inferredYear.fromText) assert.ok(shown.includes(m.inferredYear.fromText) && /year inferred from|année déduite de/.test(shown), shown);
	});

	it('explains an acronym: long form ↔ acronym and how often the entity appears', async () => {
		const found = await findMention((m) => m.kind === 'organization' && m.acronym !== undefined && m.longForm !== undefined);
		assert.ok(found, 'a seed that defines an acronym');
		const md = await ourHover(found.uri, found.m);
		assertSafe(md);
		const shown = unescape(md.value);
		assert.ok(found.m.kind === 'organization');
		assert.ok(shown.includes(`${found.m.longForm} ↔ ${found.m.acronym}`), shown);
		const a = await api();
		const counts = a.services.facts.entityCounts(found.uri, found.m);
		assert.ok(counts.document >= 1 && counts.corpus >= counts.document);
		assert.ok(shown.includes(`${counts.document} `) && shown.includes(`${counts.corpus} `), shown);
	});

	it('escapes hostile document text: no command link, no HTML', async () => {
		const hostile = 'La société [x](command:workbench.action.quit) <img src=x onerror=alert(1)> a reçu 25 millions de dollars américains de la Banque mondiale le 3 mars 2025.\n';
		const uri = await writeSeed(workspaceRoot(), 'zz-hostile.txt', hostile);
		const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		await decorated(await api(), editor);
		const ms = engineMentions(editor.document);
		assert.ok(ms.length > 0, 'the engine finds facts in the hostile sentence');
		for (const m of ms) {
			const md = await ourHover(uri, m);
			assertSafe(md);
			assert.ok(!md.value.includes('](command:workbench'), md.value);
			assert.ok(!/(^|[^\\])<img/.test(md.value), md.value);
			assert.ok(unescape(md.value).includes('[x](command:workbench.action.quit) <img src=x onerror=alert(1)>'), 'shown as text');
		}
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		await vscode.workspace.fs.delete(uri);
	});

	it('can be turned off by seedFacts.hover.enabled', async () => {
		const found = await findMention((m) => m.kind === 'amount');
		assert.ok(found);
		await vscode.workspace.getConfiguration('seedFacts').update('hover.enabled', false, vscode.ConfigurationTarget.Global);
		try {
			const mds = await hoverAt(found.uri, found.m.start);
			assert.ok(!mds.some((x) => x.value.includes('command:seedFacts.copyValue')));
		} finally {
			await vscode.workspace.getConfiguration('seedFacts').update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
		}
	});

	it('copy value puts the normalized value on the clipboard', async () => {
		const found = await findMention((m) => m.kind === 'amount' && m.sub === 'money');
		assert.ok(found && found.m.kind === 'amount');
		await vscode.commands.executeCommand('seedFacts.copyValue', { uri: found.uri.toString(), start: found.m.start, end: found.m.end });
		assert.equal(await vscode.env.clipboard.readText(), `${found.m.value} ${found.m.unit}`);
	});

	it('screenshot of a hover', async () => {
		const found = await findMention((m) => m.kind === 'amount' && m.sub === 'money' && !!m.qualifier);
		const target = found ?? (await findMention((m) => m.kind === 'amount' && m.sub === 'money'));
		assert.ok(target);
		const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target.uri));
		const pos = editor.document.positionAt(target.m.start + 2);
		editor.selection = new vscode.Selection(pos, pos);
		editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
		await sleep(300);
		await vscode.commands.executeCommand('editor.action.showHover');
		await sleep(1200);
		await screenshot('hover-money');
		copyScreenshotToDocs('hover-money', 'screenshot-hover.png');
	});
});
