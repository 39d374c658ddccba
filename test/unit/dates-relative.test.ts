import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { findDates } from '../../src/engine/dates/find';
import { isoWeek, resolveRelative } from '../../src/engine/dates/resolve';
import { extract } from '../../src/engine/extract';
import type { DateMention, ExtractOptions } from '../../src/engine/types';

function dates(text: string, options: ExtractOptions = {}): DateMention[] {
	return extract(text, { ...options, kinds: ['date'] }) as DateMention[];
}

/** `[text, value, rel unit, rel n]` of the relative dates of `text`. */
function relative(text: string, options: ExtractOptions = {}): (string | number | undefined)[][] {
	return dates(text, options)
		.filter((d) => d.relative)
		.map((d) => [d.text, d.value, d.rel?.unit, d.rel?.n]);
}

// Thursday 16 October 2025, in ISO week 42.
const DATELINE = 'HANOÏ, 16 octobre 2025 (VNA) – ';

describe('relative dates resolved against the dateline', () => {
	test('days, weeks, months, quarters and years around the reference date', () => {
		const text = `${DATELINE}Hier, le comité a voté ; aujourd'hui il publie. La semaine dernière, le mois prochain, l'an dernier, il y a deux ans, dans trois semaines, le trimestre prochain, cette année.`;
		assert.deepEqual(relative(text), [
			['Hier', '2025-10-15', 'day', -1],
			["aujourd'hui", '2025-10-16', 'day', 0],
			['semaine dernière', '2025-W41', 'week', -1],
			['mois prochain', '2025-11', 'month', 1],
			['an dernier', '2024', 'year', -1],
			['il y a deux ans', '2023', 'year', -2],
			['dans trois semaines', '2025-W45', 'week', 3],
			['trimestre prochain', '2026-Q1', 'quarter', 1],
			['cette année', '2025', 'year', 0],
		]);
	});

	test('the reference is recorded with its source and place', () => {
		const [, hier] = dates(`${DATELINE}Hier, le comité a voté.`);
		assert.deepEqual(hier.reference, { date: '2025-10-16', source: 'dateline', fromText: '16 octobre 2025', fromStart: DATELINE.indexOf('16') });
	});

	test('a weekday is the nearest one before (or on) the reference, after it when the verb is in the future', () => {
		assert.deepEqual(relative(`${DATELINE}Mardi, il a reçu la délégation ; jeudi, il a signé.`), [
			['Mardi', '2025-10-14', 'day', -2],
			['jeudi', '2025-10-16', 'day', 0],
		]);
		assert.deepEqual(relative(`${DATELINE}Le conseil se réunira mardi à Hanoï.`), [['mardi', '2025-10-21', 'day', 5]]);
		assert.deepEqual(relative(`${DATELINE}Ce vendredi, la Bourse a clôturé en hausse.`), [['Ce vendredi', '2025-10-10', 'day', -6]]);
	});

	test('prochain and dernier after a weekday, a day or a month', () => {
		assert.deepEqual(relative(`${DATELINE}Vendredi prochain et jeudi dernier ; le 31 décembre prochain ; en novembre dernier ; fin décembre dernier.`), [
			['Vendredi prochain', '2025-10-17', 'day', 1],
			['jeudi dernier', '2025-10-09', 'day', -7],
			['31 décembre prochain', '2025-12-31', 'day', 76],
			['novembre dernier', '2024-11', 'month', -11],
			['fin décembre dernier', '2024-12', 'month', -10],
		]);
		const fin = dates(`${DATELINE}fin décembre dernier.`).find((d) => d.relative);
		assert.equal(fin?.mod, 'end');
	});

	test('a weekday of a named week', () => {
		// Monday 13 October 2025
		assert.deepEqual(relative('LYON, 13 octobre 2025 (AFP) – Il reviendra vendredi de la semaine prochaine, ou vendredi cette semaine.'), [
			['vendredi de la semaine prochaine', '2025-10-24', 'day', 11],
			['vendredi cette semaine', '2025-10-17', 'day', 4],
		]);
	});

	test('a dateline without a year: the one year of the head completes it, else days and months are counted', () => {
		const titled = 'Investissements étrangers en 2024\nDa Nang, 12 décembre (VNA) – Jeudi, la ville a annoncé un bilan, comme le mois dernier.';
		assert.deepEqual(relative(titled), [
			['Jeudi', '2024-12-12', 'day', 0],
			['mois dernier', '2024-11', 'month', -1],
		]);
		assert.equal(dates(titled).find((d) => d.text === '12 décembre')?.resolved, '2024-12-12');
		assert.deepEqual(relative("HANOÏ, 16 octobre (VNA) – Hier, le comité a voté ; jeudi, l'an dernier et le mois prochain."), [
			['Hier', 'XXXX-10-15', 'day', -1],
			['jeudi', 'XXXX-WXX-4', undefined, undefined],
			['an dernier', 'XXXX', 'year', -1],
			['mois prochain', 'XXXX-11', 'month', 1],
		]);
	});

	test('seasons: this, last and next; a season alone is the one the text is about', () => {
		assert.deepEqual(relative(`${DATELINE}Cet été, l'été dernier et au printemps prochain.`), [
			['Cet été', '2025-SU', 'year', 0],
			['été dernier', '2025-SU', 'year', 0],
			['printemps prochain', '2026-SP', 'year', 1],
		]);
		assert.deepEqual(
			dates(`${DATELINE}Au printemps, le projet a été approuvé.`).map((d) => [d.text, d.value]),
			[
				['16 octobre 2025', '2025-10-16'],
				['printemps', 'XXXX-SP'],
			],
		);
	});

	test('a month-precise dateline resolves months and years, not days', () => {
		assert.deepEqual(relative('Le Journal, février 2024\nFin décembre dernier, les ventes ; hier, la Bourse.'), [
			['Fin décembre dernier', '2023-12', 'month', -2],
			['hier', 'XXXX-XX-XX', 'day', -1],
		]);
	});
});

