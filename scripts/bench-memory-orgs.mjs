#!/usr/bin/env node
// Extraction memory on capitalized text (issue 14, defect 1), for dist/engine.js
// (run `node scripts/build.mjs` first):
//
//   node --expose-gc scripts/bench-memory-orgs.mjs [--mb=1,16] [--engine=PATH.js]
//
// Each size and shape of text runs in a child process of its own (so that one run's
// resident pages do not hide the next one's): acronyms `ABCD EFGH …`, capitalized
// words `Abcd Efgh …`, and both with a head noun before one word in eight
// (`Comité Abcd`: names the grammar reads and the document pass propagates). No word
// repeats, so neither the line cache nor propagation can share anything.
// The child builds the text into a Buffer (little garbage), collects, then extracts
// with a fresh extractor and reports, as multiples of the input size in bytes:
//   - peak: the growth of the peak resident set (resourceUsage().maxRSS) during extract();
//   - held: heapUsed after a gc with the result and the extractor (its line cache) still held.
// Bound (issue 14): peak <= 4× the input. Indicative on a loaded machine.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BOUND = 4;
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
	// Warm-up on other text: the engine's lazily built tables are not part of the cost.
	createExtractor().extract(`${text(20_000, 'with heads').toLowerCase()} Comité populaire de Hanoï, JETRO, 12 millions de dollars, 3 mars 2024.`);
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
	console.log(`bound: peak resident growth during extract() <= ${BOUND}× the input (bytes); held = heap kept after a gc with the result and the extractor alive`);
	console.log('size    shape         peak               held               mentions  organizations   time (indicative)');
	for (const mb of sizes) {
		for (const shape of SHAPES) {
			const heapMb = Math.max(512, mb * 64);
			const r = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--max-semi-space-size=1', `--max-old-space-size=${heapMb}`, self, `--child=${mb}:${shape}`, ...extra], { encoding: 'utf8', maxBuffer: 1 << 20 }));
			const ratio = r.peak / r.bytes;
			if (ratio > BOUND) failed = true;
			const f = (v) => `${(v / 1e6).toFixed(0).padStart(5)} MB (${(v / r.bytes).toFixed(2)}×)`;
			console.log(`${String(mb).padStart(3)} MB  ${shape.padEnd(12)}  ${f(r.peak)}  ${f(r.held)}  ${String(r.mentions).padStart(8)}  ${String(r.orgs).padStart(13)}   ${(r.ms / 1000).toFixed(2)} s`);
		}
	}
	console.log(failed ? `FAIL: peak above ${BOUND}× the input` : `ok: peak within ${BOUND}× the input`);
	process.exitCode = failed ? 1 : 0;
}
