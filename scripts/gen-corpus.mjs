#!/usr/bin/env node
// Generates a corpus of synthetic French news seeds for benchmarks (issue 15): `--jobs` throughput
// (scripts/bench-jobs.mjs), the extension's corpus index at 10 000 seeds, and the cluster recipe of
// docs/SCALE.md. Articles are assembled from sentence templates filled with organizations, places,
// people, amounts (euros, dollars, percentages, tonnes, habitants...) and dates (full, month-year,
// relative weekdays), with a dateline year, so the engine finds a realistic mix of facts in them.
// No line is ever written twice in a corpus (checked with a set of 64-bit hashes), so the engine's
// per-line cache never helps and throughput figures are those of new text.
//
//   node scripts/gen-corpus.mjs --out /tmp/corpus --seeds 10000          # ≈ 100 MB (10 KB a seed)
//   node scripts/gen-corpus.mjs --out /tmp/corpus --mb 100               # as many seeds as 100 MB takes
//   node scripts/gen-corpus.mjs --out /tmp/ws/seeds --seeds 10000        # a workspace the extension indexes
//                                                                        # (its default include is **/seeds/**/*.txt)
//   options: --kb N (average seed size, default 10), --seed N (PRNG seed, default 1), --per-folder N
//            (seeds per sub-folder, default 1000), --quiet
//
// Deterministic: the same options give the same bytes. Files: OUT/0000/seed-000000.txt, ...
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// ---- vocabulary (general knowledge: well-known bodies and companies, French places and first names)
const ORGS = [
	['la Banque centrale européenne', 'BCE'], ['le Fonds monétaire international', 'FMI'], ['la Banque mondiale', null],
	["l'Organisation de coopération et de développement économiques", 'OCDE'], ["l'Institut national de la statistique et des études économiques", 'Insee'],
	['la SNCF', null], ['EDF', null], ['TotalEnergies', null], ['Airbus', null], ['Renault', null], ['Stellantis', null], ['Orange', null],
	['BNP Paribas', null], ['la Société générale', null], ['le Crédit agricole', null], ['Sanofi', null], ["L'Oréal", null], ['Danone', null],
	['Carrefour', null], ['Michelin', null], ['Safran', null], ['Thales', null], ['Veolia', null], ['Engie', null], ['Capgemini', null],
	["l'Organisation mondiale de la santé", 'OMS'], ["l'Organisation des Nations unies", 'ONU'], ['la Commission européenne', null],
	["l'Agence française de développement", 'AFD'], ['la Caisse des dépôts', null], ['Bpifrance', null], ['la Cour des comptes', null],
	["l'Autorité des marchés financiers", 'AMF'], ['la Banque de France', null], ["l'Agence internationale de l'énergie", 'AIE'],
	["l'Union européenne", 'UE'], ['la Réserve fédérale', 'Fed'], ['Google', null], ['Microsoft', null], ['Amazon', null], ['Toyota', null],
	['Samsung', null], ['Siemens', null], ['Volkswagen', null], ['Nestlé', null], ['Unilever', null], ['Vinci', null], ['Bouygues', null],
];
const PLACES = [
	'Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Strasbourg', 'Rennes', 'Montpellier', 'Nice', 'Grenoble',
	'Dijon', 'Rouen', 'Brest', 'Tours', 'Limoges', 'Amiens', 'Metz', 'Besançon', 'Orléans', 'Caen', 'Reims', 'Clermont-Ferrand',
	'Bruxelles', 'Genève', 'Montréal', 'Dakar', 'Abidjan', 'Tunis', 'Rabat', 'Hanoï', 'Berlin', 'Madrid', 'Rome', 'Londres', 'Tokyo',
];
const FIRST = ['Marie', 'Jean', 'Sophie', 'Pierre', 'Camille', 'Nicolas', 'Julie', 'Thomas', 'Claire', 'Antoine', 'Léa', 'Hugo', 'Inès',
	'Mathieu', 'Élodie', 'Karim', 'Fatou', 'Yann', 'Chloé', 'Olivier', 'Nadia', 'Lucas', 'Aurélie', 'Bruno', 'Sandrine', 'Rachid'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
	'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier', 'Diallo'];
