// The same Node-host suites through @vscode/test-electron's runTests, for machines that have VS Code
// desktop: VSCODE_EXECUTABLE=/path/to/code npm run test:desktop (under xvfb-run on a Linux CI).
// Without VSCODE_EXECUTABLE, test-electron tries to download VS Code, which needs the network.
// The default `npm run test:integration` (code-server) is what this project's CI runs.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIntegration } from '../../scripts/build-integration.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runDir = mkdtempSync(join(tmpdir(), 'seed-facts-desktop-'));
try {
	const out = join(runDir, 'out');
	await buildIntegration({ suitesDir: join(repo, 'test', 'integration'), outDir: out, hosts: ['node'] });
	const workspace = join(runDir, 'seeds');
	cpSync(join(repo, 'seeds'), workspace, { recursive: true });
	await runTests({
		vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
		extensionDevelopmentPath: repo,
		extensionTestsPath: join(out, 'node', 'index.js'),
		launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(runDir, 'user')}`],
	});
	console.log('desktop: the integration suites passed');
} catch (e) {
	console.error(`desktop: the integration suites failed or could not run: ${e instanceof Error ? e.message : String(e)}`);
	process.exitCode = 1;
} finally {
	rmSync(runDir, { recursive: true, force: true });
}
