import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createExtractor } from '../../src/engine/extract';
import { findOrganizations } from '../../src/engine/organizations/candidates';
import { isAdjective, isInfinitive, tokenize } from '../../src/engine/organizations/chars';
import { acronymTarget, canonicalName } from '../../src/engine/organizations/names';
import type { ExtractOptions, OrganizationMention } from '../../src/engine/types';

function orgs(text: string, options: ExtractOptions = {}): OrganizationMention[] {
	return createExtractor()
		.extract(text, { ...options, kinds: ['organization'] })
		.filter((m): m is OrganizationMention => m.kind === 'organization');
}
const names = (text: string, options?: ExtractOptions): string[] => orgs(text, options).map((m) => m.text);

describe('head nouns with their complements', () => {
	test('adjectives and de + place: Comité populaire de Hanoï', () => {
		assert.deepEqual(names('Le président du Comité populaire de Hanoï a reçu la délégation.'), ['Comité populaire de Hanoï']);
	});
	test('lower-case ministère with an adjective, du + noun and et-coordination', () => {
		assert.deepEqual(names("Le ministère vietnamien du Plan et de l'Investissement a publié un rapport."), ["ministère vietnamien du Plan et de l'Investissement"]);
	});
	test('lower-case complements and coordination, stopping before a new clause', () => {
		assert.deepEqual(names("La coopération entre l'Institut des ressources marines et de l'environnement et les organismes belges progresse."), [
			"Institut des ressources marines et de l'environnement",
		]);
	});
	test('stops at a verb', () => {
		assert.deepEqual(names('Le Comité populaire provincial a mené des discussions directes.'), ['Comité populaire provincial']);
		assert.deepEqual(names("L'Assemblée nationale adopte la loi."), ['Assemblée nationale']);
	});
	test('stops before an infinitive after a bare de', () => {
		assert.deepEqual(names('Il a demandé au Comité populaire de la ville de continuer ses efforts.'), ['Comité populaire de la ville']);
	});
	test('stops before a person named after the body', () => {
		assert.deepEqual(names('Le président du Comité populaire de Hanoï Tran Sy Thanh a signé.'), ['Comité populaire de Hanoï']);
		assert.deepEqual(names('Le président du Comité populaire municipal Tran Sy Thanh a signé.'), ['Comité populaire municipal']);
	});
	test('a place made of several words, with a hyphen', () => {
		assert.deepEqual(names('Le vice-président du Comité populaire de Hô Chi Minh-Ville, M. Hà, a parlé.'), ['Comité populaire de Hô Chi Minh-Ville']);
	});
	test('pour + article, and a relation between two countries', () => {
		assert.deepEqual(names("Il dirige le Service européen pour l'action extérieure à Bruxelles."), ["Service européen pour l'action extérieure"]);
		assert.deepEqual(names("Le conseiller de l'Alliance parlementaire d’amitié Japon–Vietnam est arrivé."), ['Alliance parlementaire d’amitié Japon–Vietnam']);
	});
	test('a number after the head', () => {
		assert.deepEqual(names('Le Comité exécutif national 515 a rencontré les représentants.'), ['Comité exécutif national 515']);
	});
	test('ambassade and consulat take a place with à / au / en', () => {
		assert.deepEqual(names("Il a rencontré le consulat général du Vietnam à Osaka, etc."), ['consulat général du Vietnam à Osaka']);
		assert.deepEqual(names("En coordination avec l'ambassade du Vietnam au Japon et la Chambre de commerce de Tokyo."), [
			'ambassade du Vietnam au Japon',
			'Chambre de commerce de Tokyo',
		]);
	});
	test('the ministère stops at à when it is not a located head', () => {
		assert.deepEqual(names('Un forum organisé par le ministère des Affaires étrangères à Quang Ninh.'), ['ministère des Affaires étrangères']);
	});
	test('the longest name that is itself an organization (nested)', () => {
		assert.deepEqual(names('Il est vice-président de la Commission des affaires intérieures du Comité central du PCV.'), [
			'Commission des affaires intérieures du Comité central du PCV',
		]);
	});
	test('two names joined by et are two mentions', () => {
		assert.deepEqual(names("La coopération entre l'Université de médecine de Hai Phong et l'Université de Liège."), [
			'Université de médecine de Hai Phong',
			'Université de Liège',
		]);
	});
	test('Parti alone names the party, except as a sentence-initial participle', () => {
		assert.deepEqual(names('Le secrétaire du Parti, Le Tien Chau, a souligné les similitudes.'), ['Parti']);
		assert.deepEqual(names('Parti de rien, il est devenu directeur.'), []);
	});
	test('weak heads need a complement: the region called Centre is a place', () => {
		assert.deepEqual(names('Les inondations au Centre et dans la région du Centre méridional.'), []);
		assert.deepEqual(names('Le Centre de recherche marine de Nha Trang coopère.'), ['Centre de recherche marine de Nha Trang']);
	});
});

