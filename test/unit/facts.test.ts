// The fact linker (src/facts): what each figure measures, whose it is and when. Sentences are made up
// for the rules (none is taken from a gold set); each test names the rule it checks.
import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { extract } from '../../src/engine/extract';
import { linkFacts } from '../../src/facts/link';
import type { Fact } from '../../src/facts/types';
import { Sentences } from '../../src/facts/words';

/** The fact of the amount whose text is `amount` (the first one), as texts. */
function factOf(text: string, amount: string): { measure?: string; holder?: string; date?: string } {
	const facts = linkFacts(text, extract(text));
	const f = facts.find((x) => x.amount.text === amount);
	assert.ok(f, `no amount "${amount}" among ${facts.map((x) => x.amount.text).join(' | ')}`);
	return { measure: f.measure?.text, holder: f.holder?.text, date: f.date?.text };
}

test('a count: the counted noun and its adjectives; the clause subject holds it; the date of the sentence', () => {
	const text = 'Fin mars 2024, Lyon comptait 35 écoles publiques.';
	assert.deepEqual(factOf(text, '35'), { measure: 'écoles publiques', holder: 'Lyon', date: 'Fin mars 2024' });
});

test('a figure after a verb group: the subject noun phrase with its complements; the holder is the name inside it', () => {
	const text = "En 2023, les ventes de Renault en Europe ont atteint 2,2 millions d'euros.";
	const f = factOf(text, "2,2 millions d'euros");
	assert.equal(f.measure, 'ventes de Renault en Europe');
	assert.equal(f.holder, 'Renault');
	assert.equal(f.date, '2023');
});

test("s'élever à, a augmenté de plus de: auxiliaries, clitics and qualifiers are walked over", () => {
	assert.equal(factOf("Selon la banque, le budget de la région s'élevait à 12 millions d'euros.", "12 millions d'euros").measure, 'budget de la région');
	assert.equal(factOf('Le nombre des visiteurs a augmenté de plus de 15 %.', '15 %').measure, 'nombre des visiteurs');
});

test('a share: « N % de Y » measures Y', () => {
	const f = factOf("Les services représentent 40 % du chiffre d'affaires de l'entreprise.", '40 %');
	assert.equal(f.measure, "chiffre d'affaires de l'entreprise");
});

test('« un montant total de N »: the noun before « de »', () => {
	assert.equal(factOf("Le groupe a levé des fonds, pour un montant total de 3 millions d'euros.", "3 millions d'euros").measure, 'montant total');
});

test('durations: « N ans de X » measures X; « les N prochaines années » measures nothing', () => {
	assert.equal(factOf('Après dix ans de travaux, le tunnel a ouvert.', 'dix ans').measure, 'travaux');
	const text = "L'entreprise investira dans les cinq prochaines années.";
	const facts = linkFacts(text, extract(text));
	for (const f of facts) assert.equal(f.measure, null);
});

test('a second figure compared with a first shares its measure', () => {
	const text = "Le bénéfice net a atteint 45 millions d'euros, contre 30 millions d'euros un an plus tôt.";
	assert.equal(factOf(text, "30 millions d'euros").measure, 'bénéfice net');
});

test('a person after a title is not a holder; the place that opens the clause is', () => {
	const text = 'Le ministre Jean Dupont a indiqué que Marseille compte 12 musées.';
	assert.equal(factOf(text, '12').holder, 'Marseille');
});

test('an acronym defined for a common noun phrase is not a holder', () => {
	const text = "Nantes a attiré 12 projets d'investissement direct étranger (IDE). Le total des IDE atteint 3 milliards de dollars.";
	const f = factOf(text, '3 milliards de dollars');
	assert.notEqual(f.holder, 'IDE');
});

test("the previous sentence's date only when the figure's sentence continues it", () => {
	const continued = "Le chiffre d'affaires a atteint 5 millions d'euros en 2022. Il représente 10 % du marché.";
	assert.equal(factOf(continued, '10 %').date, '2022');
	const fresh = "Les ventes ont atteint 5 millions d'euros en 2022. Les chaussures représentent 10 % des ventes.";
	assert.equal(factOf(fresh, '10 %').date, undefined);
});

test('the nearest date of the sentence, not one of another sentence', () => {
	const text = "Les ventes étaient de 2 millions d'euros en 2010, puis de 9 millions d'euros en 2020.";
	assert.equal(factOf(text, "9 millions d'euros").date, '2020');
	assert.equal(factOf(text, "2 millions d'euros").date, '2010');
});

test('an abbreviation (M.) does not end the sentence', () => {
	const text = 'M. Martin dirige la société. Elle emploie 40 personnes.';
	const sentences = new Sentences(text);
	const first = sentences.around(text.indexOf('Martin'));
	assert.deepEqual(first, { start: 0, end: text.indexOf(' Elle') });
	assert.deepEqual(sentences.around(0), first);
	const second = sentences.around(text.indexOf('40'));
	assert.equal(text.slice(second.start, second.end), 'Elle emploie 40 personnes.');
	assert.deepEqual(sentences.before(second), first);
	assert.equal(sentences.before(first), undefined);
});

