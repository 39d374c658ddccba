// Highlights, status bar, settings, edits and navigation in a real VS Code (Node extension host).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { categoryOf, FACT_CATEGORIES, isSoft } from '../../src/extension/model/categories';
import { copyScreenshotToDocs } from './editorNodeHelpers';
import { actualRanges, api, closeAllEditors, decorated, engineMentions, expectedRanges, openDecorated, rangeKey, restoreSettings, setSetting, writeSeed } from './editorHelpers';
import { openSeed, screenshot, seedNames, sleep, waitFor, workspaceRoot } from './util';

describe('editor: highlights', () => {
	afterEach(restoreSettings);

	it('decorates every seed with exactly the engine mentions, per kind', async () => {
		for (const name of await seedNames()) {
			const { a, editor } = await openDecorated(name);
			const expected = expectedRanges(editor.document);
			assert.deepEqual(actualRanges(a, editor), expected, name);
			assert.ok(
				FACT_CATEGORIES.some((c) => expected[c].length > 0),
				`${name}: the engine finds facts`,
			);
			assert.equal(a.getMentions(editor.document.uri).length, engineMentions(editor.document).length);
		}
	});

	it('gives qualified amounts and inferred dates the soft style', async () => {
		const [name] = await seedNames();
		const { a, editor } = await openDecorated(name);
		const ranges = a.getDecorationRanges(editor);
		for (const m of engineMentions(editor.document)) {
			const key = isSoft(m) ? `${categoryOf(m)}.soft` : categoryOf(m);
			const r = rangeKey(new vscode.Range(editor.document.positionAt(m.start), editor.document.positionAt(m.end)));
			assert.ok(ranges[key as keyof typeof ranges].map(rangeKey).includes(r), `${m.text} in ${key}`);
		}
		assert.ok(engineMentions(editor.document).some(isSoft), 'the seed has a qualified or inferred value');
	});

	it('shows counts per kind in the status bar', async () => {
		const [, name] = await seedNames();
		const { a, editor } = await openDecorated(name);
		const ms = engineMentions(editor.document);
		const amounts = ms.filter((m) => m.kind === 'amount').length;
		const dates = ms.filter((m) => m.kind === 'date').length;
		const orgs = ms.filter((m) => m.kind === 'organization').length;
		await waitFor(() => a.getStatusBarText() === `$(symbol-numeric) ${amounts}  $(calendar) ${dates}  $(organization) ${orgs}`, 5000, `status bar, got "${a.getStatusBarText()}"`);
		assert.equal(a.services.statusBar.item.command, 'seedFacts.focusTree');
	});

	it('updates highlights, status bar and tree after an edit', async () => {
		const uri = await writeSeed(workspaceRoot(), 'zz-edit.txt', 'Titre\nUn paragraphe sans rien.\n');
		const a = await api();
		const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		await decorated(a, editor);
		const before = a.getMentions(uri).length;
		const insert = 'Le 3 mars 2025, la Banque mondiale a prêté 12 millions de dollars américains à la ville, soit 15 % de plus.\n';
		await editor.edit((b) => b.insert(new vscode.Position(1, 0), insert));
		await decorated(a, editor);
		assert.deepEqual(actualRanges(a, editor), expectedRanges(editor.document));
		assert.ok(a.getMentions(uri).length > before, 'the inserted facts are found');
		const text = editor.document.getText();
		await waitFor(
			() => {
				a.tree.flushRefresh();
				const file = a.tree.snapshot().file(uri.toString());
				return file && file.mentions.length === engineMentions(editor.document).length && file.mentions.every((m) => text.slice(m.start, m.end) === m.text);
			},
			5000,
			'the tree to follow the edit',
		);
		// Deleting the paragraph again removes its highlights.
		await editor.edit((b) => b.delete(new vscode.Range(1, 0, 2, 0)));
		await decorated(a, editor);
		assert.deepEqual(actualRanges(a, editor), expectedRanges(editor.document));
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		await vscode.workspace.fs.delete(uri);
	});

	it('moves to the next and previous fact', async () => {
		const [name] = await seedNames();
		const { editor } = await openDecorated(name);
		const ms = engineMentions(editor.document).sort((x, y) => x.start - y.start);
		editor.selection = new vscode.Selection(0, 0, 0, 0);
		await vscode.commands.executeCommand('seedFacts.nextFact');
		assert.equal(editor.document.offsetAt(editor.selection.start), ms[0].start);
		assert.equal(editor.document.offsetAt(editor.selection.end), ms[0].end);
		await vscode.commands.executeCommand('seedFacts.nextFact');
		const second = ms.find((m) => m.start > ms[0].start)!;
		assert.equal(editor.document.offsetAt(editor.selection.start), second.start);
		await vscode.commands.executeCommand('seedFacts.previousFact');
		assert.equal(editor.document.offsetAt(editor.selection.start), ms[0].start);
		await vscode.commands.executeCommand('seedFacts.previousFact');
		assert.equal(editor.document.offsetAt(editor.selection.start), ms[ms.length - 1].start, 'wraps around');
	});
});

