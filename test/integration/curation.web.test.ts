// Curation in the web worker extension host: the browser bundle validates, writes and reloads
// sidecars through workspace.fs (no Node, no `new Function`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SeedFactsApi } from '../../src/extension/api';
import { activateExtension, sleep, waitFor, workspaceRoot } from './util';
import { removeTestFolder } from './curationHelpers';

const TEXT = 'Hanoï, 16 octobre 2025 (VNA) - La Banque mondiale a approuvé un prêt de 12 millions de dollars américains.\n';
const encoder = new TextEncoder();
const decoder = new TextDecoder();



describe('curation (web worker extension host)', function () {
	this.timeout(30_000);
	const folder = () => vscode.Uri.joinPath(workspaceRoot(), 'curation-web-tests');

	after(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		await removeTestFolder(await activateExtension<SeedFactsApi>(), folder());
	});

	it('accepts and rejects facts, writes the sidecar, and never touches a corrupt one', async () => {
		const a = await activateExtension<SeedFactsApi>();
		const uri = vscode.Uri.joinPath(folder(), 'web-seed.txt');
		const sidecar = uri.with({ path: uri.path + '.facts.json' });
		await vscode.workspace.fs.writeFile(uri, encoder.encode(TEXT));
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		const org = await waitFor(() => a.getMentions(uri).find((m) => m.text === 'Banque mondiale'), 15_000, 'facts');
		await sleep(300);
		assert.equal(await vscode.commands.executeCommand('seedFacts.acceptFact', { uri: uri.toString(), start: org.start, end: org.end }), true);
		await waitFor(() => a.getMentions(uri).find((m) => m.start === org.start && m.status === 'accepted'), 5000, 'accepted');
		const json = decoder.decode(await vscode.workspace.fs.readFile(sidecar));
		assert.match(json, /^\t\t\{"id": "[a-z0-9]+", "action": "accept", "target": "organization"/m);

		// Changed outside: reloaded and validated in the worker.
		await vscode.workspace.fs.writeFile(sidecar, encoder.encode(json.replace('"action": "accept"', '"action": "reject"').replace(/, "fact": \{[^}]*\}/, '')));
		await waitFor(() => a.getMentions(uri).find((m) => m.start === org.start && m.status === 'rejected'), 10_000, 'rejected after an outside change');

		// Corrupt: refused, left byte-identical.
		const corrupt = encoder.encode('{"version": 1, "decisions": [{"id": "x"}]}\n');
		await vscode.workspace.fs.writeFile(sidecar, corrupt);
		await waitFor(() => a.getMentions(uri).every((m) => m.status === 'machine'), 10_000, 'the engine alone');
		// The watcher may first report the file half-written (not JSON yet): wait for its final content.
		const inspect = async () => (await vscode.commands.executeCommand('seedFacts.curation.inspect', uri.toString())) as { state: string; error: string };
		const state = await waitFor(async () => {
			const s = await inspect();
			return s.state === 'error' && !/not valid JSON/.test(s.error) && s;
		}, 10_000, 'the corrupt file’s final content');
		assert.equal(state.state, 'error');
		assert.match(state.error, /"action" is missing/);
		assert.equal(await vscode.commands.executeCommand('seedFacts.acceptFact', { uri: uri.toString(), start: org.start, end: org.end }), false);
		assert.deepEqual([...(await vscode.workspace.fs.readFile(sidecar))], [...corrupt]);
	});
});
