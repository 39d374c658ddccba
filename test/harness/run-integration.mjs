// Runs the integration suites inside a real VS Code (code-server 4.100.3, VS Code 1.100.3), once in
// the Node extension host (*.test.ts) and once in the web worker extension host (*.web.test.ts),
// driving the workbench with headless Chromium. Exit: 0 all passed, 1 a test failed, 2 the harness
// could not run (no VS Code, time-out, crash).
//   node test/harness/run-integration.mjs [--grep X] [--host node|web|all] [--suites DIR]
//        [--results DIR] [--timeout SECONDS] [--no-build] [--keep]
// Environment: SEED_FACTS_GREP (same as --grep), SEED_FACTS_CACHE (where code-server is installed,
// default ~/.cache/seed-facts), SEED_FACTS_TIMEOUT (seconds per host, default 600).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, parseArgs } from 'node:util';
import { buildIntegration } from '../../scripts/build-integration.mjs';
import { delay, launchBrowser, startCodeServer, workbenchUrl } from './code-server.mjs';
import { CODE_SERVER_VERSION, ensureCodeServer, ensureWebShims, HarnessSetupError, vscodeVersion } from './install.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCREENSHOT = /\[seed-facts:screenshot\] (\S+) (.+)$/;

export const EXIT = { passed: 0, failed: 1, harness: 2 };

class HarnessTimeoutError extends Error {
	constructor(message) {
		super(message);
		this.name = 'HarnessTimeoutError';
	}
}

function log(message) {
	console.log(`[harness] ${message}`);
}

/** A file name for a screenshot: readable, no path separators. */
export function screenshotFile(name) {
	return `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 120) || 'screenshot'}.png`;
}

// Known noise of a workbench run offline (see /work/shared/vscode-e2e.md, pitfall 5).
const NOISE = [
	/vsda/,
	/ENOTFOUND/,
	/open-vsx|marketplace|gallery/i,
	/Failed to load resource/,
	/\[perf\]/,
	/^Resolv(ing|ed) connection token/,
	/^Creating a socket/,
	/^\[Service Worker\]/,
	/^ChatSessionStore:/,
	/^Updating additional builtin extensions cache/,
];

/** A digest of the repository's seeds/, to prove that the suites only touched their copy. */
function seedsDigest() {
	const hash = createHash('sha256');
	for (const e of readdirSync(join(repo, 'seeds'), { recursive: true, withFileTypes: true }).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
		if (!e.isFile()) continue;
		hash.update(join(e.parentPath, e.name));
		hash.update(readFileSync(join(e.parentPath, e.name)));
	}
	return hash.digest('hex');
}