describe('editor: settings apply without reload', () => {
	afterEach(restoreSettings);

	it('seedFacts.kinds and highlights.enabled change the highlights at once', async () => {
		const [name] = await seedNames();
		const { a, editor } = await openDecorated(name);
		await setSetting('kinds', ['date', 'organization']);
		await waitFor(() => a.getDecorationRangesByCategory(editor).money.length === 0, 5000, 'money highlights to go');
		const expected = expectedRanges(editor.document);
		const got = actualRanges(a, editor);
		assert.deepEqual(got.date, expected.date);
		assert.deepEqual(got.organization, expected.organization);
		assert.deepEqual([got.money, got.percent, got.quantity], [[], [], []]);
		assert.match(a.getStatusBarText(), /^\$\(symbol-numeric\) 0 /);
		await setSetting('highlights.enabled', false);
		await waitFor(() => FACT_CATEGORIES.every((c) => a.getDecorationRangesByCategory(editor)[c].length === 0), 5000, 'all highlights to go');
		await vscode.commands.executeCommand('seedFacts.toggleHighlights');
		await restoreSettings();
		await waitFor(() => actualRanges(a, editor).money.length === expected.money.length, 5000, 'highlights to come back');
		assert.deepEqual(actualRanges(a, editor), expected);
	});

	it('seedFacts.organizations.ignore / add and referenceYear reach the engine', async () => {
		const a = await api();
		const uri = await writeSeed(workspaceRoot(), 'zz-options.txt', 'Le 16 octobre, la société Zorglub Industries et la JETRO ont signé un accord.\n');
		const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		await decorated(a, editor);
		await setSetting('organizations.add', ['Zorglub Industries']);
		await setSetting('organizations.ignore', ['JETRO']);
		await setSetting('referenceYear', 2031);
		const options = { organizationsAdd: ['Zorglub Industries'], organizationsIgnore: ['JETRO'], referenceYear: 2031 };
		await waitFor(
			async () => {
				await decorated(a, editor);
				return JSON.stringify(actualRanges(a, editor)) === JSON.stringify(expectedRanges(editor.document, options));
			},
			8000,
			'highlights with the new options',
		);
		const ms = a.getMentions(uri);
		assert.ok(ms.some((m) => m.text === 'Zorglub Industries'), 'added organization');
		assert.ok(!ms.some((m) => m.text === 'JETRO'), 'ignored organization');
		const date = ms.find((m) => m.kind === 'date');
		assert.equal(date?.kind === 'date' ? date.resolved : undefined, '2031-10-16', 'reference year');
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		await vscode.workspace.fs.delete(uri);
	});

	it('files above seedFacts.maxFileSizeMB get a one-line message instead of highlights', async () => {
		const a = await api();
		await closeAllEditors();
		await setSetting('maxFileSizeMB', 0.001);
		const [name] = await seedNames();
		const editor = await openSeed(name);
		await waitFor(() => a.services.facts.tooLarge(editor.document.uri), 5000, 'the size check');
		await waitFor(() => /too large/.test(a.getStatusBarText()), 5000, `status bar, got ${a.getStatusBarText()}`);
		assert.ok(FACT_CATEGORIES.every((c) => a.getDecorationRangesByCategory(editor)[c].length === 0));
		await restoreSettings();
		await decorated(a, editor);
		assert.deepEqual(actualRanges(a, editor), expectedRanges(editor.document));
		await vscode.commands.executeCommand('notifications.clearAll');
	});

	it('include/exclude decide which files are annotated; "Annotate This File" overrides for the session', async () => {
		const a = await api();
		const uri = await writeSeed(workspaceRoot(), 'zz-notes.md', 'Le 3 mars 2025, la Banque mondiale a prêté 12 millions de dollars.\n');
		const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		await sleep(400);
		assert.equal(a.services.facts.isAnnotated(editor.document), false, 'a Markdown file is not a seed');
		assert.equal(a.getMentions(uri).length, 0);
		await vscode.commands.executeCommand('seedFacts.annotateFile');
		await decorated(a, editor);
		assert.deepEqual(actualRanges(a, editor), expectedRanges(editor.document));
		assert.ok(a.getMentions(uri).length > 0);
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		await vscode.workspace.fs.delete(uri);

		const [name] = await seedNames();
		const seed = await openSeed(name);
		await setSetting('exclude', [`**/${name}`]);
		await waitFor(() => a.services.facts.isAnnotated(seed.document) === false && a.getDecorationRangesByCategory(seed).date.length === 0, 5000, 'exclusion');
		await restoreSettings();
		await decorated(a, seed);
		assert.deepEqual(actualRanges(a, seed), expectedRanges(seed.document));
	});
});

