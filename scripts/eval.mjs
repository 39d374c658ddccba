#!/usr/bin/env node
// Measures the engine with the product's default options, as a user gets it:
//  1. corpora with gold mentions: the seeds, the development set of other outlets
//     (../shared/gold/dev) and the held-out fixtures (test/fixtures/heldout). Each is
//     extracted by the CLI (`node dist/cli.js extract --format jsonl`) into a JSONL
//     file, which ../shared/eval/score.mjs scores: the figures printed here are that
//     scorer's, so they cannot disagree with it;
//  2. Microsoft Recognizers-Text's French specs (spans, and values for amounts);
//  3. the facts scorer (../shared/eval/score-facts.mjs): see `factsSection`.
//
//   npm run eval                  tables
//   npm run eval -- --errors      also lists misses, false alarms and wrong values
//   npm run eval -- --json        machine-readable figures
//   npm run eval -- --keep        keeps the JSONL files and prints where they are
//
// SEED_FACTS_SHARED=/path/to/shared overrides ../shared. Exits 1 when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectAll } from './eval-en.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SEED_FACTS_SHARED ?? resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const asJson = args.includes('--json');
const keep = args.includes('--keep');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);

const scorer = join(shared, 'eval', 'score.mjs');
const required = [scorer, join(shared, 'gold', 'seeds.gold.jsonl'), join(shared, 'seeds')];
const missing = required.filter((p) => !existsSync(p));
if (missing.length) {
	console.error(`eval: cannot measure: ${missing.join(', ')} not found.`);
	console.error(`eval: the gold files and scorers live in ${shared} (set SEED_FACTS_SHARED to another folder).`);
	process.exit(1);
}
const cli = join(root, 'dist', 'cli.js');
const engine = join(root, 'dist', 'engine.js');
for (const built of [cli, engine]) {
	if (!existsSync(built)) {
		console.error(`eval: ${built} is missing: run \`node scripts/build.mjs\` first.`);
		process.exit(1);
	}
}
const require = createRequire(import.meta.url);
const { extract } = require(engine);
const work = mkdtempSync(join(tmpdir(), 'seed-facts-eval-'));

const readJsonl = (p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

// ---------------------------------------------------------------------------
// 1. Corpora with gold, scored by ../shared/eval/score.mjs

const corpora = [
	{ name: 'seeds', title: 'Seeds (../shared/seeds, seeds.gold.jsonl)', gold: join(shared, 'gold', 'seeds.gold.jsonl'), texts: join(shared, 'seeds') },
	{ name: 'dev', title: 'Development set: 12 articles from other outlets (../shared/gold/dev)', gold: join(shared, 'gold', 'dev', 'dev.gold.jsonl'), texts: join(shared, 'gold', 'dev', 'texts') },
	{ name: 'heldout', title: 'Held-out fixtures (test/fixtures/heldout)', gold: join(root, 'test', 'fixtures', 'heldout', 'heldout.gold.jsonl'), texts: join(root, 'test', 'fixtures', 'heldout') },
	{ name: 'heldout2', title: 'Held-out 2: six articles written and annotated by an independent reviewer who never read the engine (test/fixtures/heldout2)', gold: join(root, 'test', 'fixtures', 'heldout2', 'heldout2.gold.jsonl'), texts: join(root, 'test', 'fixtures', 'heldout2', 'texts') },
	{ name: 'en', title: 'English (../shared/gold/en, language detected)', gold: join(shared, 'gold', 'en', 'en.gold.jsonl'), texts: join(shared, 'gold', 'en', 'texts') },
];

/** The CLI's JSONL for the corpus, as the issue's command makes it (default options). */
function predict(corpus) {
	const files = readdirSync(corpus.texts).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus.texts, f));
	const run = spawnSync(process.execPath, [cli, 'extract', '--format', 'jsonl', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
	if (run.status !== 0) throw new Error(`eval: dist/cli.js extract failed on ${corpus.texts}:\n${run.stderr}`);
	const out = join(work, `${corpus.name}.jsonl`);
	writeFileSync(out, run.stdout);
	return out;
}

function scoreCorpus(corpus) {
	if (!existsSync(corpus.gold) || !existsSync(corpus.texts)) return { missing: true };
	const pred = predict(corpus);
	const run = spawnSync(process.execPath, [scorer, corpus.gold, pred, '--json'], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`eval: ${scorer} failed on ${corpus.name}:\n${run.stderr}`);
	return { rows: JSON.parse(run.stdout), pred, errors: showErrors ? listErrors(readJsonl(corpus.gold), readJsonl(pred)) : [] };
}

/** Misses, false alarms and wrong date values, for reading (the figures come from score.mjs). */
function listErrors(gold, pred) {
	const out = [];
	const predOf = new Map();
	for (const p of pred) {
		const f = basename(p.file ?? '');
		if (!predOf.has(f)) predOf.set(f, []);
		predOf.get(f).push(p);
	}
	const used = new Set();
	for (const g of gold.filter((m) => m.amb !== true)) {
		const cands = (predOf.get(g.file) ?? []).filter((p) => p.kind === g.kind && !used.has(p) && p.start < g.end && g.start < p.end);
		const label = `${g.file.slice(0, 3)} ${g.kind}${g.sub ? `/${g.sub}` : ''}`;
		const same = cands.find((p) => g.kind !== 'amount' || g.value === undefined || Math.abs(Number(p.value) - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value)));
		if (!same) {
			out.push({ kind: g.kind, line: `- ${label}: missed «${g.text}» (${g.value ?? ''})${cands[0] ? ` [got «${cands[0].text}» = ${cands[0].value}]` : ''}` });
			continue;
		}
		used.add(same);
		if (g.kind === 'date' && String(g.value) !== String(same.value)) out.push({ kind: 'date', line: `≠ ${label}: «${g.text}» is ${g.value}, got ${same.value}` });
		if (g.kind === 'date' && 'resolved' in g && (g.resolved ?? null) !== (same.resolved ?? (String(same.value).includes('X') ? null : same.value)))
			out.push({ kind: 'date', line: `≠ ${label}: «${g.text}» resolves to ${g.resolved}, got ${same.resolved ?? null}` });
	}
	for (const p of pred) {
		if (used.has(p)) continue;
		const f = basename(p.file ?? '');
		if (gold.some((g) => g.amb === true && g.file === f && g.kind === p.kind && p.start < g.end && g.start < p.end)) continue;
		out.push({ kind: p.kind, line: `+ ${f.slice(0, 3)} ${p.kind}${p.sub ? `/${p.sub}` : ''}: spurious «${p.text}» (${p.value ?? ''})` });
	}
	return out;
}