describe('where the reference date comes from', () => {
	test('options.referenceDate (the sidecar) when the document has no dateline', () => {
		const [d] = dates('Hier, la Bourse a chuté.', { referenceDate: '2025-03-10' });
		assert.equal(d.value, '2025-03-09');
		assert.deepEqual(d.reference, { date: '2025-03-10', source: 'sidecar' });
	});

	test('the dateline wins over options.referenceDate', () => {
		const [, d] = dates(`${DATELINE}Hier, la Bourse a chuté.`, { referenceDate: '2025-03-10' });
		assert.equal(d.value, '2025-10-15');
		assert.equal(d.reference?.source, 'dateline');
	});

	test('the latest full date written before, then options.referenceYear', () => {
		const text = 'Titre\n\nUn\nDeux\nLe 3 mars 2024, le conseil a siégé. La veille, rien. Hier, il a voté.';
		const hier = dates(text).find((d) => d.text === 'Hier');
		assert.equal(hier?.value, '2024-03-02');
		assert.equal(hier?.reference?.source, 'text');
		const [an] = dates("L'an dernier, les ventes ont crû.", { referenceYear: 2025 });
		assert.equal(an.value, '2024');
		assert.deepEqual(an.reference, { date: '2025', source: 'setting' });
		const [h] = dates('Hier, la Bourse a chuté.', { referenceYear: 2025 });
		assert.equal(h.value, 'XXXX-XX-XX');
		assert.deepEqual(h.rel, { unit: 'day', n: -1 });
	});

	test('without any reference the value keeps X where it is unknown', () => {
		const [d] = dates('Mardi, le conseil a voté.');
		assert.equal(d.value, 'XXXX-WXX-2');
		assert.equal(d.reference, undefined);
		assert.deepEqual(
			dates("Hier, puis la semaine prochaine, l'an dernier.").map((m) => m.value),
			['XXXX-XX-XX', 'XXXX-WXX', 'XXXX'],
		);
	});

	test('relativeDates: false leaves them out', () => {
		assert.deepEqual(
			dates("Hier, le 4 juin, l'an dernier.", { relativeDates: false }).map((m) => m.text),
			['4 juin'],
		);
	});
});

