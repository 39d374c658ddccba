import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { ReviewedMention } from '../../src/curation/types';
import { LineIndex } from '../../src/engine/text';
import { partitionMentions } from '../../src/extension/model/decorationModel';
import { FACT_CATEGORIES } from '../../src/extension/model/categories';
import { entityKey, foldForSearch, markdownRow, mentionAt, nextMention, TreeSnapshot, type FileFacts } from '../../src/extension/model/treeModel';

function org(start: number, text: string, canonical = text, extra: Partial<ReviewedMention> = {}): ReviewedMention {
	return { kind: 'organization', start, end: start + text.length, text, canonical, status: 'machine', ...extra } as ReviewedMention;
}
function date(start: number, text: string, value: string, extra: Partial<ReviewedMention> = {}): ReviewedMention {
	return { kind: 'date', start, end: start + text.length, text, value, status: 'machine', ...extra } as ReviewedMention;
}
function money(start: number, text: string, value: number, extra: Partial<ReviewedMention> = {}): ReviewedMention {
	return { kind: 'amount', sub: 'money', start, end: start + text.length, text, value, unit: 'USD', status: 'machine', ...extra } as ReviewedMention;
}

const textA = 'La JETRO a investi 25 millions de dollars en octobre 2025.\nLa JETRO encore.';
const textB = "L'Organisation japonaise du commerce extérieur (JETRO) a publié en octobre 2025.";
const long = 'Organisation japonaise du commerce extérieur';
const fileA: FileFacts = {
	key: 'file:///w/seeds/a.txt',
	path: 'seeds/a.txt',
	lines: new LineIndex(textA),
	mentions: [org(3, 'JETRO', long, { acronym: 'JETRO', longForm: long }), money(19, '25 millions de dollars', 25e6), date(45, 'octobre 2025', '2025-10'), org(63, 'JETRO', long, { acronym: 'JETRO', longForm: long })],
};
const fileB: FileFacts = {
	key: 'file:///w/seeds/b.txt',
	path: 'seeds/b.txt',
	lines: new LineIndex(textB),
	mentions: [org(2, long, long, { acronym: 'JETRO', longForm: long }), org(48, 'JETRO', long, { acronym: 'JETRO', longForm: long }), date(67, 'octobre 2025', '2025-10', { mod: 'end' })],
};
const empty: FileFacts = { key: 'file:///w/seeds/c.txt', path: 'seeds/c.txt', lines: new LineIndex(''), mentions: [] };

test('grouping by document: files sorted by path, categories in fixed order with their mentions', () => {
	const snap = new TreeSnapshot([fileB, empty, fileA]);
	assert.deepEqual(
		snap.documents().map((f) => f.path),
		['seeds/a.txt', 'seeds/b.txt', 'seeds/c.txt'],
	);
	const groups = snap.categoriesOf(fileA);
	assert.deepEqual(
		groups.map((g) => [g.category, g.mentions.length]),
		[
			['money', 1],
			['date', 1],
			['organization', 2],
		],
	);
	assert.equal(snap.total(), 7);
});

test('grouping by kind: one entity for every mention of JETRO and every occurrence of 2025-10 across the corpus', () => {
	const snap = new TreeSnapshot([fileA, fileB]);
	assert.deepEqual(
		snap.categories().map((c) => [c.category, c.count, c.entityCount]),
		[
			['money', 1, 1],
			['date', 2, 1],
			['organization', 4, 1],
		],
	);
	const [jetro] = snap.entities('organization');
	assert.equal(jetro.refs.length, 4);
	assert.equal(jetro.fileCount, 2);
	assert.equal(jetro.label, `${long} (JETRO)`);
	const [oct] = snap.entities('date');
	assert.equal(oct.label, '2025-10 · octobre 2025');
	assert.equal(entityKey(fileA.mentions[2]), entityKey(fileB.mentions[2]), 'the period modifier does not split the entity');
});

test('filter by text (accents and case ignored), by kind and by status', () => {
	const byText = new TreeSnapshot([fileA, fileB, empty], { text: 'organisation JAPONAISE' });
	assert.ok(byText.filterActive);
	assert.deepEqual(
		byText.documents().map((f) => f.path),
		['seeds/a.txt', 'seeds/b.txt'],
		'files without a match are hidden',
	);
	assert.equal(byText.total(), 4, 'acronym mentions match through their entity');
	const byValue = new TreeSnapshot([fileA, fileB], { text: '25000000' });
	assert.equal(byValue.total(), 1);
	const byKind = new TreeSnapshot([fileA, fileB], { categories: ['date'] });
	assert.equal(byKind.total(), 2);
	assert.deepEqual(
		byKind.visibleFacts().map((v) => [v.file.path, v.mentions.length]),
		[
			['seeds/a.txt', 1],
			['seeds/b.txt', 1],
		],
	);
	const rejected = { ...fileA, mentions: fileA.mentions.map((m, i) => ({ ...m, status: i === 0 ? ('rejected' as const) : m.status })) };
	assert.equal(new TreeSnapshot([rejected], { statuses: ['rejected'] }).total(), 1);
	assert.equal(new TreeSnapshot([fileA], { categories: [...FACT_CATEGORIES] }).filterActive, false);
	assert.equal(foldForSearch('Hà Nội\u00a0ÉTÉ'), 'ha noi ete');
});

test('a Markdown row escapes pipes and line breaks', () => {
	const m = org(0, 'A | B\nC');
	assert.equal(markdownRow('seeds/x|y.txt', 3, m), '| seeds/x\\|y.txt | 3 | organization | A \\| B C | A \\| B C |');
});

test('next and previous mention wrap around; mentionAt finds the innermost mention', () => {
	const ms = fileA.mentions;
	assert.equal(nextMention(ms, 0, 1), ms[0]);
	assert.equal(nextMention(ms, 3, 1), ms[1]);
	assert.equal(nextMention(ms, 70, 1), ms[0], 'wraps to the first');
	assert.equal(nextMention(ms, 19, -1), ms[0]);
	assert.equal(nextMention(ms, 0, -1), ms[3], 'wraps to the last');
	assert.equal(nextMention([], 0, 1), undefined);
	assert.equal(mentionAt(ms, 20), ms[1]);
	assert.equal(mentionAt(ms, 8), ms[0], 'right after the mention still finds it');
	assert.equal(mentionAt(ms, 10), undefined);
	const nested = [org(0, 'Comité du Parti de la ville'), date(10, 'Parti', 'x')];
	assert.equal(mentionAt(nested, 12), nested[1]);
});

test('decorations: soft style for qualified amounts and inferred dates, rejected apart, disabled kinds hidden', () => {
	const ms: ReviewedMention[] = [
		money(0, '25 millions', 25e6),
		money(20, 'plus de 3 millions', 3e6, { qualifier: 'plus de' }),
		date(40, '16 octobre', 'XXXX-10-16', { inferredYear: { year: 2025, source: 'dateline', fromText: '2025', fromStart: 0 }, resolved: '2025-10-16' }),
		org(60, 'JETRO', 'JETRO', { status: 'rejected' }),
	];
	const all = partitionMentions(ms, new Set(FACT_CATEGORIES), true);
	assert.equal(all.get('money')!.length, 1);
	assert.equal(all.get('money.soft')!.length, 1);
	assert.equal(all.get('date.soft')!.length, 1);
	assert.equal(all.get('rejected')!.length, 1);
	const some = partitionMentions(ms, new Set(['date'] as const), false);
	assert.equal(some.get('money')!.length, 0);
	assert.equal(some.get('date.soft')!.length, 1);
	assert.equal(some.get('rejected')!.length, 0);
});
