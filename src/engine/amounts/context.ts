// The words around a figure: qualifiers, counted nouns, indexes and names, and the word lists they use.
import { toLower } from '../tokens';
import { isDigitCode, NUMBER_WORDS } from '../numbers';
import { APOS, charAt, hyphenatedEnd, isSpace, isUpperCase, isWordCode, peek, SP, sticky, type Before, wordBefore } from './chars';
import { unitOfWord } from './suffix';

export const MONTHS =
	'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|' +
	'janv\\.|f[ée]vr?\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|d[ée]c\\.';
/** A day of a date: `16 octobre`, `15 au 18 octobre`, `16 et 17 novembre`. Left to the dates recognizer. */
export const MONTH_AFTER_RE = new RegExp(`(?:${SP}*(?:au|et|à|-|–|,)${SP}*\\d{1,2}(?:er)?){0,3}${SP}*(?:${MONTHS})(?![\\p{L}])`, 'yiu');
export const MONTH_WORDS = new Set('janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre janv févr fév avr juil sept oct nov déc'.split(' '));
/** Ordinal suffixes glued to a figure: `6e`, `1er`, `14ème`, `2nd`. */
export const ORDINAL_RE = /(?:e|è|ème|eme|ième|ieme|er|ère|ere|re|nd|nde|d|de)s?(?![\p{L}\p{N}])/yu;
/** A time of day: `14h`, `10 h 30`. */
export const TIME_RE = new RegExp(`${SP}?[hH](?:\\d|(?![\\p{L}]))`, 'yu');
/** Range connectors; `et` only after `entre`. */
export const RANGE_RE = new RegExp(`(?:${SP}+(à|et)${SP}+|${SP}*([-–—])${SP}*)`, 'yiu');

/** `contre` between two figures compared (`7,61 milliards contre 9,09 milliards`). */
export const CONTRE_RE = new RegExp(`${SP}+(contre)${SP}+`, 'yiu');

/** Adjectives that may stand between a number and its noun (`cinq prochaines années`, `six axes majeurs`). */
export const PRE_ADJECTIVES = new Set(
	(
		'nouveaux nouvelles nouvel grands grandes gros grosses petits petites prochains prochaines derniers dernières premiers premières ' +
		'autres principaux principales jeunes anciens anciennes hauts hautes meilleurs meilleures longues longs bons bonnes vieux vieilles ' +
		'belles beaux seuls seules courtes courts importants importantes différents différentes'
	).split(' '),
);
/** `les dix premiers mois de 2025` is a period of a year, not an amount. */
export const PERIOD_OF_YEAR_RE = new RegExp(`${SP}+(?:de|d${APOS})${SP}*(?:l${APOS}ann[ée]e|cette${SP}+ann[ée]e|\\d{4})`, 'yiu');

/** Qualifiers written before an amount, kept out of its span (one run of spaces between it and the figure). */
export const QUALIFIER_RE = new RegExp(
	'(?<=(?:^|[^\\p{L}])(' +
		[
			`un${SP}+peu${SP}+plus${SP}+de`,
			`un${SP}+peu${SP}+moins${SP}+de`,
			`pas${SP}+moins${SP}+de`,
			`(?:à${SP}+)?plus${SP}+de`,
			`(?:à${SP}+)?près${SP}+de`,
			`moins${SP}+de`,
			`(?:d${APOS})?environ`,
			'quelque',
			`au${SP}+moins`,
			`au${SP}+total`,
			`au${SP}+maximum`,
			`au${SP}+minimum`,
			`au${SP}+plus`,
			`jusqu${APOS}${SP}*(?:à|aux?)`,
			`autour${SP}+de`,
			'approximativement',
			'presque',
			'quasiment',
			`à${SP}+peine`,
			'seulement',
			`(?:supérieure?s?|inférieure?s?)${SP}+à`,
		].join('|') +
		`)${SP}+|((?:un${SP}+peu${SP}+)?(?:plus|moins)|pas${SP}+moins|(?:à${SP}+)?près|autour)${SP}+d${APOS})`,
	'yiu',
);
/** Last words of the qualifiers above: the lookbehind runs only after one of them. */
export const QUALIFIER_LAST_WORDS = new Set("d' de environ quelque moins total maximum minimum plus à aux au approximativement presque quasiment peine seulement".split(' '));

/** Qualifiers of one word, and the words before a final `de`/`à` in the others (`plus de`, `jusqu'à`). */
export const QUALIFIER_ONE_WORDS = new Set('environ quelque approximativement presque quasiment seulement peine'.split(' '));
export const QUALIFIER_HEADS = new Set("plus près moins autour jusqu'".split(' '));

