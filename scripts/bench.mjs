#!/usr/bin/env node
// Engine benchmark (dist/engine.js; run `node scripts/build.mjs` first).
//
// In one process, on the seeds repeated to >= 10 MB:
//   - extract() throughput, cold (a fresh createExtractor() per run and every
//     repetition of the seeds made distinct, so the per-line cache never hits)
//     and warm (the same text again through the same extractor: all cache hits);
//   - a full compromise and fr-compromise parse of 200 KB of it, extrapolated;
//   - a bare regex scan (/\d+/g) over the same text: the practical upper limit;
//   - the time for a 1 MB document (median of several cold runs);
//   - how time grows from 1 to 10 to 50 MB (ratios, linearity);
//   - pathological inputs (100 000 × "de la ", 1 MB of "Comité ", a 10 MB line, ...).
// Floors (issue 3): >= 30 MB/s, >= 100× the compromise parse, 1 MB <= 50 ms, linear growth.
//
//   npm run bench                        full run
//   npm run bench -- --quick             smaller sizes (no 50 MB step), fewer runs
//   npm run bench -- --engine=PATH.js    another build of the engine (to compare two builds on one machine)
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const enginePath = process.argv.find((a) => a.startsWith('--engine='))?.slice(9);
const { createExtractor } = require(enginePath ? resolve(enginePath) : join(root, 'dist', 'engine.js'));
const quick = process.argv.includes('--quick');

const MB = 1e6; // characters; the seeds are almost all 1-byte UTF-8, see the note printed below
const seedsDir = join(root, 'seeds');
const seed = readdirSync(seedsDir)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((f) => readFileSync(join(seedsDir, f), 'utf8'))
	.join('\n');
const seedLines = seed.split('\n');

/** A tag made of letters only (no digit: it must not add amounts or dates), distinct per repetition. */
function tag(n) {
	let s = '';
	do {
		s = String.fromCharCode(97 + (n % 26)) + s;
		n = Math.floor(n / 26);
	} while (n > 0);
	return s;
}
/** The seeds repeated to `size` characters; each repetition's non-empty lines get a distinct suffix so no line repeats. */
function corpus(size, salt = '') {
	const parts = [];
	let len = 0;
	for (let rep = 0; len < size; rep++) {
		const t = ` ${salt}${tag(rep)}`;
		const block = seedLines.map((l) => (l.trim() ? l + t : l)).join('\n') + '\n';
		parts.push(block);
		len += block.length;
	}
	return parts.join('').slice(0, size);
}

const now = () => performance.now();
function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
/** Cold run: a fresh extractor, so nothing is cached. */
function coldRun(text) {
	const ex = createExtractor();
	const c0 = process.cpuUsage();
	const t0 = now();
	const ms = ex.extract(text);
	const ms1 = now() - t0;
	const c = process.cpuUsage(c0);
	return { ms: ms1, cpuMs: (c.user + c.system) / 1000, mentions: ms.length, ex };
}
const fmt = (x, d = 1) => x.toFixed(d);
const pad = (s, n) => String(s).padEnd(n);

console.log(`Seed Facts engine benchmark — node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (wall-clock figures below are inflated when it exceeds the core count; the CPU-time figure in section 1 is less so)`);
console.log(`seeds: ${seedLines.length} lines, ${seed.length} chars (${Buffer.byteLength(seed)} bytes UTF-8); "MB" below = 10^6 characters\n`);

// ---------------------------------------------------------------------------
// 1. Throughput on >= 10 MB.
const SIZE = 10 * MB;
// Warm up on a different text of the same size, so that the first measured run pays neither for
// the JIT nor for growing the heap to its working size.
coldRun(corpus(SIZE, 'w'));
const text = corpus(SIZE);
const coldTimes = [];
const coldCpu = [];
let mentions = 0;
for (let r = 0; r < (quick ? 3 : 5); r++) {
	const run = coldRun(text);
	coldTimes.push(run.ms);
	coldCpu.push(run.cpuMs);
	mentions = run.mentions;
}
// Warm, after the cold runs (its cache would otherwise be garbage for the next cold run to collect).
const warm = (() => {
	const ex = createExtractor();
	ex.extract(text);
	const t0 = now();
	ex.extract(text); // same extractor, same text: cached lines
	return now() - t0;
})();
const cold = median(coldTimes);
const CACHE_LINES = 20_000; // MAX_CACHED_LINES in src/engine/extract.ts
const lineCount = text.split('\n').length;
const coldMBs = SIZE / MB / (cold / 1000);
const warmMBs = SIZE / MB / (warm / 1000);

