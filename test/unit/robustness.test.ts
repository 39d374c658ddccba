// Properties that hold for any input, and pathological inputs that must finish in linear time.
// These tests check completion and invariants, never wall-clock budgets (speed is `npm run bench`).
import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { createExtractor, extract } from '../../src/engine/extract';
import type { Mention } from '../../src/engine/types';

const FRAGMENTS = [
	'plus de 758,5 millions de dollars américains', 'Fin octobre 2025', 'le 16 octobre', 'du 15 au 18 octobre',
	'93 %', '3 245 km', 'huit projets', 'Comité populaire de Hanoï', 'ministère des Affaires étrangères',
	'Organisation japonaise du commerce extérieur (JETRO)', 'JETRO', 'les dix premiers mois de 2025', 'années 80',
	'entre 3 et 5 millions de dollars', '1 à 2', 'n° 59-NQ/TW', 'G20', 'M€', '12 Mds USD', 'mi-mars', '\r\n', '\n',
	'  ', ' ', '(', ')', ',', '.', "l'", 'de la ', 'Université', 'Banque mondiale', '2021-2025', 'lundi 19 août',
	'😀', '\u00a0', '\u202f', '1\u00a0000', 'pour cent', 'près de', 'UE', '=HYPERLINK(', '\uFFFD', '\uD800',
];

const frenchish = fc
	.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 })
	.map((parts) => parts.join(''));

function checkInvariants(text: string, mentions: Mention[]): void {
	let prev: Mention | undefined;
	const lastEnd: Record<string, number> = {};
	for (const m of mentions) {
		assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end), 'integer offsets');
		assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `offsets in bounds: ${m.start}-${m.end}/${text.length}`);
		assert.equal(m.text, text.slice(m.start, m.end), 'text equals the slice');
		if (prev) assert.ok(prev.start <= m.start, 'sorted by start');
		assert.ok(m.start >= (lastEnd[m.kind] ?? 0), `no two ${m.kind} mentions overlap`);
		lastEnd[m.kind] = m.end;
		if (m.kind === 'amount') assert.ok(Number.isFinite(m.value), 'amount values are finite numbers');
		if (m.kind === 'date') assert.equal(typeof m.value, 'string');
		if (m.kind === 'organization') assert.ok(m.canonical.length > 0);
		prev = m;
	}
}

test('extract never throws, keeps offsets valid, sorted, non-overlapping per kind', () => {
	fc.assert(
		fc.property(frenchish, (text) => {
			checkInvariants(text, extract(text));
		}),
		{ numRuns: 600 },
	);
});

test('extract is deterministic, with or without a warm cache', () => {
	fc.assert(
		fc.property(frenchish, (text) => {
			const cold = createExtractor().extract(text);
			assert.deepEqual(extract(text), cold);
			assert.deepEqual(extract(text), cold);
		}),
		{ numRuns: 300 },
	);
});

test('offsets stay UTF-16 after astral characters', () => {
	const text = '😀😀 Le 16 octobre 2025, 😀 plus de 25 millions de dollars américains.';
	const mentions = extract(text);
	checkInvariants(text, mentions);
});

const pathological: Array<[string, () => string]> = [
	['a 1 MB line of digits and spaces', () => '1 2 34 567 8,9 '.repeat(70_000)],
	['100 000 × "de la "', () => 'de la '.repeat(100_000)],
	['deeply repeated capitalized words', () => 'Comité Populaire De La Ville '.repeat(40_000)],
	['repeated organization head nouns with complements', () => "ministère du Plan et de l'Investissement et ".repeat(20_000)],
	['a 10 MB text without newlines', () => 'Fin octobre 2025, huit projets pour 758,5 millions de dollars. '.repeat(160_000)],
	['long runs of month names', () => 'octobre novembre décembre '.repeat(40_000)],
	['1 MB of a single digit', () => '9'.repeat(1_000_000)],
	['1 MB of capital letters', () => 'A'.repeat(1_000_000)],
	['1 MB of "1 " (a giant spaced number)', () => '1 '.repeat(500_000)],
	['1 MB of percent signs and commas', () => '%,'.repeat(500_000)],
];

for (const [name, make] of pathological) {
	test(`pathological input completes: ${name}`, { timeout: 120_000 }, () => {
		const text = make();
		const mentions = createExtractor().extract(text);
		// Checking every mention of a 10 MB text is itself slow; sample the invariants.
		checkInvariants(text, mentions.length > 5000 ? mentions.filter((_, i) => i % 97 === 0) : mentions);
	});
}
