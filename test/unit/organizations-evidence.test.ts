// Organizations without a head noun (issue 9): each kind of evidence, the evidence
// against, one decision per name per document, and the evidence recorded on each
// mention. Sentences are made up for the tests (no gold set's mention).
import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { createExtractor } from '../../src/engine/extract';
import { isPlace, sourceOutlet } from '../../src/engine/organizations/evidence';
import type { OrganizationMention } from '../../src/engine/types';

function orgs(text: string): OrganizationMention[] {
	return createExtractor()
		.extract(text, { kinds: ['organization'] })
		.filter((m): m is OrganizationMention => m.kind === 'organization');
}
const names = (text: string): string[] => orgs(text).map((m) => m.text);
const found = (text: string): string[] => orgs(text).map((m) => `${m.text} [${(m.evidence ?? []).join(',')}]`);

describe('evidence: knowledge', () => {
	test('a company name from the dictionary, mid-sentence or coordinated', () => {
		assert.deepEqual(found('Un accord entre Siemens et la ville a été signé.'), ['Siemens [known-company]']);
		assert.deepEqual(names('Les constructeurs japonais Toyota et Honda ont annoncé une alliance.'), ['Toyota', 'Honda']);
	});
	test('not a company: part of a longer proper name, a place after a preposition, a platform', () => {
		assert.deepEqual(names('Il a vécu à Toyota pendant deux ans.'), []);
		assert.deepEqual(names('Une vidéo publiée sur YouTube et TikTok a circulé.'), []);
	});
	test('places: countries in French and English and large cities, accents and spaces aside', () => {
		for (const p of ['Belgique', 'Vietnam', 'Hanoï', 'Hai Phong', 'Japan', 'Algérie']) assert.ok(isPlace(p), p);
		assert.ok(!isPlace('Siemens'));
	});
});

describe('evidence: context', () => {
	test('corporate nouns: recettes de, livraisons d’, PDG de, rachat par', () => {
		assert.deepEqual(found('Les recettes de Zorbex ont reculé.'), ['Zorbex [corporate-noun]']);
		assert.deepEqual(names("Les livraisons d'Orvalia ont doublé, selon la PDG de Kelvaro, Marie Dupré."), ['Orvalia', 'Kelvaro']);
		assert.deepEqual(names('Le journal est rentable depuis son rachat par Quantix en 2008.'), ['Quantix']);
	});
	test('a title before a first name and a surname is a person, not a company', () => {
		assert.deepEqual(names('Selon le PDG Arnaud Dupré, la croissance reprend.'), []);
	});
	test('a place after a corporate noun is not a company', () => {
		assert.deepEqual(names('Les recettes de Paris ont augmenté.'), []);
	});
	test('appositions: chez, sa filiale, la radio (with a channel number), l’énergéticien', () => {
		assert.deepEqual(found('Il travaille chez Quantix depuis dix ans.'), ['Quantix [apposition]']);
		assert.deepEqual(names('Sa filiale Orvalia reste rentable.'), ['Orvalia']);
		assert.deepEqual(names('Les audiences de la radio Zap 7 progressent.'), ['Zap 7']);
		assert.deepEqual(names("L'énergéticien Voltaris investit."), ['Voltaris']);
	});
	test('a demonym after an article introduces the company; the legal form ends it', () => {
		assert.deepEqual(found("Le projet réunit l'Allemand Kraftwerk GmbH, avec 30 %."), ['Kraftwerk GmbH [legal-form]']);
	});
	test('a name described in parentheses by a company noun', () => {
		assert.deepEqual(found('Le pôle, dont fait partie Orvalia Livres (premier éditeur du pays), recule.'), ['Orvalia Livres [apposition]']);
		assert.deepEqual(names('La hausse du PIB (premier indicateur suivi) ralentit.'), []);
	});
	test('a list after a plural descriptor', () => {
		assert.deepEqual(names('Les banques telles que Norvia, Bancora et Credimax ont relevé leurs taux.'), ['Norvia', 'Bancora', 'Credimax']);
		assert.deepEqual(names('Les médias (Télé Zap, Radio Quinze, etc.) reculent.'), ['Télé Zap', 'Radio Quinze']);
	});
	test('an acronym whose letters are the initials of the capitalized words before it', () => {
		assert.deepEqual(found('Un contrat avec Borealis Gamma Ventus (BGV) a été signé. BGV construira le parc.'), [
			'Borealis Gamma Ventus [acronym-defined]',
			'BGV [acronym-defined]',
			'BGV [propagated]',
		]);
	});
	test('coordination with a company found on the line', () => {
		assert.deepEqual(found('Le groupe Zorbex et Quantix ont signé.'), ['Zorbex [apposition]', 'Quantix [coordination]']);
	});
	test('lower-case institutional heads named by their adjectives', () => {
		assert.deepEqual(names('Le gouvernement japonais a approuvé le plan.'), ['gouvernement japonais']);
		assert.deepEqual(names('Le comité populaire provincial a décidé.'), ['comité populaire provincial']);
		assert.deepEqual(names('Un gouvernement provisoire a été formé.'), []);
		assert.deepEqual(names('Le chef de gouvernement japonais a parlé.'), []);
	});
	test('media named as sources, also when their name starts with an article', () => {
		assert.deepEqual(found('Selon Le Figaro, le monde change.'), ['Le Figaro [known-name]']);
		assert.deepEqual(names('Le monde change, dit La Tribune.'), ['La Tribune']);
	});
	test('well-known bodies: the Fed, the Trésor public', () => {
		assert.deepEqual(names('La Fed et le Trésor public ont réagi.'), ['Fed', 'Trésor public']);
	});
});

describe('evidence: the outlet line at the top of an article', () => {
	test('a name and a date on a line of their own', () => {
		const text = 'Les ventes reculent\nLa Gazette du Nord, 12 mars 2024\nLe texte suit.';
		assert.deepEqual(sourceOutlet(text)?.text, 'La Gazette du Nord');
		assert.deepEqual(found(text), ['La Gazette du Nord [source]']);
		assert.equal(sourceOutlet('Titre\nInfoZap, 3 juin 2023 (AFP)\nTexte')?.text, 'InfoZap');
	});
	test('a dateline in capitals, a place, or a line that goes on is no outlet', () => {
		assert.equal(sourceOutlet('Titre\nHANOÏ, 16 octobre 2025 (VNA) – La ville a annoncé.'), undefined);
		assert.equal(sourceOutlet('Titre\nParis, 3 mai 2024\nTexte'), undefined);
		assert.equal(sourceOutlet('Titre\nNotre enquête, publiée le 3 mai 2024, montre que les prix montent.'), undefined);
	});
});

describe('one decision per name per document', () => {
	test('a name found once is found everywhere, extended by the capitalized words after it', () => {
		assert.deepEqual(found('Vexa investit.\nLe groupe Vexa a publié ses comptes. Vexa Énergie détient 35 %.'), [
			'Vexa [propagated]',
			'Vexa [apposition]',
			'Vexa Énergie [propagated]',
		]);
	});
	test('not where it ends a longer proper name (a person)', () => {
		assert.deepEqual(names('Le groupe Dumontel a publié ses comptes. Selon Pierre Dumontel, la croissance reprend.'), ['Dumontel']);
	});
	test('user additions carry their evidence', () => {
		const m = createExtractor().extract('Le projet Zeta avance.', { kinds: ['organization'], organizationsAdd: ['Zeta'] });
		assert.deepEqual(
			m.map((x) => [x.text, (x as OrganizationMention).evidence]),
			[['Zeta', ['user']]],
		);
	});
});
