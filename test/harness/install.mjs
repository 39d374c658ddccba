// Installs what the integration harness needs on first use, outside the source tree:
// Debian packages (chromium, ripgrep) through apt-get when missing, and code-server
// (a real VS Code build from npm) into a cache folder, so a plain `npm ci` stays light.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
// code-server 4.100.3 pins @vscode/ripgrep 1.15.11, which downloads this asset from GitHub.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const CHROMIUM = '/usr/bin/chromium';
export const RIPGREP = '/usr/bin/rg';

export class HarnessSetupError extends Error {
	constructor(message) {
		super(message);
		this.name = 'HarnessSetupError';
	}
}

export function cacheDir() {
	return process.env.SEED_FACTS_CACHE || join(homedir(), '.cache', 'seed-facts');
}

function log(message) {
	console.log(`[harness] ${message}`);
}

function run(cmd, args, options = {}) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
	if (r.error) throw new HarnessSetupError(`${cmd} ${args.join(' ')}: ${r.error.message}`);
	return r.status ?? 1;
}

/** apt-get installs the Debian packages whose probe file is missing (root, or sudo without a password). */
export function ensureDebianPackages(packages) {
	const missing = Object.entries(packages)
		.filter(([, probe]) => !existsSync(probe))
		.map(([name]) => name);
	if (missing.length === 0) return;
	const isRoot = process.getuid?.() === 0;
	const sudo = isRoot ? [] : ['sudo', '-n'];
	if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
		throw new HarnessSetupError(`missing Debian packages ${missing.join(' ')}, and not root (no password-less sudo) to apt-get install them`);
	}
	log(`apt-get install ${missing.join(' ')}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const [cmd, ...pre] = [...sudo, 'apt-get'];
	if (run(cmd, [...pre, 'update', '-qq'], { env }) !== 0) throw new HarnessSetupError('apt-get update failed');
	if (run(cmd, [...pre, 'install', '-y', '-qq', '--no-install-recommends', ...missing], { env }) !== 0) {
		throw new HarnessSetupError(`apt-get install ${missing.join(' ')} failed`);
	}
	for (const name of missing) {
		if (!existsSync(packages[name])) throw new HarnessSetupError(`${name} installed but ${packages[name]} is still missing`);
	}
}

/** A crude cross-process lock (mkdir is atomic) so that parallel runs do not install twice. */
function withLock(dir, fn) {
	const lock = `${dir}.lock`;
	const started = Date.now();
	for (;;) {
		try {
			mkdirSync(lock);
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			// A lock older than 15 minutes is left over from a killed install.
			if (Date.now() - statSync(lock).mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
			if (Date.now() - started > 20 * 60_000) throw new HarnessSetupError(`timed out waiting for ${lock}`);
			spawnSync('sleep', ['2']);
		}
	}
	try {
		return fn();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

/** Returns the code-server entry script, installing code-server into the cache on first use. */
export function ensureCodeServer() {
	ensureDebianPackages({ chromium: CHROMIUM, ripgrep: RIPGREP });
	const root = join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
	const bin = join(root, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
	const marker = join(root, '.installed');
	if (existsSync(marker)) return bin;
	mkdirSync(cacheDir(), { recursive: true });
	return withLock(root, () => {
		if (existsSync(marker)) return bin;
		// Native modules (node-pty, argon2, kerberos...) build from source.
		ensureDebianPackages({
			'build-essential': '/usr/bin/g++',
			python3: '/usr/bin/python3',
			'libkrb5-dev': '/usr/include/krb5.h',
			'libsecret-1-dev': '/usr/include/libsecret-1/libsecret/secret.h',
			'libxkbfile-dev': '/usr/include/X11/extensions/XKBfile.h',
			'libx11-dev': '/usr/include/X11/Xlib.h',
		});
		const staging = `${root}.staging`;
		rmSync(staging, { recursive: true, force: true });
		const tmp = join(staging, 'tmp');
		// Pre-seed @vscode/ripgrep's download cache with Debian's rg: GitHub cannot be reached.
		mkdirSync(join(tmp, RIPGREP_CACHE), { recursive: true });
		if (run('tar', ['-czf', join(tmp, RIPGREP_CACHE, RIPGREP_ASSET), '-C', '/usr/bin', 'rg']) !== 0) {
			throw new HarnessSetupError('could not pack /usr/bin/rg for the ripgrep cache');
		}
		writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: 'seed-facts-vscode-cache', private: true }));
		log(`installing code-server ${CODE_SERVER_VERSION} into ${root} (first use, about a minute)`);
		const started = Date.now();
		const env = {
			...process.env,
			TMPDIR: tmp,
			// node-pty's install script runs `npx node-gyp`, which npx refuses without this.
			npm_config_yes: 'true',
			npm_config_audit: 'false',
			npm_config_fund: 'false',
			npm_config_update_notifier: 'false',
		};
		// Debian's node ships its headers: node-gyp then needs no download.
		if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
		const status = run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--unsafe-perm', '--no-package-lock', '--loglevel=error'], {
			cwd: staging,
			env,
		});
		if (status !== 0) throw new HarnessSetupError(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${status}); see the npm output above`);
		const rg = join(staging, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
		if (!existsSync(rg)) {
			mkdirSync(join(rg, '..'), { recursive: true });
			copyFileSync(RIPGREP, rg);
			chmodSync(rg, 0o755);
		}
		rmSync(tmp, { recursive: true, force: true });
		rmSync(root, { recursive: true, force: true });
		renameSync(staging, root);
		writeFileSync(marker, `${new Date().toISOString()}\n`);
		log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
		return bin;
	});
}