const results = { corpora: {}, recognizers: {}, recognizersSupported: {} };
try {
	for (const corpus of corpora) results.corpora[corpus.name] = scoreCorpus(corpus);
} catch (err) {
	console.error(err.message);
	process.exit(1);
}

// ---------------------------------------------------------------------------
// 2. Recognizers-Text French specs (spans; values for amounts), default options

function newScore() {
	return { tp: 0, fp: 0, fn: 0, exact: 0, errors: [] };
}
function prf(s) {
	const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
	const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
	const f = p + r ? (2 * p * r) / (p + r) : 0;
	const exactP = s.tp + s.fp ? s.exact / (s.tp + s.fp) : 0;
	const exactR = s.tp + s.fn ? s.exact / (s.tp + s.fn) : 0;
	const exactF = exactP + exactR ? (2 * exactP * exactR) / (exactP + exactR) : 0;
	return { precision: p, recall: r, f1: f, exactF1: exactF, tp: s.tp, fp: s.fp, fn: s.fn, exact: s.exact };
}
const sameValue = (a, b) => {
	if (a === undefined || a === null || b === undefined || b === null) return true;
	const x = Number(a);
	const y = Number(b);
	if (Number.isNaN(x) || Number.isNaN(y)) return String(a) === String(b);
	return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
};

/** One-to-one greedy matching of predictions to gold spans (exact spans first). */
function scoreSpans(s, gold, pred, { checkValue, label }) {
	const used = new Set();
	for (const g of gold) {
		let best = -1;
		for (let i = 0; i < pred.length; i++) {
			if (used.has(i)) continue;
			const p = pred[i];
			if (p.start < g.end && g.start < p.end && (!checkValue || sameValue(p.value, g.value))) {
				if (best < 0 || (p.start === g.start && p.end === g.end)) best = i;
			}
		}
		if (best >= 0) {
			used.add(best);
			s.tp++;
			if (pred[best].start === g.start && pred[best].end === g.end) s.exact++;
			else s.errors.push(`~ ${label}: gold «${g.text}» got «${pred[best].text}»`);
		} else {
			s.fn++;
			const near = pred.find((p) => p.start < g.end && g.start < p.end);
			s.errors.push(`- ${label}: missed «${g.text}» (${g.value ?? ''})${near ? ` [got «${near.text}» = ${near.value}]` : ''}`);
		}
	}
	pred.forEach((p, i) => {
		if (!used.has(i)) {
			s.fp++;
			s.errors.push(`+ ${label}: spurious «${p.text}» (${p.value ?? ''})`);
		}
	});
}