describe('dates counted from another date of the text', () => {
	test('le même jour, le lendemain take the day of the date before them', () => {
		const text = 'Titre\n\nLe 16 octobre, il a rencontré le gouverneur. Le même jour, il a reçu JETRO. Le lendemain, il est parti.';
		const found = dates(text).filter((d) => d.relative);
		assert.deepEqual(
			found.map((d) => [d.text, d.value, d.reference?.source, d.reference?.fromText]),
			[
				['même jour', 'XXXX-10-16', 'anchor', '16 octobre'],
				// the nearest date before: `même jour`, itself the 16th
				['lendemain', 'XXXX-10-17', 'anchor', 'même jour'],
			],
		);
	});

	test('offsets from a date of the text and stretches of time are not dates', () => {
		const text = `${DATELINE}Deux ans après l'accord, un mois plus tôt, trois jours auparavant, au cours des cinq prochaines années, dans les années à venir, dans les prochains jours, au cours du dernier mois, la prochaine fois.`;
		assert.deepEqual(relative(text), []);
	});
});

describe('not relative dates', () => {
	test('so far, at sea, ranges of figures, habits', () => {
		const text = `${DATELINE}On ne compte à ce jour que 11 projets. Un parc éolien en mer. Entre 13 et 22 km. Il se réunit le mardi. Les lundis.`;
		assert.deepEqual(relative(text), []);
	});

	test('two small numbers without a year are scores, fractions or ranges; a capitalized month inside a sentence is a name', () => {
		assert.deepEqual(
			dates('Le score est 2-1, le vote 3/4, un ratio 4.22, pages 12-15, ouvert 24/7 ; la sonde vers Mars. Le 22/04, la réunion.').map((d) => d.text),
			['22/04'],
		);
	});

	test('an offset from the reference date is a date, not also an amount', () => {
		const found = extract(`${DATELINE}Il y a deux ans, la ville a changé.`);
		assert.deepEqual(
			found.filter((m) => m.start >= DATELINE.length).map((m) => [m.kind, m.text]),
			[['date', 'Il y a deux ans']],
		);
	});

	test('spans leave out the definite article and keep demonstratives', () => {
		assert.deepEqual(
			dates(`${DATELINE}L'an dernier, la semaine prochaine, cette année, le mois dernier.`).filter((d) => d.relative).map((d) => d.text),
			['an dernier', 'semaine prochaine', 'cette année', 'mois dernier'],
		);
	});
});

describe('calendar arithmetic', () => {
	test('ISO weeks at the turn of the year', () => {
		assert.equal(isoWeek(Date.UTC(2024, 11, 30)), '2025-W01');
		assert.equal(isoWeek(Date.UTC(2021, 0, 3)), '2020-W53');
		assert.equal(isoWeek(Date.UTC(2024, 10, 13)), '2024-W46');
	});

	test('ranges resolve both ends', () => {
		assert.equal(resolveRelative('REF/REF+1D', { y: 2024, m: 2, d: 28 }).value, '2024-02-28/2024-02-29');
		assert.equal(resolveRelative('2019-08-01/REF', { y: 2025, m: 1, d: 5 }).value, '2019-08-01/2025-01-05');
	});

	test('every resolution is a well-formed value', () => {
		const values = fc.constantFrom('REF', 'REF-1D', 'REF+2W', 'REF-3M', 'REF+1Q', 'REF-1H', 'REF-5Y', 'WDAY-3', 'WDAY+6', 'REF+1W-WXX-5', 'REF-1W-WXX-1', 'REF+0W-WXX-7', 'REF+1W-5', 'REF-2W-1', 'REF-1Y-11', 'REF+1Y-12-31', 'REF-1Y-SU', 'REF+1M-20');
		const day = fc.record({ y: fc.integer({ min: 1990, max: 2040 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
		fc.assert(
			fc.property(values, day, (v, ref) => {
				const r = resolveRelative(v, ref);
				assert.match(r.value, /^\d{4}(-(\d\d|W\d\d|Q\d|H\d|SP|SU|FA|WI)(-\d\d)?)?$/, `${v} → ${r.value}`);
				assert.ok(r.rel === undefined || Number.isInteger(r.rel.n));
			}),
			{ numRuns: 500 },
		);
	});

	test('the line layer writes relative values findDates returns as they are', () => {
		assert.deepEqual(
			findDates("Demain, la semaine prochaine, vendredi prochain, l'année dernière.", { relativeDates: true }).map((d) => [d.text, d.value, d.relative]),
			[
				['Demain', 'REF+1D', true],
				['semaine prochaine', 'REF+1W', true],
				['vendredi prochain', 'REF+1W-WXX-5', true],
				['année dernière', 'REF-1Y', true],
			],
		);
	});
});
