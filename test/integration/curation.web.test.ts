// Curation in the web worker extension host: the browser bundle validates, writes and reloads
// sidecars through workspace.fs (no Node, no `new Function`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SeedFactsApi } from '../../src/extension/api';
import { activateExtension, sleep, waitFor, workspaceRoot } from './util';

const TEXT = 'Hanoï, 16 octobre 2025 (VNA) - La Banque mondiale a approuvé un prêt de 12 millions de dollars américains.\n';
const encoder = new TextEncoder();
const decoder = new TextDecoder();


/**
 * Deletes the test seeds one by one (a deleted folder alone does not tell the corpus index which
 * seeds went), waits until the index has let them go, then removes the folder: the suites that run
 * next see the 5 seeds only.
 */
async function removeTestFolder(a: SeedFactsApi, dir: vscode.Uri): Promise<void> {
	let entries: [string, vscode.FileType][] = [];
	try {
		entries = await vscode.workspace.fs.readDirectory(dir);
	} catch {
		return;
	}
	for (const [name] of entries) await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, name), { useTrash: false }).then(undefined, () => undefined);
	const prefix = dir.toString() + '/';
	await waitFor(() => !a.services.facts.corpusDocuments().some((d) => d.key.startsWith(prefix)), 10_000, 'the test seeds to leave the index').catch((e: unknown) => {
		console.log(`[curation] still indexed: ${a.services.facts.all().filter((d) => d.key.startsWith(prefix)).map((d) => `${d.key} (${d.source})`).join(', ')}; open: ${vscode.workspace.textDocuments.filter((d) => d.uri.toString().startsWith(prefix)).length}`);
		throw e;
	});
	await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
}

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
		const state = (await vscode.commands.executeCommand('seedFacts.curation.inspect', uri.toString())) as { state: string; error: string };
		assert.equal(state.state, 'error');
		assert.match(state.error, /"action" is missing/);
		assert.equal(await vscode.commands.executeCommand('seedFacts.acceptFact', { uri: uri.toString(), start: org.start, end: org.end }), false);
		assert.deepEqual([...(await vscode.workspace.fs.readFile(sidecar))], [...corrupt]);
	});
});