const ROLES = ['directeur général', 'présidente', 'porte-parole', 'économiste en chef', 'ministre délégué', 'maire', 'analyste',
	'secrétaire générale', 'directrice financière', 'chercheur', 'responsable des achats', 'délégué syndical'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const TOPICS = ['la transition énergétique', 'le logement social', 'la formation professionnelle', 'les infrastructures ferroviaires',
	'la santé publique', 'la recherche agronomique', "l'intelligence artificielle", 'la rénovation thermique', 'le commerce extérieur',
	'la gestion de l’eau', 'les énergies renouvelables', 'la cybersécurité', 'le tourisme', 'la filière automobile', 'les semi-conducteurs',
	'la petite enfance', 'la lutte contre la pauvreté', 'la mobilité urbaine', "l'agriculture biologique", 'la défense'];
const GOODS = ['de blé', "d'acier", 'de déchets', 'de cuivre', 'de CO2', 'de marchandises', 'de riz', 'de café'];
const PEOPLE = ['habitants', 'salariés', 'emplois', 'logements', 'élèves', 'patients', 'entreprises', 'visiteurs', 'bornes de recharge'];
const VERBS = ['a annoncé', 'prévoit', 'a confirmé', 'envisage', 'a dévoilé', 'a présenté', 'a engagé', 'a promis', 'a chiffré'];
const ADVERBS = ['notamment', 'en outre', 'par ailleurs', 'selon plusieurs sources', 'de son côté', 'dans le même temps', 'au total'];
const GROUPS = ['les syndicats', 'les élus locaux', 'les associations de consommateurs', 'les économistes', 'les riverains',
	"les chefs d'entreprise", 'les observateurs', 'les agriculteurs', 'les enseignants', 'les médecins', 'les transporteurs', 'les étudiants'];
const ADJS = ['prioritaire', 'trop lente', 'insuffisante', 'ambitieuse', 'coûteuse', 'indispensable', 'fragile', 'prometteuse', 'tardive', 'confuse'];
const PHRASES = ['reste au cœur des discussions', 'divise la majorité', 'suscite de fortes attentes', 'avance plus lentement que prévu',
	'inquiète les professionnels du secteur', 'mobilise les collectivités', "fait l'objet de critiques répétées", 'attire de nouveaux investisseurs',
	'bouscule les habitudes', 'pèse sur le moral des ménages', 'redessine la carte du territoire', 'relance le dialogue social'];
const QUAL = ['', '', '', 'plus de ', 'près de ', 'environ ', 'au moins ', 'moins de ', 'quelque '];

// ---- deterministic pseudo-random numbers (mulberry32)
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function generator(seed) {
	const rand = rng(seed);
	const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
	const pick = (xs) => xs[Math.floor(rand() * xs.length)];
	const frNumber = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
	const decimal = (n, d) => n.toFixed(d).replace('.', ',');

	const org = () => {
		const [name, acro] = pick(ORGS);
		return acro && rand() < 0.4 ? acro : name;
	};
	const person = () => `${pick(FIRST)} ${pick(LAST)}`;
	const money = () => {
		const cur = pick(['euros', 'euros', 'euros', 'dollars', '€', 'francs CFA', 'livres sterling']);
		const r = rand();
		if (r < 0.35) return `${pick(QUAL)}${decimal(int(10, 9999) / 10, 1)} millions ${cur === '€' ? "d'euros" : `de ${cur}`}`;
		if (r < 0.55) return `${pick(QUAL)}${int(1, 950)} milliards ${cur === '€' ? "d'euros" : `de ${cur}`}`;
		if (r < 0.8) return `${pick(QUAL)}${frNumber(int(1000, 9_999_999))} ${cur}`;
		return `${pick(QUAL)}${decimal(int(1, 9999) / 100, 2)} M€`;
	};
	const percent = () => `${pick(QUAL)}${decimal(int(1, 999) / 10, 1)} %`;
	const quantity = () =>
		rand() < 0.5 ? `${pick(QUAL)}${frNumber(int(12, 2_000_000))} ${pick(PEOPLE)}` : `${pick(QUAL)}${frNumber(int(2, 90_000))} tonnes ${pick(GOODS)}`;
	const date = (year) => {
		const r = rand();
		if (r < 0.35) return `le ${int(1, 28)} ${pick(MONTHS)} ${year + int(-1, 2)}`;
		if (r < 0.55) return `en ${pick(MONTHS)} ${year + int(-2, 3)}`;
		if (r < 0.75) return `le ${int(1, 28)} ${pick(MONTHS)}`;
		if (r < 0.9) return `${pick(WEEKDAYS)} ${int(1, 28)} ${pick(MONTHS)}`;
		return `d'ici à ${year + int(1, 12)}`;
	};

	const sentences = [
		(y) => `${cap(org())} ${pick(VERBS)} ${date(y)} un plan de ${money()} consacré à ${pick(TOPICS)} à ${pick(PLACES)}.`,
		(_y) => `Selon ${org()}, le chiffre d'affaires a progressé de ${percent()} sur un an pour atteindre ${money()}.`,
		(y) => `« Nous visons ${quantity()} ${date(y)} », a déclaré ${person()}, ${pick(ROLES)} de ${org()}.`,
		(y) => `${cap(pick(ADVERBS))}, ${org()} et ${org()} ont signé ${date(y)} un accord portant sur ${pick(TOPICS)}.`,
		(_y) => `Le taux de chômage à ${pick(PLACES)} s'établit à ${percent()}, contre ${percent()} un an plus tôt, d'après ${org()}.`,
		(y) => `Le projet, estimé à ${money()}, devrait créer ${quantity()} d'ici la fin de l'année ${y + int(0, 4)}.`,
		(_y) => `${person()}, ${pick(ROLES)} à ${pick(PLACES)}, rappelle que ${pick(TOPICS)} mobilise déjà ${quantity()}.`,
		(_y) => `Les exportations vers ${pick(PLACES)} ont reculé de ${percent()} au premier semestre, soit ${money()} de moins.`,
		(y) => `${cap(org())} a relevé sa prévision de croissance à ${percent()} pour ${y + int(0, 2)}, ${pick(ADVERBS)}.`,
		(y) => `La réunion prévue ${date(y)} à ${pick(PLACES)} portera sur ${pick(TOPICS)} et sur un budget de ${money()}.`,
		(y) => `Entre ${y - int(1, 10)} et ${y}, la production a atteint ${quantity()}, ${pick(ADVERBS)} selon ${org()}.`,
		(_y) => `Pour ${person()}, « ${pick(TOPICS)} reste une priorité, avec ${money()} engagés depuis ${pick(MONTHS)} ».`,
	];

	// Sentences without figures, as most of a real article is: the facts come at a realistic density.
	const fillers = [
		() => `${cap(pick(GROUPS))} estiment que ${pick(TOPICS)} ${pick(PHRASES)}, une évolution jugée ${pick(ADJS)}.`,
		() => `À ${pick(PLACES)}, le débat sur ${pick(TOPICS)} ${pick(PHRASES)} ; ${pick(GROUPS)} réclament une réponse moins ${pick(ADJS)}.`,
		() => `${cap(pick(ADVERBS))}, ${pick(TOPICS)} ${pick(PHRASES)} et ${pick(GROUPS)} suivent le dossier de près.`,
		() => `Pour ${pick(GROUPS)}, la stratégie retenue sur ${pick(TOPICS)} paraît ${pick(ADJS)}, alors que ${pick(TOPICS)} ${pick(PHRASES)}.`,
		() => `${cap(pick(TOPICS))} ${pick(PHRASES)}, ${pick(ADVERBS)}, tandis que ${pick(GROUPS)} de ${pick(PLACES)} demandent des garanties.`,
	];
	const sentence = (year) => (rand() < 0.55 ? pick(fillers)() : pick(sentences)(year));

	/** One article of about `size` characters: a dateline and title line, then paragraphs (one a line). */
	return (size) => {
		const year = int(2015, 2026);
		const lines = [`${pick(PLACES)}, ${int(1, 28)} ${pick(MONTHS)} ${year}.`, contract(`${cap(pick(TOPICS))} : ${org()} ${pick(VERBS)} ${money()}`)];
		let len = lines[0].length + lines[1].length;
		while (len < size) {
			const n = int(3, 9);
			const parts = [];
			for (let i = 0; i < n; i++) parts.push(contract(sentence(year)));
			const line = parts.join(' ');
			lines.push(line);
			len += line.length + 1;
		}
		return lines;
	};
}

/** French contractions after the slots are filled: « de le » → « du », « de au moins » → « d'au moins ». */
function contract(s) {
	return s
		.replace(/\b([Dd])e le\b/g, '$1u')
		.replace(/\b([Dd])e les\b/g, '$1es')
		.replace(/\bà le\b/g, 'au')
		.replace(/\bà les\b/g, 'aux')
		.replace(/\b([Dd])e (?=[aeiouyéèêàâîôûœAEIOUYÉÈÊÀÂÎÔÛhH])/g, "$1'");
}

function cap(s) {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** 53-bit FNV-style hash of a line (two 32-bit halves), for the no-repeat check. */
function hash(line) {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 16777619);
		h2 = Math.imul(h2 ^ c, 2246822519);
	}
	return (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff);
}

