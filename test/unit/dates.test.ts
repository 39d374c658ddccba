import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { findDates } from '../../src/engine/dates/find';

/** `[text, value, mod?]` of every date in `line`. */
function dates(line: string, relativeDates = false): (string | undefined)[][] {
	return findDates(line, { relativeDates }).map((d) => (d.mod ? [d.text, d.value, d.mod] : [d.text, d.value]));
}

function one(line: string): [string, string] | [string, string, string] {
	const ds = dates(line);
	assert.equal(ds.length, 1, `expected one date in «${line}», got ${JSON.stringify(ds)}`);
	return ds[0] as [string, string];
}

describe('years', () => {
	test('a year used as a time reference', () => {
		assert.deepEqual(one('En 2019, la production a doublé.'), ['2019', '2019']);
		assert.deepEqual(one('Vers 2040, la ville comptera un métro.'), ['2040', '2040']);
		assert.deepEqual(one("À l'horizon 2050, le pays vise la neutralité carbone."), ['2050', '2050']);
	});

	test('a year inside a name is a date', () => {
		assert.deepEqual(dates("Le salon VIETBUILD 2026 et la foire Agro 2023 s'ouvrent."), [
			['2026', '2026'],
			['2023', '2023'],
		]);
	});

	test('identifiers, grouped figures and larger numbers are not years', () => {
		assert.deepEqual(dates('Le décret n° 2019/ND-CP et la circulaire 2020-TT ; code 2024A ; n°1995.'), []);
		assert.deepEqual(dates('La récolte atteint 2 000 tonnes, 12025 hectares et 3 2021 unités.'), []);
		assert.deepEqual(dates('Le taux passe à 1.2024 puis 2019,5 ; appelez le +84 28 3822 2019.'), []);
		assert.deepEqual(dates('La version 1.2.3, le ratio 3.14.15.', true), []);
	});

	test('`en` puts a year in time even before another figure', () => {
		assert.deepEqual(dates("Le groupe avait perdu 2,8 millions d'euros en 2013 et 14 millions en 2011."), [
			['2013', '2013'],
			['2011', '2011'],
		]);
	});

	test('a four-digit number that counts something is not a year', () => {
		assert.deepEqual(dates('Il y a 2000 tonnes de riz, 1950 employés et 2020 dollars.'), []);
		assert.deepEqual(dates('Plus de 1990 visiteurs, environ 2010 personnes, près de 2005 élèves.'), []);
		assert.deepEqual(dates('Le prix est de 2030 $ ; la baisse atteint 2001 % ; de 2000 à 3000 tonnes.'), []);
	});

	test('a year followed by a function word stays a year', () => {
		assert.deepEqual(one('En 2022 dans la province, les ventes ont crû.'), ['2022', '2022']);
		assert.deepEqual(one('Du 3 au 5 juin 2025 inclus.'), ['Du 3 au 5 juin 2025', '2025-06-03/2025-06-05']);
	});
});

describe('day, month and year', () => {
	test('day month [year], without the article', () => {
		assert.deepEqual(one('Le 3 avril, le comité a voté.'), ['3 avril', 'XXXX-04-03']);
		assert.deepEqual(one('Signé le 12 juillet 2021 à Paris.'), ['12 juillet 2021', '2021-07-12']);
		assert.deepEqual(one('Depuis le 1er mars 2022, la taxe est appliquée.'), ['1er mars 2022', '2022-03-01']);
	});

	test('spelled-out days and abbreviated months', () => {
		assert.deepEqual(one('Rendez-vous le trente et un décembre.'), ['trente et un décembre', 'XXXX-12-31']);
		assert.deepEqual(one('La fête du premier mai.'), ['premier mai', 'XXXX-05-01']);
		assert.deepEqual(one('Publié le 8 déc. 2020 au matin.'), ['8 déc. 2020', '2020-12-08']);
		assert.deepEqual(one('Le 15 sept. et rien d’autre.'), ['15 sept.', 'XXXX-09-15']);
	});

	test('a weekday belongs to the date it introduces', () => {
		assert.deepEqual(one('Jeudi 7 mars, les ministres se sont réunis.'), ['Jeudi 7 mars', 'XXXX-03-07']);
		assert.deepEqual(one('Le samedi, 9 novembre 2019 à Hué.'), ['samedi, 9 novembre 2019', '2019-11-09']);
	});

	test('weekday names alone are not dates', () => {
		assert.deepEqual(dates('Le comité se réunit le mardi et parfois le vendredi.'), []);
	});

	test('numeric dates', () => {
		assert.deepEqual(dates('Réunion du 05/06/2023, rapport du 2023-06-05 et note du 5.6.2023.'), [
			['05/06/2023', '2023-06-05'],
			['2023-06-05', '2023-06-05'],
			['5.6.2023', '2023-06-05'],
		]);
		assert.deepEqual(one('Échéance : 03/2026.'), ['03/2026', '2026-03']);
		assert.deepEqual(one('Fête nationale le 2/9.'), ['2/9', 'XXXX-09-02']);
		assert.deepEqual(one('Le contrat du 15.05.99 est caduc.'), ['15.05.99', '1999-05-15']);
		assert.deepEqual(one('Le rapport du 22/04/2025 est publié.'), ['22/04/2025', '2025-04-22']);
	});

	test('fractions, scores and decimals are not dates', () => {
		assert.deepEqual(dates('Il a obtenu le 3/4 des voix ; le score est 2-1 ; 6 107,31 août ; 3,5 mars.'), []);
	});

	test('impossible days are rejected', () => {
		assert.deepEqual(dates('Le 31 février et le 32 mai.'), []);
	});
});