// Bare regex scan: the practical upper limit of one pass over the text.
const regexTimes = [];
for (let r = 0; r < 3; r++) {
	const t0 = now();
	let n = 0;
	const re = /\d+/g;
	while (re.exec(text)) n++;
	regexTimes.push(now() - t0);
	if (n < 0) console.log(n);
}
const regexMBs = SIZE / MB / (median(regexTimes) / 1000);

// Full NLP parses on 200 KB of the same text, extrapolated.
const PART = 200_000;
const part = text.slice(0, PART);
const nlpRates = {};
for (const [name, mod] of [
	['compromise', 'compromise'],
	['fr-compromise', 'fr-compromise'],
]) {
	const lib = (await import(mod)).default;
	lib(part.slice(0, 5000)).json(); // warm-up
	const t0 = now();
	lib(part).json({ offset: true });
	nlpRates[name] = PART / MB / ((now() - t0) / 1000);
}
const fastestNlp = Math.max(...Object.values(nlpRates));

console.log(`1. Throughput on ${SIZE / MB} MB (seeds repeated, ${mentions} mentions)`);
console.log(`${pad('', 44)}${pad('MB/s', 10)}ratio to extract (cold)`);
console.log(`${pad('extract, cold (fresh extractor, median)', 44)}${pad(fmt(coldMBs), 10)}1 (${coldTimes.length} runs: ${coldTimes.map((t) => fmt(t, 0)).join(', ')} ms)`);
console.log(`${pad('extract, cold, by CPU time (all threads)', 44)}${pad(fmt(SIZE / MB / (median(coldCpu) / 1000)), 10)}-`);
console.log(`${pad('extract, warm (same extractor, same text)', 44)}${pad(fmt(warmMBs), 10)}${fmt(warmMBs / coldMBs, 2)}× (its line cache holds ${CACHE_LINES} lines; this text has ${lineCount}: see 2 for a fully cached document)`);
console.log(`${pad('bare regex scan /\\d+/g (upper limit)', 44)}${pad(fmt(regexMBs), 10)}${fmt(regexMBs / coldMBs, 2)}× (extract runs at ${fmt((100 * coldMBs) / regexMBs)}% of it)`);
for (const [name, rate] of Object.entries(nlpRates)) {
	console.log(`${pad(`${name} full parse (200 KB, extrapolated)`, 44)}${pad(fmt(rate, 3), 10)}extract is ${fmt(coldMBs / rate, 0)}× faster (10 MB would take ${fmt(SIZE / MB / rate, 0)} s)`);
}

// ---------------------------------------------------------------------------
// 2. A 1 MB document.
const oneMB = corpus(MB, 'o');
const oneTimes = [];
const oneCpu = [];
for (let r = 0; r < 9; r++) {
	const run = coldRun(oneMB);
	oneTimes.push(run.ms);
	oneCpu.push(run.cpuMs);
}
const oneWarm = (() => {
	const ex = createExtractor();
	ex.extract(oneMB);
	const times = [];
	for (let r = 0; r < 5; r++) {
		const t0 = now();
		ex.extract(oneMB);
		times.push(now() - t0);
	}
	return median(times);
})();
console.log(`\n2. One 1 MB document (${oneMB.split('\n').length} lines)`);
console.log(`cold (fresh extractor): median ${fmt(median(oneTimes))} ms (min ${fmt(Math.min(...oneTimes))}, max ${fmt(Math.max(...oneTimes))}, 9 runs); CPU time median ${fmt(median(oneCpu))} ms`);
console.log(`warm (every line cached, median of 5): ${fmt(oneWarm)} ms (${fmt(1 / (oneWarm / 1000))} MB/s)`);