describe('not organizations', () => {
	test('generic mentions without a name', () => {
		assert.deepEqual(names("L'organisation et les universités de Hai Phong ont coopéré avec le ministère et les comités populaires."), []);
		assert.deepEqual(names('La Commission a proposé de renforcer les contrôles.'), []);
	});
	test('people and their titles', () => {
		assert.deepEqual(names('Le ministre des Affaires étrangères, Bui Thanh Son, et le Premier ministre Pham Minh Chinh.'), []);
	});
	test('events, but a group named inside an event is kept', () => {
		assert.deepEqual(names('Le Forum de coopération locale Vietnam-Japon, la Conférence de promotion des investissements et le Festival de Hue.'), []);
		assert.deepEqual(names('Sa participation au Sommet du G20 en Afrique du Sud.'), ['G20']);
	});
	test('places and countries', () => {
		assert.deepEqual(names('Hai Phong et la Belgique, Anvers (Royaume de Belgique), la province de Quang Ninh.'), []);
		assert.deepEqual(names("L'Union soviétique a aidé le pays."), []);
	});
	test('documents and identifiers', () => {
		assert.deepEqual(names('La résolution n° 59-NQ/TW du 24 janvier et la dépêche n°227/CĐ-TTg.'), []);
	});
	test('concept acronyms, even defined in parentheses', () => {
		assert.deepEqual(names("Huit projets d'investissement direct étranger (IDE) et l'aide publique au développement (APD), le PIB, les PME et l'IA."), []);
		assert.deepEqual(names("L'accord de libre-échange (EVFTA) et l'Exposition universelle de 2025 (EXPO 2025)."), []);
	});
	test('an acronym without evidence is dropped', () => {
		assert.deepEqual(names('Un forum appelé J-BRIDGE a rassemblé 2 600 entreprises.'), []);
	});
	test('a generic board: the company after it is the name', () => {
		assert.deepEqual(names("Le Conseil d'administration de Toyota Motor Corporation s'est réuni."), ['Toyota Motor Corporation']);
	});
});

describe('acronyms', () => {
	test('defined after the long form: both are mentions, linked, and later uses resolve', () => {
		const text = "Le président de l'Organisation japonaise du commerce extérieur (JETRO) a parlé.\nLe dirigeant de JETRO a souhaité coopérer avec la JETRO.";
		const ms = orgs(text);
		assert.deepEqual(
			ms.map((m) => m.text),
			['Organisation japonaise du commerce extérieur', 'JETRO', 'JETRO', 'JETRO'],
		);
		for (const m of ms) {
			assert.equal(m.canonical, 'Organisation japonaise du commerce extérieur');
			assert.equal(m.acronym, 'JETRO');
			assert.equal(m.longForm, 'Organisation japonaise du commerce extérieur');
		}
	});
	test('a later use before the definition resolves too (the whole document is linked)', () => {
		const ms = orgs("Le SEAE a publié un communiqué.\nLa directrice du Service européen pour l'action extérieure (SEAE) est venue.");
		assert.deepEqual(
			ms.map((m) => [m.text, m.canonical]),
			[
				['SEAE', "Service européen pour l'action extérieure"],
				["Service européen pour l'action extérieure", "Service européen pour l'action extérieure"],
				['SEAE', "Service européen pour l'action extérieure"],
			],
		);
	});
	test('defined before the long form: ACR (Long Form)', () => {
		const ms = orgs('En partenariat avec la JICA (Agence japonaise de coopération internationale).');
		assert.deepEqual(
			ms.map((m) => [m.text, m.acronym]),
			[
				['JICA', 'JICA'],
				['Agence japonaise de coopération internationale', 'JICA'],
			],
		);
	});
	test('an acronym of the tail of the name links to the tail', () => {
		const ms = orgs('Membre du Comité central du Parti communiste du Vietnam (PCV).');
		assert.deepEqual(
			ms.map((m) => [m.text, m.canonical, m.acronym ?? '']),
			[
				['Comité central du Parti communiste du Vietnam', 'Comité central du Parti communiste du Vietnam', ''],
				['PCV', 'Parti communiste du Vietnam', 'PCV'],
			],
		);
		assert.equal(acronymTarget('Comité mixte Vietnam-Union européenne', 'UE'), 'Union européenne');
	});
	test('a translated acronym sharing most letters links to the whole name; an unrelated one does not', () => {
		assert.equal(acronymTarget('Organisation japonaise du commerce extérieur', 'JETRO'), 'Organisation japonaise du commerce extérieur');
		assert.equal(acronymTarget("Organisation de coopération et de développement économiques", 'OCDE'), "Organisation de coopération et de développement économiques");
		assert.equal(acronymTarget('Union européenne', 'EVFTA'), undefined);
	});
	test('an acronym confirms a tentative coordination: et + article', () => {
		assert.deepEqual(names("Des discussions avec l'Institut japonais pour l'innovation et les nouvelles technologies énergétiques (IETI) ont eu lieu."), [
			"Institut japonais pour l'innovation et les nouvelles technologies énergétiques",
			'IETI',
		]);
	});
	test('well-known international bodies and news agencies', () => {
		const ms = orgs("L'OCDE, l'ONU, l'ASEAN, l'UE, le FMI, l'OMC et le G20 ; selon l'AFP, Reuters et Xinhua.");
		assert.deepEqual(
			ms.map((m) => m.text),
			['OCDE', 'ONU', 'ASEAN', 'UE', 'FMI', 'OMC', 'G20', 'AFP', 'Reuters', 'Xinhua'],
		);
		assert.equal(ms.find((m) => m.text === 'UE')?.canonical, 'Union européenne');
	});
	test('media credits and datelines', () => {
		assert.deepEqual(names('Le Premier ministre et son homologue. Photo: VGP'), ['VGP']);
		assert.deepEqual(names('Hai Phong (TTXVN) – Le port a accueilli dix navires.'), ['TTXVN']);
		assert.deepEqual(names('Le port a accueilli dix navires. -TTXVN'), ['TTXVN']);
	});
	test('a credited acronym is an organization elsewhere in the document', () => {
		assert.deepEqual(names('Selon TTXVN, le port a accueilli dix navires.\nPhoto : TTXVN'), ['TTXVN', 'TTXVN']);
	});
	test('Roman numerals and single letters are not acronyms', () => {
		assert.deepEqual(names('Le XXIe siècle, la IIe République et le Plan B.'), []);
	});
});

