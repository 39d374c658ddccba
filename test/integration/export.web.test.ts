// Export commands in the web worker extension host: files are written through workspace.fs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SeedFactsApi } from '../../src/extension/api';
import type { ExportFactsResult } from '../../src/extension/export/exportCommands';
import { activateExtension, openSeed, seedNames, workspaceRoot } from './util';

describe('exports (web worker extension host)', () => {
	let api: SeedFactsApi;
	const written: vscode.Uri[] = [];

	before(async () => {
		api = await activateExtension<SeedFactsApi>();
		await api.whenIdle();
	});

	after(async () => {
		for (const uri of written) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
	});

	const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

	it('exports all seeds as JSON Lines and W3C annotations through workspace.fs', async () => {
		const jsonl = vscode.Uri.joinPath(workspaceRoot(), 'web-export.jsonl');
		written.push(jsonl);
		const r = (await vscode.commands.executeCommand('seedFacts.exportFacts', { scope: 'corpus', format: 'jsonl', target: jsonl })) as ExportFactsResult;
		assert.ok(r, 'the export ran');
		assert.equal(jsonl.scheme, 'vscode-remote');
		const rows = (await read(jsonl)).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
		const corpus = api.services.facts.corpusDocuments();
		assert.equal(rows.length, corpus.reduce((n, d) => n + d.mentions.filter((m) => m.status !== 'rejected').length, 0));
		assert.equal(new Set(rows.map((x) => x.file)).size, (await seedNames()).length);

		const w3c = vscode.Uri.joinPath(workspaceRoot(), 'web-export.jsonld');
		written.push(w3c);
		await vscode.commands.executeCommand('seedFacts.exportFacts', { scope: 'corpus', format: 'w3c', target: w3c });
		const collection = JSON.parse(await read(w3c));
		assert.equal(collection.type, 'AnnotationCollection');
		assert.equal(collection.total, rows.length);
	});

	it('copies the active seed as a Markdown table', async () => {
		const names = await seedNames();
		const editor = await openSeed(names[0]);
		const md = (await vscode.commands.executeCommand('seedFacts.copyFactsMarkdown')) as string;
		const count = api.getMentions(editor.document.uri).filter((m) => m.status !== 'rejected').length;
		assert.equal(md.trimEnd().split('\n').length, count + 2);
	});
});
