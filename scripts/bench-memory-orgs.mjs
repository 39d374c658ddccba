#!/usr/bin/env node
// Extraction memory on capitalized text (issue 14, defect 1), for dist/engine.js
// (run `node scripts/build.mjs` first):
//
//   node --expose-gc scripts/bench-memory-orgs.mjs [--mb=1,16] [--shapes=acronyms,capitalized,with heads] [--engine=PATH.js]
//
// Each size and shape of text runs in a child process of its own (so that one run's
// resident pages do not hide the next one's): acronyms `ABCD EFGH …`, capitalized
// words `Abcd Efgh …`, and both with a head noun before one word in eight
// (`Comité Abcd`: names the grammar reads and the document pass propagates). No word
// repeats, so neither the line cache nor propagation can share anything.
// The child warms the engine up on 2 MB of the seeds, builds the text into a Buffer (little garbage), collects, then extracts
// with a fresh extractor and reports, as multiples of the input size in bytes:
//   - peak: the growth of the peak resident set (resourceUsage().maxRSS) during extract();
//   - held: heapUsed after a gc with the result and the extractor (its line cache) still held.
// Bound (issue 14): peak <= 4× the input + 8 MB. The constant is what extract() takes on 1 MB of
// capitalized words that yield no mention (about 7 MB, on main as on this engine: line slices, the
// recognizers' garbage between two scavenges); beyond it, memory grows with the input at most 4×.
// Times are indicative only (a loaded machine).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BOUND = 4;
const CONSTANT = 8e6;
const self = fileURLToPath(import.meta.url);
const root = resolve(dirname(self), '..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const SHAPES = ['acronyms', 'capitalized', 'with heads'];
const HEADS = ['Comité', 'Agence', 'Banque', 'Groupe'];

/** A distinct word of letters for each n (base 26, at least four letters). */
function word(n, upper) {
	let s = '';
	for (let k = 0; k < 4 || n > 0; k++) {
		s = String.fromCharCode(97 + (n % 26)) + s;
		n = Math.floor(n / 26);
	}
	return upper ? s.toUpperCase() : s[0].toUpperCase() + s.slice(1);
}

function piece(shape, n) {
	if (shape === 'acronyms') return word(n, true);
	if (shape === 'capitalized') return word(n, false);
	return n % 8 === 0 ? `${HEADS[(n >> 3) % 4]} ${word(n, false)}` : word(n, n % 2 === 0);
}

/** `bytes` bytes of text, built in a Buffer (UTF-8; `é` of Comité takes two bytes). */
function text(bytes, shape) {
	const buf = Buffer.alloc(bytes, 0x20);
	let at = 0;
	for (let n = 0; at < bytes; n++) {
		at += buf.write(piece(shape, n) + (n % 12 === 11 ? '.\n' : ' '), at);
	}
	return buf.toString('utf8');
}

function child(mb, shape) {
	const require = createRequire(import.meta.url);
	const enginePath = arg('engine');
	const { createExtractor } = require(enginePath ? resolve(enginePath) : join(root, 'dist', 'engine.js'));
	// Warm-up on 2 MB of ordinary French (the seeds, each copy's lines made distinct): the engine's lazily
	// built tables, its compiled code and V8's young generation reach their working size, a constant that
	// is not part of the cost of an input.
	const seeds = readdirSync(join(root, 'seeds'))
		.filter((f) => f.endsWith('.txt'))
		.map((f) => readFileSync(join(root, 'seeds', f), 'utf8'))
		.join('\n');
	const copies = [];
	for (let k = 0, len = 0; len < 2e6; k++, len += seeds.length) copies.push(seeds.replace(/\n/g, ` ${word(k, false)}\n`));
	createExtractor().extract(copies.join('\n'));
	copies.length = 0;
	const input = text(mb * 1e6, shape);
	const bytes = Buffer.byteLength(input);
	globalThis.gc();
	const heap0 = process.memoryUsage().heapUsed;
	const rss0 = process.memoryUsage().rss;
	const max0 = process.resourceUsage().maxRSS * 1024;
	const extractor = createExtractor();
	const t0 = performance.now();
	const out = extractor.extract(input);
	const ms = performance.now() - t0;
	const max1 = process.resourceUsage().maxRSS * 1024;
	globalThis.gc();
	const held = process.memoryUsage().heapUsed - heap0;
	const peak = max1 > max0 ? max1 - rss0 : 0;
	const orgs = out.filter((m) => m.kind === 'organization').length;
	process.stdout.write(JSON.stringify({ bytes, peak, held, mentions: out.length, orgs, ms, kept: extractor.linesScanned }));
}

if (arg('child')) {
	const [mb, shape] = arg('child').split(':');
	child(Number(mb), shape);
} else {
	const sizes = (arg('mb') ?? '1,16').split(',').map(Number);
	const extra = arg('engine') ? [`--engine=${arg('engine')}`] : [];
	let failed = false;
	console.log(`bound: peak resident growth during extract() <= ${BOUND}× the input (bytes) + ${CONSTANT / 1e6} MB; held = heap kept after a gc with the result and the extractor alive`);
	console.log('size    shape         peak               held               mentions  organizations   time (indicative)');
	const shapes = arg('shapes')?.split(',') ?? SHAPES;
	for (const mb of sizes) {
		for (const shape of shapes) {
			const heapMb = Math.max(512, mb * 64);
			const r = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--max-semi-space-size=1', `--max-old-space-size=${heapMb}`, self, `--child=${mb}:${shape}`, ...extra], { encoding: 'utf8', maxBuffer: 1 << 20 }));
			if (r.peak > BOUND * r.bytes + CONSTANT) failed = true;
			const f = (v) => `${(v / 1e6).toFixed(0).padStart(5)} MB (${(v / r.bytes).toFixed(2)}×)`;
			console.log(`${String(mb).padStart(3)} MB  ${shape.padEnd(12)}  ${f(r.peak)}  ${f(r.held)}  ${String(r.mentions).padStart(8)}  ${String(r.orgs).padStart(13)}   ${(r.ms / 1000).toFixed(2)} s`);
		}
	}
	console.log(failed ? `FAIL: peak above ${BOUND}× the input + ${CONSTANT / 1e6} MB` : `ok: peak within ${BOUND}× the input + ${CONSTANT / 1e6} MB`);
	process.exitCode = failed ? 1 : 0;
}