test('no amount, no fact; facts come in text order, one per amount', () => {
	assert.deepEqual(linkFacts('Rien à signaler.', extract('Rien à signaler.')), []);
	const text = 'Paris compte 20 musées et 40 théâtres. Lyon compte 12 musées.';
	const mentions = extract(text);
	const facts = linkFacts(text, [...mentions].reverse());
	assert.deepEqual(
		facts.map((f) => f.amount.text),
		mentions.filter((m) => m.kind === 'amount').map((m) => m.text),
	);
});

test('a group noun holds the figure when no name is given: in the complement, or as the subject', () => {
	assert.equal(factOf("En 2020, le chiffre d'affaires du groupe a progressé de 7 %.", '7 %').holder, 'groupe');
	assert.equal(factOf('Le titre compte 12 000 abonnés.', '12 000').holder, 'titre');
	assert.equal(factOf('Il a ajouté que les deux parties pourraient signer 4 accords.', '4').holder, 'parties');
	assert.notEqual(factOf("La société verse 3 millions d'euros à la région.", "3 millions d'euros").holder, 'région', 'à la région: the recipient');
});

test("« en hausse de N » describes the phrase before it; an attribute's figure measures the subject", () => {
	assert.equal(factOf("La filiale a réalisé 3 millions d'euros de chiffre d'affaires, en hausse de 5 %.", '5 %').measure, "chiffre d'affaires");
	assert.equal(factOf("Son résultat net est ressorti très légèrement positif (200 000 euros).", '200 000 euros').measure, 'résultat net');
	assert.equal(factOf("Un projet doté d'un capital très modeste (2 millions d'euros) a vu le jour.", "2 millions d'euros").measure, 'capital très modeste');
	assert.equal(factOf("Le groupe a enregistré des charges de restructuration pour 18 millions d'euros.", "18 millions d'euros").measure, 'charges de restructuration');
});

test('walking back: a span of time, a parenthesis, a subject taken up by a pronoun, « pour » + infinitive', () => {
	assert.equal(factOf("Le chiffre d'affaires a reculé de 2 % sur un an à 60 milliards d'euros.", "60 milliards d'euros").measure, "chiffre d'affaires");
	assert.equal(factOf('La croissance interne réelle (RIG) a atteint 0,5 %.', '0,5 %').measure, 'croissance interne réelle');
	assert.equal(factOf('Les recettes, elles, progresseront de 3 %.', '3 %').measure, 'recettes');
	assert.equal(factOf("Les ventes ont augmenté l'an dernier, pour atteindre 4 milliards d'euros.", "4 milliards d'euros").measure, 'ventes');
});

test('« soit une augmentation de N » shares the measure of the figure before it', () => {
	const text = "Les dépenses publiques atteignent 16 milliards d'euros, soit une augmentation de 9 %.";
	assert.equal(factOf(text, '9 %').measure, 'dépenses publiques');
});

test('dates: right after the figure past a parenthesis; after another figure it is that one; a comparison base is none', () => {
	const gdp = "Le produit intérieur brut atteindra 37 milliards d'euros (40 milliards de dollars) en 2025, passant à 41 milliards d'euros (45 milliards de dollars) en 2026.";
	assert.equal(factOf(gdp, "41 milliards d'euros").date, '2026');
	assert.equal(factOf(gdp, "37 milliards d'euros").date, '2025');
	const contrast = 'En 2025, la croissance atteindra 8,8 %, contre 6,7 % en 2024.';
	assert.equal(factOf(contrast, '8,8 %').date, '2025');
	assert.equal(factOf(contrast, '6,7 %').date, '2024');
	const base = 'Les recettes progresseront de 3 % par rapport aux prévisions de 2024.';
	assert.equal(factOf(base, '3 %').date, undefined);
});

const FRAGMENTS = ['plus de 758,5 millions de dollars', 'Fin octobre 2025', '93 %', 'huit projets', 'JETRO', ' de la ', "l'", ', ', '. ', '\n', 'M. ', '(', ')', 'Hai Phong', 'a atteint', 'représente', 'ans de', '1.200', 'points'];
const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 }).map((p) => p.join(''));

function checkSpans(t: string, facts: Fact[]): void {
	for (const f of facts) {
		for (const s of [f.measure, f.holder, f.date]) {
			if (!s) continue;
			assert.ok(s.start >= 0 && s.end <= t.length && s.start < s.end, 'span in bounds');
			assert.equal(s.text, t.slice(s.start, s.end), 'text equals the slice');
		}
	}
}

test('property: never throws, spans in bounds and equal to their slice, deterministic', () => {
	fc.assert(
		fc.property(text, (t) => {
			const mentions = extract(t);
			const facts = linkFacts(t, mentions);
			checkSpans(t, facts);
			assert.equal(facts.length, mentions.filter((m) => m.kind === 'amount').length);
			assert.deepEqual(linkFacts(t, mentions), facts);
		}),
		{ numRuns: 300 },
	);
});

test('a long run of « de la » and a 200 000-word sentence finish', () => {
	const t = `Le total ${'de la '.repeat(50_000)}région atteint 5 millions d'euros.`;
	const facts = linkFacts(t, extract(t));
	assert.equal(facts.length, 1);
	const long = `${'mot '.repeat(200_000)}12 projets.`;
	assert.equal(linkFacts(long, extract(long)).length, 1);
	// A run without sentence ends, dense with figures: cut into blocks, each read once.
	const dense = '12 % '.repeat(40_000);
	const denseFacts = linkFacts(dense, extract(dense));
	assert.equal(denseFacts.length, 40_000);
	checkSpans(dense, denseFacts);
});
