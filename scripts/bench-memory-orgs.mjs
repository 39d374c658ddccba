#!/usr/bin/env node
// Extraction memory on capitalized text (issue 14, defect 1), for dist/engine.js
// (run `node scripts/build.mjs` first):
//
//   node --expose-gc scripts/bench-memory-orgs.mjs [--mb=1,16] [--engine=PATH.js]
//
// For each size and each shape of text (acronyms `ABCD EFGH …`, capitalized words
// `Abcd Efgh …`, capitalized words with a head noun now and then, all of them
// distinct so that no line cache or propagation can share anything), extracts the
// text once with a fresh extractor and reports the extra heap (heapUsed sampled
// during the run, after a gc before it, minus the input) and the peak RSS growth,
// as multiples of the input size in bytes. Bound (issue 14): extra heap <= 4× the input.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

if (typeof globalThis.gc !== 'function') {
	console.error('run with: node --expose-gc scripts/bench-memory-orgs.mjs');
	process.exit(2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const enginePath = process.argv.find((a) => a.startsWith('--engine='))?.slice(9);
const { createExtractor } = require(enginePath ? resolve(enginePath) : join(root, 'dist', 'engine.js'));
const sizes = (process.argv.find((a) => a.startsWith('--mb='))?.slice(5) ?? '1,16').split(',').map(Number);
const BOUND = 4;

/** A distinct word of letters for each n (base 26, at least four letters). */
function word(n, capitalizeAll) {
	let s = '';
	for (let k = 0; k < 4 || n > 0; k++) {
		s = String.fromCharCode(97 + (n % 26)) + s;
		n = Math.floor(n / 26);
	}
	return capitalizeAll ? s.toUpperCase() : s[0].toUpperCase() + s.slice(1);
}

const SHAPES = {
	acronyms: (n) => word(n, true),
	capitalized: (n) => word(n, false),
	// A head noun before one word in eight: `Comité Abcd`, `Groupe Abce`, ... names the grammar reads.
	'with heads': (n) => (n % 8 === 0 ? `${['Comité', 'Agence', 'Banque', 'Groupe'][(n >> 3) % 4]} ${word(n, false)}` : word(n, n % 2 === 0)),
};

function text(bytes, shape) {
	const parts = [];
	let len = 0;
	for (let n = 0; len < bytes; n++) {
		const w = shape(n) + (n % 12 === 11 ? '.\n' : ' ');
		parts.push(w);
		len += w.length;
	}
	return parts.join('').slice(0, bytes);
}

function measure(input) {
	const extractor = createExtractor();
	globalThis.gc();
	const heap0 = process.memoryUsage().heapUsed;
	const rss0 = process.memoryUsage().rss;
	let peakHeap = heap0;
	let peakRss = rss0;
	const timer = setInterval(() => {}, 1000); // keeps nothing alive; sampling is done below
	const sample = () => {
		const m = process.memoryUsage();
		if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
		if (m.rss > peakRss) peakRss = m.rss;
	};
	// Sampled before and after, and on the result held at the end (the result is part of the cost).
	sample();
	const out = extractor.extract(input);
	sample();
	clearInterval(timer);
	const held = process.memoryUsage().heapUsed;
	const mentions = out.length;
	const orgs = out.filter((m) => m.kind === 'organization').length;
	return { peakHeap: Math.max(peakHeap, held) - heap0, peakRss: peakRss - rss0, mentions, orgs };
}

let failed = false;
console.log(`bound: extra heap <= ${BOUND}× the input (bytes); heap = heapUsed at the end with the result held, RSS = growth of resident memory`);
console.log('size    shape         extra heap        RSS growth        mentions  organizations');
for (const mb of sizes) {
	for (const [name, shape] of Object.entries(SHAPES)) {
		const input = text(mb * 1e6, shape);
		const bytes = Buffer.byteLength(input);
		const r = measure(input);
		const ratio = r.peakHeap / bytes;
		if (ratio > BOUND) failed = true;
		console.log(
			`${String(mb).padStart(3)} MB  ${name.padEnd(12)}  ${(r.peakHeap / 1e6).toFixed(0).padStart(5)} MB (${ratio.toFixed(2)}×)  ${(r.peakRss / 1e6).toFixed(0).padStart(5)} MB (${(r.peakRss / bytes).toFixed(2)}×)  ${String(r.mentions).padStart(8)}  ${String(r.orgs).padStart(13)}`,
		);
		globalThis.gc();
	}
}
console.log(failed ? `FAIL: extra heap above ${BOUND}× the input` : `ok: extra heap within ${BOUND}× the input`);
process.exitCode = failed ? 1 : 0;
