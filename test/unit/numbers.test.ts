import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { matchDigitsAt, matchSpelledAt, parseFrenchNumber, spelledNumberValue } from '../../src/engine/numbers';

test('figures with French thousands separators and decimal commas', () => {
	assert.equal(parseFrenchNumber('3 245'), 3245);
	assert.equal(parseFrenchNumber('3\u00a0245'), 3245);
	assert.equal(parseFrenchNumber('1\u202f300\u202f000'), 1300000);
	assert.equal(parseFrenchNumber('17,07'), 17.07);
	assert.equal(parseFrenchNumber('6.500'), 6500);
	assert.equal(parseFrenchNumber('1.458.000,00'), 1458000);
	assert.equal(parseFrenchNumber('3 245,5'), 3245.5);
	assert.equal(parseFrenchNumber('0.8'), 0.8);
	assert.equal(parseFrenchNumber('2025'), 2025);
});

test('scale words multiply exactly', () => {
	assert.equal(parseFrenchNumber('1,2 million'), 1200000);
	assert.equal(parseFrenchNumber('17,07 milliards'), 17070000000);
	assert.equal(parseFrenchNumber('758,5 millions'), 758500000);
	assert.equal(parseFrenchNumber('0,9 billion'), 900000000000);
	assert.equal(parseFrenchNumber('un milliard'), 1e9);
	assert.equal(parseFrenchNumber('deux millions trois cent mille'), 2300000);
});

test('spelled-out numbers', () => {
	const cases: [string, number][] = [
		['huit', 8],
		['vingt', 20],
		['vingt et un', 21],
		['dix-sept', 17],
		['soixante et onze', 71],
		['soixante-dix-sept', 77],
		['quatre-vingts', 80],
		['quatre-vingt-dix', 90],
		['quatre-vingt-dix-neuf', 99],
		['cent', 100],
		['trois cents', 300],
		['deux cent quarante', 240],
		['cinq cent trente cinq', 535],
		['mille', 1000],
		['deux mille', 2000],
		['mille neuf cent quatre-vingt-dix', 1990],
	];
	for (const [text, value] of cases) assert.equal(parseFrenchNumber(text), value, text);
	assert.equal(spelledNumberValue(['quatre', 'vingt', 'dix']), 90);
});

test('a spelled number stops before a word that cannot continue it', () => {
	const m = matchSpelledAt('deux trois projets', 0);
	assert.equal(m?.value, 2);
	assert.equal(m?.end, 4);
	// `et` joins only a ten and un/onze.
	assert.equal(matchSpelledAt('deux et trois', 0)?.end, 4);
	// A hyphen before a unit is not part of the number.
	assert.equal(matchSpelledAt('trois-tonnes', 0)?.end, 5);
	assert.equal(matchSpelledAt('projets', 0), undefined);
});

test('figures are read from a position, with their end', () => {
	const text = 'soit 3 245 km';
	const m = matchDigitsAt(text, 5);
	assert.equal(m?.value, 3245);
	assert.equal(text.slice(m?.start, m?.end), '3 245');
	// Groups of other than three digits are not thousands.
	assert.equal(matchDigitsAt('84 24 3825', 0)?.end, 2);
	// A run of digits too long to be a figure.
	assert.equal(matchDigitsAt('9'.repeat(100), 0), undefined);
});

test('text that is not a number', () => {
	assert.equal(parseFrenchNumber(''), undefined);
	assert.equal(parseFrenchNumber('projets'), undefined);
	assert.equal(parseFrenchNumber('12 projets'), undefined);
	assert.equal(parseFrenchNumber('millions'), undefined);
});
