// Helpers shared by the editor UI suites (editor*, hover*, tree*, *.web): the extension's API,
// the engine's expected output as editor ranges, settings that are restored after each test.
import * as vscode from 'vscode';
import { extract } from '../../src/engine/extract';
import type { ExtractOptions, Mention } from '../../src/engine/types';
import type { SeedFactsApi } from '../../src/extension/api';
import { categoryOf, FACT_CATEGORIES, type FactCategory } from '../../src/extension/model/categories';
import { activateExtension, openSeed, waitFor } from './util';

export async function api(): Promise<SeedFactsApi> {
	return activateExtension<SeedFactsApi>();
}

export function rangeKey(r: vscode.Range): string {
	return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** The engine's mentions of the document as range keys per category (what the highlights must be). */
export function expectedRanges(doc: vscode.TextDocument, options?: ExtractOptions): Record<FactCategory, string[]> {
	const out = Object.fromEntries(FACT_CATEGORIES.map((c) => [c, [] as string[]])) as Record<FactCategory, string[]>;
	for (const m of extract(doc.getText(), options)) out[categoryOf(m)].push(rangeKey(new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))));
	for (const c of FACT_CATEGORIES) out[c].sort();
	return out;
}

export function actualRanges(a: SeedFactsApi, editor: vscode.TextEditor): Record<FactCategory, string[]> {
	const got = a.getDecorationRangesByCategory(editor);
	return Object.fromEntries(FACT_CATEGORIES.map((c) => [c, got[c].map(rangeKey).sort()])) as Record<FactCategory, string[]>;
}

/** Waits until the editor's decorations were computed for its current text. */
export async function decorated(a: SeedFactsApi, editor: vscode.TextEditor, timeoutMs = 15_000): Promise<void> {
	await waitFor(
		async () => {
			await a.whenIdle();
			const applied = a.services.decorations.getApplied(editor.document.uri);
			const facts = a.services.facts.get(editor.document.uri);
			return applied?.version === editor.document.version && !applied.partial && facts?.version === editor.document.version && !facts.partial;
		},
		timeoutMs,
		`decorations of ${editor.document.uri.path}`,
	);
}

export async function openDecorated(name: string): Promise<{ a: SeedFactsApi; editor: vscode.TextEditor }> {
	const a = await api();
	const editor = await openSeed(name);
	await decorated(a, editor);
	return { a, editor };
}

export function engineMentions(doc: vscode.TextDocument, options?: ExtractOptions): Mention[] {
	return extract(doc.getText(), options);
}

const touched = new Set<string>();

/** Changes a `seedFacts.*` user setting; `restoreSettings()` (in afterEach) puts the defaults back. */
export async function setSetting(key: string, value: unknown): Promise<void> {
	touched.add(key);
	await vscode.workspace.getConfiguration('seedFacts').update(key, value, vscode.ConfigurationTarget.Global);
}

export async function restoreSettings(): Promise<void> {
	for (const key of touched) await vscode.workspace.getConfiguration('seedFacts').update(key, undefined, vscode.ConfigurationTarget.Global);
	touched.clear();
}

/**
 * Writes a file into `scratch/` of the workspace (a copy of seeds/, so a .txt there is annotated;
 * the sub-folder keeps the seed list of other suites unchanged) and returns its URI.
 */
export async function writeSeed(root: vscode.Uri, name: string, text: string): Promise<vscode.Uri> {
	const uri = vscode.Uri.joinPath(root, 'scratch', name);
	await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
	return uri;
}

export async function closeAllEditors(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