// ---------------------------------------------------------------------------
// 3. Growth.
const sizes = quick ? [1, 5, 10] : [1, 10, 50];
const growth = [];
for (const s of sizes) {
	const t = corpus(s * MB, `g${s}`);
	const times = [];
	for (let r = 0; r < (s >= 50 ? 1 : 3); r++) times.push(coldRun(t).ms);
	growth.push({ size: s, ms: median(times) });
}
console.log(`\n3. Growth (cold)`);
console.log(`${pad('size', 8)}${pad('ms', 10)}${pad('ms per MB', 12)}${pad('time ratio', 12)}size ratio`);
for (const g of growth) {
	console.log(`${pad(`${g.size} MB`, 8)}${pad(fmt(g.ms), 10)}${pad(fmt(g.ms / g.size, 2), 12)}${pad(fmt(g.ms / growth[0].ms, 2), 12)}${fmt(g.size / growth[0].size, 0)}`);
}
const perMB = growth.map((g) => g.ms / g.size);
// Superlinear growth shows as a larger per-MB time at the largest size than at the smallest.
const linearity = perMB[perMB.length - 1] / perMB[0];
console.log(`per-MB time at ${sizes[sizes.length - 1]} MB is ${fmt(linearity, 2)}× that at ${sizes[0]} MB (1.00 = linear; > 1.5 would mean superlinear)`);

// ---------------------------------------------------------------------------
// 4. Pathological inputs: each at two sizes; the time ratio should be about the size ratio.
const patho = [
	['100 000 × "de la " (600 K)', (k) => 'de la '.repeat(100_000 * k)],
	['"Comité " repeated (1 MB)', (k) => 'Comité '.repeat(Math.round((MB / 7) * k))],
	['capitalized words, one line (1 MB)', (k) => 'Organisation Mondiale Du Commerce Et Union Européenne '.repeat(Math.round((MB / 54) * k))],
	['"Comité de la de la " (1 MB)', (k) => 'Comité de la de la '.repeat(Math.round((MB / 19) * k))],
	['digits and spaces, one line (1 MB)', (k) => '12 345 '.repeat(Math.round((MB / 7) * k))],
	['seeds without newlines (10 MB line)', (k) => corpus(10 * MB * k, 'n').replace(/\n/g, ' ')],
	['emoji before figures (1 MB)', (k) => '😀 le Comité populaire de Hanoï a versé 12,5 millions de dollars 😀\n'.repeat(Math.round((MB / 68) * k))],
];
console.log(`\n4. Pathological inputs (cold; time at size ×1 and ×2)`);
for (const [name, make] of patho) {
	const a = make(0.5);
	const b = make(1);
	const ta = coldRun(a).ms;
	const tb = coldRun(b).ms;
	console.log(`${pad(name, 40)}${pad(`${fmt(ta)} ms`, 12)}${pad(`${fmt(tb)} ms`, 12)}ratio ${fmt(tb / ta, 2)} (${fmt(b.length / MB / (tb / 1000))} MB/s)`);
}

// ---------------------------------------------------------------------------
const checks = [
	[`throughput >= 30 MB/s`, coldMBs >= 30, `${fmt(coldMBs)} MB/s`],
	[`>= 100× the compromise parse`, coldMBs / fastestNlp >= 100, `${fmt(coldMBs / fastestNlp, 0)}× the faster of compromise / fr-compromise`],
	[`1 MB <= 50 ms`, median(oneTimes) <= 50, `${fmt(median(oneTimes))} ms`],
	[`linear growth`, linearity <= 1.5, `per-MB time ×${fmt(linearity, 2)} from ${sizes[0]} to ${sizes[sizes.length - 1]} MB`],
];
console.log('\nFloors');
for (const [name, ok, detail] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${pad(name, 32)}${detail}`);
