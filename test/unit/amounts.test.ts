import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { findAmounts } from '../../src/engine/amounts';
import type { AmountMention } from '../../src/engine/types';

/** The amounts of a line, as `text|sub|value|unit|qualifier|min-max` strings (empty fields dropped at the end). */
function amounts(line: string): string[] {
	return findAmounts(line).map((m) => {
		const range = m.min !== undefined ? `${m.min}-${m.max}` : '';
		return [m.text, m.sub, m.value, m.unit ?? '', m.qualifier ?? '', range].join('|').replace(/\|+$/, '');
	});
}

function one(line: string): AmountMention {
	const found = findAmounts(line);
	assert.equal(found.length, 1, `one amount in «${line}»: ${JSON.stringify(found.map((m) => m.text))}`);
	return found[0];
}

test('money: figure, scale word, currency name and its adjective', () => {
	assert.deepEqual(amounts('un capital de plus de 758,5 millions de dollars américains.'), ['758,5 millions de dollars américains|money|758500000|USD|plus de']);
	assert.deepEqual(amounts('Les recettes ont atteint 12,5 milliards de dollars.'), ['12,5 milliards de dollars|money|12500000000|USD']);
	assert.deepEqual(amounts('un prêt de 120 millions d’euros'), ['120 millions d’euros|money|120000000|EUR']);
	assert.deepEqual(amounts('Il a reçu cinq millions de yens.'), ['cinq millions de yens|money|5000000|JPY']);
	assert.deepEqual(amounts('un milliard de dollars canadiens'), ['un milliard de dollars canadiens|money|1000000000|CAD']);
});

test('money: ISO 4217 units for names, symbols and codes', () => {
	const cases: [string, string][] = [
		['600 millions de yuans', 'CNY'],
		['3 000 milliards de wons', 'KRW'],
		['120 000 dongs', 'VND'],
		['2 millions de livres sterling', 'GBP'],
		['10000 francs suisses', 'CHF'],
		['100 roupies indiennes', 'INR'],
		['84 millions d’USD', 'USD'],
		['3 Mds USD', 'USD'],
		['5 M€', 'EUR'],
		['1000 EUR', 'EUR'],
		['EUR 1000', 'EUR'],
		['£ 8,10 millions', 'GBP'],
		['16,4 millions de $CAD', 'CAD'],
		['10,05 milliards de $ hk', 'HKD'],
		['94.000 $', 'USD'],
		['500 ¥', 'JPY'],
		['2 millions de €', 'EUR'],
	];
	for (const [line, unit] of cases) {
		const m = one(line);
		assert.equal(m.sub, 'money', line);
		assert.equal(m.unit, unit, line);
		assert.equal(m.text, line, line);
	}
});

test('money: a currency sign before the figure starts the span', () => {
	assert.deepEqual(amounts('- - $ 75 millions d’obligations'), ['$ 75 millions|money|75000000|USD']);
	assert.deepEqual(amounts('75 millions de $ d’obligations'), ['75 millions de $|money|75000000|USD']);
	assert.deepEqual(amounts('le premier £ 100 joueur'), ['£ 100|money|100|GBP']);
	assert.deepEqual(amounts('nzd$15'), ['nzd$15|money|15|NZD']);
});

test('money: sums with cents', () => {
	assert.deepEqual(amounts('ça coûte 15 dollars et 15 cents.'), ['15 dollars et 15 cents|money|15.15|USD']);
	assert.deepEqual(amounts('treize euros et quarante-cinq cents'), ['treize euros et quarante-cinq cents|money|13.45|EUR']);
	assert.deepEqual(amounts('15 euros 50.'), ['15 euros 50|money|15.5|EUR']);
	assert.deepEqual(amounts('50 cents'), ['50 cents|money|50|cent']);
});

test('livres without a scale or an adjective are pounds of weight', () => {
	assert.deepEqual(amounts('un bébé de deux livres'), ['deux livres|quantity|2|livres']);
	assert.deepEqual(amounts('361 millions de livres'), ['361 millions de livres|money|361000000|GBP']);
});

test('percentages', () => {
	assert.deepEqual(amounts('soit 16,3 % du total'), ['16,3 %|percent|16.3|%']);
	assert.deepEqual(amounts('environ 30% de l’espace'), ['30%|percent|30|%|environ']);
	assert.deepEqual(amounts('20 pour cent'), ['20 pour cent|percent|20|%']);
	assert.deepEqual(amounts('vingt-deux pour-cent'), ['vingt-deux pour-cent|percent|22|%']);
	assert.deepEqual(amounts('10 pourcents'), ['10 pourcents|percent|10|%']);
	assert.deepEqual(amounts('cent pour cent'), ['cent pour cent|percent|100|%']);
	assert.deepEqual(amounts('une baisse de 0,3 point de pourcentage'), ['0,3 point de pourcentage|percent|0.3|points de pourcentage']);
	assert.deepEqual(amounts('jusqu’à 50 % de réduction'), ["50 %|percent|50|%|jusqu'à"]);
});