/** Runs one host's bundle in a fresh code-server + Chromium; resolves to { code, passing, failing }. */
async function runHost({ host, entry, runDir, testsPath, workspace, ackDir, resultsDir, timeoutMs }) {
	const stateDir = join(runDir, host);
	const shots = join(resultsDir, host);
	rmSync(shots, { recursive: true, force: true });
	mkdirSync(shots, { recursive: true });
	// The web host run asks VS Code to run this extension in the browser's web worker host.
	const settings = host === 'web' ? { 'remote.extensionKind': { 'seed-facts.seed-facts': ['web'] } } : {};
	const started = Date.now();
	const result = { host, code: EXIT.harness, passing: 0, failing: 0, pending: 0, screenshots: [], reason: '' };
	let server;
	let browser;
	let pending = Promise.resolve();
	const onSignal = () => {
		void (async () => {
			await browser?.close();
			await server?.stop();
			process.exit(130);
		})();
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	const takeScreenshot = async (name) => {
		if (!browser) return;
		const file = join(shots, screenshotFile(name));
		await browser.page.screenshot({ path: file }).then(
			() => {
				result.screenshots.push(file);
				log(`screenshot ${relative(repo, file)}`);
			},
			(e) => log(`screenshot ${name} failed: ${e.message}`),
		);
	};
	try {
		server = await startCodeServer({ entry, stateDir, settings });
		browser = await launchBrowser(stateDir);
		const { page } = browser;
		let resolveExit;
		const exited = new Promise((r) => (resolveExit = r));
		const onLine = (line) => {
			const text = String(line);
			for (const l of text.split('\n')) {
				const m = SCREENSHOT.exec(l);
				if (m) {
					// Serialised: a second request waits for the first screenshot.
					pending = pending.then(async () => {
						await takeScreenshot(m[2]);
						writeFileSync(join(ackDir, m[1]), '');
					});
					continue;
				}
				if (NOISE.some((re) => re.test(l))) continue;
				const pass = /^\s*(\d+) passing/.exec(l);
				const fail = /^\s*(\d+) failing/.exec(l);
				const pend = /^\s*(\d+) pending/.exec(l);
				if (pass) result.passing = Number(pass[1]);
				if (fail) result.failing = Number(fail[1]);
				if (pend) result.pending = Number(pend[1]);
				console.log(`  ${l}`);
			}
		};
		// Exposed before navigating, or the exit code is lost (recipe pitfall 3).
		await page.exposeFunction('codeAutomationLog', (_level, args) => onLine(Array.isArray(args) ? format(...args) : args));
		await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
		page.on('pageerror', (e) => log(`page error: ${e.message}`));
		const url = workbenchUrl(server.url, { folder: workspace, extensionDevelopmentPath: repo, extensionTestsPath: testsPath });
		log(`${host} extension host: ${server.url} (code-server ${CODE_SERVER_VERSION}, VS Code ${vscodeVersion()})`);
		await page.goto(url);
		const timeout = delay(timeoutMs).then(() => {
			throw new HarnessTimeoutError(`no result from the ${host} extension host within ${timeoutMs / 1000} s`);
		});
		const crashed = server.exit.then((code) => {
			throw new HarnessTimeoutError(`code-server exited (${code}) during the ${host} run`);
		});
		const code = await Promise.race([exited, timeout, crashed]);
		await pending;
		await takeScreenshot('after-suites');
		result.code = code === 0 ? EXIT.passed : EXIT.failed;
	} catch (e) {
		log(`${host}: ${e.message}`);
		result.reason = e.message;
		await pending.catch(() => {});
		await takeScreenshot(e instanceof HarnessTimeoutError ? 'timeout' : 'harness-error');
		result.code = EXIT.harness;
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		await browser?.close();
		await server?.stop();
	}
	result.seconds = (Date.now() - started) / 1000;
	return result;
}

export async function main(argv = process.argv.slice(2)) {
	const { values } = parseArgs({
		args: argv,
		options: {
			grep: { type: 'string', short: 'g' },
			host: { type: 'string', default: 'all' },
			suites: { type: 'string', default: 'test/integration' },
			results: { type: 'string', default: 'test-results' },
			timeout: { type: 'string' },
			'no-build': { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
		},
	});
	const grep = values.grep ?? process.env.SEED_FACTS_GREP ?? undefined;
	const hosts = values.host === 'all' ? ['node', 'web'] : [values.host];
	if (!hosts.every((h) => h === 'node' || h === 'web')) throw new HarnessSetupError(`--host must be node, web or all, not ${values.host}`);
	const timeoutMs = Number(values.timeout ?? process.env.SEED_FACTS_TIMEOUT ?? 600) * 1000;
	const resultsDir = resolve(repo, values.results);

	const entry = ensureCodeServer();
	const webShims = hosts.includes('web') ? ensureWebShims(repo) : undefined;
	if (!values['no-build']) {
		const b = spawnSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
		if (b.status !== 0) throw new HarnessSetupError('the extension build (scripts/build.mjs) failed');
	}
	for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
		if (!existsSync(join(repo, bundle))) throw new HarnessSetupError(`${bundle} is missing: run npm run build`);
	}

	const seedsBefore = seedsDigest();
	const runDir = mkdtempSync(join(tmpdir(), 'seed-facts-it-'));
	// The bundles live inside the extension's folder: VS Code runs tests in the host that runs the
	// extension they belong to, which is what sends the web suites to the web worker.
	const outDir = join(repo, 'out', 'harness', basename(runDir));
	const results = [];
	try {
		const workspace = join(runDir, 'seeds');
		cpSync(join(repo, 'seeds'), workspace, { recursive: true });
		const ackDir = join(runDir, 'ack');
		mkdirSync(ackDir);
		const built = await buildIntegration({ suitesDir: values.suites, outDir, hosts, config: { grep, ackDir }, webShims });
		log(`suites from ${values.suites}: ${built.node} for the node host, ${built.web} for the web host${grep ? `; grep /${grep}/` : ''}`);
		for (const host of hosts) {
			if (built[host] === 0) {
				log(`${host}: no suite to run (${host === 'web' ? '*.web.test.ts' : '*.test.ts'} under ${values.suites})`);
				results.push({ host, code: EXIT.harness, passing: 0, failing: 0, pending: 0, seconds: 0, reason: 'no suite' });
				continue;
			}
			const testsPath = join(outDir, host, 'index.js');
			results.push(await runHost({ host, entry, runDir, testsPath, workspace, ackDir, resultsDir, timeoutMs }));
		}
	} finally {
		if (values.keep) log(`kept ${runDir} and ${relative(repo, outDir)}`);
		else {
			rmSync(outDir, { recursive: true, force: true });
			rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
		}
	}
	let code = Math.max(...results.map((r) => r.code));
	if (seedsDigest() !== seedsBefore) {
		log('the repository\'s seeds/ changed during the run: suites must only edit the workspace copy');
		code = Math.max(code, EXIT.failed);
	}
	if (code === EXIT.passed && results.every((r) => r.passing + r.failing === 0)) {
		log(`no test ran${grep ? ` (no test title matches /${grep}/)` : ''}`);
		code = EXIT.failed;
	}
	// Without a filter every host must have run tests: a host that reports success with none has not really run.
	for (const r of grep ? [] : results) {
		if (r.code === EXIT.passed && r.passing + r.failing === 0) {
			log(`${r.host} extension host reported success but ran no test`);
			r.code = EXIT.failed;
			code = Math.max(code, EXIT.failed);
		}
	}
	for (const r of results) {
		const verdict = r.code === EXIT.passed ? 'passed' : r.code === EXIT.failed ? 'FAILED' : `NO RESULT: ${r.reason}`;
		log(`${r.host} extension host: ${verdict} (${r.passing} passing, ${r.failing} failing, ${r.seconds.toFixed(1)} s)`);
	}
	const passed = results.reduce((n, r) => n + r.passing, 0);
	const failed = results.reduce((n, r) => n + r.failing, 0) + results.filter((r) => r.code === EXIT.harness).length;
	console.log(`integration: ${passed} passed, ${failed} failed`);
	return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	main().then(
		(code) => process.exit(code),
		(e) => {
			console.error(`[harness] cannot run the integration tests in VS Code: ${e.message}`);
			console.log('integration: 0 passed, 1 failed');
			process.exit(EXIT.harness);
		},
	);
}