/** `les deux pays`: after these, `deux` means "both". */
export const DETERMINERS = new Set('les des aux ces leurs nos vos ses mes tes'.split(' '));
/** Nouns that take a number as a name or an index (`article 5`, `régiment 917`, `années 80`). */
export const INDEX_NOUNS = new Set(
	(
		'article articles art décret décrets loi lois résolution résolutions circulaire circulaires arrêté arrêtés page pages p chapitre ' +
		'chapitres section sections alinéa alinéas paragraphe paragraphes annexe annexes tome tomes volume volumes vol route routes ' +
		'autoroute autoroutes nationale régiment régiments division divisions bataillon bataillons brigade brigades zone zones lot lots ' +
		'salle salles étage étages bâtiment bâtiments bloc blocs phase phases version versions saison saisons épisode épisodes ligne ' +
		'lignes quai quais porte portes terminal rang rangs niveau niveaux catégorie catégories type types modèle modèles série séries ' +
		'années an code codes bus rue avenue boulevard arrondissement district parcelle parcelles case cases classe classes groupe ' +
		'groupes équipe équipes unité unités fig figure figures tableau tableaux photo photos top numéro numéros n no'
	).split(' '),
);
/** Words after which a bare figure (no unit, no noun) is still an amount: `passé à 500`, `un total de 228.` */
export const BARE_CONTEXT = new Set("à de d' sur soit contre atteint atteindre dépasse dépassé totalise totalisant".split(' '));

/** Words that cannot be a counted noun after a number. */
export const NOT_NOUNS = new Set(
	(
		'le la les un une des du de au aux à a en et ou où ni mais donc or car que qu qui quoi dont ce cet cette ces se sa son ses mon ma mes ton ' +
		'ta tes notre nos votre vos leur leurs il ils elle elles on nous vous je tu y ne pas plus moins très trop aussi ainsi alors après avant ' +
		'depuis pendant par pour sur sous dans avec sans chez vers entre contre selon parmi comme environ près presque seulement est sont ' +
		'était étaient sera seront fut ont avait avaient aura auront soit déjà encore toujours jamais fois chacun chacune chaque tous toutes ' +
		'tout toute lors jusqu puis dès ailleurs parfois plusieurs divers diverses certains certaines quelques eux lesquels lesquelles ' +
		'auxquels auxquelles desquels desquelles sommes êtes avons avez étions étiez serons serez respectivement pourcent pourcents ' +
		'pourcentage pourcentages millions milliards billions fin début mi vingts cents'
	)
		.split(' ')
		.concat([...NUMBER_WORDS], [...MONTH_WORDS]),
);


/** Whether the words before could end a qualifier: a cheap test before QUALIFIER_RE. */
export function mayQualify(line: string, before: Before): boolean {
	const w = before.word;
	if (!QUALIFIER_LAST_WORDS.has(w)) return false;
	if (QUALIFIER_ONE_WORDS.has(w)) return true;
	const prev = wordBefore(line, before.start).word;
	if (w === 'de' || w === 'à' || w === 'aux' || w === "d'") return QUALIFIER_HEADS.has(prev) || prev.startsWith('supérieur') || prev.startsWith('inférieur');
	return prev === 'au';
}

