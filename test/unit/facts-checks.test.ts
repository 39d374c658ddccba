// Disagreements across documents, figure checks and the plain-text reports (src/facts). Sentences
// are made up for the rules.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extract } from '../../src/engine/extract';
import type { AmountMention, Mention } from '../../src/engine/types';
import { checkFigures, FIGURE_CHECKS } from '../../src/facts/checks';
import { findDisagreements, type FactDocument } from '../../src/facts/disagreements';
import { linkFacts } from '../../src/facts/link';
import { allowedRange, normalizeKey, overlaps, periodOf, valuesDisagree } from '../../src/facts/normalize';
import { factsTable, terminalSafe } from '../../src/facts/report';

function doc(file: string, text: string): FactDocument {
	return { file, text, facts: linkFacts(text, extract(text)) };
}

test('normalizeKey: case, accents, leading articles and punctuation are ignored', () => {
	assert.equal(normalizeKey("Les Échanges  commerciaux"), 'echanges commerciaux');
	assert.equal(normalizeKey("l'Université de Liège"), 'universite de liege');
	assert.equal(normalizeKey('le chiffre d’affaires'), "chiffre d'affaires");
});

test('periods: days, months, years, ranges and decades; unknown years give none', () => {
	const oct = periodOf('2025-10')!;
	assert.ok(overlaps(oct, periodOf('2025-10-16')!));
	assert.ok(!overlaps(oct, periodOf('2025-11')!));
	assert.ok(overlaps(periodOf('2021/2025')!, periodOf('2023')!));
	assert.ok(overlaps(periodOf('198X')!, periodOf('1985')!));
	assert.equal(periodOf('XXXX-10-16'), null);
	assert.equal(periodOf(null), null);
});

test('values: qualifiers widen what agrees (plus de 20 agrees with 25; environ 100 with 105)', () => {
	const a = (value: number, qualifier?: string, unit = 'USD'): AmountMention => ({ kind: 'amount', sub: 'money', start: 0, end: 1, text: 'x', value, unit, qualifier });
	assert.ok(!valuesDisagree(a(20, 'plus de'), a(25)));
	assert.ok(valuesDisagree(a(20, 'moins de'), a(25)));
	assert.ok(!valuesDisagree(a(100, 'environ'), a(105)));
	assert.ok(valuesDisagree(a(100), a(105)));
	assert.ok(!valuesDisagree(a(100), a(105, undefined, 'EUR')), 'other units are other facts');
	assert.equal(allowedRange(a(5)).lo <= 5 && allowedRange(a(5)).hi >= 5, true);
});

test('disagreement: same holder and measure, overlapping periods, different values, two documents', () => {
	const a = doc('a.txt', 'Fin octobre 2025, Lyon comptait 35 écoles publiques.');
	const b = doc('b.txt', 'Titre\nEn octobre 2025, Lyon comptait 41 écoles publiques.');
	const found = findDisagreements([a, b]);
	assert.equal(found.length, 1);
	assert.equal(found[0].holder, 'lyon');
	assert.equal(found[0].measure, 'ecoles publiques');
	assert.deepEqual([found[0].a.file, found[0].a.line, found[0].b.file, found[0].b.line], ['a.txt', 1, 'b.txt', 2]);
});

test('no disagreement: compatible values, other periods, one document, or undated unless asked', () => {
	const a = doc('a.txt', 'Fin octobre 2025, Lyon comptait 35 écoles publiques.');
	assert.deepEqual(findDisagreements([a, doc('b.txt', 'En octobre 2025, Lyon comptait plus de 30 écoles publiques.')]), []);
	assert.deepEqual(findDisagreements([a, doc('c.txt', 'En 2019, Lyon comptait 41 écoles publiques.')]), []);
	assert.deepEqual(findDisagreements([doc('d.txt', 'En 2025, Lyon comptait 35 écoles publiques. En 2025, Lyon comptait 41 écoles publiques.')]), []);
	const u1 = doc('u1.txt', 'Lyon comptait 35 écoles publiques.');
	const u2 = doc('u2.txt', 'Lyon comptait 41 écoles publiques.');
	assert.deepEqual(findDisagreements([u1, u2]), []);
	assert.equal(findDisagreements([u1, u2], { includeUndated: true }).length, 1);
});

function amount(text: string, needle: string, fields: Partial<AmountMention>): AmountMention {
	const start = text.indexOf(needle);
	return { kind: 'amount', sub: 'quantity', value: 0, ...fields, start, end: start + needle.length, text: needle };
}

test('figure checks: ambiguous separator, currency not taken, date without a year, % for points', () => {
	const sep = 'Le prix atteint 1.200 euros.';
	const sepFindings = checkFigures(sep, extract(sep), []);
	assert.deepEqual(sepFindings.map((f) => [f.check, f.text]), [['ambiguous-separator', '1.200 euros']]);
	const plain = 'Le prix atteint 1.200.000 euros, ou 1 200 euros, ou 12,5 euros.';
	assert.deepEqual(checkFigures(plain, extract(plain), []), [], 'two groups, spaces or one decimal are not ambiguous');

	const cur = 'Le fonds a levé 25 millions de dollars.';
	const quantity = amount(cur, '25 millions', { value: 25_000_000 });
	assert.deepEqual(checkFigures(cur, [quantity], []).map((f) => f.check), ['currency-not-taken']);
	assert.deepEqual(checkFigures(cur, [{ ...quantity, sub: 'money', unit: 'USD' }], []), []);

	const rel = 'Le 16 octobre, la ville a voté.';
	assert.deepEqual(checkFigures(rel, extract(rel), []).map((f) => f.check), ['relative-date']);
	assert.deepEqual(checkFigures(rel, extract(rel, { referenceYear: 2024 }), []), [], 'a reference year resolves it');

	const pts = 'Le taux de chômage a augmenté de 2 % en un an.';
	const ms: Mention[] = extract(pts);
	assert.deepEqual(checkFigures(pts, ms, linkFacts(pts, ms)).map((f) => f.check), ['percent-points']);
	const share = 'Les ventes ont augmenté de 2 % en un an.';
	const ms2 = extract(share);
	assert.deepEqual(checkFigures(share, ms2, linkFacts(share, ms2)), [], 'a change of a quantity in % is fine');
});

test('each figure check can be turned off by its id', () => {
	const text = 'Le 16 octobre, le prix atteint 1.200 euros et le taux de chômage a augmenté de 2 %.';
	const ms = extract(text);
	const facts = linkFacts(text, ms);
	const all = checkFigures(text, ms, facts);
	assert.ok(all.length >= 2);
	for (const id of FIGURE_CHECKS) assert.ok(checkFigures(text, ms, facts, { disabled: [id] }).every((f) => f.check !== id));
	assert.deepEqual(checkFigures(text, ms, facts, { disabled: [...FIGURE_CHECKS] }), []);
});

test('reports never pass a terminal escape, a bidi override or a line break through', () => {
	assert.equal(terminalSafe('a\u001b[2Jb\u202ec\nd'), 'a\uFFFD[2Jb\uFFFDc d');
	const text = 'Lyon comptait 35 écoles\u001b[31m publiques.';
	const facts = linkFacts(text, extract(text));
	const table = factsTable(facts.map((fact) => ({ where: 'x.txt:1', fact })));
	// eslint-disable-next-line no-control-regex -- control characters must not reach the table
	assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(table));
	assert.equal(table.split('\n').filter(Boolean).length, facts.length + 1);
});
