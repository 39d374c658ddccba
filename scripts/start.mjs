// `npm start` (after `npm run build`): opens the repository's seeds/ in VS Code with the extension loaded.
// - VS Code desktop when `code` is on PATH: code --extensionDevelopmentPath=<repo> <repo>/seeds
// - otherwise code-server 4.100.3 (installed on first use into ~/.cache/seed-facts, or $SEED_FACTS_CACHE)
//   on 127.0.0.1 (a free port, or $PORT), with the URL printed; runs until Ctrl-C. The extension is
//   loaded from a symlink to this repository in a private extensions folder, so `npm run build`
//   followed by "Developer: Reload Window" picks up changes.
// Options (code-server only): --screenshot FILE  saves a headless-Chromium screenshot of the workbench
//   with the first seed open; --exit  stops after that screenshot (used to check that it works).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { delay, launchBrowser, startCodeServer } from '../test/harness/code-server.mjs';
import { ensureCodeServer, vscodeVersion } from '../test/harness/install.mjs';
import { START_SETTINGS } from './start-settings.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = join(repo, 'seeds');
const { values } = parseArgs({ options: { screenshot: { type: 'string' }, exit: { type: 'boolean', default: false } } });

function onPath(cmd) {
	return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

if (!existsSync(join(repo, 'dist', 'extension.js'))) {
	console.error('start: dist/extension.js is missing; run `npm start` (it builds first) or `npm run build`');
	process.exit(1);
}

if (onPath('code') && !values.screenshot && !process.env.SEED_FACTS_CODE_SERVER) {
	console.log(`start: code --extensionDevelopmentPath=${repo} ${seeds}`);
	const child = spawn('code', [`--extensionDevelopmentPath=${repo}`, seeds], { stdio: 'inherit' });
	child.on('exit', (code) => process.exit(code ?? 0));
} else {
	await startWithCodeServer();
}

async function startWithCodeServer() {
	const entry = ensureCodeServer();
	const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
	const stateDir = mkdtempSync(join(tmpdir(), 'seed-facts-start-'));
	const extensionsDir = join(stateDir, 'extensions');
	mkdirSync(extensionsDir, { recursive: true });
	// VS Code scans <extensions-dir>/<publisher>.<name>-<version>: a link to the repository loads it in place.
	symlinkSync(repo, join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
	const server = await startCodeServer({ entry, stateDir, extensionsDir, settings: START_SETTINGS, port: Number(process.env.PORT ?? 0) });
	const url = `${server.url}/?folder=${encodeURI(seeds)}`;
	let stopping = false;
	const stop = async (code) => {
		if (stopping) return;
		stopping = true;
		await server.stop();
		rmSync(stateDir, { recursive: true, force: true, maxRetries: 3 });
		process.exit(code);
	};
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));
	server.exit.then((code) => {
		if (!stopping) {
			console.error(`start: code-server exited (${code})`);
			void stop(1);
		}
	});
	console.log(`\nSeed Facts in VS Code ${vscodeVersion()} (code-server), seeds/ open with the extension loaded:\n\n    ${url}\n\nOpen it in a browser. Ctrl-C stops the server.\n`);
	if (values.screenshot) {
		await takeScreenshot(url, resolve(values.screenshot), stateDir).catch((e) => console.error(`start: screenshot failed: ${e.message}`));
		if (values.exit) await stop(0);
	}
}

async function takeScreenshot(url, file, stateDir) {
	const browser = await launchBrowser(join(stateDir, 'screenshot'));
	try {
		const { page } = browser;
		await page.goto(url);
		// Open the first seed from the explorer, as a person would.
		const item = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: '.txt' }).first();
		await item.waitFor({ timeout: 60_000 });
		await item.click();
		await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 30_000 });
		// Let the extension activate and decorate the editor: its status bar entry says when the seed is read.
		await page
			.locator('.statusbar-item', { hasText: 'reviewed' })
			.first()
			.waitFor({ timeout: 30_000 })
			.catch(() => console.error('start: the Seed Facts status bar entry did not appear within 30 s'));
		await delay(1_000);
		mkdirSync(dirname(file), { recursive: true });
		await page.screenshot({ path: file });
		console.log(`start: screenshot ${file}`);
	} finally {
		await browser.close();
	}
}