export const ASSERT_POLYFILL_VERSION = '2.1.0';

/**
 * The web worker suites are bundled with an npm `assert` polyfill (browsers have no node:assert).
 * Taken from the repository's node_modules when present, else installed into the cache on first use.
 * Returns { assert: <package folder>, process: <process shim module> }.
 */
export function ensureWebShims(repo) {
	const shims = {
		process: join(repo, 'test', 'harness', 'web', 'process-shim.js'),
		assertStrict: join(repo, 'test', 'harness', 'web', 'assert-strict.js'),
	};
	const local = join(repo, 'node_modules', 'assert', 'package.json');
	if (existsSync(local)) return { ...shims, assert: join(local, '..') };
	const root = join(cacheDir(), `web-shims-assert-${ASSERT_POLYFILL_VERSION}`);
	const pkg = join(root, 'node_modules', 'assert');
	const marker = join(root, '.installed');
	if (existsSync(marker)) return { ...shims, assert: pkg };
	mkdirSync(cacheDir(), { recursive: true });
	return withLock(root, () => {
		if (!existsSync(marker)) {
			const staging = `${root}.staging`;
			rmSync(staging, { recursive: true, force: true });
			mkdirSync(staging, { recursive: true });
			writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: 'seed-facts-web-shims', private: true }));
			log(`installing the assert polyfill ${ASSERT_POLYFILL_VERSION} into ${root} (first use)`);
			const status = run('npm', ['install', `assert@${ASSERT_POLYFILL_VERSION}`, '--no-package-lock', '--loglevel=error', '--no-audit', '--no-fund'], { cwd: staging });
			if (status !== 0) throw new HarnessSetupError(`npm install assert@${ASSERT_POLYFILL_VERSION} failed (exit ${status})`);
			rmSync(root, { recursive: true, force: true });
			renameSync(staging, root);
			writeFileSync(marker, `${new Date().toISOString()}\n`);
		}
		return { ...shims, assert: pkg };
	});
}

/** The VS Code version that the installed code-server carries. */
export function vscodeVersion() {
	const pkg = join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json');
	try {
		return JSON.parse(readFileSync(pkg, 'utf8')).version;
	} catch {
		return 'unknown';
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		console.log(ensureCodeServer());
	} catch (e) {
		console.error(`[harness] ${e.message}`);
		process.exit(1);
	}
}