// The few parts of vscode-textmate and vscode-oniguruma used below (their types are not installed here).
interface TextMate {
	INITIAL: unknown;
	Registry: new (options: { onigLib: Promise<unknown>; loadGrammar: (scope: string) => Promise<unknown> }) => {
		loadGrammar(scope: string): Promise<{ tokenizeLine(line: string, state: unknown): { tokens: { startIndex: number; endIndex: number; scopes: string[] }[] } } | null>;
	};
	parseRawGrammar(content: string, path: string): unknown;
}
interface Oniguruma {
	loadWASM(data: ArrayBuffer): Promise<void>;
	OnigScanner: new (patterns: string[]) => unknown;
	OnigString: new (s: string) => unknown;
}

describe('editor: grammar', () => {
	it('gives seeds the seed language with word wrap', async () => {
		const [name] = await seedNames();
		const editor = await openSeed(name);
		assert.equal(editor.document.languageId, 'seed');
		assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'seed' }).get('wordWrap'), 'on');
	});

	it('the TextMate grammar scopes French numbers, money, percentages, months and acronyms (VS Code\'s own Oniguruma)', async () => {
		// The workbench's tokenizer is not reachable from an extension: load the same vscode-textmate
		// and vscode-oniguruma from this VS Code's installation and tokenize with the shipped grammar.
		const root = path.join(vscode.env.appRoot, 'node_modules');
		const tm = require(path.join(root, 'vscode-textmate')) as TextMate;
		const onig = require(path.join(root, 'vscode-oniguruma')) as Oniguruma;
		const wasm = fs.readFileSync(path.join(root, 'vscode-oniguruma', 'release', 'onig.wasm'));
		await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
		const ext = vscode.extensions.getExtension('seed-facts.seed-facts')!;
		const grammarPath = path.join(ext.extensionPath, 'syntaxes', 'seed.tmLanguage.json');
		const registry = new tm.Registry({
			onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (str: string) => new onig.OnigString(str) }),
			loadGrammar: async () => tm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath),
		});
		const grammar = (await registry.loadGrammar('text.seed'))!;
		const line = 'Fin octobre 2025, la JETRO a investi 758,5 millions de dollars américains, soit 16,3 % et 3\u00a0245 km ; Hanoï.';
		const { tokens } = grammar.tokenizeLine(line, tm.INITIAL);
		const scopeOf = (text: string) => {
			const at = line.indexOf(text);
			const tk = tokens.find((x) => x.startIndex <= at && at < x.endIndex)!;
			return tk.scopes.join(' ');
		};
		assert.match(scopeOf('758,5'), /constant\.numeric\.seed/);
		assert.match(scopeOf('millions'), /constant\.numeric\.scale\.seed/);
		assert.match(scopeOf('dollars'), /support\.constant\.currency\.seed/);
		assert.match(scopeOf('%'), /keyword\.other\.unit\.percent\.seed/);
		assert.match(scopeOf('octobre'), /support\.constant\.month\.seed/);
		assert.match(scopeOf('2025'), /constant\.numeric\.year\.seed/);
		assert.match(scopeOf('JETRO'), /entity\.name\.type\.acronym\.seed/);
		assert.match(scopeOf('3\u00a0245'), /constant\.numeric\.seed/);
		assert.equal(scopeOf('Hanoï'), 'text.seed', 'plain words stay plain');
	});
});

describe('editor: screenshot', () => {
	it('a seed with highlights and the Facts tree open', async () => {
		const names = await seedNames();
		const { a, editor } = await openDecorated(names[0]);
		await vscode.commands.executeCommand('seedFacts.focusTree');
		await waitFor(() => a.treeView.visible, 5000, 'the tree');
		await a.tree.revealDocument(editor.document.uri, { expand: 2 });
		await vscode.window.showTextDocument(editor.document);
		const firstMoney = engineMentions(editor.document).find((m) => categoryOf(m) === 'money');
		if (firstMoney) editor.revealRange(new vscode.Range(editor.document.positionAt(firstMoney.start), editor.document.positionAt(firstMoney.end)), vscode.TextEditorRevealType.AtTop);
		await sleep(800);
		await screenshot('editor-highlights-tree');
		copyScreenshotToDocs('editor-highlights-tree', 'screenshot-editor.png');
	});
});