describe('months', () => {
	test('month and year', () => {
		assert.deepEqual(one('Cela remonte à juin 1999.'), ['juin 1999', '1999-06']);
		assert.deepEqual(one('Au mois de novembre 2016, tout a changé.'), ['novembre 2016', '2016-11']);
	});

	test('a month alone needs a cue', () => {
		assert.deepEqual(one('Les travaux commenceront en septembre.'), ['septembre', 'XXXX-09']);
		assert.deepEqual(one("Depuis août, les prix baissent."), ['août', 'XXXX-08']);
		assert.deepEqual(dates('Mai Thi Lan a parlé ; la sonde vers Mars ; sept projets.'), []);
	});

	test('fin, début, mi- and milieu set the position in the period', () => {
		assert.deepEqual(one('Fin mars 2024, le chantier a repris.'), ['Fin mars 2024', '2024-03', 'end']);
		assert.deepEqual(one('Dès début 2027, la ligne sera ouverte.'), ['début 2027', '2027', 'start']);
		assert.deepEqual(one('À la mi-juillet, les pluies arrivent.'), ['mi-juillet', 'XXXX-07', 'mid']);
		assert.deepEqual(one("D'ici fin de l'année 2030."), ["fin de l'année 2030", '2030', 'end']);
		assert.deepEqual(one('Au milieu des années 70.'), ['milieu des années 70', '197X', 'mid']);
		assert.deepEqual(dates('Il faut mettre fin à la crise ; la fin du conflit.'), []);
	});
});

describe('ranges and periods', () => {
	test('du ... au ...', () => {
		assert.deepEqual(one('Du 4 au 9 mai, la foire accueille le public.'), ['Du 4 au 9 mai', 'XXXX-05-04/XXXX-05-09']);
		assert.deepEqual(one('du 28 février au 3 mars 2024'), ['du 28 février au 3 mars 2024', '2024-02-28/2024-03-03']);
		assert.deepEqual(one('du 20 décembre au 5 janvier 2026'), ['du 20 décembre au 5 janvier 2026', '2025-12-20/2026-01-05']);
	});

	test('de ... à ... and entre ... et ...', () => {
		assert.deepEqual(one('De 2016 à 2020, le trafic a doublé.'), ['De 2016 à 2020', '2016/2020']);
		assert.deepEqual(one("D'avril à juin, la saison sèche."), ["D'avril à juin", 'XXXX-04/XXXX-06']);
		assert.deepEqual(one('Entre 2010 et 2015, rien.'), ['Entre 2010 et 2015', '2010/2015']);
		assert.deepEqual(one('entre le 2 et le 6 octobre'), ['entre le 2 et le 6 octobre', 'XXXX-10-02/XXXX-10-06']);
		assert.deepEqual(dates('entre 3 et 5 millions ; de 15 à 20 % ; 1 à 2 ans'), []);
	});

	test('lists of days share their month', () => {
		assert.deepEqual(one('Les 8 et 9 juin, les élections.'), ['8 et 9 juin', 'XXXX-06-08/XXXX-06-09']);
		assert.deepEqual(one('les 1er, 2 et 3 août 2025'), ['1er, 2 et 3 août 2025', '2025-08-01/2025-08-03']);
		assert.deepEqual(one('les 12-14 septembre'), ['12-14 septembre', 'XXXX-09-12/XXXX-09-14']);
	});

	test('spans of years', () => {
		assert.deepEqual(dates('Le plan 2016-2020, la stratégie 2021 – 2030 et la saison 2024/2025.'), [
			['2016-2020', '2016/2020'],
			['2021 – 2030', '2021/2030'],
			['2024/2025', '2024/2025'],
		]);
	});

	test('the first or last months of a year', () => {
		assert.deepEqual(one('Sur les huit premiers mois de 2023, le commerce a crû.'), ['huit premiers mois de 2023', '2023-01/2023-08']);
		assert.deepEqual(one("Les 3 derniers mois de l'année"), ["3 derniers mois de l'année", 'XXXX-10/XXXX-12']);
	});

	test('quarters, halves, weeks, seasons', () => {
		assert.deepEqual(one('Au troisième trimestre 2022.'), ['troisième trimestre 2022', '2022-Q3']);
		assert.deepEqual(one('Au second semestre, la demande remonte.'), ['second semestre', 'XXXX-H2']);
		assert.deepEqual(one('Résultats du T2 2024.'), ['T2 2024', '2024-Q2']);
		assert.deepEqual(dates('Objectifs 2024-Q1 et 2025-S2 ; modèle 2024-Q10.'), [
			['2024-Q1', '2024-Q1'],
			['2025-S2', '2025-H2'],
		]);
		assert.deepEqual(one('Fin du premier trimestre 2025, le rachat.'), ['Fin du premier trimestre 2025', '2025-Q1', 'end']);
		assert.deepEqual(one('La deuxième semaine de 2026.'), ['deuxième semaine de 2026', '2026-W02']);
		assert.deepEqual(one("L'hiver 2021 fut rude."), ['hiver 2021', '2021-WI']);
		// An event's adjective: only the year is a date.
		assert.deepEqual(one("Le Salon d'automne 2025."), ['2025', '2025']);
	});

	test('decades and centuries', () => {
		assert.deepEqual(dates('Dans les années 60, puis les années 1990 et 2000, et au XXIe siècle.'), [
			['années 60', '196X'],
			['années 1990', '199X'],
			['2000', '200X'],
			['XXIe siècle', '20XX'],
		]);
		assert.deepEqual(one('les années soixante-dix'), ['années soixante-dix', '197X']);
		assert.deepEqual(dates('Depuis plusieurs années, et pendant 26 années consécutives.'), []);
	});
});

