#!/usr/bin/env node
// Measures the English path (dist/engine.js) against ../shared/gold/en with ../shared/eval/score.mjs,
// the scorer the issue's figures come from (so `npm run eval` and this script agree), and checks
// language detection on every document of ../shared (seeds, dev, en).
//
//   node scripts/eval-en.mjs            table, floors, language detection
//   node scripts/eval-en.mjs --json     machine-readable
//   node scripts/eval-en.mjs --errors   also lists misses (-) and false alarms (+)
//
// As a module: `import { evalEnglish } from './eval-en.mjs'` → { rows, floors, language, ok } (or
// { skipped } when ../shared has no English gold); scripts/eval.mjs may print or merge it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The floors of issue 13 on ../shared/gold/en (F1, spans overlapping, amounts with equal values). */
export const FLOORS = { amount: 0.92, date: 0.9, organization: 0.85 };

export function evalEnglish({ shared = process.env.SEED_FACTS_SHARED ?? resolve(root, '..', 'shared'), errors = false } = {}) {
	const goldPath = join(shared, 'gold', 'en', 'en.gold.jsonl');
	const textDir = join(shared, 'gold', 'en', 'texts');
	const scorer = join(shared, 'eval', 'score.mjs');
	if (!existsSync(goldPath) || !existsSync(scorer)) return { skipped: `${shared} has no English gold or scorer` };
	const require = createRequire(import.meta.url);
	const engine = require(join(root, 'dist', 'engine.js'));
	const lines = [];
	for (const name of readdirSync(textDir).filter((n) => n.endsWith('.txt')).sort()) {
		const text = readFileSync(join(textDir, name), 'utf8');
		for (const m of engine.extract(text)) lines.push(JSON.stringify({ file: name, ...m }));
	}
	const dir = mkdtempSync(join(tmpdir(), 'seed-facts-eval-en-'));
	try {
		const predPath = join(dir, 'en.pred.jsonl');
		writeFileSync(predPath, lines.join('\n') + '\n');
		const rows = JSON.parse(execFileSync(process.execPath, [scorer, goldPath, predPath, '--json'], { encoding: 'utf8' }));
		const floors = Object.fromEntries(Object.entries(FLOORS).map(([k, floor]) => [k, { f1: rows[k].f1, floor, ok: rows[k].f1 >= floor }]));
		const language = detectAll(engine, shared);
		const result = { rows, floors, language, ok: Object.values(floors).every((f) => f.ok) && language.wrong.length === 0 };
		if (errors) result.errors = listErrors(goldPath, lines.map((l) => JSON.parse(l)));
		return result;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Every document of seeds, dev and en, detected: French for the first two, English for the last. */
export function detectAll(engine, shared) {
	const folders = [[join(shared, 'seeds'), 'fr'], [join(shared, 'gold', 'dev', 'texts'), 'fr'], [join(shared, 'gold', 'en', 'texts'), 'en']];
	let total = 0;
	const wrong = [];
	for (const [folder, lang] of folders) {
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) {
			total++;
			const got = engine.detectLanguage(readFileSync(join(folder, name), 'utf8'));
			if (got !== lang) wrong.push(`${basename(folder)}/${name}: ${got}, expected ${lang}`);
		}
	}
	return { total, right: total - wrong.length, wrong };
}

function listErrors(goldPath, pred) {
	const gold = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).filter((g) => !g.amb);
	const hit = (a, b) => a.file === b.file && a.kind === b.kind && a.start < b.end && b.start < a.end;
	const out = [];
	for (const g of gold) if (!pred.some((p) => hit(g, p))) out.push(`- ${g.file} ${g.kind} «${g.text}»`);
	for (const p of pred) if (!gold.some((g) => hit(g, p))) out.push(`+ ${p.file} ${p.kind} «${p.text}»`);
	return out;
}

function print(result) {
	if (result.skipped) {
		console.log(`eval-en: ${result.skipped}; nothing to measure.`);
		return;
	}
	console.log('English gold (../shared/gold/en, scored by ../shared/eval/score.mjs)');
	console.log('kind              gold  pred   tp  P     R     F1');
	for (const [k, r] of Object.entries(result.rows)) {
		console.log(`${k.padEnd(16)} ${String(r.gold).padStart(5)} ${String(r.pred).padStart(5)} ${String(r.tp).padStart(4)}  ${r.precision.toFixed(2)}  ${r.recall.toFixed(2)}  ${r.f1.toFixed(2)}`);
	}
	const d = result.rows.date;
	console.log(`date value accuracy ${d.value_accuracy.toFixed(2)}${d.resolved_gold ? `, resolved ${d.resolved_accuracy.toFixed(2)}` : ''}`);
	for (const [k, f] of Object.entries(result.floors)) console.log(`floor ${k.padEnd(12)} F1 ${f.f1.toFixed(2)} ≥ ${f.floor.toFixed(2)}  ${f.ok ? 'ok' : 'BELOW'}`);
	const l = result.language;
	console.log(`language detection: ${l.right}/${l.total} documents right${l.wrong.length ? `; wrong: ${l.wrong.join('; ')}` : ''}`);
	for (const e of result.errors ?? []) console.log(e);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const result = evalEnglish({ errors: args.includes('--errors') });
	if (args.includes('--json')) console.log(JSON.stringify(result));
	else print(result);
	process.exitCode = result.skipped || result.ok ? 0 : 1;
}
