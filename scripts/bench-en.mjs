#!/usr/bin/env node
// English throughput (dist/engine.js): MB/s of extract() on English text that never repeats (every
// paragraph is new, so no cache helps), the cost of one paragraph (what a worker or a chunked
// caller pays per slice), a re-extraction after a one-paragraph edit (the paragraph cache), and the
// French engine's throughput on French text of the same size, for the ratio. Figures are indicative:
// they depend on the machine and its load.
//   node scripts/bench-en.mjs [--mb 1]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const engine = require(join(root, 'dist', 'engine.js'));
const mbArg = process.argv.indexOf('--mb');
const MB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 1;

// A small deterministic generator (mulberry32), so that runs compare.
function rng(seed) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = rng(13);
const pick = (a) => a[Math.floor(rand() * a.length)];
const num = (max, dp = 1) => (rand() * max).toFixed(dp);

const companies = ['Vietnam Airlines', 'Samsung Electronics', 'the State Bank of Vietnam', 'the Asian Development Bank', 'Masan Group', 'PetroVietnam Gas', 'the Ministry of Finance', 'Vingroup', 'Toyota Motor', 'the General Statistics Office', 'HSBC', 'the World Bank'];
const months = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const verbs = ['rose', 'fell', 'climbed', 'slid', 'jumped', 'eased', 'grew', 'dropped'];
const nouns = ['exports', 'imports', 'retail sales', 'industrial output', 'credit growth', 'registered capital', 'pre-tax profit', 'disbursed FDI'];
const templates = [
	() => `${cap(pick(nouns))} ${pick(verbs)} ${num(30)} per cent in the first ${pick(['three', 'six', 'nine', 'ten'])} months of ${2000 + Math.floor(rand() * 30)} to $${num(500, 2)} billion, according to ${pick(companies)}.`,
	() => `${cap(pick(companies))} said on ${pick(['Monday', 'Tuesday', 'Friday'])} it would invest VNĐ${num(90)} trillion (US$${num(4, 2)} billion) in ${1 + Math.floor(rand() * 900)} new projects by ${pick(months)} ${2020 + Math.floor(rand() * 10)}.`,
	() => `In the ${pick(['first', 'second', 'third', 'fourth'])} quarter, more than ${Math.floor(rand() * 9000).toLocaleString('en-US')} firms reported losses of about €${num(80)}m, while ${pick(companies)} posted a ${num(12)}% gain.`,
	() => `Analysts at ${pick(companies)} expect growth of ${num(8, 2)} percent this year, up from ${num(8, 2)} percent in ${pick(months)} last year, with ${num(5)} million tonnes shipped.`,
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function englishText(bytes) {
	const paras = [];
	let size = 0;
	while (size < bytes) {
		const p = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(templates)()).join(' ');
		paras.push(p);
		size += p.length + 1;
	}
	return paras.join('\n');
}

function frenchText(bytes) {
	const dir = resolve(root, '..', 'shared', 'seeds');
	const base = existsSync(dir) ? readdirSync(dir).map((n) => readFileSync(join(dir, n), 'utf8')).join('\n') : readFileSync(join(root, 'seeds', readdirSync(join(root, 'seeds'))[0]), 'utf8');
	const lines = base.split('\n').filter((l) => l.length > 40);
	const out = [];
	let size = 0;
	for (let k = 0; size < bytes; k++) {
		// Each line made unique by a number, so the French line cache does not help either.
		const l = `${lines[k % lines.length]} (${k})`;
		out.push(l);
		size += l.length + 1;
	}
	return out.join('\n');
}

function time(fn) {
	const t0 = performance.now();
	const r = fn();
	return [performance.now() - t0, r];
}

const text = englishText(MB * 1e6);
const mb = text.length / 1e6;
const [warm] = time(() => engine.extract('The World Bank lent $5 million in 2020.', { language: 'en' }));
const ex = engine.createExtractor();
const [ms, found] = time(() => ex.extract(text, { language: 'en' }));
const paras = text.split('\n');
const per = [];
for (let k = 0; k < 200; k++) per.push(time(() => engine.extractEnglishParagraph(paras[k], 0))[0]);
per.sort((a, b) => a - b);
const lines = text.split('\n');
lines[Math.floor(lines.length / 2)] = englishText(300);
const [editMs] = time(() => ex.extract(lines.join('\n'), { language: 'en' }));
const french = frenchText(text.length);
const [frMs] = time(() => engine.createExtractor().extract(french, { language: 'fr' }));
const [detectMs] = time(() => engine.detectLanguage(text));

console.log(`English text: ${mb.toFixed(2)} MB, ${paras.length} paragraphs (avg ${Math.round(text.length / paras.length)} chars), ${found.length} mentions`);
console.log(`first call (compromise start-up + a sentence): ${warm.toFixed(0)} ms`);
console.log(`English extract, cold: ${ms.toFixed(0)} ms → ${(mb / (ms / 1000)).toFixed(3)} MB/s`);
console.log(`one paragraph (extractEnglishParagraph, 200 samples): median ${per[100].toFixed(2)} ms, p95 ${per[190].toFixed(2)} ms, max ${per[199].toFixed(2)} ms`);
console.log(`re-extract after editing one paragraph: ${editMs.toFixed(0)} ms`);
console.log(`language detection of the whole text (sampled): ${detectMs.toFixed(2)} ms`);
console.log(`French extract of ${(french.length / 1e6).toFixed(2)} MB, cold: ${frMs.toFixed(0)} ms → ${(french.length / 1e6 / (frMs / 1000)).toFixed(2)} MB/s; English is ${(ms / text.length / (frMs / french.length)).toFixed(0)}× slower per character`);