function main() {
	const { values } = parseArgs({
		options: {
			out: { type: 'string' },
			seeds: { type: 'string' },
			mb: { type: 'string' },
			kb: { type: 'string', default: '10' },
			seed: { type: 'string', default: '1' },
			'per-folder': { type: 'string', default: '1000' },
			quiet: { type: 'boolean', default: false },
		},
	});
	if (!values.out || (!values.seeds && !values.mb)) {
		console.error('usage: node scripts/gen-corpus.mjs --out DIR (--seeds N | --mb N) [--kb 10] [--seed 1] [--per-folder 1000]');
		process.exit(2);
	}
	const out = resolve(values.out);
	const kb = Number(values.kb);
	const limitBytes = values.mb ? Number(values.mb) * 1e6 : Infinity;
	const count = values.seeds ? Number(values.seeds) : Infinity;
	const perFolder = Number(values['per-folder']);
	const article = generator(Number(values.seed));
	const seen = new Set();
	let bytes = 0;
	let n = 0;
	let redrawn = 0;
	const t0 = performance.now();
	for (; n < count && bytes < limitBytes; n++) {
		// Sizes vary from 40 % to 160 % of the average, as real articles do.
		const size = Math.round(kb * 1000 * (0.4 + 1.2 * ((n * 0.6180339887) % 1)));
		let lines = article(size);
		// A repeated line (vanishingly rare, but checked) redraws the whole article.
		while (lines.some((l) => seen.has(hash(l)))) {
			redrawn++;
			lines = article(size);
		}
		for (const l of lines) seen.add(hash(l));
		const dir = join(out, String(Math.floor(n / perFolder)).padStart(4, '0'));
		if (n % perFolder === 0) mkdirSync(dir, { recursive: true });
		const text = `${lines.join('\n')}\n`;
		writeFileSync(join(dir, `seed-${String(n).padStart(6, '0')}.txt`), text);
		bytes += Buffer.byteLength(text);
	}
	if (!values.quiet) {
		const s = ((performance.now() - t0) / 1000).toFixed(1);
		console.error(`gen-corpus: ${n} seeds, ${(bytes / 1e6).toFixed(1)} MB, ${seen.size} distinct lines (${redrawn} article(s) redrawn), in ${out} (${s} s)`);
	}
}

main();