const recognizers = join(shared, 'eval', 'recognizers-fr');
const specs = [
	{ name: 'currency', file: 'CurrencyModel.json', kind: 'amount', sub: 'money', checkValue: true },
	{ name: 'percent', file: 'PercentModel.json', kind: 'amount', sub: 'percent', checkValue: true },
	{ name: 'dimension', file: 'DimensionModel.json', kind: 'amount', sub: 'quantity', checkValue: true },
	{ name: 'date', file: 'DateExtractor.json', kind: 'date', checkValue: false },
	{ name: 'date period', file: 'DatePeriodExtractor.json', kind: 'date', checkValue: false },
];
function goldOfCase(c) {
	return c.Results.map((r) => {
		// A few cases give no offsets: find their text in the input.
		const start = r.Start ?? c.Input.toLowerCase().indexOf(r.Text.toLowerCase());
		// `End` is inclusive in most cases and exclusive in some: the text's length settles it.
		const end = typeof r.Text === 'string' ? start + r.Text.length : r.Length !== undefined ? start + r.Length : r.End + 1;
		let value = r.Resolution?.value;
		// Resolutions write decimals the French way (`2,75`, `4,8%`).
		if (typeof value === 'string') value = Number(value.replace('%', '').replace(',', '.'));
		return { start, end, text: c.Input.slice(start, end), value };
	});
}
if (existsSync(recognizers)) {
	for (const spec of specs) {
		const cases = JSON.parse(readFileSync(join(recognizers, spec.file), 'utf8'));
		const all = newScore();
		const supported = newScore();
		for (const c of cases) {
			const gold = goldOfCase(c);
			// The product's defaults: no option at all.
			const pred = extract(c.Input).filter((m) => m.kind === spec.kind && (!spec.sub || m.sub === spec.sub));
			const label = `${spec.name} «${c.Input.length > 90 ? c.Input.slice(0, 90) + '…' : c.Input}»`;
			scoreSpans(all, gold, pred, { checkValue: spec.checkValue, label });
			// "Supported": cases that Recognizers-Text's own JavaScript implementation claims to handle.
			if (!/javascript/i.test(c.NotSupported ?? '') && !/javascript/i.test(c.NotSupportedByDesign ?? '')) scoreSpans(supported, gold, pred, { checkValue: spec.checkValue, label });
		}
		results.recognizers[spec.name] = all;
		results.recognizersSupported[spec.name] = supported;
	}
	for (const group of [results.recognizers, results.recognizersSupported]) {
		const both = newScore();
		for (const k of ['tp', 'fp', 'fn', 'exact']) both[k] = group.date[k] + group['date period'][k];
		group['date (both)'] = both;
	}
}

// ---------------------------------------------------------------------------
// 3. Facts (what a figure says): ../shared/eval/score-facts.mjs against gold/facts.gold.jsonl.
//
// Hook for the facts helper: return { title, lines: string[], json } from here, built by
// spawning `node ../shared/eval/score-facts.mjs ../shared/gold/facts.gold.jsonl PRED.jsonl`
// on a JSONL of the engine's facts for ../shared/seeds (the scorer's input shape), as the
// mention corpora above do with score.mjs. Returning null leaves the section out.
function factsSection() {
	const seeds = results.corpora.seeds;
	const gold = join(shared, 'gold', 'facts.gold.jsonl');
	if (!seeds || seeds.missing || !existsSync(gold)) return null;
	const factsScorer = join(shared, 'eval', 'score-facts.mjs');
	// The same CLI output as the seeds' mentions: each amount line carries its "fact".
	const text = spawnSync(process.execPath, [factsScorer, gold, seeds.pred], { encoding: 'utf8' });
	const json = spawnSync(process.execPath, [factsScorer, gold, seeds.pred, '--json'], { encoding: 'utf8' });
	if (text.status !== 0 || json.status !== 0) throw new Error(`eval: ${factsScorer} failed:\n${text.stderr}${json.stderr}`);
	return { title: 'Facts on the seeds (../shared/eval/score-facts.mjs, facts.gold.jsonl): what each figure measures, whose, when', lines: text.stdout.trimEnd().split('\n'), json: JSON.parse(json.stdout) };
}
const facts = factsSection();

