// Node-host-only helpers of the editor suites (they use node:fs; the web suites must not import them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Copies a harness screenshot (test-results/node/NAME.png in the repository) to docs/ for the README. */
export function copyScreenshotToDocs(name: string, target: string): void {
	// Only on request (`SEED_FACTS_UPDATE_DOCS=1 npm run test:integration`): a test run leaves tracked files alone.
	if (process.env.SEED_FACTS_UPDATE_DOCS !== '1') return;
	const repo = vscode.extensions.getExtension('seed-facts.seed-facts')!.extensionPath;
	const shot = path.join(repo, 'test-results', 'node', `${name}.png`);
	if (fs.existsSync(shot)) fs.copyFileSync(shot, path.join(repo, 'docs', target));
}