export function qualifierBefore(line: string, start: number, before: Before): string | undefined {
	if (!mayQualify(line, before)) return undefined;
	const m = sticky(QUALIFIER_RE, line, start);
	if (!m) return undefined;
	const written = m[1] ?? `${m[2]} de`;
	return written
		.toLowerCase()
		.replace(/’/g, "'")
		.replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
		.replace(/^à (?=plus|près)/, '')
		.replace(/^d'environ$/, 'environ');
}

/** The word before starts with a capital in mid-sentence: the figure names something (`Comité 515`, `EXPO 2025`). */
export function namedBefore(line: string, before: Before): boolean {
	if (!before.capital) return false;
	let i = before.start - 1;
	while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
	if (i < 0) return false;
	const c = line.charCodeAt(i);
	return isWordCode(c) || isDigitCode(c) || c === 0x2c;
}

/** The figure is an index or a name (`article 5`, `art. 5`, `régiment 917`, `Comité 515`). */
export function indexBefore(line: string, before: Before): boolean {
	if (INDEX_NOUNS.has(before.word) || namedBefore(line, before)) return true;
	// An abbreviation and its dot: `art. 5`, `p. 12`, `no. 3`.
	return before.code === 0x2e && INDEX_NOUNS.has(wordBefore(line, before.codeAt).word);
}

/** `n° 59`, `numéro 3`, `#4`: a number that names, not one that counts. */
export function numeroBefore(line: string, before: Before): boolean {
	if (before.code === 0xb0 || before.code === 0xba || before.code === 0x23) return true;
	if (before.word === 'numéro' || before.word === 'numéros') return true;
	return before.code === 0x2e && wordBefore(line, before.codeAt).word === 'no';
}


export interface Noun {
	unit: string;
	time: boolean;
	adjective?: string;
	end: number;
}

/**
 * The counted noun after a figure (`228 projets`, `35 000 Vietnamiens`, `cinq prochaines années`),
 * or after a scale word and `de` (`1,5 million d'habitants`). After a figure above one the noun is
 * plural (`s`, `x`, `z`), which keeps verbs and adjectives out.
 */
export function countedNoun(line: string, pos: number, plural: boolean, afterScale: boolean): Noun | undefined {
	let w = peek(line, pos);
	if (w.word === '' || w.at === pos) return undefined;
	let adjective: string | undefined;
	let fromDe = false;
	if (afterScale && (w.word === 'de' || w.word === 'd')) {
		// `1,5 million d'habitants`, `2 millions de personnes`
		let at = w.wordEnd;
		const c = charAt(line, at);
		if (w.word === 'd' ? c !== 0x27 && c !== 0x2019 : !isSpace(c)) return undefined;
		if (w.word === 'd') at++;
		w = peek(line, at);
		fromDe = true;
	} else if (PRE_ADJECTIVES.has(w.word)) {
		// `cinq prochaines années`
		adjective = w.word;
		const after = peek(line, w.wordEnd);
		if (after.at === w.wordEnd) return undefined;
		w = after;
	}
	if (w.word === '' || NOT_NOUNS.has(w.word)) return undefined;
	const end = hyphenatedEnd(line, w.at);
	const word = line.slice(w.at, end);
	const lower = toLower(word);
	if (word.length < 2 || NOT_NOUNS.has(lower) || PRE_ADJECTIVES.has(lower)) return undefined;
	// `dix-neuf soixante-dix`: a number word is no noun.
	const hyphen = lower.indexOf('-');
	if (hyphen > 0 && NOT_NOUNS.has(lower.slice(0, hyphen))) return undefined;
	const unit = unitOfWord(lower);
	const isUpper = isUpperCase(word);
	const isCapitalized = !isUpper && word[0] !== toLower(word[0]);
	if (isUpper) {
		// Acronyms as counted nouns (`500 PME`).
		if (word.length > 6) return undefined;
	} else if (isCapitalized) {
		// Plural demonyms (`35 000 Vietnamiens`); other capitalized words are names.
		if (!/[sx]$/.test(word) || word.length < 4) return undefined;
	} else if (plural && !unit && !/[sxz]$/.test(lower)) return undefined;
	// A unit right after the figure was read as a suffix; here only after an adjective or `de`.
	if (unit && !unit.time && adjective === undefined && !fromDe) return undefined;
	if (unit) return { unit: unit.unit, time: unit.time, adjective, end };
	const coordinated = isUpper || isCapitalized ? end : coordinatedEnd(line, end);
	return { unit: coordinated > end ? line.slice(w.at, coordinated) : word, time: false, adjective, end };
}

const MAX_COORDINATED = 4;

/**
 * End of a list of counted nouns that share one figure (`87 pays et territoires`, `180 lois,
 * ordonnances, résolutions`): plural common nouns joined by `et`, `ou` or commas, no determiner.
 */
function coordinatedEnd(line: string, end: number): number {
	let at = end;
	for (let k = 0; k < MAX_COORDINATED; k++) {
		const link = peek(line, at);
		let nounAt: number;
		if (link.code === 0x2c && link.at === at) nounAt = link.at + 1;
		else if ((link.word === 'et' || link.word === 'ou') && link.at > at) nounAt = link.wordEnd;
		else break;
		const w = peek(line, nounAt);
		if (w.at === nounAt || w.word === '' || w.raw !== w.word || NOT_NOUNS.has(w.word) || PRE_ADJECTIVES.has(w.word)) break;
		const e = hyphenatedEnd(line, w.at);
		if (!/[sxz]$/.test(w.word) || unitOfWord(w.word) || isWordCode(charAt(line, e))) break;
		// The list goes on only if the noun is not followed by its own figure or a verb-like link (`, dont`).
		at = e;
	}
	return at;
}