describe('companies, media and other names', () => {
	test('English names with a head word', () => {
		assert.deepEqual(names('Des représentants de la Japan International Cooperation Agency.'), ['Japan International Cooperation Agency']);
		assert.deepEqual(names('Un accord avec Toyota Motor Corporation et Vietnam Airlines.'), ['Toyota Motor Corporation', 'Vietnam Airlines']);
		assert.deepEqual(names('La société Hoa Phat Co., Ltd a signé.'), ['Hoa Phat Co., Ltd']);
	});
	test('English events are not bodies', () => {
		assert.deepEqual(names('Le Vietnam Economic Forum et le Asia Pacific Summit.'), []);
	});
	test('a descriptor introduces a company; the name is then found at its other occurrences', () => {
		assert.deepEqual(names('Le groupe Vingroup a inauguré une usine. Vingroup emploie des milliers de personnes.'), ['Vingroup', 'Vingroup']);
		assert.deepEqual(names("Selon le quotidien Le Monde et l'agence de presse Xinhua."), ['Le Monde', 'Xinhua']);
		assert.deepEqual(names("L'ONG Oxfam a salué la décision."), ['Oxfam']);
	});
	test('a company suffix closes the name', () => {
		assert.deepEqual(names('Le constructeur VinFast JSC a livré ses voitures.'), ['VinFast JSC']);
	});
	test('military units with an ordinal', () => {
		assert.deepEqual(names('Les soldats de la 2e division ont été déployés.'), ['2e division']);
	});
	test('well-known names without a head rule', () => {
		assert.deepEqual(names('La résolution et la décision du Bureau politique.'), ['Bureau politique']);
		assert.deepEqual(names('Les Nations unies et Médecins sans frontières interviennent.'), ['Nations unies', 'Médecins sans frontières']);
	});
});

