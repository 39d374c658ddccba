#!/usr/bin/env node
// `--jobs` benchmark (issue 15): throughput of `seed-facts extract --jobs 1` against `--jobs 2` (or
// any list of job counts) on a generated corpus of non-repeating French news seeds, and a check that
// every run writes the same bytes. Run `node scripts/build.mjs` first.
//
//   node scripts/bench-jobs.mjs                       100 MB corpus, --jobs 1 vs 2, best of 2 runs each
//   node scripts/bench-jobs.mjs --mb 20 --runs 1      quicker
//   options: --jobs 1,2,4   --corpus DIR (an existing corpus; default: generated once into the temp folder
//            and kept for the next run)   --format jsonl|csv|md|json   --keep (keep the outputs)
//
// Each run's standard output goes to a file (no pipe reader competing for the cores); outputs are
// compared with SHA-256 after the timings. Floor: --jobs 2 ≥ 1.7 × the throughput of --jobs 1 on a
// 2-core machine, byte-identical output. The exit code is 1 when the outputs differ or the floor is
// missed. Wall-clock figures are only meaningful on a quiet machine: the load average is printed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
	options: {
		mb: { type: 'string', default: '100' },
		jobs: { type: 'string', default: '1,2' },
		runs: { type: 'string', default: '2' },
		corpus: { type: 'string' },
		format: { type: 'string', default: 'jsonl' },
		keep: { type: 'boolean', default: false },
	},
});
const FLOOR = 1.7;
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
	console.error('bench-jobs: dist/cli.js is missing; run `node scripts/build.mjs` first');
	process.exit(2);
}
const jobsList = values.jobs.split(',').map(Number);
const runs = Number(values.runs);

function corpusFolder() {
	if (values.corpus) return resolve(values.corpus);
	const dir = join(tmpdir(), `seed-facts-bench-corpus-${values.mb}mb`);
	if (!existsSync(join(dir, '.complete'))) {
		rmSync(dir, { recursive: true, force: true });
		const r = spawnSync(process.execPath, [join(root, 'scripts', 'gen-corpus.mjs'), '--out', dir, '--mb', values.mb], { stdio: 'inherit' });
		if (r.status !== 0) process.exit(2);
		closeSync(openSync(join(dir, '.complete'), 'w'));
	}
	return dir;
}

function corpusSize(dir) {
	let bytes = 0;
	let files = 0;
	const walk = (d) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			if (e.isDirectory()) walk(join(d, e.name));
			else if (e.name.endsWith('.txt')) {
				bytes += statSync(join(d, e.name)).size;
				files++;
			}
		}
	};
	walk(dir);
	return { bytes, files };
}

/** CPU seconds (user + system) of this process's waited-for children so far (Linux /proc; NaN elsewhere). */
function childrenCpu() {
	try {
		const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
		// After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
		return (Number(fields[13]) + Number(fields[14])) / 100;
	} catch {
		return NaN;
	}
}

function runOnce(corpus, jobs, outFile) {
	return new Promise((resolvePromise, reject) => {
		const fd = openSync(outFile, 'w');
		const cpu0 = childrenCpu();
		const t0 = performance.now();
		const child = spawn(process.execPath, [cli, 'extract', '--format', values.format, '--jobs', String(jobs), corpus], { stdio: ['ignore', fd, 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - t0) / 1000;
			closeSync(fd);
			if (code !== 0) reject(new Error(`--jobs ${jobs} exited with ${code}: ${stderr}`));
			else resolvePromise({ seconds, cpu: childrenCpu() - cpu0 });
		});
	});
}

function sha256(file) {
	return new Promise((resolvePromise, reject) => {
		const h = createHash('sha256');
		createReadStream(file)
			.on('data', (d) => h.update(d))
			.on('end', () => resolvePromise(h.digest('hex')))
			.on('error', reject);
	});
}

const corpus = corpusFolder();
const { bytes, files } = corpusSize(corpus);
const mb = bytes / 1e6;
const outDir = mkdtempSync(join(tmpdir(), 'seed-facts-bench-jobs-'));
console.log(`Seed Facts --jobs benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
console.log(`corpus: ${corpus} — ${files} seeds, ${mb.toFixed(1)} MB; format ${values.format}; best of ${runs} run(s) per job count, runs interleaved`);
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

const best = new Map();
for (let r = 0; r < runs; r++) {
	for (const jobs of jobsList) {
		const out = join(outDir, `jobs-${jobs}.${values.format}`);
		const m = await runOnce(corpus, jobs, out);
		console.log(`  run ${r + 1} --jobs ${jobs}: ${m.seconds.toFixed(2)} s wall, ${(mb / m.seconds).toFixed(1)} MB/s, ${m.cpu.toFixed(2)} s CPU`);
		const prev = best.get(jobs);
		if (!prev || m.seconds < prev.seconds) best.set(jobs, m);
	}
}

const hashes = new Map();
for (const jobs of jobsList) hashes.set(jobs, await sha256(join(outDir, `jobs-${jobs}.${values.format}`)));
const outBytes = statSync(join(outDir, `jobs-${jobsList[0]}.${values.format}`)).size;
const identical = new Set(hashes.values()).size === 1;
const base = best.get(jobsList[0]);
console.log('');
console.log('| --jobs | wall (s) | MB/s in | CPU (s) | MB/s per CPU-second | × --jobs ' + jobsList[0] + ' |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const jobs of jobsList) {
	const m = best.get(jobs);
	console.log(`| ${jobs} | ${m.seconds.toFixed(2)} | ${(mb / m.seconds).toFixed(1)} | ${m.cpu.toFixed(2)} | ${(mb / m.cpu).toFixed(1)} | ${(base.seconds / m.seconds).toFixed(2)} |`);
}
console.log('');
console.log(`output: ${(outBytes / 1e6).toFixed(1)} MB per run; byte-identical across job counts: ${identical ? 'yes' : 'NO'} (sha256 ${[...hashes.values()][0].slice(0, 16)}…)`);
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (above the core count, other processes took cores: wall-clock ratios are then low)`);
let ok = identical;
if (best.has(1) && best.has(2)) {
	const ratio = best.get(1).seconds / best.get(2).seconds;
	const pass = ratio >= FLOOR;
	ok &&= pass;
	console.log(`floor: --jobs 2 = ${ratio.toFixed(2)} × --jobs 1 (≥ ${FLOOR} on 2 cores): ${pass ? 'PASS' : 'FAIL'}`);
	// Load-independent hint: the extra CPU that two threads cost. On an idle machine where both runs are
	// CPU-bound, the ratio would be about 2 × CPU(1) / CPU(2) (at most the number of cores).
	const cpu1 = best.get(1).cpu;
	const cpu2 = best.get(2).cpu;
	console.log(`CPU time --jobs 2 / --jobs 1: ${(cpu2 / cpu1).toFixed(2)} (overhead of the pool); CPU-bound estimate on an idle 2-core machine: ${((2 * cpu1) / cpu2).toFixed(2)} ×`);
}
if (!values.keep) rmSync(outDir, { recursive: true, force: true });
else console.log(`outputs kept in ${outDir}`);
process.exit(ok ? 0 : 1);
