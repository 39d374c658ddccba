// The cluster recipe's pipe stage (docs/SCALE.md), run on this machine: the seeds are split into
// shards, `xargs -P 2` runs `seed-facts extract --jobs 1 -` once per shard (paths on standard input,
// as Spark's RDD.pipe and scripts/scale/dask_extract.py feed it), and the union of the shard outputs
// must equal a single-process run — as a set of rows and, shards taken in order, byte for byte.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import * as esbuild from 'esbuild';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const SHARDS = 5;
let work: string;

function newest(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
}

before(async () => {
	const sources = ['src/cli', 'src/export', 'src/engine', 'src/curation'].map((d) => newest(join(ROOT, d)));
	let built = 0;
	try {
		built = statSync(CLI).mtimeMs;
	} catch {
		// not built yet
	}
	if (built < Math.max(...sources)) {
		await esbuild.build({ entryPoints: [join(ROOT, 'src/cli/cli.ts')], outfile: CLI, bundle: true, sourcemap: true, platform: 'node', format: 'cjs', target: 'es2022', banner: { js: '#!/usr/bin/env node' }, logLevel: 'error' });
	}
	work = mkdtempSync(join(tmpdir(), 'seed-facts-shards-'));
	const gen = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-corpus.mjs'), '--out', join(work, 'corpus'), '--seeds', '45', '--kb', '2', '--per-folder', '20', '--seed', '11', '--quiet']);
	assert.equal(gen.status, 0, String(gen.stderr));
});

after(() => rmSync(work, { recursive: true, force: true }));

/** The corpus's seeds in the CLI's order (folders walked in sorted order), relative to `work`. */
function seeds(): string[] {
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

test('xargs -P 2 over shards: the union of the shard outputs equals a single-process run', () => {
	const single = spawnSync(process.execPath, [CLI, 'extract', '--jobs', '1', 'corpus'], { cwd: work, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	assert.equal(single.status, 0, single.stderr);
	assert.ok(single.stdout.length > 0);

	const paths = seeds();
	const size = Math.ceil(paths.length / SHARDS);
	const lists: string[] = [];
	for (let i = 0; i < SHARDS; i++) {
		const list = `shard-${i}.list`;
		writeFileSync(join(work, list), `${paths.slice(i * size, (i + 1) * size).join('\n')}\n`);
		lists.push(list);
	}
	// The stage, as a shell user or a cluster framework runs it: paths on stdin, JSON Lines on stdout.
	const stage = `"${process.execPath}" "${CLI}" extract --jobs 1 --quiet - < "$1" > "$1.jsonl"`;
	const run = spawnSync('sh', ['-c', `printf '%s\\n' ${lists.join(' ')} | xargs -P 2 -I{} sh -c '${stage}' stage {}`], { cwd: work, encoding: 'utf8' });
	assert.equal(run.status, 0, run.stderr);

	const outputs = lists.map((list) => readFileSync(join(work, `${list}.jsonl`), 'utf8'));
	for (const o of outputs) assert.ok(o.length > 0, 'every shard produced rows');
	const rows = (s: string) => s.split('\n').filter(Boolean);
	assert.deepEqual(outputs.flatMap(rows).sort(), rows(single.stdout).sort(), 'same rows');
	assert.equal(outputs.join(''), single.stdout, 'shards in order: the same bytes');
});
