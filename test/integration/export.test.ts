// Export commands in the Node extension host: "Export Facts…" (arguments that skip the UI, and the
// quick picks driven for real), the written files, the notification, "Copy Facts as …".
import * as assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import * as vscode from 'vscode';
import type { SeedFactsApi } from '../../src/extension/api';
import type { ExportFactsResult } from '../../src/extension/export/exportCommands';
import { activateExtension, openSeed, screenshot, seedNames, sleep, waitFor, workspaceRoot } from './util';

type Message = (message: string, ...items: unknown[]) => Thenable<unknown>;

describe('exports (node extension host)', () => {
	let api: SeedFactsApi;
	let out: vscode.Uri;
	const infos: string[] = [];
	const errors: string[] = [];
	/** What the stubbed notification answers (a button label, or undefined = dismissed). */
	let answer: string | undefined;
	const window = vscode.window as unknown as Record<string, unknown>;
	const originals = { info: window.showInformationMessage, error: window.showErrorMessage, save: window.showSaveDialog };

	before(async () => {
		api = await activateExtension<SeedFactsApi>();
		await api.whenIdle();
		// Outside the workspace, so the brat .txt copies are not taken for seeds.
		out = vscode.Uri.joinPath(workspaceRoot(), '..', `exports-${Date.now().toString(36)}`);
		await vscode.workspace.fs.createDirectory(out);
		// The extension calls vscode.window.* at call time: these stubs see its notifications.
		const info: Message = (message, ...items) => {
			infos.push(message);
			const labels = items.filter((i): i is string => typeof i === 'string');
			return Promise.resolve(answer !== undefined && labels.includes(answer) ? answer : undefined);
		};
		const error: Message = (message) => {
			errors.push(message);
			return Promise.resolve(undefined);
		};
		window.showInformationMessage = info;
		window.showErrorMessage = error;
	});

	after(async () => {
		window.showInformationMessage = originals.info;
		window.showErrorMessage = originals.error;
		window.showSaveDialog = originals.save;
		await vscode.workspace.fs.delete(out, { recursive: true, useTrash: false }).then(undefined, () => undefined);
	});

	const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
	const exportable = (uri: vscode.Uri) => api.getMentions(uri).filter((m) => m.status !== 'rejected');

	it('exports all seeds as JSON from command arguments: file written, notification shown', async () => {
		const target = vscode.Uri.joinPath(out, 'all.json');
		const result = (await vscode.commands.executeCommand('seedFacts.exportFacts', { scope: 'corpus', format: 'json', target })) as ExportFactsResult;
		assert.ok(result, `export failed: ${errors.join(' | ')}`);
		const data = JSON.parse(await read(target));
		const corpus = api.services.facts.corpusDocuments();
		const files = (data.files as Array<{ file: string }>).map((f) => f.file).join(', ');
		assert.equal(data.fileCount, corpus.length, `exported ${files}; indexed ${corpus.map((d) => d.path).join(', ')}`);
		assert.equal(data.fileCount, (await seedNames()).length, `exported ${files}; on disk ${(await seedNames()).join(', ')}`);
		const expected = corpus.reduce((n, d) => n + d.mentions.filter((m) => m.status !== 'rejected').length, 0);
		assert.equal(data.mentionCount, expected);
		assert.equal(result.mentions, expected);
		for (const file of data.files) {
			const d = corpus.find((c) => c.path === file.file);
			assert.ok(d, `${file.file} is a workspace-relative seed path`);
			for (const m of file.mentions) assert.equal(d.text.slice(m.start, m.end), m.text);
		}
		assert.match(infos.at(-1) ?? '', new RegExp(`${expected} facts from ${corpus.length} files to .*all\\.json`));
	});

	it('exports this document as CSV over an existing file, atomically (no temporary left)', async () => {
		const names = await seedNames();
		const editor = await openSeed(names[0]);
		const target = vscode.Uri.joinPath(out, 'doc.csv');
		await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('previous'));
		const result = (await vscode.commands.executeCommand('seedFacts.exportFacts', { scope: 'document', format: 'csv', target })) as ExportFactsResult;
		assert.ok(result, errors.join(' | '));
		const records = parseCsv(await read(target)) as string[][];
		const mentions = exportable(editor.document.uri);
		assert.equal(records.length - 1, mentions.length);
		const text = editor.document.getText();
		const col = (name: string) => records[0].indexOf(name);
		for (const r of records.slice(1)) {
			const start = Number(r[col('start')]);
			const quoted = r[col('text')].replace(/^'(?=[=+\-@\t\r])/, '');
			assert.equal(text.slice(start, Number(r[col('end')])), quoted);
		}
		const left = await vscode.workspace.fs.readDirectory(out);
		assert.ok(!left.some(([n]) => n.endsWith('.tmp')), `no temporary file: ${left.map(([n]) => n).join(', ')}`);
	});

	it('exports brat: a folder with a .txt and an .ann per seed, and annotation.conf', async () => {
		const target = vscode.Uri.joinPath(out, 'brat');
		const result = (await vscode.commands.executeCommand('seedFacts.exportFacts', { scope: 'corpus', format: 'brat', target })) as ExportFactsResult;
		assert.ok(result, errors.join(' | '));
		const names = (await vscode.workspace.fs.readDirectory(target)).map(([n]) => n).sort();
		assert.ok(names.includes('annotation.conf'));
		const seeds = await seedNames();
		for (const s of seeds) {
			assert.ok(names.includes(s), `${s} copied`);
			assert.ok(names.includes(s.replace(/\.txt$/, '.ann')), `${s} annotated`);
		}
		const txt = await read(vscode.Uri.joinPath(target, seeds[0]));
		const ann = await read(vscode.Uri.joinPath(target, seeds[0].replace(/\.txt$/, '.ann')));
		const spans = ann.split('\n').filter((l) => l.startsWith('T'));
		assert.equal(spans.length, exportable(vscode.Uri.joinPath(workspaceRoot(), seeds[0])).length);
		for (const line of spans) {
			const [, body, quote] = line.split('\t');
			const frags = body.split(' ').slice(1).join(' ').split(';').map((p) => p.split(' ').map(Number));
			assert.equal(frags.map(([s, e]) => [...txt].slice(s, e).join('')).join(' '), quote);
		}
	});

	it('refuses a target in a missing folder with an error naming it, writing nothing', async () => {
		const before = errors.length;
		const target = vscode.Uri.joinPath(out, 'missing', 'x.jsonl');
		const result = await vscode.commands.executeCommand('seedFacts.exportFacts', { scope: 'corpus', format: 'jsonl', target });
		assert.equal(result, undefined);
		assert.equal(errors.length, before + 1);
		assert.match(errors.at(-1)!, /missing.*does not exist/);
		await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(out, 'missing'))));
	});

	it('drives the quick picks (scope, then format), the save dialog answered, "Open" opens the export', async () => {
		const names = await seedNames();
		const editor = await openSeed(names[1]);
		const target = vscode.Uri.joinPath(out, 'picked.jsonl');
		let dialog: vscode.SaveDialogOptions | undefined;
		window.showSaveDialog = (options: vscode.SaveDialogOptions) => {
			dialog = options;
			return Promise.resolve(target);
		};
		answer = 'Open';
		try {
			const running = vscode.commands.executeCommand('seedFacts.exportFacts') as Thenable<ExportFactsResult | undefined>;
			await sleep(1000);
			await screenshot('export-scope-pick');
			// First item: "This document".
			await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
			await sleep(1000);
			// Formats: JSON, then JSON Lines.
			await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
			await sleep(300);
			await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
			const result = await running;
			assert.ok(result, errors.join(' | '));
			assert.equal(result.format, 'jsonl');
			assert.equal(result.files, 1);
			assert.ok(dialog?.defaultUri?.path.endsWith(`${names[1].replace(/\.txt$/, '')}.facts.jsonl`), `default name: ${dialog?.defaultUri?.toString()}`);
			const lines = (await read(target)).trim().split('\n');
			assert.equal(lines.length, exportable(editor.document.uri).length);
			assert.ok(lines.every((l) => JSON.parse(l).file === names[1]));
			assert.match(infos.at(-1) ?? '', /picked\.jsonl/);
			await waitFor(() => vscode.window.activeTextEditor?.document.uri.path === target.path, 10_000, 'the export to open');
		} finally {
			answer = undefined;
			window.showSaveDialog = originals.save;
		}
	});

	it('copies the facts of the active seed as a Markdown table and as CSV', async () => {
		const names = await seedNames();
		const editor = await openSeed(names[2]);
		const count = exportable(editor.document.uri).length;
		const md = (await vscode.commands.executeCommand('seedFacts.copyFactsMarkdown')) as string;
		assert.equal(md.trimEnd().split('\n').length, count + 2);
		assert.match(md, /^\| file \| start \| end \|/);
		const csv = (await vscode.commands.executeCommand('seedFacts.copyFactsCsv')) as string;
		assert.equal((parseCsv(csv) as string[][]).length, count + 1);
		assert.equal(await vscode.env.clipboard.readText(), csv);
	});
});
