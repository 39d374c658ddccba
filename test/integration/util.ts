// Helpers for integration suites; they work in both the Node and the web worker extension hosts
// (no Node built-ins here: only the `vscode` API).
import * as vscode from 'vscode';

export const EXTENSION_ID = 'seed-facts.seed-facts';
/** Log prefix that the harness watches for: `<marker> <token> <name>` asks for a screenshot. */
export const SCREENSHOT_MARKER = '[seed-facts:screenshot]';

export interface HarnessConfig {
	/** Which extension host the bundle was built for. */
	host: 'node' | 'web';
	/** Only tests whose full title matches this (a regular expression source) run. */
	grep?: string;
	/** Absolute path (on the VS Code server) where the harness drops acknowledgement files. */
	ackDir?: string;
}

// Baked in by scripts/build-integration.mjs (esbuild `define`); absent when run by another runner.
declare const __SEED_FACTS_HARNESS__: HarnessConfig | undefined;

export function harnessConfig(): HarnessConfig | undefined {
	return typeof __SEED_FACTS_HARNESS__ === 'undefined' ? undefined : __SEED_FACTS_HARNESS__;
}

export class HarnessTimeoutError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'HarnessTimeoutError';
	}
}

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a value other than undefined/false, or throws after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined && value !== false) return value;
		if (Date.now() > deadline) throw new HarnessTimeoutError(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(100);
	}
}

/** The workspace folder: a throw-away copy of the repository's seeds/ (tests may edit it). */
export function workspaceRoot(): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) throw new Error('no workspace folder is open');
	return folder.uri;
}

export function seedUri(fileName: string): vscode.Uri {
	return vscode.Uri.joinPath(workspaceRoot(), fileName);
}

/** Opens a seed (by file name, e.g. "01-....txt") in an editor and returns the editor. */
export async function openSeed(fileName: string): Promise<vscode.TextEditor> {
	const doc = await vscode.workspace.openTextDocument(seedUri(fileName));
	return vscode.window.showTextDocument(doc);
}

/** The names of the .txt seeds in the workspace, sorted. */
export async function seedNames(): Promise<string[]> {
	const entries = await vscode.workspace.fs.readDirectory(workspaceRoot());
	return entries
		.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.txt'))
		.map(([name]) => name)
		.sort();
}

/** Activates the extension under test and returns what `activate()` returned. */
export async function activateExtension<T = unknown>(): Promise<T> {
	const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
	if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this extension host`);
	return ext.isActive ? ext.exports : ext.activate();
}

/**
 * Asks the harness for a screenshot of the workbench, saved as test-results/<host>/<name>.png,
 * and waits until it is taken. Without the harness (another runner) it only logs.
 */
export async function screenshot(name: string, timeoutMs = 20_000): Promise<void> {
	const config = harnessConfig();
	if (!config?.ackDir) {
		console.log(`[seed-facts] no screenshot "${name}": not running under the seed-facts harness`);
		return;
	}
	const token = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
	console.log(`${SCREENSHOT_MARKER} ${token} ${name}`);
	// The harness acknowledges by creating <ackDir>/<token> on the server; the workspace folder's
	// URI carries the right scheme and authority in either host (file: or vscode-remote:).
	const ack = workspaceRoot().with({ path: `${config.ackDir}/${token}` });
	await waitFor(
		async () => {
			try {
				await vscode.workspace.fs.stat(ack);
				return true;
			} catch {
				return false;
			}
		},
		timeoutMs,
		`the harness to take screenshot "${name}"`,
	);
}