test('quantities: a unit of measure belongs to the span', () => {
	assert.deepEqual(amounts('le réseau atteindra 3 245 km'), ['3 245 km|quantity|3245|km']);
	assert.deepEqual(amounts('une centrale de 1 500 MW sur 250 ha'), ['1 500 MW|quantity|1500|MW', '250 ha|quantity|250|ha']);
	assert.deepEqual(amounts('8,1 millions de tonnes de riz'), ['8,1 millions de tonnes|quantity|8100000|t']);
	assert.deepEqual(amounts('un flacon de 75ml'), ['75ml|quantity|75|ml']);
	assert.deepEqual(amounts('une période 2,5-km'), ['2,5-km|quantity|2.5|km']);
	assert.deepEqual(amounts('un satellite de trois-tonnes'), ['trois-tonnes|quantity|3|t']);
	assert.deepEqual(amounts('660 mètres carrés'), ['660 mètres carrés|quantity|660|m²']);
	assert.deepEqual(amounts('à 120 km/h'), ['120 km/h|quantity|120|km/h']);
});

test('quantities: a counted noun is the unit but stays out of the span', () => {
	assert.deepEqual(amounts('sur un total de 228 projets'), ['228|quantity|228|projets']);
	assert.deepEqual(amounts('Hai Phong comptait huit projets'), ['huit|quantity|8|projets']);
	assert.deepEqual(amounts('environ 35 000 Vietnamiens'), ['35 000|quantity|35000|Vietnamiens|environ']);
	assert.deepEqual(amounts('près de 4 300 procédures administratives'), ['4 300|quantity|4300|procédures|près de']);
	assert.deepEqual(amounts('trois axes principaux'), ['trois|quantity|3|axes']);
	assert.deepEqual(amounts('1,5 million d’habitants'), ['1,5 million|quantity|1500000|habitants']);
	assert.deepEqual(amounts('Douze projets y sont enregistrés'), ['Douze|quantity|12|projets']);
});

test('quantities: durations are amounts in years, months, days', () => {
	assert.deepEqual(amounts('depuis cinq ans'), ['cinq ans|quantity|5|ans']);
	assert.deepEqual(amounts('Après plus de vingt ans de réalisation'), ['vingt ans|quantity|20|ans|plus de']);
	assert.deepEqual(amounts('Deux ans après l’élévation'), ['Deux ans|quantity|2|ans']);
	assert.deepEqual(amounts('depuis 26 années consécutives'), ['26 années|quantity|26|ans']);
	assert.deepEqual(amounts('au cours des cinq prochaines années'), ['cinq|quantity|5|ans']);
	assert.deepEqual(amounts('trois mois à Tokyo'), ['trois mois|quantity|3|mois']);
});

test('ranges are one amount with min and max', () => {
	assert.deepEqual(amounts('dans les 1 à 2 prochaines années'), ['1 à 2|quantity|1|ans||1-2']);
	assert.deepEqual(amounts('entre 3 et 5 millions de dollars'), ['3 et 5 millions de dollars|money|3000000|USD||3000000-5000000']);
	assert.deepEqual(amounts('de 10 à 20 %'), ['10 à 20 %|percent|10|%||10-20']);
	assert.deepEqual(amounts('une hausse de 10-15 %'), ['10-15 %|percent|10|%||10-15']);
	assert.deepEqual(amounts('de 10 % à 20 %'), ['10 % à 20 %|percent|10|%||10-20']);
	// Different units make two amounts.
	assert.deepEqual(amounts('en hausse de 15 % à 415,9 millions $'), ['15 %|percent|15|%', '415,9 millions $|money|415900000|USD']);
	// `et` makes a range only after `entre`.
	assert.deepEqual(amounts('14 accords et 20 projets'), ['14|quantity|14|accords', '20|quantity|20|projets']);
});

test('thousands separators: space, no-break space, narrow no-break space', () => {
	for (const sep of [' ', '\u00a0', '\u202f']) {
		const m = one(`près de 3${sep}245 entreprises`);
		assert.equal(m.value, 3245);
		assert.equal(m.text, `3${sep}245`);
	}
});

