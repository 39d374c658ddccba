// The Facts tree in a real VS Code: both groupings, click → open and select, follow the active
// editor, filter, reveal from the editor, context-menu commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReviewedMention } from '../../src/curation/types';
import { categoryOf, FACT_CATEGORIES } from '../../src/extension/model/categories';
import type { FactsTreeNode, MentionNode } from '../../src/extension/tree/treeNodes';
import { entityKey } from '../../src/extension/model/treeModel';
import { api, closeAllEditors, engineMentions, openDecorated, restoreSettings, setSetting } from './editorHelpers';
import { seedNames, seedUri, waitFor } from './util';

async function ready() {
	const a = await api();
	await a.whenIdle();
	a.tree.refreshNow();
	return a;
}

async function engineByFile(): Promise<Map<string, ReviewedMention[]>> {
	const out = new Map<string, ReviewedMention[]>();
	for (const name of await seedNames()) {
		const doc = await vscode.workspace.openTextDocument(seedUri(name));
		out.set(seedUri(name).toString(), engineMentions(doc).map((m) => ({ ...m, status: 'machine' as const })));
	}
	return out;
}

function label(item: vscode.TreeItem): string {
	return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

describe('facts tree', () => {
	afterEach(async () => {
		(await api()).tree.setFilter({});
		await restoreSettings();
	});

	it('indexes the corpus and groups by document → kind → mention', async () => {
		const a = await ready();
		const expected = await engineByFile();
		const p = a.tree;
		await waitFor(() => expected.size > 0 && [...expected.keys()].every((k) => p.snapshot().file(k)), 15_000, 'the corpus index');
		const docs = p.getChildren();
		const docKeys = docs.map((d) => (d.type === 'document' ? d.key : ''));
		for (const key of expected.keys()) assert.ok(docKeys.includes(key), `${key} listed`);
		for (const doc of docs) {
			assert.equal(doc.type, 'document');
			if (doc.type !== 'document' || !expected.has(doc.key)) continue;
			const ms = expected.get(doc.key)!;
			const item = p.getTreeItem(doc);
			assert.ok(String(item.description).startsWith(String(ms.length)), `count on ${label(item)}: ${item.description}`);
			const cats = p.getChildren(doc);
			const want = FACT_CATEGORIES.filter((c) => ms.some((m) => categoryOf(m) === c));
			assert.deepEqual(
				cats.map((c) => (c.type === 'category' ? c.category : '')),
				want,
			);
			for (const cat of cats) {
				if (cat.type !== 'category') continue;
				const children = p.getChildren(cat) as MentionNode[];
				const wantTexts = ms.filter((m) => categoryOf(m) === cat.category);
				assert.equal(p.getTreeItem(cat).description, String(wantTexts.length));
				assert.deepEqual(
					children.map((c) => [c.mention.start, c.mention.text]),
					wantTexts.map((m) => [m.start, m.text]),
				);
				const item = p.getTreeItem(children[0]);
				assert.equal(item.command?.command, 'seedFacts.openMention');
				assert.match(String(item.description), /line \d+|ligne \d+/);
				assert.ok(item.iconPath instanceof vscode.ThemeIcon);
				assert.equal(p.getParent(children[0]), cat);
			}
		}
	});

	it('groups by kind → entity → mention across the corpus', async () => {
		const a = await ready();
		await setSetting('tree.groupBy', 'kind');
		await waitFor(() => a.tree.groupBy === 'kind', 5000, 'the grouping to change');
		// Every indexed document counts here (other suites add scratch files): the service's facts.
		const all = a.services.facts.all().flatMap((d) => d.mentions);
		const roots = a.tree.getChildren();
		assert.ok(roots.every((r) => r.type === 'category'));
		for (const root of roots) {
			if (root.type !== 'category') continue;
			const inCat = all.filter((m) => categoryOf(m) === root.category);
			assert.equal(a.tree.getTreeItem(root).description, String(inCat.length), root.category);
			const entities = a.tree.getChildren(root);
			assert.equal(entities.length, new Set(inCat.map(entityKey)).size, `${root.category} entities`);
			let total = 0;
			for (const e of entities) {
				const mentions = a.tree.getChildren(e) as MentionNode[];
				total += mentions.length;
				assert.ok(mentions.every((m) => entityKey(m.mention) === (e.type === 'entity' ? e.entityKey : '')));
			}
			assert.equal(total, inCat.length);
		}
		await vscode.commands.executeCommand('seedFacts.groupByDocument');
		await waitFor(() => a.tree.groupBy === 'document', 5000, 'back to documents');
	});

	it('opens the file and selects the mention on click', async () => {
		const a = await ready();
		const [, name] = await seedNames();
		const uri = seedUri(name);
		const doc = a.tree.getChildren().find((d) => d.type === 'document' && d.key === uri.toString())!;
		const cat = a.tree.getChildren(doc)[0];
		const mentions = a.tree.getChildren(cat) as MentionNode[];
		const target = mentions[mentions.length - 1];
		const item = a.tree.getTreeItem(target);
		await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
		const editor = vscode.window.activeTextEditor!;
		assert.equal(editor.document.uri.toString(), uri.toString());
		assert.equal(editor.document.offsetAt(editor.selection.start), target.mention.start);
		assert.equal(editor.document.offsetAt(editor.selection.end), target.mention.end);
		assert.equal(editor.document.getText(editor.selection), target.mention.text);
	});

	it('follows the active editor and reveals a fact from the editor', async () => {
		const a = await ready();
		await vscode.commands.executeCommand('seedFacts.focusTree');
		await waitFor(() => a.treeView.visible, 5000, 'the tree to show');
		const names = await seedNames();
		// Start with no editor, so that each opening changes the active editor.
		await closeAllEditors();
		for (const name of [names[2], names[0]]) {
			const { editor } = await openDecorated(name);
			await waitFor(
				() => {
					const s = a.treeView.selection[0] as FactsTreeNode | undefined;
					return s?.type === 'document' && s.key === editor.document.uri.toString();
				},
				8000,
				`the tree to select ${name}`,
			).catch((e: unknown) => {
				const s = a.treeView.selection[0];
				throw new Error(`${String(e)}; selection: ${s?.id}; visible: ${a.treeView.visible}; roots: ${a.tree.getChildren().map((r) => r.id).join(', ')}`);
			});
		}
		const editor = vscode.window.activeTextEditor!;
		const m = engineMentions(editor.document).find((x) => x.kind === 'organization') ?? engineMentions(editor.document)[0];
		await vscode.commands.executeCommand('seedFacts.revealInTree', { uri: editor.document.uri.toString(), start: m.start, end: m.end });
		await waitFor(
			() => {
				const s = a.treeView.selection[0] as FactsTreeNode | undefined;
				return s?.type === 'mention' && s.mention.start === m.start && s.docKey === editor.document.uri.toString();
			},
			8000,
			'the mention to be selected',
		);
	});

	it('follows the cursor with seedFacts.tree.followCursor', async () => {
		const a = await ready();
		await setSetting('tree.followCursor', true);
		await vscode.commands.executeCommand('seedFacts.focusTree');
		await waitFor(() => a.treeView.visible, 5000, 'the tree to show');
		const { editor } = await openDecorated((await seedNames())[3]);
		const ms = engineMentions(editor.document);
		const m = ms[Math.floor(ms.length / 2)];
		editor.selection = new vscode.Selection(editor.document.positionAt(m.start + 1), editor.document.positionAt(m.start + 1));
		await waitFor(
			() => {
				const s = a.treeView.selection[0] as FactsTreeNode | undefined;
				return s?.type === 'mention' && s.mention.start === m.start && s.docKey === editor.document.uri.toString();
			},
			8000,
			'the fact under the cursor to be selected',
		);
	});

	it('filters by text and by kind, and clears', async () => {
		const a = await ready();
		const all = a.services.facts.all().flatMap((d) => d.mentions);
		const org = all.find((m) => m.kind === 'organization')!;
		const word = org.text.split(/\s+/)[0];
		await vscode.commands.executeCommand('seedFacts.filterTree', { text: word });
		const shown = a.tree.visibleFacts().flatMap((v) => v.mentions);
		assert.ok(shown.length > 0 && shown.length < all.length, `${shown.length} of ${all.length}`);
		assert.ok(shown.some((m) => m.start === org.start && m.text === org.text));
		assert.ok(a.treeView.message && a.treeView.message.includes(word), a.treeView.message);
		await vscode.commands.executeCommand('seedFacts.filterTree', { categories: ['date'] });
		const dates = a.tree.visibleFacts().flatMap((v) => v.mentions);
		assert.equal(dates.length, all.filter((m) => m.kind === 'date').length);
		assert.ok(a.tree.getChildren().every((d) => a.tree.getChildren(d).every((c) => c.type === 'category' && c.category === 'date')));
		await vscode.commands.executeCommand('seedFacts.clearFilter');
		assert.equal(a.tree.visibleFacts().flatMap((v) => v.mentions).length, all.length);
		assert.equal(a.treeView.message, undefined);
	});

	it('context menu: copy value and copy as Markdown row', async () => {
		const a = await ready();
		const doc = a.tree.getChildren().find((d) => d.type === 'document')!;
		const cat = a.tree.getChildren(doc).find((c) => c.type === 'category' && c.category === 'money') ?? a.tree.getChildren(doc)[0];
		const node = a.tree.getChildren(cat)[0] as MentionNode;
		await vscode.commands.executeCommand('seedFacts.copyMarkdownRow', node);
		const row = await vscode.env.clipboard.readText();
		assert.match(row, /^\| .+ \| \d+ \| (money|percent|quantity|date|organization) \| .+ \| .* \|$/);
		assert.ok(row.includes(node.mention.text.replace(/\|/g, '\\|')));
		await vscode.commands.executeCommand('seedFacts.copyValue', node);
		assert.ok((await vscode.env.clipboard.readText()).length > 0);
		await vscode.commands.executeCommand('seedFacts.revealMention', node);
		assert.equal(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), node.mention.text);
	});
});
