// The CLI against hostile or unlucky inputs and outputs: non-regular sidecars, signals, orphaned
// decisions, invalid UTF-8 in a sidecar, `--out` through links, kept permissions, stale temporaries,
// standard output that fails. `node dist/cli.js` is spawned on temporary folders.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as esbuild from 'esbuild';
import { makeAnchor } from '../../src/curation/anchor';
import { serializeSidecar } from '../../src/curation/sidecar';
import { extract } from '../../src/engine/extract';

const ROOT = resolve(__dirname, '../..');
/** `SEED_FACTS_CLI=/path/to/cli.js` runs these tests against another build (to see them fail before a fix). */
const CLI = process.env.SEED_FACTS_CLI ?? join(ROOT, 'dist/cli.js');
let work: string;

async function buildCli(): Promise<void> {
	if (process.env.SEED_FACTS_CLI) return;
	await esbuild.build({ entryPoints: [join(ROOT, 'src/cli/cli.ts')], outfile: CLI, bundle: true, sourcemap: true, platform: 'node', format: 'cjs', target: 'es2022', banner: { js: '#!/usr/bin/env node' }, logLevel: 'error' });
}

function cli(args: string[], options: { timeout?: number; stdio?: [unknown, unknown, unknown] } = {}): { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', timeout: options.timeout ?? 20_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, stdio: options.stdio as never });
	return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const TEXT = 'Le FMI a prêté 12 millions de dollars en 2025. Le FMI a aussi parlé.\n';

before(async () => {
	await buildCli();
	work = mkdtempSync(join(tmpdir(), 'seed-facts-cli-robust-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

function folder(name: string): string {
	const dir = join(work, name);
	mkdirSync(dir, { recursive: true });
	return dir;
}

describe('sidecars that are not regular files (a FIFO)', () => {
	test('are reported by name and the run ends (no hang)', { skip: process.platform === 'win32' }, () => {
		const dir = folder('fifo');
		writeFileSync(join(dir, 'a.txt'), TEXT);
		const made = spawnSync('mkfifo', [join(dir, 'a.txt.facts.json')]);
		assert.equal(made.status, 0, 'mkfifo');
		const r = cli(['extract', 'fifo'], { timeout: 15_000 });
		assert.equal(r.signal, null, 'the CLI hung on the FIFO and was killed');
		assert.equal(r.code, 1);
		assert.match(r.stderr, /fifo\/a\.txt\.facts\.json: not a regular file/);
	});

	test('SIGTERM and SIGINT end the CLI, whatever it waits on (a FIFO sidecar, a FIFO output)', async () => {
		const dir = folder('signals');
		writeFileSync(join(dir, 'a.txt'), TEXT);
		assert.equal(spawnSync('mkfifo', [join(dir, 'a.txt.facts.json')]).status, 0);
		for (const signal of ['SIGTERM', 'SIGINT'] as const) {
			const out = join(dir, `out-${signal}.jsonl`);
			assert.equal(spawnSync('mkfifo', [out]).status, 0);
			// Nobody writes or reads the FIFOs: opening one blocks a thread of the pool.
			for (const args of [['extract', 'signals/a.txt'], ['extract', '--no-review', '--out', out, 'signals/a.txt']]) {
				const child = spawn(process.execPath, [CLI, ...args], { cwd: work, stdio: 'ignore' });
				const exited = new Promise<boolean>((r) => child.once('exit', () => r(true)));
				await new Promise((r) => setTimeout(r, 700));
				child.kill(signal);
				const ended = await Promise.race([exited, new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
				if (!ended) child.kill('SIGKILL');
				assert.ok(ended, `${signal} did not end \`seed-facts ${args.join(' ')}\``);
			}
		}
	});
});

describe('invalid UTF-8 in a sidecar', () => {
	test('is reported like invalid UTF-8 in a seed: the byte offset, the file named', () => {
		const dir = folder('utf8');
		writeFileSync(join(dir, 'a.txt'), TEXT);
		writeFileSync(join(dir, 'a.txt.facts.json'), Buffer.concat([Buffer.from('{"version":1,"decisions":[],"x":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]));
		const r = cli(['extract', 'utf8']);
		assert.equal(r.code, 1);
		assert.match(r.stderr, /utf8\/a\.txt\.facts\.json: invalid UTF-8 at byte 33/);
	});
});

/** A sidecar rejecting the first « FMI » with a context that no longer matches: the quote is ambiguous. */
function orphanedRejection(): string {
	const start = TEXT.indexOf('FMI');
	const anchor = { ...makeAnchor(TEXT, start, start + 3), prefix: 'autrefois le ', suffix: ' disait', start: 999, end: 1002 };
	return serializeSidecar({ version: 1, text: 'a.txt', decisions: [{ id: 'r1', action: 'reject', target: 'organization', anchor, note: 'pas ici', at: '2025-01-01T00:00:00.000Z' }] });
}

describe('orphaned decisions', () => {
	test('extract warns, lists them and exits 2; the facts they may be about are not exported as machine facts', () => {
		const dir = folder('orphans');
		writeFileSync(join(dir, 'a.txt'), TEXT);
		writeFileSync(join(dir, 'a.txt.facts.json'), orphanedRejection());
		assert.equal(extract(TEXT).filter((m) => m.text === 'FMI').length, 2);
		const r = cli(['extract', 'orphans']);
		assert.equal(r.code, 2, r.stderr);
		assert.match(r.stderr, /orphans\/a\.txt: orphaned decision r1 \(reject «FMI»\): ambiguous: its text appears several times.*; note: «pas ici»/);
		assert.match(r.stderr, /--allow-orphans/);
		const rows = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; status: string });
		assert.ok(!rows.some((row) => row.text === 'FMI' && row.status === 'machine'), 'an orphaned rejection came back as a machine fact');
		assert.ok(rows.length > 0);
	});

	test('--allow-orphans: exit 0, still listed, still held back', () => {
		const r = cli(['export', '--format', 'jsonl', '--allow-orphans', 'orphans']);
		assert.equal(r.code, 0, r.stderr);
		assert.match(r.stderr, /orphaned decision r1/);
		assert.ok(!r.stdout.includes('"text":"FMI"'));
	});
});

describe('--out', () => {
	before(() => {
		const dir = folder('out');
		writeFileSync(join(dir, 'a.txt'), TEXT);
	});

	test('keeps the permissions of the file it replaces', { skip: process.platform === 'win32' }, () => {
		const target = join(work, 'kept.csv');
		writeFileSync(target, 'old');
		chmodSync(target, 0o640);
		const r = cli(['export', '--format', 'csv', '--out', 'kept.csv', 'out']);
		assert.equal(r.code, 0, r.stderr);
		assert.equal(statSync(target).mode & 0o777, 0o640);
		assert.notEqual(readFileSync(target, 'utf8'), 'old');
	});

	test('writes through a symbolic link, which stays a link', () => {
		const real = join(folder('real'), 'facts.jsonl');
		writeFileSync(real, 'old');
		const link = join(work, 'link.jsonl');
		symlinkSync(real, link);
		const r = cli(['export', '--format', 'jsonl', '--out', 'link.jsonl', 'out']);
		assert.equal(r.code, 0, r.stderr);
		assert.ok(lstatSync(link).isSymbolicLink(), 'the link was replaced by a file');
		assert.match(readFileSync(real, 'utf8'), /"FMI"/);
	});

	test('refuses a dangling symbolic link', () => {
		const link = join(work, 'dangling.jsonl');
		symlinkSync(join(work, 'nowhere', 'x.jsonl'), link);
		const r = cli(['export', '--format', 'jsonl', '--out', 'dangling.jsonl', 'out']);
		assert.equal(r.code, 1);
		assert.match(r.stderr, /dangling\.jsonl: is a symbolic link to nothing/);
		assert.ok(lstatSync(link).isSymbolicLink());
	});

	test('removes the temporary files a killed run left, not those of a live one', () => {
		const stale = join(work, '.stale.md.999999999-0123456789ab.tmp');
		const live = join(work, `.stale.md.${process.pid}-0123456789ab.tmp`);
		const staleFolder = join(work, '.brat.999999999.tmp-abcdef');
		writeFileSync(stale, 'half');
		writeFileSync(live, 'busy');
		mkdirSync(staleFolder);
		assert.equal(cli(['export', '--format', 'md', '--out', 'stale.md', 'out']).code, 0);
		assert.equal(cli(['export', '--format', 'brat', '--out', 'brat', 'out']).code, 0);
		assert.ok(!existsSync(stale), 'stale temporary file left');
		assert.ok(!existsSync(staleFolder), 'stale staging folder left');
		assert.ok(existsSync(live), 'a live writer’s temporary file was removed');
		rmSync(live);
	});
});

describe('standard output that fails', () => {
	test('ENOSPC (/dev/full): one line on standard error, exit 1', { skip: !existsSync('/dev/full') }, () => {
		const fd = openSync('/dev/full', 'w');
		try {
			const r = cli(['extract', 'out'], { stdio: ['ignore', fd, 'pipe'] });
			assert.equal(r.code, 1);
			const lines = r.stderr.trim().split('\n');
			assert.equal(lines.length, 1, r.stderr);
			assert.match(lines[0], /^seed-facts: .*(standard output).*no space left on device/);
		} finally {
			closeSync(fd);
		}
	});

	test('EPIPE (the reader went away): one line on standard error, exit 1', async () => {
		const big = folder('big');
		for (let i = 0; i < 40; i++) writeFileSync(join(big, `s${i}.txt`), TEXT.repeat(200));
		const child = spawn(process.execPath, [CLI, 'extract', 'big'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (c) => (stderr += c));
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise<number | null>((r) => child.once('close', (c) => r(c)));
		assert.equal(code, 1, stderr);
		assert.match(stderr.trim(), /^seed-facts: cannot write to standard output \(the reading end of the pipe was closed\)$/);
	});
});
