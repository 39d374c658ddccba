// Properties that hold for any input, pathological inputs (their invariants, at sizes a unit test can
// afford), and what the engine keeps after a long line. Never wall-clock budgets nor growth ratios:
// speed, linear growth and memory are measured by `npm run bench`.
import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { createExtractor, extract } from '../../src/engine/extract';
import { KEEP_CAPACITY, tokenCapacity } from '../../src/engine/tokens';
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
	['a line of digits and spaces', () => '1 2 34 567 8,9 '.repeat(7_000)],
	['10 000 × "de la "', () => 'de la '.repeat(10_000)],
	['deeply repeated capitalized words', () => 'Comité Populaire De La Ville '.repeat(4_000)],
	['repeated organization head nouns with complements', () => "ministère du Plan et de l'Investissement et ".repeat(2_000)],
	['a long text without newlines', () => 'Fin octobre 2025, huit projets pour 758,5 millions de dollars. '.repeat(4_000)],
	['long runs of month names', () => 'octobre novembre décembre '.repeat(4_000)],
	['a run of a single digit', () => '9'.repeat(100_000)],
	['a run of capital letters', () => 'A'.repeat(100_000)],
	['"1 " repeated (a giant spaced number)', () => '1 '.repeat(50_000)],
	['percent signs and commas', () => '%,'.repeat(50_000)],
	['scores, changes and elided currencies', () => 'passé de 2 à 1, contre 3 milliards, 8 autres ont (+5) '.repeat(2_000)],
];

for (const [name, make] of pathological) {
	test(`pathological input keeps the invariants: ${name}`, () => {
		const text = make();
		const mentions = createExtractor().extract(text);
		checkInvariants(text, mentions.length > 5000 ? mentions.filter((_, i) => i % 97 === 0) : mentions);
	});
}

// Issue 14, defect 8: what a long line leaves behind once its extraction is over.
const longLine = (): string => 'Fin octobre 2025, huit projets pour 758,5 millions de dollars, le chat dort. '.repeat(3_000);

test('the token buffers grown for a long line are released when the extraction ends', () => {
	const text = longLine();
	assert.ok(text.length + 1 > KEEP_CAPACITY, 'the line needs more than the kept capacity');
	extract(text);
	assert.ok(tokenCapacity() <= KEEP_CAPACITY, `token buffers hold ${tokenCapacity()} entries after the extraction`);
	// Short lines keep theirs (no reallocation per call).
	extract('Une ligne courte de 5 millions d’euros.');
	assert.ok(tokenCapacity() > 0 && tokenCapacity() <= KEEP_CAPACITY);
});

test('the line cache holds no long line and stays within its character budget', () => {
	const ex = createExtractor();
	const text = longLine();
	ex.extract(text);
	ex.extract('Une autre ligne, assez longue pour être mise en cache.');
	assert.ok(ex.cachedCharacters < 1000, `cache holds ${ex.cachedCharacters} characters`);
	const scanned = ex.linesScanned;
	ex.extract(text);
	assert.equal(ex.linesScanned, scanned + 1, 'the long line is scanned again, not taken from a cache');
	// Many distinct cacheable lines: the cache starts afresh rather than grow past its budget.
	const para = 'le chat dort sur le canapé du salon et rêve '.repeat(1_400);
	for (let k = 0; k < 160; k++) ex.extract(`${k} ${para}`);
	assert.ok(ex.cachedCharacters <= (1 << 23) + para.length + 10, `cache holds ${ex.cachedCharacters} characters`);
});

test('a line with more tokens than guessed grows the buffers and keeps every token', () => {
	// One token per character (the guess is one per four): the buffers must grow mid-line.
	const text = `${'%,'.repeat(40_000)} 12,5 millions de dollars ${'(;'.repeat(40_000)} le 16 octobre 2025`;
	const mentions = createExtractor().extract(text);
	checkInvariants(text, mentions);
	assert.deepEqual(
		mentions.map((m) => m.text),
		['12,5 millions de dollars', '16 octobre 2025'],
	);
});

test('RegExp.input does not keep the last line of a document after its extraction', () => {
	const text = longLine();
	extract(text);
	const input = (RegExp as unknown as { input: string }).input;
	assert.ok(input.length < 1000, `RegExp.input holds ${input.length} characters`);
});
