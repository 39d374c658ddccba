// Issue 14.5: re-anchoring indexes the quotes' occurrences once (near-linear), gives the same answers as
// locating each decision on its own, and stops within a budget, reporting what it could not place.
// Structure is tested through operation counts, never through time (speed: scripts/bench-anchor.mjs).
import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { locate, makeAnchor, reanchor, reanchorAsync } from '../../src/curation/anchor';
import { applyDecisions, applyDecisionsAsync } from '../../src/curation/apply';
import type { Decision } from '../../src/curation/sidecar';

/** A French-looking text of about `size` characters, deterministic. */
function prose(size: number): string {
	const words = ['le', 'Comité', 'populaire', 'de', 'Hanoï', 'a', 'approuvé', '228', 'projets', 'pour', 'un', 'montant', 'de', '758,5', 'millions', 'USD', 'selon', "l'OCDE", 'en', 'octobre', '2025.'];
	let s = '';
	let x = 7;
	while (s.length < size) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		s += words[x % words.length] + (x % 13 === 0 ? '\n' : ' ');
	}
	return s;
}

/** `count` decisions on one-letter quotes at pseudo-random places, with their real context. */
function oneLetterDecisions(text: string, count: number): Decision[] {
	const out: Decision[] = [];
	let x = 11;
	while (out.length < count) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		const i = x % text.length;
		if (/\s/.test(text[i])) continue;
		out.push({ id: `d${out.length}`, action: 'reject', target: 'organization', anchor: makeAnchor(text, i, i + 1) });
	}
	return out;
}

test('2 000 one-letter quotes: the work grows with the text plus the decisions, not their product', () => {
	const original = prose(200_000);
	const decisions = oneLetterDecisions(original, 2000);
	// An edit at the top moves every decision off its offsets, so each must be searched for.
	const text = 'Mise à jour. ' + original;
	const r = reanchor(text, decisions);
	assert.equal(r.placed.length + r.orphans.length, decisions.length);
	assert.equal(r.overBudget, false);
	// Searching each quote on its own visits every occurrence of its letter: about 2 000 × 10 000 here.
	assert.ok(r.operations < 20 * text.length, `operations ${r.operations} for ${text.length} characters`);
	for (const p of r.placed) assert.equal(text.slice(p.decision.anchor.start, p.decision.anchor.end), p.decision.anchor.exact);
	// The context finds almost all of them back exactly 13 characters further.
	const back = r.placed.filter((p) => p.decision.anchor.start === decisions.find((d) => d.id === p.decision.id)!.anchor.start + 13).length;
	assert.ok(back > 1900, `${back} found back`);
});

test('doubling the text doubles the work (same decisions)', () => {
	const small = prose(100_000);
	const decisions = oneLetterDecisions(small, 1000);
	const a = reanchor('X ' + small, decisions).operations;
	const b = reanchor('X ' + small + prose(100_000), decisions).operations;
	assert.ok(b < 2.6 * a, `${a} → ${b}`);
});

test('over its budget, re-anchoring stops and reports the rest as orphans (reason budget), never throws', () => {
	const original = prose(50_000);
	const decisions = oneLetterDecisions(original, 500);
	const text = '>> ' + original;
	const r = reanchor(text, decisions, { maxOperations: 20_000 });
	assert.equal(r.overBudget, true);
	assert.equal(r.placed.length + r.orphans.length, decisions.length);
	const late = r.orphans.filter((o) => o.reason === 'budget');
	assert.ok(late.length > 0);
	for (const o of late) assert.ok(decisions.includes(o.decision), 'an orphan keeps its decision untouched');
	// A clock check works the same way.
	let calls = 0;
	const timed = reanchor(text, decisions, { isOverBudget: () => ++calls > 2 });
	assert.equal(timed.overBudget, true);
	assert.ok(timed.orphans.some((o) => o.reason === 'budget'));
	// Decisions still at their offsets cost nothing to check and are placed even over budget.
	const still = reanchor(original, decisions, { maxOperations: 1 });
	assert.equal(still.placed.length, decisions.length);
});

test('the indexed pass gives what locating each decision alone gives', () => {
	const piece = fc.constantFrom('ab', 'a', 'b', ' ', 'OCDE', 'OCDE (', '5 %', '\n', 'c');
	fc.assert(
		fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.array(piece, { maxLength: 20 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.nat({ max: 6 }), fc.nat({ max: 6 })), { maxLength: 12 }), (before, edit, spots) => {
			const old = before.join('');
			const text = edit.join('') + old.slice(0, old.length >> 1) + edit.slice(0, 3).join('') + old.slice(old.length >> 1);
			const decisions: Decision[] = [];
			spots.forEach(([s, len, pre, suf], i) => {
				const start = s % old.length;
				const end = Math.min(old.length, start + 1 + len);
				const a = makeAnchor(old, start, end, 6);
				decisions.push({ id: `x${i}`, action: 'reject', target: 'amount', anchor: { ...a, prefix: a.prefix.slice(a.prefix.length - Math.min(pre, a.prefix.length)), suffix: a.suffix.slice(0, suf) } });
			});
			const r = reanchor(text, decisions);
			for (const d of decisions) {
				const alone = locate(text, d.anchor);
				const placed = r.placed.find((p) => p.decision.id === d.id);
				const orphan = r.orphans.find((o) => o.decision.id === d.id);
				if ('orphan' in alone) assert.equal(orphan?.reason, alone.orphan, `${d.id} in ${JSON.stringify(text)}`);
				else {
					assert.ok(placed, `${d.id} placed`);
					assert.equal(placed.decision.anchor.start, alone.start);
					assert.equal(placed.method, alone.method);
				}
			}
		}),
		{ numRuns: 500 },
	);
});

test('reanchorAsync pauses between quotes and gives the same answers; applyDecisionsAsync too', async () => {
	const original = prose(100_000);
	const decisions = [...oneLetterDecisions(original, 300), ...oneLetterDecisions(original, 300).map((d) => ({ ...d, id: `w${d.id}`, anchor: makeAnchor(original, d.anchor.start, Math.min(original.length, d.anchor.start + 3)) }))];
	const text = 'Préface. ' + original;
	let pauses = 0;
	const pause = () => {
		pauses++;
		return new Promise<void>((resolve) => setImmediate(resolve));
	};
	const sync = reanchor(text, decisions);
	const async = await reanchorAsync(text, decisions, { pause, yieldEvery: 10_000 });
	assert.ok(pauses > 1, `${pauses} pauses`);
	assert.deepEqual(async.placed, sync.placed);
	assert.deepEqual(async.orphans, sync.orphans);
	assert.equal(async.operations, sync.operations);
	const applied = await applyDecisionsAsync(text, [], decisions, { pause });
	assert.deepEqual(applied.decisions, applyDecisions(text, [], decisions).decisions);
});
