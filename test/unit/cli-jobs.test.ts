// `--jobs N`: the worker pool (src/cli/parallel.ts) and the CLI running on it. Outputs are compared
// with `--jobs 1` (the single-threaded path), never with hard-coded results.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as esbuild from 'esbuild';
import { orderedMap, parseJobs } from '../../src/cli/parallel';
import { parsePathList } from '../../src/cli/stdinPaths';
import { WorkerPoolError } from '../../src/cli/worker';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
let work: string;
let echoWorker: string;

function newest(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
}

/** Rebuilds dist/cli.js (as scripts/build.mjs does) when a source it bundles is newer. */
async function ensureCliBuilt(): Promise<void> {
	const sources = ['src/cli', 'src/export', 'src/engine', 'src/curation'].map((d) => newest(join(ROOT, d)));
	let built = 0;
	try {
		built = statSync(CLI).mtimeMs;
	} catch {
		// not built yet
	}
	if (built >= Math.max(...sources)) return;
	await esbuild.build({ entryPoints: [join(ROOT, 'src/cli/cli.ts')], outfile: CLI, bundle: true, sourcemap: true, platform: 'node', format: 'cjs', target: 'es2022', banner: { js: '#!/usr/bin/env node' }, logLevel: 'error' });
}

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

function cli(args: string[], input?: string): Run {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The seeds of `corpus`, relative to the work folder, in the CLI's order (sorted walk). */
function corpusFiles(): string[] {
	const out: string[] = [];
	const walk = (rel: string) => {
		const entries = readdirSync(join(work, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const e of entries) {
			if (e.isDirectory()) walk(`${rel}/${e.name}`);
			else if (e.name.endsWith('.txt')) out.push(`${rel}/${e.name}`);
		}
	};
	walk('corpus');
	return out;
}

before(async () => {
	await ensureCliBuilt();
	work = mkdtempSync(join(tmpdir(), 'seed-facts-jobs-'));
	const gen = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-corpus.mjs'), '--out', join(work, 'corpus'), '--seeds', '60', '--kb', '2', '--per-folder', '25', '--quiet']);
	assert.equal(gen.status, 0, String(gen.stderr));
	// A test worker for the pool itself: doubles numbers after a variable delay, throws on 'crash'.
	echoWorker = join(work, 'echo-worker.js');
	await esbuild.build({
		stdin: {
			contents: `import { serveTasks } from ${JSON.stringify(join(ROOT, 'src/cli/worker'))};
				serveTasks(async (t) => {
					if (t === 'crash') throw new Error('boom');
					await new Promise((r) => setTimeout(r, (t * 7919) % 5));
					return t * 2;
				});`,
			resolveDir: ROOT,
			loader: 'ts',
		},
		outfile: echoWorker,
		bundle: true,
		platform: 'node',
		format: 'cjs',
		logLevel: 'error',
	});
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('orderedMap (the pool)', () => {
	test('results come back in input order whatever the number of workers and delays', async () => {
		const items = Array.from({ length: 200 }, (_, i) => i);
		for (const jobs of [1, 2, 3]) {
			const got: number[] = [];
			for await (const r of orderedMap<number, number>(items, { script: echoWorker, jobs })) got.push(r);
			assert.deepEqual(got, items.map((i) => i * 2), `jobs ${jobs}`);
		}
	});

	test('no more than `window` items are taken from the input ahead of the consumer', async () => {
		let taken = 0;
		function* items() {
			for (let i = 0; i < 100; i++) {
				taken++;
				yield i;
			}
		}
		const window = 6;
		let consumed = 0;
		for await (const _ of orderedMap<number, number>(items(), { script: echoWorker, jobs: 2, window })) {
			consumed++;
			assert.ok(taken - consumed <= window, `taken ${taken}, consumed ${consumed}`);
			await new Promise((r) => setTimeout(r, 1));
		}
		assert.equal(consumed, 100);
	});

	test('a handler that throws fails the run with WorkerPoolError; leaving early stops the workers', async () => {
		await assert.rejects(async () => {
			for await (const _ of orderedMap<unknown, number>([1, 2, 'crash', 4], { script: echoWorker, jobs: 2 })) {
				// consume
			}
		}, WorkerPoolError);
		let n = 0;
		for await (const _ of orderedMap<number, number>(Array.from({ length: 1000 }, (_, i) => i), { script: echoWorker, jobs: 2 })) if (++n === 3) break;
		assert.equal(n, 3);
	});

	test('--jobs values and stdin path lists', () => {
		assert.equal(parseJobs('4'), 4);
		for (const bad of ['0', '-1', '1.5', 'two', '']) assert.throws(() => parseJobs(bad), RangeError, bad);
		assert.deepEqual(parsePathList('a.txt\r\nb c.txt\n\nd.txt\n'), ['a.txt', 'b c.txt', 'd.txt']);
		assert.deepEqual(parsePathList('a\nb.txt\0c.txt\0'), ['a\nb.txt', 'c.txt']);
	});
});

describe('extract / export --jobs', () => {
	test('every stream format gives the same bytes with --jobs 1 and 2 (and 3 for jsonl)', () => {
		for (const format of ['jsonl', 'csv', 'md', 'json', 'w3c']) {
			const cmd = format === 'w3c' ? 'export' : 'extract';
			const runs = (format === 'jsonl' ? [1, 2, 3] : [1, 2]).map((jobs) => cli([cmd, '--format', format, '--jobs', String(jobs), 'corpus']));
			for (const r of runs) assert.equal(r.code, 0, r.stderr);
			// json and w3c carry the export time: that line aside, the bytes must match.
			const strip = (s: string) => s.replace(/^.*(exportedAt|"generated"|urn:seed-facts:export:).*$/gm, '');
			assert.ok(runs[0].stdout.length > 1000, format);
			for (const r of runs.slice(1)) assert.equal(strip(r.stdout), strip(runs[0].stdout), format);
		}
	});

	test('brat folders are the same with --jobs 1 and 2', () => {
		const read = (dir: string): Record<string, string> => {
			const out: Record<string, string> = {};
			const walk = (rel: string) => {
				for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
					const p = rel ? `${rel}/${e.name}` : e.name;
					if (e.isDirectory()) walk(p);
					else out[p] = readFileSync(join(dir, p), 'utf8');
				}
			};
			walk('');
			return out;
		};
		for (const jobs of [1, 2]) assert.equal(cli(['export', '-f', 'brat', '--jobs', String(jobs), '--out', `brat-${jobs}`, 'corpus']).code, 0);
		const one = read(join(work, 'brat-1'));
		assert.ok(Object.keys(one).length > 100);
		assert.deepEqual(read(join(work, 'brat-2')), one);
	});

	test('`-` reads the paths from standard input, one per line or NUL-separated', () => {
		const files = corpusFiles();
		const listed = cli(['extract', '--jobs', '1', ...files]);
		assert.equal(listed.code, 0, listed.stderr);
		assert.equal(cli(['extract', '--jobs', '2', '-'], `${files.join('\n')}\n`).stdout, listed.stdout);
		assert.equal(cli(['extract', '--jobs', '2', '-'], `${files.join('\0')}\0`).stdout, listed.stdout);
		assert.equal(cli(['extract', '--jobs', '1', 'corpus']).stdout, listed.stdout);
	});

	test('unreadable files are named on stderr, the others still processed, exit 1, same output as --jobs 1', () => {
		mkdirSync(join(work, 'bad'), { recursive: true });
		writeFileSync(join(work, 'bad/binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
		writeFileSync(join(work, 'bad/latin1.txt'), Buffer.from('Le 3 mai 2025, caf\xe9.', 'latin1'));
		const files = corpusFiles().slice(0, 20);
		const args = [files[0], 'bad/binary.txt', ...files.slice(1, 10), 'missing.txt', 'bad/latin1.txt', ...files.slice(10)];
		const one = cli(['extract', '--jobs', '1', ...args]);
		const two = cli(['extract', '--jobs', '2', ...args]);
		for (const r of [one, two]) {
			assert.equal(r.code, 1);
			for (const name of ['bad/binary.txt', 'missing.txt', 'bad/latin1.txt']) assert.match(r.stderr, new RegExp(`seed-facts: ${name}: `));
		}
		assert.equal(two.stdout, one.stdout);
		assert.ok(two.stdout.length > 0);
		assert.equal(two.stderr, one.stderr);
	});

	test('bad --jobs is a usage error (exit 2)', () => {
		for (const v of ['0', 'x']) {
			const r = cli(['extract', '--jobs', v, 'corpus']);
			assert.equal(r.code, 2);
			assert.match(r.stderr, /--jobs/);
		}
	});

	test('output is streamed: a reader that stops early (| head) ends the run with a one-line error, exit 1', async () => {
		const child = spawn(process.execPath, [CLI, 'extract', '--jobs', '2', 'corpus', 'corpus', 'corpus'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		await new Promise<void>((r) => child.stdout.once('data', () => r()));
		child.stdout.destroy();
		const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
		assert.equal(code, 1, stderr);
		assert.match(stderr, /^seed-facts: cannot write to standard output \(.*\)\n$/);
	});

	test('SIGTERM and SIGINT end the process and its workers', async () => {
		// The CLI cleans up, then re-raises the signal: the process ends by it (or exits 128 + n).
		for (const [signal, expected] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
			const child = spawn(process.execPath, [CLI, 'extract', '--jobs', '2', 'corpus', 'corpus', 'corpus'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
			// Read slowly: the workers are kept busy and the output is not finished when the signal comes.
			await new Promise<void>((r) => child.stdout.once('data', () => r()));
			child.stdout.pause();
			child.kill(signal);
			const [code, by] = await new Promise<[number | null, NodeJS.Signals | null]>((r) => child.on('close', (c, s) => r([c, s])));
			assert.ok(by === signal || code === expected, `${signal}: exit ${code}, signal ${by}`);
		}
	});
});
