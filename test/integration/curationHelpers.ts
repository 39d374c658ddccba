// Shared by the curation suites of both extension hosts (no Node built-ins).
import * as vscode from 'vscode';
import type { SeedFactsApi } from '../../src/extension/api';
import { waitFor } from './util';

/**
 * Deletes the test seeds one by one (a deleted folder alone does not tell the corpus index which
 * seeds went), waits until the index has let them go, then removes the folder: the suites that run
 * next see the 5 seeds only.
 */
export async function removeTestFolder(a: SeedFactsApi, dir: vscode.Uri): Promise<void> {
	let entries: [string, vscode.FileType][];
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
