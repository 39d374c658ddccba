// Amounts read with their context (GUIDE.md, section amount): elided currencies, changes and ranges,
// counts standing for nouns, coordinated counted nouns, dong spellings, qualifiers not meant, signs.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findAmounts } from '../../src/engine/amounts';
import { createExtractor } from '../../src/engine/extract';
import type { AmountMention } from '../../src/engine/types';

function show(m: AmountMention): string {
	const range = m.min !== undefined ? `${m.min}-${m.max}` : '';
	return [m.text, m.sub, m.value, m.unit ?? '', m.qualifier ?? '', range].join('|').replace(/\|+$/, '');
}
/** Amounts of a document (the document pass included). */
function doc(text: string): string[] {
	return createExtractor()
		.extract(text, { kinds: ['amount'] })
		.map((m) => show(m as AmountMention));
}
const line = (text: string): string[] => findAmounts(text).map(show);

test('elided currency: the same sentence carries it, before or after the figure', () => {
	assert.deepEqual(doc('Les ventes ont atteint 8 milliards de dollars, contre 6 milliards en 2023.'), [
		'8 milliards de dollars|money|8000000000|USD',
		'6 milliards|money|6000000000|USD',
	]);
	assert.deepEqual(doc('Il avait perdu 14 millions en 2011, puis 2,8 millions d’euros en 2013.'), ['14 millions|money|14000000|EUR', '2,8 millions d’euros|money|2800000|EUR']);
});

test('elided currency: the sentence before, then the latest sum earlier in the article', () => {
	assert.deepEqual(doc('Les recettes sont de 5 milliards de francs CFA. Les dépenses sont évaluées à 6,6 milliards.'), [
		'5 milliards de francs CFA|money|5000000000|XOF',
		'6,6 milliards|money|6600000000|XOF',
	]);
	assert.deepEqual(doc('Le déficit a atteint 5,18 milliards d’euros.\nAu total, il s’est creusé.\nLe déficit a augmenté à 4,97 milliards.'), [
		'5,18 milliards d’euros|money|5180000000|EUR',
		'4,97 milliards|money|4970000000|EUR',
	]);
});

test('elided currency: with no currency in the article, a sum only when the text says so', () => {
	assert.deepEqual(doc('Le budget atteint 3 milliards.'), ['3 milliards|money|3000000000']);
	assert.deepEqual(doc('La région compte 3 millions.'), ['3 millions|quantity|3000000']);
});

test('a figure compared with `contre` takes the scale and currency it leaves out', () => {
	assert.deepEqual(doc('Le déficit est de 3 milliards d’euros (2,79 contre 2,02 milliards).'), [
		'3 milliards d’euros|money|3000000000|EUR',
		'2,79|money|2790000000|EUR',
		'2,02 milliards|money|2020000000|EUR',
	]);
	// A year is never scaled by the figure after it.
	assert.deepEqual(line('en 2023 contre 5 millions de dollars'), ['5 millions de dollars|money|5000000|USD']);
});

test('a change is two amounts, a range one', () => {
	assert.deepEqual(line('Le taux est passé de 4,5 % à 6 %.'), ['4,5 %|percent|4.5|%', '6 %|percent|6|%']);
	assert.deepEqual(line('Le chiffre a grimpé de 10 à 12 millions d’euros.'), ['10|money|10000000|EUR', '12 millions d’euros|money|12000000|EUR']);
	assert.deepEqual(line('un budget de 4 à 6 millions d’euros'), ['4 à 6 millions d’euros|money|4000000|EUR||4000000-6000000']);
	assert.deepEqual(line('entre 10 et 12 millions de dollars'), ['10 et 12 millions de dollars|money|10000000|USD||10000000-12000000']);
	assert.deepEqual(line('dans les 1 à 2 prochaines années'), ['1 à 2|quantity|1|ans||1-2']);
});

test('a number standing for a counted noun is a quantity, with the noun as unit when the sentence names it', () => {
	assert.deepEqual(line('Sur les 228 projets, 35 ont généré des bénéfices et 8 autres sont en cours.'), [
		'228|quantity|228|projets',
		'35|quantity|35|projets',
		'8|quantity|8|projets',
	]);
	assert.deepEqual(line('cinq d’entre eux ont signé'), ['cinq|quantity|5']);
	assert.deepEqual(line('Au total, 12 personnes ont été condamnées, dont 3 à la prison ferme.'), ['12|quantity|12|personnes', '3|quantity|3|personnes']);
	assert.deepEqual(line('noté 8 sur 10'), ['10|quantity|10']);
	assert.deepEqual(line('18 des 21 secteurs ont progressé.'), ['18|quantity|18|secteurs', '21|quantity|21|secteurs']);
	// Not after a preposition, nor a year or an index.
	assert.deepEqual(line('Le 15 ont eu lieu les votes.'), []);
	assert.deepEqual(line('L’article 5 sont ...'), []);
});

test('`les deux` + noun means both, unless an adjective makes it a count', () => {
	assert.deepEqual(line('les deux pays'), []);
	assert.deepEqual(line('Les deux premiers accords relèvent du domaine militaire.'), ['deux|quantity|2|accords']);
});

test('coordinated counted nouns make one unit', () => {
	assert.deepEqual(line('87 pays et territoires ont investi'), ['87|quantity|87|pays et territoires']);
	assert.deepEqual(line('plus de 180 lois, ordonnances, résolutions ont été adoptées'), ['180|quantity|180|lois, ordonnances, résolutions|plus de']);
	assert.deepEqual(line('228 projets, 35 entreprises'), ['228|quantity|228|projets', '35|quantity|35|entreprises']);
});