describe('document options', () => {
	const text = 'Le complexe industriel DEEP C attire les investisseurs. Photo : VNA\nDEEP C est devenu un modèle, selon la VNA.';
	test('organizationsAdd names are always tagged', () => {
		assert.deepEqual(names(text, { organizationsAdd: ['DEEP C'] }), ['DEEP C', 'VNA', 'DEEP C', 'VNA']);
		assert.deepEqual(names(text), ['VNA', 'VNA']);
	});
	test('organizationsIgnore names are never tagged (case and article insensitive)', () => {
		assert.deepEqual(names(text, { organizationsIgnore: ['vna'] }), []);
		const jetro = "L'Organisation japonaise du commerce extérieur (JETRO) et la JETRO.";
		assert.deepEqual(names(jetro, { organizationsIgnore: ['JETRO'] }), ['Organisation japonaise du commerce extérieur']);
		// Ignoring the long form drops every mention of the entity.
		assert.deepEqual(names(jetro, { organizationsIgnore: ["l'Organisation japonaise du commerce extérieur"] }), []);
	});
	test('additions stay linear on a long document with many occurrences', () => {
		const text = 'Le Comité populaire de Hanoï et DEEP C ont signé.\n'.repeat(40_000);
		const t0 = performance.now();
		const ms = orgs(text, { organizationsAdd: ['DEEP C', 'Hanoï'] });
		assert.equal(ms.length, 80_000);
		assert.ok(performance.now() - t0 < 20_000);
	});
	test('an addition wins over an overlapping detection', () => {
		assert.deepEqual(names('Le Comité populaire de Hanoï a signé.', { organizationsAdd: ['Hanoï'] }), ['Hanoï']);
	});
});

describe('offsets, canonical names, tokens and word classes', () => {
	test('text equals the slice, also after astral characters', () => {
		const text = '😀😀 Le Comité populaire de Hanoï 😀 et l’OCDE.\n🇻🇳 La JETRO.';
		for (const m of orgs(text)) assert.equal(text.slice(m.start, m.end), m.text);
		assert.deepEqual(names(text), ['Comité populaire de Hanoï', 'OCDE']);
	});
	test('findOrganizations gives offsets relative to the line', () => {
		const [m] = findOrganizations("Avec l'Assemblée nationale.");
		assert.equal(m.start, 7);
		assert.equal(m.text, 'Assemblée nationale');
	});
	test('canonical names: upper-case first letter, straight apostrophes, single spaces', () => {
		assert.equal(canonicalName('ministère des  Affaires étrangères'), 'Ministère des Affaires étrangères');
		assert.equal(canonicalName('Service européen pour l’action extérieure'), "Service européen pour l'action extérieure");
		assert.equal(orgs('Le ministère des Affaires étrangères.')[0].canonical, 'Ministère des Affaires étrangères');
	});
	test('tokenizer splits elided articles and keeps compounds', () => {
		assert.deepEqual(
			tokenize("l'Organisation d’USD Hô Chi Minh-Ville Army’s aujourd'hui").map((t) => t.text),
			["l'", 'Organisation', 'd’', 'USD', 'Hô', 'Chi', 'Minh-Ville', 'Army’s', "aujourd'hui"],
		);
	});
	test('word classes used by the grammar', () => {
		for (const w of ['populaire', 'provincial', 'japonaise', 'européenne', 'maritime', 'communiste', 'économiques', 'étrangères']) assert.ok(isAdjective(w), w);
		for (const w of ['a', 'indique', 'mène', 'annonce', 'travaillent', 'de']) assert.ok(!isAdjective(w), w);
		for (const w of ['continuer', 'promouvoir', 'construire', 'faire', 'mettre']) assert.ok(isInfinitive(w), w);
		for (const w of ['culture', 'commerce', 'recherche', 'quartier', 'promotion']) assert.ok(!isInfinitive(w), w);
	});
});

describe('properties on random text mixed with French fragments', () => {
	const fragments = [
		'Comité', 'populaire', 'de', 'la', "l'", 'l’', 'd’', 'du', 'des', 'et', 'pour', 'Organisation', 'ministère', 'JETRO', '(', ')', 'OCDE',
		'Hanoï', 'Tran', 'Photo', ':', 'VNA', '-', '–', ',', '.', 'groupe', 'Vingroup', 'Co', 'Ltd', '5e', 'région', 'militaire', 'régiment',
		'917', 'Union', 'européenne', 'Army’s', 'Unit', '😀', '\n', ' ', '\u00a0', 'É', 'Ư',
	];
	const textArb = fc
		.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 })
		.map((parts) => parts.join(' '));
	test('never throws; offsets in bounds, text equals the slice, sorted, no overlaps, deterministic', () => {
		fc.assert(
			fc.property(textArb, (text) => {
				const a = orgs(text);
				const b = orgs(text);
				assert.deepEqual(a, b);
				let lastEnd = 0;
				for (const m of a) {
					assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
					assert.equal(text.slice(m.start, m.end), m.text);
					assert.ok(m.start >= lastEnd, 'sorted and not overlapping');
					assert.ok(m.canonical.length > 0);
					lastEnd = m.end;
				}
				for (const line of text.split('\n')) for (const m of findOrganizations(line)) assert.equal(line.slice(m.start, m.end), m.text);
			}),
			{ numRuns: 400 },
		);
	});
});
