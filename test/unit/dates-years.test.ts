import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { articleStarts, isNameYear } from '../../src/engine/dates/articles';
import { extract } from '../../src/engine/extract';
import type { DateMention, ExtractOptions } from '../../src/engine/types';

function date(text: string, which: string, options: ExtractOptions = {}): DateMention {
	const d = (extract(text, { ...options, kinds: ['date'] }) as DateMention[]).find((m) => m.text === which);
	assert.ok(d, `no date «${which}» in «${text}»`);
	return d;
}

/** Four lines of head, so that nothing below is in the dateline's reach. */
const HEAD = 'Titre\nSous-titre\nChapeau assez long.\nQuatrième ligne.\n';

describe('the year of a date that does not write it', () => {
	test('a year in the same sentence, before or after', () => {
		const text = "Un séminaire, organisé le 27 novembre à Hô Chi Minh-Ville dans le cadre du Forum économique d'automne 2025.";
		const d = date(text, '27 novembre');
		assert.deepEqual(d.inferredYear, { year: 2025, source: 'sentence', fromText: '2025', fromStart: text.indexOf('2025') });
		assert.equal(d.resolved, '2025-11-27');
		assert.equal(d.value, 'XXXX-11-27');
	});

	test('two different years in the sentence leave the year open', () => {
		const d = date(`${HEAD}Le 5 mars, le taux est passé de 3 % en 2023 à 5 % en 2024.`, '5 mars');
		assert.equal(d.inferredYear, undefined);
		assert.equal(d.resolved, undefined);
	});

	test('the nearest year before in the paragraph', () => {
		const d = date(`${HEAD}En 2019, le projet a démarré. Le 4 mai, il a été validé.`, '4 mai');
		assert.equal(d.inferredYear?.source, 'previous');
		assert.equal(d.resolved, '2019-05-04');
	});

	test('a year from an earlier paragraph does not date a later event', () => {
		const d = date(`${HEAD}Il a noté qu'en 2013, Hanoï et Tokyo ont signé leur premier accord.\nLe 17 octobre, il a rencontré le gouverneur.`, '17 octobre');
		assert.equal(d.inferredYear, undefined);
	});

	test('a year inside a name dates nothing else', () => {
		const d = date(`${HEAD}Hanoï salue la récente conférence G-NETS 2024. Le 16 octobre, il a rencontré le gouverneur.`, '16 octobre');
		assert.equal(d.inferredYear, undefined);
		assert.equal(isNameYear('la conférence G-NETS 2024', 21, 25), true);
		assert.equal(isNameYear('Suite à EXPO 2025', 13, 17), true);
		assert.equal(isNameYear('En 2025', 3, 7), false);
		assert.equal(isNameYear('le forum d’automne 2025', 19, 23), false);
	});

	test("the article's dateline: the year that puts the date just before or after it", () => {
		assert.equal(date('Titre\nDakar, 28 décembre 2024 —\nLe 17 novembre, le budget a été déposé.', '17 novembre').resolved, '2024-11-17');
		assert.equal(date('Titre\nLe Journal, 28 janvier 2016\nLa fusion sera close le 15 février.', '15 février').resolved, '2016-02-15');
		const d = date('Titre\nLe Journal, 10 février 2016\nLe 5 décembre, le vote.', '5 décembre');
		assert.equal(d.resolved, '2015-12-05');
		assert.equal(d.inferredYear?.source, 'dateline');
		assert.equal(d.inferredYear?.fromText, '10 février 2016');
		assert.equal(date('Titre\nParis, 23 juillet 2024 (AFP)\nAu premier semestre, la perte.', 'premier semestre').resolved, '2024-H1');
	});

	test('a bare year in the title is not a dateline', () => {
		const d = date('Loi de finances 2025 : le projet\nAlger, 13 novembre 2024\nLe 17 novembre, le vote.', '17 novembre');
		assert.equal(d.resolved, '2024-11-17');
	});

	test('the latest full date earlier in the article', () => {
		const d = date(`${HEAD}Le 23 novembre 2025, le Premier ministre est arrivé.\nLe 24 novembre, il a rencontré le président.`, '24 novembre');
		assert.deepEqual(d.inferredYear, { year: 2025, source: 'previous', fromText: '23 novembre 2025', fromStart: HEAD.length + 3 });
	});

	test('options.referenceDate, then options.referenceYear', () => {
		const d = date('Le 9 décembre, une réunion.', '9 décembre', { referenceDate: '2026-01-15' });
		assert.deepEqual(d.inferredYear, { year: 2025, source: 'sidecar' });
		const r = date('Le 9 juin, une réunion.', '9 juin', { referenceYear: 2030 });
		assert.deepEqual(r.inferredYear, { year: 2030, source: 'reference' });
		assert.equal(r.resolved, '2030-06-09');
		assert.equal(date('Le 9 juin, une réunion.', '9 juin').inferredYear, undefined);
	});

	test('a range across the new year resolves to the next year on its second end', () => {
		const d = date('Du 28 décembre au 3 janvier, le musée ferme.', 'Du 28 décembre au 3 janvier', { referenceYear: 2025 });
		assert.equal(d.value, 'XXXX-12-28/XXXX-01-03');
		assert.equal(d.resolved, '2025-12-28/2026-01-03');
	});

	test('stretches of years and decades are not evidence', () => {
		const d = date(`${HEAD}Dans les années 90 et la période 2016-2020, le 3 mars.`, '3 mars', { referenceYear: 2024 });
		assert.equal(d.inferredYear?.source, 'reference');
	});
});

describe('the articles of a page', () => {
	const page = [
		'Hanoi renforce la coopération avec le Japon',
		'',
		'Tokyo (VNA) – Une délégation effectue une visite du 15 au 18 octobre.',
		'Le dirigeant a rappelé le 23 novembre 2025 un accord.',
		'',
		'Voir plus',
		'',
		'Le Premier ministre et le président. Photo: VNA',
		'',
		'Le Vietnam et la France renforcent leur partenariat',
		'',
		'Dans la matinée du 24 novembre, le Premier ministre a rencontré le président.',
	].join('\n');

	test('a "Voir plus" list, a photo caption and a heading start new articles', () => {
		const starts = articleStarts(page);
		assert.equal(starts[0], 0);
		assert.ok(starts.includes(page.indexOf('Le Premier ministre et le président')));
	});

	test('a year from one article does not carry into another', () => {
		assert.equal(date(page, '24 novembre').inferredYear, undefined);
	});

	test('a photo caption followed by body text stays in its article', () => {
		const text = 'Titre\nParis, 7 avril 2016 (Reuters) - Le déficit se creuse.\nLe port de Tanger. Photo : AFP\nEn février, les importations ont baissé.';
		assert.deepEqual(articleStarts(text), [0]);
		assert.equal(date(text, 'février').resolved, '2016-02');
	});

	test('a second agency dateline starts a new article', () => {
		const text = 'Titre\nTokyo (VNA) – Une visite.\nLe 3 mai 2024, un accord.\nHanoï (VNA) – Le 5 mai, une autre visite.';
		assert.equal(articleStarts(text).length, 2);
		assert.equal(date(text, '5 mai').inferredYear, undefined);
	});
});