describe('not dates (default)', () => {
	test('durations are amounts, not dates', () => {
		assert.deepEqual(dates('Depuis cinq ans, plus de vingt ans après, deux ans plus tard, 1 300 ans.'), []);
	});

	test('the calendar layer alone leaves relative dates to the relative layer', () => {
		assert.deepEqual(dates("Récemment, aujourd'hui, demain, prochainement, la semaine prochaine, l'année dernière."), []);
	});
});

describe('robustness', () => {
	test('offsets are in bounds, sorted, without overlaps; never throws', () => {
		const fragments = fc.constantFrom('le ', '16 ', 'octobre ', '2025', '-', '/', ' du ', ' au ', 'et ', 'années ', '80', 'fin ', 'mi-', 'mars', '1er ', 'lundi ', "l'", 'de ', '😀', '\u00a0', ',', '.', 'trimestre ', 'premier ', 'XXIe ', 'siècle', 'demain ', 'semaine ', 'prochaine ');
		const line = fc.array(fc.oneof(fragments, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(''));
		fc.assert(
			fc.property(line, fc.boolean(), (text, rel) => {
				const found = findDates(text, { relativeDates: rel });
				let last = 0;
				for (const d of found) {
					assert.ok(d.start >= last && d.end > d.start && d.end <= text.length);
					assert.equal(d.text, text.slice(d.start, d.end));
					assert.ok(d.value.length > 0);
					last = d.end;
				}
				assert.deepEqual(findDates(text, { relativeDates: rel }), found);
			}),
			{ numRuns: 1500 },
		);
	});

	test('pathological lines come back with sane mentions (their time is measured by scripts/bench.mjs)', () => {
		const cases = [
			// 1 MB of digits and spaces, 100 000 × "de la ", 1 MB of month names
			Array.from({ length: 300_000 }, (_, i) => String(i % 100)).join(' ').slice(0, 1_000_000),
			'de la '.repeat(100_000),
			'janvier février mars avril mai juin juillet août septembre octobre novembre décembre '.repeat(12_000),
			// near misses of the range, list, relative and year-span rules
			'du du 1 au '.repeat(30_000),
			'1, '.repeat(100_000),
			"demain au demain jusqu'à demain ".repeat(10_000),
			'2025-2026/2027 '.repeat(20_000),
		];
		for (const text of cases) {
			for (const rel of [false, true]) {
				const found = findDates(text, { relativeDates: rel });
				let last = 0;
				for (const d of found) {
					assert.ok(d.start >= last && d.end <= text.length);
					last = d.end;
				}
			}
		}
	});

	test('UTF-16 offsets after astral characters', () => {
		const text = '😀😀 le 5 mai 2021';
		const [d] = findDates(text);
		assert.equal(d.text, '5 mai 2021');
		assert.equal(d.start, text.indexOf('5 mai'));
	});
});
