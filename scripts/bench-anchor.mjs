#!/usr/bin/env node
// Re-anchoring benchmark (issue 14.5): a crafted sidecar of 2 000 one-letter quotes on a 1 MB seed,
// re-anchored after an edit at the top (so that no decision is at its offsets any more), through
// `applyDecisions` (re-anchoring + applying), as the extension and the CLI run it.
//
//   node scripts/bench-anchor.mjs [--mb 1] [--decisions 2000]
//
// Prints, per case, the time (median of 3), the work counted by re-anchoring (`operations`), and the
// same figures for the old way (`locate` each decision on its own) on a smaller input, extrapolated.
// Timings depend on the machine and its load: compare ratios, not absolute figures.
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '1' }, decisions: { type: 'string', default: '2000' } } });
const root = resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'bench-anchor-'));
const out = join(tmp, 'curation.js');
buildSync({
	stdin: { contents: "export * from './src/curation/apply'; export * from './src/curation/anchor';", resolveDir: root, loader: 'ts' },
	bundle: true,
	platform: 'node',
	format: 'cjs',
	outfile: out,
	logLevel: 'error',
});
const { applyDecisions, locate, makeAnchor, reanchor } = createRequire(import.meta.url)(out);
rmSync(tmp, { recursive: true, force: true });

const seeds = readdirSync(join(root, 'seeds'))
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(join(root, 'seeds', f), 'utf8'))
	.join('\n');
function textOf(chars) {
	let s = '';
	for (let i = 0; s.length < chars; i++) s += seeds + `\nCopie ${i}.\n`;
	return s.slice(0, chars);
}

function decisionsOn(text, count, shape) {
	const out = [];
	let x = 11;
	while (out.length < count) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		const i = x % text.length;
		if (/\s/.test(text[i])) continue;
		const a = makeAnchor(text, i, i + 1);
		const anchor = shape === 'real' ? a : shape === 'none' ? { ...a, prefix: '', suffix: '' } : { ...a, prefix: 'z'.repeat(32), suffix: 'y'.repeat(32) };
		out.push({ id: `d${out.length}`, action: 'reject', target: 'organization', anchor });
	}
	return out;
}

function median(f, runs = 3) {
	const times = [];
	let result;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		result = f();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return { ms: times[runs >> 1], result };
}

const chars = Math.round(Number(values.mb) * 1e6);
const count = Number(values.decisions);
const original = textOf(chars);
const edited = 'Mise à jour. ' + original;
console.log(`Re-anchoring ${count} one-letter decisions on ${(chars / 1e6).toFixed(1)} M characters (seeds repeated), after an edit at the top.`);
console.log('case                      time (ms)   operations   placed  orphans  overBudget');
for (const shape of ['real', 'none', 'garbage']) {
	const decisions = decisionsOn(original, count, shape);
	const { ms, result } = median(() => applyDecisions(edited, [], decisions));
	const r = reanchor(edited, decisions);
	console.log(`${`context: ${shape}`.padEnd(24)} ${ms.toFixed(0).padStart(9)}   ${String(r.operations).padStart(10)}   ${String(r.placed.length).padStart(6)}  ${String(r.orphans.length).padStart(7)}  ${result.overBudget}`);
}
// The old way, one `locate` per decision, on a tenth of the text and of the decisions, then scaled by 100
// (its work is the product of the two).
const small = original.slice(0, Math.round(chars / 10));
const smallDecisions = decisionsOn(small, Math.round(count / 10), 'real');
const smallEdited = 'Mise à jour. ' + small;
const old = median(() => smallDecisions.map((d) => locate(smallEdited, d.anchor)), 1);
const now = median(() => reanchor(smallEdited, smallDecisions), 3);
console.log(`one locate per decision on 1/10 of both: ${old.ms.toFixed(0)} ms (≈ ${((old.ms * 100) / 1000).toFixed(1)} s extrapolated to the full size); indexed: ${now.ms.toFixed(0)} ms`);
