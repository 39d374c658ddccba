// The browser bundle in the web worker extension host: highlights, hover, tree and status bar work
// as in the Node host (no Node built-ins in src/extension or src/engine).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MentionNode } from '../../src/extension/tree/treeNodes';
import { actualRanges, engineMentions, expectedRanges, openDecorated } from './editorHelpers';
import { screenshot, seedNames, seedUri, sleep, waitFor } from './util';

describe('editor in the web extension host', () => {
	it('highlights a seed exactly as the engine finds its facts', async () => {
		const names = await seedNames();
		for (const name of names.slice(0, 2)) {
			const { a, editor } = await openDecorated(name);
			assert.equal(editor.document.uri.scheme, 'vscode-remote');
			const expected = expectedRanges(editor.document);
			assert.deepEqual(actualRanges(a, editor), expected, name);
			assert.ok(Object.values(expected).some((r) => r.length > 0));
			assert.match(a.getStatusBarText(), /^\$\(symbol-numeric\) \d+ {2}\$\(calendar\) \d+ {2}\$\(organization\) \d+/);
		}
	});

	it('indexes the corpus through workspace.fs and fills the tree', async () => {
		const { a } = await openDecorated((await seedNames())[0]);
		const names = await seedNames();
		await waitFor(
			async () => {
				await a.whenIdle();
				return names.every((n) => a.tree.snapshot().file(seedUri(n).toString()));
			},
			20_000,
			'every seed in the tree',
		);
		const doc = a.tree.getChildren().find((d) => d.type === 'document' && d.key === seedUri(names[0]).toString())!;
		const cat = a.tree.getChildren(doc)[0];
		const node = a.tree.getChildren(cat)[0] as MentionNode;
		const item = a.tree.getTreeItem(node);
		await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
		const editor = vscode.window.activeTextEditor!;
		assert.equal(editor.document.getText(editor.selection), node.mention.text);
	});

	it('shows a safe hover', async () => {
		const { editor } = await openDecorated((await seedNames())[0]);
		const m = engineMentions(editor.document).find((x) => x.kind === 'amount') ?? engineMentions(editor.document)[0];
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(m.start + 1));
		const md = hovers.flatMap((h) => h.contents).find((c) => typeof c === 'object' && (c as vscode.MarkdownString).value.includes('command:seedFacts.copyValue')) as vscode.MarkdownString | undefined;
		assert.ok(md, 'a Seed Facts hover');
		assert.equal(md.supportHtml, false);
		assert.ok(md.value.includes('**'));
		editor.selection = new vscode.Selection(editor.document.positionAt(m.start + 1), editor.document.positionAt(m.start + 1));
		await vscode.commands.executeCommand('seedFacts.focusTree');
		await sleep(800);
		await screenshot('web-highlights');
	});
});
