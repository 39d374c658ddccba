// Properties of the English path on any text, and pathological English-ish inputs that must finish.
import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { createEnglishExtractor, extractEnglish } from '../../src/engine/en/extract';
import type { Mention } from '../../src/engine/types';

const FRAGMENTS = [
	'more than $2.5 billion', '€40m', 'VND 3.5 trillion', 'VNĐ162.8 trillion', 'US$108.37 million', '15.6 per cent', '20-30 per cent',
	'between 73 per cent and 96 per cent', 'Q3 2024', 'the first 10 months of 2025', 'three months through September', 'Dec. 5',
	'15 February', 'April last year', 'this year', 'on Tuesday', 'two weeks ago', 'end-2015', '2016-2017', 'fiscal year 2016',
	'the Ministry of Finance', 'Vietnam’s Ministry of Planning and Investment (MPI)', 'General Statistics Office', 'GSO’s',
	'(VNA)', 'HÀ NỘI —', 'cafef.vn', 'Shell', 'BG shareholders', 'merger with ', ', the global oil consultancy', 'Vietnamese government',
	'nine-month', 'Forty', 'three times', 'The two', 'two-way', 'No. 1', 'COVID-19', '2-1', "People's Committee", ' and ', ' of ', ', ',
	'(', ')', '.', '\n', '  ', '😀', '\u00a0', '\uFFFD', '\uD800', '’s', 'May', 'March', '=HYPERLINK(',
];

const englishish = fc
	.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 })
	.map((parts) => parts.join(''));

function checkInvariants(text: string, mentions: Mention[]): void {
	let prevStart = -1;
	const lastEnd: Record<string, number> = {};
	for (const m of mentions) {
		assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end), 'integer offsets');
		assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `offsets in bounds: ${m.start}-${m.end}/${text.length}`);
		assert.equal(m.text, text.slice(m.start, m.end), 'text equals the slice');
		assert.ok(prevStart <= m.start, 'sorted by start');
		assert.ok(m.start >= (lastEnd[m.kind] ?? 0), `no two ${m.kind} mentions overlap`);
		lastEnd[m.kind] = m.end;
		if (m.kind === 'amount') assert.ok(Number.isFinite(m.value), 'amount values are finite numbers');
		if (m.kind === 'date') assert.equal(typeof m.value, 'string');
		if (m.kind === 'organization') assert.ok(m.canonical.length > 0);
		prevStart = m.start;
	}
}

test('English extraction never throws, keeps offsets valid, sorted, non-overlapping per kind', () => {
	fc.assert(
		fc.property(englishish, (text) => checkInvariants(text, extractEnglish(text))),
		{ numRuns: 400 },
	);
});

test('English extraction is deterministic, with or without a warm paragraph cache', () => {
	fc.assert(
		fc.property(englishish, (text) => {
			const cold = createEnglishExtractor().extract(text);
			assert.deepEqual(extractEnglish(text), cold);
			assert.deepEqual(extractEnglish(text), cold);
		}),
		{ numRuns: 200 },
	);
});

test('pathological English inputs complete and keep the invariants', () => {
	const inputs = [
		'1 2 34 567 8,9 '.repeat(20_000),
		'The Ministry of Finance and '.repeat(5_000),
		'$1 billion and '.repeat(10_000),
		'January February March '.repeat(5_000),
		'A'.repeat(200_000),
		'9'.repeat(200_000),
		'%,'.repeat(100_000),
		`${'Bank of '.repeat(3_000)}Vietnam`,
		'(VNA) (AP) (Reuters) '.repeat(5_000),
	];
	for (const text of inputs) checkInvariants(text, extractEnglish(text));
});