test('not amounts: years, dates, ordinals, identifiers, phones, page furniture', () => {
	const none = [
		'En 2024, Hanoï et Tokyo',
		'la période 2021-2025',
		'le 16 octobre',
		'du 15 au 18 octobre',
		'les 16 et 17 novembre',
		'Sur les dix premiers mois de 2025',
		'la 6e réunion du 14e Congrès, le 1er sommet, la troisième édition',
		'la résolution n° 59-NQ/TW',
		'la dépêche n°227/CĐ-TTg',
		'le Sommet du G20 et la COVID-19',
		'le Groupe des vingt (G20)',
		'le régiment 917 de l’armée',
		'le Comité directeur national 515)',
		'l’article 5 du décret',
		'Comment (0)Renforcer',
		'Appelez le 024 3825 1234 ou le +84 24 3825 1234',
		'https://baohaiphong.vn/hai-phong-bi-528783.html',
		'à 10h30 et à 14 h',
		'dans les années 80',
		'l’EXPO 2025 à Osaka',
		'Je reviens sur 4.22',
	];
	for (const line of none) assert.deepEqual(amounts(line), [], line);
});

test('not amounts: `les deux pays`, the articles un/une, a spelled number alone', () => {
	assert.deepEqual(amounts('entre les deux pays et les deux parties, des deux communautés'), []);
	assert.deepEqual(amounts('un projet et une entreprise'), []);
	assert.deepEqual(amounts('plus d’un demi-siècle'), []);
	assert.deepEqual(amounts('il en reste trois.'), []);
	// ... but a scale word or a currency makes `un` a number.
	assert.deepEqual(amounts('plus d’un million de dollars'), ['un million de dollars|money|1000000|USD|plus de']);
	assert.deepEqual(amounts('une yen'), ['une yen|money|1|JPY']);
	// `deux` that counts is an amount.
	assert.deepEqual(amounts('trois parties ont signé'), ['trois|quantity|3|parties']);
	assert.deepEqual(amounts('La part de la croissance est passée à trois.'), []);
	// A symbol between two figures is read once (found by the property test below).
	assert.deepEqual(amounts('pour cent €3 245'), ['€3 245|money|3245|EUR']);
});

test('a bare figure is an amount only in a quantity context', () => {
	assert.deepEqual(amounts('Le chiffre est passé à 500.'), ['500|quantity|500']);
	assert.deepEqual(amounts('Le bâtiment 500 est fermé.'), []);
	assert.deepEqual(amounts('la valorisation atteint 1,2 milliard.'), ['1,2 milliard|quantity|1200000000']);
});

test('offsets are UTF-16 indices into the line', () => {
	const line = '😀🇻🇳 soit 93 % du total';
	const m = one(line);
	assert.equal(line.slice(m.start, m.end), '93 %');
	assert.equal(m.start, line.indexOf('93'));
});

test('pathological lines complete and find nothing spurious', () => {
	const digitsAndSpaces = Array.from({ length: 1_000_000 }, (_, i) => (i % 7 === 3 ? ' ' : String(i % 10))).join('');
	assert.deepEqual(findAmounts(digitsAndSpaces), []);
	assert.deepEqual(findAmounts('1 '.repeat(200_000)), []);
	assert.deepEqual(findAmounts('7'.repeat(1_000_000)), []);
	assert.deepEqual(findAmounts('1,'.repeat(200_000)), []);
	assert.deepEqual(findAmounts('vingt-'.repeat(50_000)), []);
	assert.deepEqual(findAmounts('de la '.repeat(100_000)), []);
	assert.deepEqual(findAmounts(' '.repeat(100_000) + '5 %'), [{ kind: 'amount', sub: 'percent', start: 100_000, end: 100_003, text: '5 %', value: 5, unit: '%' }]);
	assert.equal(findAmounts('12 millions de dollars, '.repeat(20_000)).length, 20_000);
});

test('any text: never throws, offsets in bounds, text is the slice, sorted and disjoint', () => {
	const fragments = fc.constantFrom(
		' ', '  ', '\u00a0', '\u202f', ',', '.', '-', '/', '%', '$', '€', '(', ')', '«', '»', "'", '’', '😀',
		'1', '20', '3 245', '17,07', '6.500', '2025', '0', 'n°', 'G', 'e', 'er',
		'plus de', 'environ', 'entre', 'et', 'à', 'de', "d'", 'les', 'deux', 'trois', 'vingt', 'quatre-vingt', 'cent', 'mille', 'un', 'une',
		'millions', 'milliard', 'Mds', 'M', 'k', 'dollars', 'américains', 'euros', 'USD', 'EUR', 'livres', 'cents',
		'pour cent', 'pourcent', 'km', 'ha', 'MW', 'tonnes', 'ans', 'mois', 'octobre', 'projets', 'Vietnamiens', 'pays', 'prochaines', 'h',
	);
	fc.assert(
		fc.property(fc.array(fc.oneof(fragments, fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
			const line = parts.join('');
			const found = findAmounts(line);
			let lastEnd = 0;
			for (const m of found) {
				assert.ok(m.start >= lastEnd && m.end > m.start && m.end <= line.length);
				assert.equal(m.text, line.slice(m.start, m.end));
				assert.ok(Number.isFinite(m.value));
				lastEnd = m.end;
			}
			assert.deepEqual(findAmounts(line), found);
		}),
		{ numRuns: 2000 },
	);
});