test('every spelling of the dong is VND', () => {
	assert.deepEqual(line('120 000 dôngs, 3 000 đồng, 4 000 Đồng, VNĐ 5 000, 2 000 VND, 7 dongs'), [
		'120 000 dôngs|money|120000|VND',
		'3 000 đồng|money|3000|VND',
		'4 000 Đồng|money|4000|VND',
		'VNĐ 5 000|money|5000|VND',
		'2 000 VND|money|2000|VND',
		'7 dongs|money|7|VND',
	]);
});

test('`autour de` is « about » only where it means it', () => {
	assert.deepEqual(line('le plan s’articule autour de cinq priorités'), ['cinq|quantity|5|priorités']);
	assert.deepEqual(line('un programme articulé autour de 3 axes'), ['3|quantity|3|axes']);
	assert.deepEqual(line('une croissance autour de 5%'), ['5%|percent|5|%|autour de']);
});

test('a written sign stays in the span; a signed figure standing alone is an amount', () => {
	assert.deepEqual(line('(+7000 abonnés), (-5000) et +18%'), ['+7000|quantity|7000|abonnés', '-5000|quantity|-5000', '+18%|percent|18|%']);
	assert.deepEqual(line('le score est de 3 - 2'), []);
	assert.deepEqual(line('COVID-19 et A+5'), []);
});

test('abbreviated billions, with or without a currency; basis points', () => {
	assert.deepEqual(line('1,98 mrd€ de chiffre d’affaires'), ['1,98 mrd€|money|1980000000|EUR']);
	assert.deepEqual(doc('EDF investit 2 mrds\nUn chiffre d’affaires de 1,98 mrd€.'), ['2 mrds|money|2000000000|EUR', '1,98 mrd€|money|1980000000|EUR']);
	assert.deepEqual(line('un impact d’environ 2 points de base'), ['2 points de base|quantity|2|points de base|environ']);
});

test('unqualified dollars and francs take the currency of the economy the article is set in', () => {
	const canada = 'Hydro-Québec: des profits records\nRadio-Canada, 22 février 2023\nLe bénéfice net a atteint 4557 M$, soit 3 milliards de dollars américains.';
	assert.deepEqual(doc(canada), ['4557 M$|money|4557000000|CAD', '3 milliards de dollars américains|money|3000000000|USD']);
	assert.deepEqual(doc('À Genève, le groupe a réalisé 67,1 milliards de francs.'), ['67,1 milliards de francs|money|67100000000|CHF']);
	assert.deepEqual(doc('Aux États-Unis, un prêt de 5 millions de dollars.'), ['5 millions de dollars|money|5000000|USD']);
	// A page of several articles: an article about Australia far away does not make this one's dollars AUD.
	const filler = 'Le Premier ministre a reçu une délégation et évoqué la coopération dans de nombreux domaines.\n'.repeat(40);
	const page = `Hanoï et Tokyo renforcent leurs liens\n${filler}L’Australie et Canberra, puis l’Australie encore.\n${filler}Les investissements japonais au Vietnam s’élèvent à 12,5 milliards de dollars.`;
	assert.deepEqual(doc(page), ['12,5 milliards de dollars|money|12500000000|USD']);
});

test('the document pass leaves the line cache untouched (same result twice through one extractor)', () => {
	const ex = createExtractor();
	const text = 'Le déficit a atteint 5,18 milliards d’euros, contre 4,97 milliards un an plus tôt, selon les Douanes.\nLa région compte 3 millions et des poussières, dit-on, et encore.';
	const first = JSON.stringify(ex.extract(text));
	assert.equal(JSON.stringify(ex.extract(text)), first);
	assert.equal(JSON.stringify(ex.extract(text.split('\n').reverse().join('\n'))).includes('"sub":"money","start":0'), false);
});

test('scores are no amounts; a change keeps the noun the second figure counts', () => {
	assert.deepEqual(line('Le match s’est terminé sur le score de 2 à 1.'), []);
	assert.deepEqual(line('une victoire 3-1 au final'), []);
	assert.deepEqual(line('La population est passée de 80 à 100 millions d’habitants.'), ['80|quantity|80000000|habitants', '100 millions|quantity|100000000|habitants']);
	assert.deepEqual(line('Le nombre est passé de 60 à 40.'), ['60|quantity|60', '40|quantity|40']);
	assert.deepEqual(line('L’indice a reculé de 7 600 à 7 450 points.'), ['7 600|quantity|7600|points', '7 450|quantity|7450|points']);
});

test('an elided figure belongs to the nearest series: a count of a noun is no sum', () => {
	assert.deepEqual(doc('Les exportations ont atteint 10 milliards de dollars et le pays compte 100 millions d’habitants, soit 2 millions de plus.'), [
		'10 milliards de dollars|money|10000000000|USD',
		'100 millions|quantity|100000000|habitants',
		'2 millions|quantity|2000000|habitants',
	]);
});

test('a time of day is no amount; a duration in hours is', () => {
	assert.deepEqual(line('La réunion commence à 9 heures et dure 3 heures.'), ['3 heures|quantity|3|heures']);
	assert.deepEqual(line('vers 18 heures, dès 7 heures du matin, à partir de 8 heures, à 10 heures 30'), []);
	assert.deepEqual(line('pendant 48 heures, un délai de 72 heures'), ['48 heures|quantity|48|heures', '72 heures|quantity|72|heures']);
	assert.deepEqual(line('Il a travaillé 10 heures 30 minutes'), ['10 heures|quantity|10|heures', '30 minutes|quantity|30|minutes']);
});