// 4. Language detection: every document of the seeds, the dev set and the English set read in its language.
const language = detectAll(require(join(root, 'dist', 'engine.js')), shared);

// ---------------------------------------------------------------------------
// Output

const pct = (x) => (x * 100).toFixed(1).padStart(5);
const f2 = (x) => (typeof x === 'number' ? x.toFixed(2) : '  - ');
function corpusTable(title, rows) {
	const lines = [`\n${title}`, `${'kind'.padEnd(16)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'tp'.padStart(4)} ${'exact'.padStart(5)}    P     R    F1`];
	for (const [k, r] of Object.entries(rows)) {
		lines.push(`${k.padEnd(16)} ${String(r.gold).padStart(5)} ${String(r.pred).padStart(5)} ${String(r.tp).padStart(4)} ${String(r.exact).padStart(5)}  ${f2(r.precision)}  ${f2(r.recall)}  ${f2(r.f1)}`);
	}
	const d = rows.date;
	lines.push(`date value on matched        ${String(d.value_ok).padStart(4)}/${d.tp}  ${f2(d.value_accuracy)}`);
	if (d.resolved_gold) lines.push(`date resolved on matched     ${String(d.resolved_ok).padStart(4)}/${d.resolved_n}  ${f2(d.resolved_accuracy)}  (gold lines with a resolved year: ${d.resolved_gold})`);
	if (d.resolved_overclaimed !== undefined) lines.push(`date resolved where a reader cannot: ${d.resolved_overclaimed}`);
	lines.push(`amount sub-kind on matched   ${String(rows.amount.sub_ok).padStart(4)}/${rows.amount.tp}  ${f2(rows.amount.sub_accuracy)}`);
	return lines.join('\n');
}
function table(title, groups) {
	const lines = [`\n${title}`, `${'group'.padEnd(14)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} | exact-span F1 | tp/fp/fn`];
	for (const [name, s] of Object.entries(groups)) {
		const m = prf(s);
		lines.push(`${name.padEnd(14)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} | ${pct(m.exactF1)}         | ${m.tp}/${m.fp}/${m.fn}`);
	}
	return lines.join('\n');
}

if (asJson) {
	const out = { corpora: {}, recognizers: {}, recognizersSupported: {}, facts: facts?.json ?? null, language };
	for (const [name, r] of Object.entries(results.corpora)) out.corpora[name] = r.missing ? null : r.rows;
	for (const section of ['recognizers', 'recognizersSupported']) out[section] = Object.fromEntries(Object.entries(results[section]).map(([k, s]) => [k, prf(s)]));
	console.log(JSON.stringify(out, null, 2));
} else {
	console.log('Default options, as the product runs. Corpora: dist/cli.js extract --format jsonl, scored by ../shared/eval/score.mjs');
	console.log('(a prediction matches a gold mention of its kind when the spans overlap and, for amounts, the values are equal).');
	for (const corpus of corpora) {
		const r = results.corpora[corpus.name];
		if (r.missing) console.log(`\n${corpus.title}: not found, skipped`);
		else console.log(corpusTable(corpus.title, r.rows));
	}
	if (Object.keys(results.recognizers).length) {
		console.log(table('Recognizers-Text French specs: all cases', results.recognizers));
		console.log(table('Recognizers-Text French specs: cases its JavaScript implementation supports', results.recognizersSupported));
	}
	if (facts) console.log(`\n${facts.title}\n${facts.lines.join('\n')}`);
	console.log(`\nLanguage detection (seeds, dev, en): ${language.right}/${language.total} right${language.wrong.length ? `; wrong: ${language.wrong.join(', ')}` : ''}`);
	if (showErrors) {
		for (const [name, r] of Object.entries(results.corpora)) {
			if (r.missing) continue;
			const errs = r.errors.filter((e) => !only || e.kind === only);
			if (errs.length) console.log(`\n## ${name}\n${errs.map((e) => e.line).join('\n')}`);
		}
		for (const section of ['recognizers']) {
			for (const [name, s] of Object.entries(results[section])) {
				// `date (both)` sums the two date specs.
				if (name === 'date (both)' || (only && name !== only)) continue;
				if (s.errors.length) console.log(`\n## ${section} / ${name}\n${s.errors.join('\n')}`);
			}
		}
	}
}
if (keep) console.error(`eval: JSONL kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
