#!/usr/bin/env node
// Measures the fact linker (src/facts: what each figure measures, whose it is, when) against a facts
// gold (default ../shared/gold/facts.gold.jsonl, texts in seeds/) with the shared scorer
// ../shared/eval/score-facts.mjs, so the figures are the scorer's own.
//
//   node scripts/eval-facts.mjs                          seeds, table
//   node scripts/eval-facts.mjs --list                   also every field judged wrong
//   node scripts/eval-facts.mjs --json                   the scorer's JSON
//   node scripts/eval-facts.mjs --gold G.jsonl --texts DIR   another gold (e.g. test/fixtures/facts-dev)
//   node scripts/eval-facts.mjs --pred OUT.jsonl         also keep the predictions
//
// As a module: `const result = await evalFacts({ gold, texts })` returns the scorer's JSON result
// (fields.measure.accuracy, ...), or null when the gold is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SEED_FACTS_SHARED ?? resolve(root, '..', 'shared');

/** The engine and the linker, bundled from source in memory (no dist/ entry needed). */
export async function loadLinker() {
	const out = await esbuild.build({
		stdin: {
			contents: "export { extract, createExtractor } from './src/engine/extract'; export { linkFacts } from './src/facts/link';",
			resolveDir: root,
			loader: 'ts',
		},
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'neutral',
		target: 'es2022',
		logLevel: 'error',
	});
	const code = out.outputFiles[0].text;
	return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const pair = (s) => (s ? [s.start, s.end] : null);

/** Prediction lines in the shape score-facts.mjs reads: the amounts with their `fact`. */
export async function predictFacts(files) {
	const { extract, linkFacts } = await loadLinker();
	const lines = [];
	for (const path of files) {
		const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
		for (const f of linkFacts(text, extract(text))) {
			lines.push({
				file: basename(path),
				start: f.amount.start,
				end: f.amount.end,
				kind: 'amount',
				text: f.amount.text,
				fact: { measure: pair(f.measure), holder: pair(f.holder), date: pair(f.date) },
				measureText: f.measure?.text ?? null,
				holderText: f.holder?.text ?? null,
				dateText: f.date?.text ?? null,
			});
		}
	}
	return lines;
}

/**
 * Scores the linker on `gold` (facts gold JSONL) over the texts in `texts`; resolves to the
 * scorer's JSON result (with `mistakes` when `list`), or null when the gold file is absent.
 */
export async function evalFacts({ gold = join(shared, 'gold', 'facts.gold.jsonl'), texts = join(root, 'seeds'), list = false, predOut } = {}) {
	const scorer = join(shared, 'eval', 'score-facts.mjs');
	if (!existsSync(gold) || !existsSync(scorer)) return null;
	const names = [...new Set(readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => basename(JSON.parse(l).file)))];
	const lines = await predictFacts(names.map((n) => join(texts, n)));
	const dir = mkdtempSync(join(tmpdir(), 'eval-facts-'));
	try {
		const pred = predOut ?? join(dir, 'pred.jsonl');
		writeFileSync(pred, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
		const args = [scorer, gold, pred, '--json', '--texts', texts];
		if (list) args.push('--list');
		return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A short table of a result (for scripts/eval.mjs and this script). */
export function formatFacts(result, label = 'facts') {
	if (!result) return `${label}: no facts gold found (nothing measured)\n`;
	const rows = ['measure', 'holder', 'date'].map((f) => {
		const r = result.fields[f];
		return `  ${f.padEnd(8)} accuracy ${r.accuracy.toFixed(3)}  (${r.right}/${result.matched})  all-null would get ${r.null_baseline.toFixed(3)}`;
	});
	if (result.holder_by_name) rows.push(`  holder~  accuracy ${result.holder_by_name.accuracy.toFixed(3)}  (lenient: another mention of the same name)`);
	return `${label}: ${result.gold_amounts} gold amounts, ${result.matched} matched (coverage ${result.coverage.toFixed(3)})\n${rows.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const argv = process.argv.slice(2);
	const opt = (name) => {
		const i = argv.indexOf(name);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	const result = await evalFacts({ gold: opt('--gold'), texts: opt('--texts'), list: argv.includes('--list'), predOut: opt('--pred') });
	if (argv.includes('--json')) console.log(JSON.stringify(result));
	else {
		process.stdout.write(formatFacts(result));
		if (result?.mistakes) for (const m of result.mistakes) console.log(`  ${m.file}@${m.amount[0]} ${JSON.stringify(m.amountText ?? '')} ${m.field}: gold ${m.gold ? JSON.stringify(m.goldText) : 'null'} → ${m.pred ? `[${m.pred}]` : 'null'}`);
	}
}
