#!/usr/bin/env node
// What linking facts (src/facts: measure, holder, date of every amount) costs next to extraction.
// In one process, on the same non-repeating text (the seeds repeated, every repetition's lines made
// distinct so that the extractor's line cache never hits), cut into seed-sized documents:
//   extract   a fresh createExtractor() per run, extract() on every document;
//   link      linkFacts() on every document and its mentions (from the extract run just before).
// Runs alternate between the two; the fastest of each is compared (the others measure the machine's
// other load), medians are printed beside. Floor (issue 11): linking costs at most 25 % of
// extraction throughput, i.e. link / extract <= 0.25.
//
//   node scripts/bench-facts.mjs              4 MB, 5 runs each
//   node scripts/bench-facts.mjs --mb 10 --runs 7
//   node scripts/bench-facts.mjs --json
// As a module: `await benchFacts({ mb, runs })` returns the figures (for scripts/bench.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadLinker } from './eval-facts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A tag of letters only (no digit: it adds no amount or date), distinct per repetition. */
function tag(n) {
	let s = '';
	do {
		s = String.fromCharCode(97 + (n % 26)) + s;
		n = Math.floor(n / 26);
	} while (n > 0);
	return s;
}

/** Documents: the seeds, repeated until `chars` characters, each repetition's non-empty lines suffixed with its own tag. */
function documents(chars) {
	const dir = join(root, 'seeds');
	const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
	const docs = [];
	let len = 0;
	for (let rep = 0; len < chars; rep++) {
		for (const seed of seeds) {
			const t = ` ${tag(rep)}`;
			const doc = seed.split('\n').map((l) => (l.trim() ? l + t : l)).join('\n');
			docs.push(doc);
			len += doc.length;
		}
	}
	return { docs, chars: len };
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function benchFacts({ mb = 4, runs = 5 } = {}) {
	const { createExtractor, linkFacts } = await loadLinker();
	const { docs, chars } = documents(mb * 1e6);
	let mentions = [];
	let facts = 0;
	const extractOnce = () => {
		const ex = createExtractor();
		const t0 = performance.now();
		mentions = docs.map((d) => ex.extract(d));
		return performance.now() - t0;
	};
	const linkOnce = () => {
		const t0 = performance.now();
		let n = 0;
		for (let i = 0; i < docs.length; i++) n += linkFacts(docs[i], mentions[i]).length;
		facts = n;
		return performance.now() - t0;
	};
	extractOnce(); // warm-up: JIT and heap
	linkOnce();
	const extractMs = [];
	const linkMs = [];
	for (let r = 0; r < runs; r++) {
		extractMs.push(extractOnce());
		linkMs.push(linkOnce());
	}
	// The fastest run of each: on a shared machine the others measure the neighbours' load.
	const e = Math.min(...extractMs);
	const l = Math.min(...linkMs);
	return {
		chars,
		documents: docs.length,
		facts,
		extractMs: +e.toFixed(1),
		linkMs: +l.toFixed(1),
		extractMedianMs: +median(extractMs).toFixed(1),
		linkMedianMs: +median(linkMs).toFixed(1),
		extractMBs: +(chars / 1e6 / (e / 1000)).toFixed(2),
		extractLinkMBs: +(chars / 1e6 / ((e + l) / 1000)).toFixed(2),
		linkCost: +(l / e).toFixed(3),
		floor: 0.25,
		load: loadavg()[0],
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const argv = process.argv.slice(2);
	const num = (name, d) => {
		const i = argv.indexOf(name);
		return i >= 0 ? Number(argv[i + 1]) : d;
	};
	const r = await benchFacts({ mb: num('--mb', 4), runs: num('--runs', 5) });
	if (argv.includes('--json')) console.log(JSON.stringify(r));
	else {
		console.log(`${(r.chars / 1e6).toFixed(1)} M chars in ${r.documents} documents, ${r.facts} facts; load average ${r.load.toFixed(2)} (figures are inflated on a busy machine)`);
		console.log(`extract          ${r.extractMs} ms (median ${r.extractMedianMs})  ${r.extractMBs} MB/s`);
		console.log(`link             ${r.linkMs} ms (median ${r.linkMedianMs})`);
		console.log(`extract + link   ${(r.extractMs + r.linkMs).toFixed(1)} ms  ${r.extractLinkMBs} MB/s`);
		console.log(`linking costs ${(r.linkCost * 100).toFixed(1)} % of extraction time (floor: at most ${r.floor * 100} %) → ${r.linkCost <= r.floor ? 'ok' : 'OVER'}`);
	}
}
