// Starts code-server (VS Code's server plus its browser workbench) on 127.0.0.1 with throw-away
// state, and Chromium (through playwright-core) to drive the workbench. Shared by the integration
// harness and scripts/start.mjs.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './install.mjs';

export class CodeServerError extends Error {
	constructor(message) {
		super(message);
		this.name = 'CodeServerError';
	}
}

/** Environment for child processes: HOME, XDG and TMPDIR inside `stateDir`, so nothing lands in ~ or /tmp. */
export function isolatedEnv(stateDir) {
	const dirs = { HOME: 'home', XDG_CONFIG_HOME: 'home/.config', XDG_CACHE_HOME: 'home/.cache', XDG_DATA_HOME: 'home/.local/share', TMPDIR: 'tmp' };
	const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
	for (const [name, rel] of Object.entries(dirs)) {
		env[name] = join(stateDir, rel);
		mkdirSync(env[name], { recursive: true });
	}
	return env;
}

const DEFAULT_SETTINGS = {
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'workbench.enableExperiments': false,
	'security.workspace.trust.enabled': false,
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'extensions.ignoreRecommendations': true,
	'git.enabled': false,
	'chat.disableAIFeatures': true,
};

/**
 * Starts code-server and resolves once it listens. `port` 0 lets the OS pick a free one.
 * The server runs in its own process group: stop() ends the group (the extension host included).
 */
export async function startCodeServer({ entry, stateDir, port = 0, settings = {}, extensionsDir, onOutput = () => {}, startTimeoutMs = 60_000 }) {
	const env = isolatedEnv(stateDir);
	const userDataDir = join(stateDir, 'user-data');
	extensionsDir ??= join(stateDir, 'extensions');
	mkdirSync(join(userDataDir, 'User'), { recursive: true });
	mkdirSync(extensionsDir, { recursive: true });
	writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, '\t'));
	const args = [
		entry,
		'--bind-addr',
		`127.0.0.1:${port}`,
		'--auth',
		'none',
		'--disable-telemetry',
		'--disable-update-check',
		'--disable-workspace-trust',
		'--disable-getting-started-override',
		'--ignore-last-opened',
		'--config',
		join(stateDir, 'code-server.yaml'),
		'--user-data-dir',
		userDataDir,
		'--extensions-dir',
		extensionsDir,
	];
	const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let exited = false;
	const exit = new Promise((resolve) => child.once('exit', (code, signal) => ((exited = true), resolve(code ?? signal))));
	const url = await new Promise((resolve, reject) => {
		let buffer = '';
		const timer = setTimeout(() => reject(new CodeServerError(`code-server did not start listening within ${startTimeoutMs / 1000} s:\n${buffer}`)), startTimeoutMs);
		const onData = (chunk) => {
			const text = chunk.toString();
			buffer += text;
			onOutput(text);
			const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\/?/.exec(buffer);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		exit.then((code) => {
			clearTimeout(timer);
			reject(new CodeServerError(`code-server exited (${code}) before listening:\n${buffer}`));
		});
	});
	return {
		url,
		port: Number(new URL(url).port),
		pid: child.pid,
		exit,
		async stop() {
			if (exited) return;
			killGroup(child.pid, 'SIGTERM');
			const done = await Promise.race([exit.then(() => true), delay(5_000).then(() => false)]);
			// The extension host may outlive the server: end the whole group regardless.
			killGroup(child.pid, 'SIGKILL');
			if (!done) await Promise.race([exit, delay(2_000)]);
		},
	};
}

function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch (e) {
		if (e.code !== 'ESRCH') throw e;
	}
}

export function delay(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/** Headless Debian Chromium with a fresh profile under `stateDir`. */
export async function launchBrowser(stateDir, { width = 1440, height = 900 } = {}) {
	const profile = join(stateDir, 'chromium-profile');
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_FLAGS,
		env: isolatedEnv(stateDir),
		viewport: { width, height },
	});
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		async close() {
			await context.close().catch(() => {});
			// Clean the profile last, and never let its removal replace a result.
			try {
				rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
			} catch {
				// left for the caller's temp-folder cleanup
			}
		},
	};
}

/** The workbench URL that opens `folder` with an extension under development, optionally running tests. */
export function workbenchUrl(serverUrl, { folder, extensionDevelopmentPath, extensionTestsPath }) {
	const authority = new URL(serverUrl).host;
	const payload = [];
	if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${authority}${extensionDevelopmentPath}`]);
	if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${extensionTestsPath}`]);
	const query = new URLSearchParams({ folder });
	if (payload.length) query.set('payload', JSON.stringify(payload));
	return `${serverUrl}/?${query}`;
}
