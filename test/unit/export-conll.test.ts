// Issue 12.6: CoNLL-2003 / IOB2 export.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { ReviewedMention } from '../../src/curation/types';
import { conllTokens, conllWriter } from '../../src/export/conll';
import { EXPORT_FORMATS, FORMAT_INFO } from '../../src/export/format';
import type { ExportDocument } from '../../src/export/rows';
import { exportToString } from '../../src/export/run';

const TEXT = "Hanoï, 12 novembre 2025 (VNA) - Le Comité populaire de Hanoï a approuvé 228 projets.\nL'OCDE prévoit 6,5 % de croissance, soit 758,5 millions de dollars. Fin.";
function m(quote: string, kind: ReviewedMention['kind'], extra: Partial<ReviewedMention> = {}, from = 0): ReviewedMention {
	const start = TEXT.indexOf(quote, from);
	assert.ok(start >= 0, quote);
	const base = { start, end: start + quote.length, text: quote, status: 'machine' as const };
	if (kind === 'amount') return { ...base, kind, sub: 'quantity', value: 1, ...extra } as ReviewedMention;
	if (kind === 'date') return { ...base, kind, value: '2025-11-12', ...extra } as ReviewedMention;
	return { ...base, kind, canonical: quote, ...extra } as ReviewedMention;
}
const MENTIONS: ReviewedMention[] = [
	m('12 novembre 2025', 'date'),
	m('VNA', 'organization'),
	m('Comité populaire de Hanoï', 'organization'),
	m('228', 'amount'),
	m('OCDE', 'organization'),
	m('6,5 %', 'amount', { sub: 'percent' }),
	m('758,5 millions de dollars', 'amount', { sub: 'money' }),
	m('dollars', 'organization', { status: 'rejected' }),
];
const DOC: ExportDocument = { file: 'seeds/a.txt', text: TEXT, mentions: MENTIONS };
const meta = { generator: { name: 'seed-facts', version: '0' }, exportedAt: '2025-01-01T00:00:00.000Z' };

test('conll is registered beside the other formats', () => {
	assert.ok(EXPORT_FORMATS.includes('conll'));
	assert.equal(FORMAT_INFO.conll.folder, false);
	assert.equal(FORMAT_INFO.conll.extension, 'conll');
});

test('conll: -DOCSTART- per document, a token per line, IOB2 tags, a blank line between sentences', async () => {
	const out = await exportToString('conll', [DOC, { ...DOC, file: 'seeds/b.txt', mentions: [] }], { meta });
	const lines = out.split('\n');
	assert.equal(lines.filter((l) => l === '-DOCSTART- -X- -X- O').length, 2);
	const rows = lines.filter((l) => l && !l.startsWith('-DOCSTART-')).map((l) => l.split(' '));
	for (const r of rows) assert.equal(r.length, 4, r.join(' '));
	const tagged = (word: string, from = 0) => rows.slice(from).find((r) => r[0] === word)?.[3];
	assert.equal(tagged('12'), 'B-DATE');
	assert.equal(tagged('novembre'), 'I-DATE');
	assert.equal(tagged('VNA'), 'B-ORG');
	assert.equal(tagged('('), 'O');
	assert.equal(tagged('Comité'), 'B-ORG');
	assert.equal(tagged('populaire'), 'I-ORG');
	assert.equal(tagged('228'), 'B-QUANTITY');
	assert.equal(tagged("L'"), 'O', 'the elision is its own token');
	assert.equal(tagged('OCDE'), 'B-ORG');
	assert.equal(tagged('6,5'), 'B-PERCENT');
	assert.equal(tagged('%'), 'I-PERCENT');
	assert.equal(tagged('758,5'), 'B-MONEY');
	assert.equal(tagged('dollars'), 'I-MONEY', 'a rejected mention is not exported');
	// Sentences: "… projets." / "L'OCDE … dollars." / "Fin." then the second document (one empty sentence skipped).
	const firstDoc = out.split('-DOCSTART- -X- -X- O\n')[1];
	const sentences = firstDoc.split('\n\n').filter((s) => s.trim());
	assert.equal(sentences.length, 3);
	assert.ok(sentences[0].trimEnd().endsWith('. -X- -X- O'));
	// Tokens joined back are the text without its whitespace.
	const doc1 = firstDoc.split('\n').filter(Boolean).map((l) => l.split(' ')[0]).join('');
	assert.equal(doc1, TEXT.replace(/\s+/g, ''));
	// IOB2: no I- without a B- or I- of the same type just before.
	rows.forEach((r, i) => {
		if (r[3].startsWith('I-')) assert.ok(rows[i - 1][3].slice(2) === r[3].slice(2), `${r.join(' ')} after ${rows[i - 1].join(' ')}`);
	});
});

test('conll tokens split at mention boundaries, keep decimals and hyphenated words, and never hold whitespace', () => {
	const text = "aujourd'hui l'UE-Vietnam 17.5 mi-mars ABC123 d’Hanoï";
	const words = conllTokens(text, [{ start: text.indexOf('UE'), end: text.indexOf('UE') + 2 }]).map(([s, e]) => text.slice(s, e));
	assert.deepEqual(words, ["aujourd'hui", "l'", 'UE', '-Vietnam', '17.5', 'mi-mars', 'ABC123', 'd’', 'Hanoï']);
	const odd = 'a\u00a0b\u202fc\td\u0085\u0000e\u000b';
	assert.deepEqual(conllTokens(odd, []).map(([s, e]) => odd.slice(s, e)), ['a', 'b', 'c', 'd', 'e'], 'spaces and control characters are never tokens');
});

test('conll: overlapping mentions keep the first (longest) one; a mention never spans two sentences', () => {
	const text = 'La Banque de 5 M. Dupont. Fin';
	const mentions: ReviewedMention[] = [
		{ start: 3, end: 24, text: text.slice(3, 24), kind: 'organization', canonical: 'x', status: 'machine' },
		{ start: 13, end: 14, text: '5', kind: 'amount', sub: 'quantity', value: 5, status: 'machine' },
	];
	const out = conllWriter().document({ file: 'x', text, mentions }, [
		{ file: 'x', start: 3, end: 24, line: 1, column: 4, text: text.slice(3, 24), kind: 'organization', status: 'machine', sentence: '' },
		{ file: 'x', start: 13, end: 14, line: 1, column: 14, text: '5', kind: 'amount', sub: 'quantity', value: 5, status: 'machine', sentence: '' },
	]);
	const tags = out.split('\n').filter((l) => l && !l.startsWith('-DOCSTART-')).map((l) => l.split(' ')[3]);
	assert.deepEqual(tags, ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
	// "M." inside the organization does not end the sentence: "Fin" is the second sentence.
	assert.equal(out.split('\n\n').filter((s) => s.trim() && !s.startsWith('-DOCSTART-')).length, 2);
});
