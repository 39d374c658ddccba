// Amounts (money, percentages, quantities) in French text.
//
// One pass per line: a global regex finds where a number may start (a digit, or a number word
// at a word start); at each such place a figure is read forward (numbers.ts), then small sticky
// regexes look at what follows (scale word, %, currency, unit of measure, range, counted noun)
// and a bounded slice before it (qualifier, currency sign, identifier context). Nothing scans
// back further than a few dozen characters, so the whole line is read in linear time.
import { CODE_ALIASES, CURRENCY_ADJECTIVE_SOURCE, CURRENCY_CODE_SOURCE, CURRENCY_NAME_SOURCE, CURRENCY_NAMES, CURRENCY_SYMBOL_SOURCE, CURRENCY_SYMBOLS, currencyCode, normalizeAdjective } from './currencies';
import { isDigitCode, isGroupSeparator, isLetterCode, matchDigitsAt, matchSpelledAt, type NumberMatch, scaled, SCALE_WORDS } from './numbers';
import type { AmountMention, AmountSub } from './types';
import { matchUnitAt, unitOf } from './units';

const SP = '[\\s\\u00a0\\u202f]';
const APOS = "['’]";
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

/** Where a number may start: a digit, or a number word at a word start (`un`/`une` only before a scale word or currency). */
const TRIGGER = new RegExp(
	'\\d|(?<![\\p{L}\\p{M}\\p{N}])(?:' +
		'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|' +
		'vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cent|mille' +
		`|une?(?=${SP}+(?:mill|bill|${CURRENCY_NAME_SOURCE})))(?![\\p{L}\\p{M}])`,
	'giu',
);

const SCALE_RE = new RegExp(`${SP}*(millions?|milliards?|billions?|mille)${NOT_LETTER_AFTER}`, 'yiu');
/** Abbreviated scales, kept only before a currency (`Mds USD`, `M€`, `1,2 Md$`). */
const SCALE_ABBR_RE = new RegExp(`${SP}*(Mds|Mrds|Mrd|Md|Mio|Mn|mn|Bn|bn|M|k|K)(?![\\p{L}\\p{N}])`, 'yu');
const SCALE_ABBR: Record<string, number> = { Mds: 1e9, Mrds: 1e9, Mrd: 1e9, Md: 1e9, Bn: 1e9, bn: 1e9, Mio: 1e6, Mn: 1e6, mn: 1e6, M: 1e6, k: 1e3, K: 1e3 };

const PERCENT_RE = new RegExp(
	`${SP}*(?:(%|‰)|(pour${SP}?-?${SP}?cents?|pourcents?|pourcentages?)${NOT_LETTER_AFTER}|(points?${SP}+de${SP}+pourcentage)${NOT_LETTER_AFTER})`,
	'yiu',
);

/** A currency after a figure: symbol, ISO code or name, after `de`/`d'` when a scale word precedes. */
const CURRENCY_RE = new RegExp(
	`${SP}*(?:(de${SP}+|d${APOS}${SP}*))?(?:(${CURRENCY_SYMBOL_SOURCE})|(${CURRENCY_CODE_SOURCE})(?![\\p{L}\\p{N}])|(${CURRENCY_NAME_SOURCE})(?![\\p{L}\\p{N}]))`,
	'yiu',
);
/** What may follow a currency: an adjective (`américains`, `suisses`, `de Hong Kong`) or a code (`$ usd`, `$CAD`). */
const CURRENCY_TAIL_RE = new RegExp(`(${SP}+|(?<=\\$))(${CURRENCY_ADJECTIVE_SOURCE}|${CURRENCY_CODE_SOURCE})(?![\\p{L}\\p{N}'’])`, 'yiu');
/** A currency sign or code just before a figure (`$ 75 millions`, `£8,10`, `EUR 1000`, `usd$ 15`). */
const CURRENCY_PREFIX_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:([a-zA-Z]{0,3}\\$|[€£¥₫₩₹₽฿₱₺₪₦元])|(${CURRENCY_CODE_SOURCE}))${SP}?$`, 'u');

const MONTHS =
	'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|' +
	'janv\\.|f[ée]vr?\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|d[ée]c\\.';
/** A day of a date: `16 octobre`, `15 au 18 octobre`, `16 et 17 novembre`. Left to the dates recognizer. */
const MONTH_AFTER_RE = new RegExp(`(?:${SP}*(?:au|et|à|-|–|,)${SP}*\\d{1,2}(?:er)?){0,3}${SP}*(?:${MONTHS})(?![\\p{L}])`, 'yiu');
/** Ordinal suffixes glued to a figure: `6e`, `1er`, `14ème`, `2nd`. */
const ORDINAL_RE = /(?:e|è|ème|eme|ième|ieme|er|ère|ere|re|nd|nde|d|de)s?(?![\p{L}\p{N}])/yu;
/** A time of day: `14h`, `10 h 30`. */
const TIME_RE = new RegExp(`${SP}?[hH](?:\\d|(?![\\p{L}]))`, 'yu');
/** Range connectors; `et` only after `entre`. */
const RANGE_RE = new RegExp(`(?:${SP}+(à|et)${SP}+|${SP}*([-–—])${SP}*)`, 'yiu');
/** The rest of a phone number or code made of digit groups. */
const DIGIT_RUN_RE = /(?:[\s\u00a0\u202f.\-/]?\d{1,4})*/y;

/** Adjectives that may stand between a number and its noun (`cinq prochaines années`, `six axes majeurs`). */
const PRE_ADJECTIVES = new Set(
	(
		'nouveaux nouvelles nouvel grands grandes gros grosses petits petites prochains prochaines derniers dernières premiers premières ' +
		'autres principaux principales jeunes anciens anciennes hauts hautes meilleurs meilleures longues longs bons bonnes vieux vieilles ' +
		'belles beaux seuls seules courtes courts importants importantes différents différentes'
	).split(' '),
);
const PRE_ADJECTIVE_SOURCE = [...PRE_ADJECTIVES].join('|');
/** The word after a figure (and an optional adjective): a candidate counted noun. */
const NOUN_RE = new RegExp(`${SP}+(?:(${PRE_ADJECTIVE_SOURCE})${SP}+)?([\\p{L}][\\p{L}\\p{M}]*(?:-[\\p{L}][\\p{L}\\p{M}]*)*)`, 'yiu');
/** `1,5 million d'habitants`: the counted noun after a scale word. */
const NOUN_AFTER_SCALE_RE = new RegExp(`${SP}+(?:de${SP}+|d${APOS}${SP}*)([\\p{L}][\\p{L}\\p{M}]*(?:-[\\p{L}][\\p{L}\\p{M}]*)*)`, 'yiu');
/** `les dix premiers mois de 2025` is a date period, not an amount. */
const PERIOD_OF_YEAR_RE = new RegExp(`${SP}+(?:de|d${APOS})${SP}*(?:l${APOS}ann[ée]e|cette${SP}+ann[ée]e|\\d{4})`, 'yiu');

/** Words that cannot be a counted noun after a number. */
const NOT_NOUNS = new Set(
	(
		'le la les un une des du de au aux à a en et ou où ni mais donc or car que qu qui quoi dont ce cet cette ces se sa son ses mon ma mes ton ' +
		'ta tes notre nos votre vos leur leurs il ils elle elles on nous vous je tu y ne pas plus moins très trop aussi ainsi alors après avant ' +
		'depuis pendant par pour sur sous dans avec sans chez vers entre contre selon parmi comme environ près presque seulement est sont ' +
		'était étaient sera seront fut ont avait avaient aura auront soit déjà encore toujours jamais fois chacun chacune chaque tous toutes ' +
		'tout toute lors jusqu puis dès ailleurs parfois plusieurs divers diverses certains certaines quelques eux lesquels lesquelles ' +
		'auxquels auxquelles desquels desquelles sommes êtes avons avez étions étiez serons serez respectivement contre ans pourcent ' +
		'pourcents pourcentage pourcentages cents millions milliards billions mille fin début mi'
	).split(' '),
);
const MONTH_WORDS = new Set('janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre'.split(' '));

/** Qualifiers written before an amount, kept out of its span. */
const QUALIFIER_RE = new RegExp(
	'(?:^|[^\\p{L}])(' +
		[
			`un${SP}+peu${SP}+plus${SP}+(?:de${SP}+|d${APOS})`,
			`un${SP}+peu${SP}+moins${SP}+(?:de${SP}+|d${APOS})`,
			`pas${SP}+moins${SP}+(?:de${SP}+|d${APOS})`,
			`(?:à${SP}+)?plus${SP}+(?:de${SP}+|d${APOS})`,
			`(?:à${SP}+)?près${SP}+(?:de${SP}+|d${APOS})`,
			`moins${SP}+(?:de${SP}+|d${APOS})`,
			`(?:d${APOS})?environ${SP}+`,
			`quelque${SP}+`,
			`au${SP}+moins${SP}+`,
			`au${SP}+total${SP}+`,
			`au${SP}+maximum${SP}+`,
			`au${SP}+minimum${SP}+`,
			`au${SP}+plus${SP}+`,
			`jusqu${APOS}${SP}*(?:à|aux?)${SP}+`,
			`autour${SP}+(?:de${SP}+|d${APOS})`,
			`approximativement${SP}+`,
			`presque${SP}+`,
			`quasiment${SP}+`,
			`à${SP}+peine${SP}+`,
			`seulement${SP}+`,
			`(?:supérieure?s?|inférieure?s?)${SP}+à${SP}+`,
		].join('|') +
		`)${SP}*$`,
	'iu',
);

const DETERMINER_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:les|des|aux|ces|leurs|nos|vos|ses|mes|tes)${SP}+$`, 'iu');
const ENTRE_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])entre${SP}+$`, 'iu');
const A_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])à${SP}+$`, 'iu');
const CLOSING_AFTER_RE = new RegExp(`${SP}*(?:[»"”),.;:!?]|$)`, 'y');
/** `n° 59`, `numéro 3`: identifiers. */
const NUMERO_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:n[°º]s?|no\\.|numéros?|#)${SP}*$`, 'iu');
/** Nouns that take a number as a name or an index (`article 5`, `régiment 917`, `années 80`). */
const INDEX_NOUN_BEFORE_RE = new RegExp(
	'(?:^|[^\\p{L}])(?:articles?|art\\.|décrets?|lois?|résolutions?|circulaires?|arrêtés?|pages?|p\\.|chapitres?|sections?|alinéas?|' +
		'paragraphes?|annexes?|tomes?|volumes?|vol\\.|routes?|autoroutes?|nationales?|régiments?|divisions?|bataillons?|brigades?|' +
		'zones?|lots?|salles?|étages?|bâtiments?|blocs?|phases?|versions?|saisons?|épisodes?|lignes?|quais?|portes?|terminal|' +
		'vols?|rangs?|niveaux?|catégories?|types?|modèles?|séries?|années|an|codes?|bus|rue|avenue|boulevard|arrondissement|district|' +
		'parcelles?|cases?|classes?|groupes?|équipes?|unités?|fig\\.|figures?|tableaux?|photos?|top)' +
		`${SP}*$`,
	'iu',
);
/** Words after which a bare figure (no unit, no noun) is still an amount: `passé à 500`, `un total de 228.` */
const BARE_CONTEXT_RE = new RegExp(`(?:^|[^\\p{L}])(?:à|de|d${APOS}|sur|soit|contre|atteint|atteindre|dépasse|dépassé|totalise|totalisant)${SP}*$`, 'iu');

interface Suffix {
	sub: AmountSub;
	end: number;
	unit: string;
	time?: boolean;
	/** The currency sign came before the figure (`$ 75 millions`). */
	prefixStart?: number;
}

interface Quantity {
	num: NumberMatch;
	/** End of number + scale. */
	end: number;
	factor: number;
	/** The scale was a word (`millions`), which allows `de`/`d'` before a currency or unit. */
	scaleWord: boolean;
	suffix?: Suffix;
}

/** Finds amounts in one line; offsets are relative to `line`. */
export function findAmounts(line: string): AmountMention[] {
	const out: AmountMention[] = [];
	const trigger = TRIGGER;
	trigger.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = trigger.exec(line)) !== null) {
		const at = m.index;
		const next = readAmount(line, at, out);
		trigger.lastIndex = Math.max(next, at + 1);
	}
	return out;
}

function charAt(line: string, i: number): number {
	return i >= 0 && i < line.length ? line.charCodeAt(i) : NaN;
}

function isSpace(c: number): boolean {
	return isGroupSeparator(c) || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x2028 || c === 0x3000;
}

/** Characters after which a figure may start (a word boundary that is not part of a code or URL). */
function isFigureBoundary(c: number): boolean {
	if (Number.isNaN(c) || isSpace(c)) return true;
	return '([{«"“‘\'’:;,!?<>~≈≤≥+'.includes(String.fromCharCode(c)) || CURRENCY_SYMBOLS.has(String.fromCharCode(c));
}

/** End of the code-like token at `pos` (letters, digits and the marks that glue codes together). */
function skipToken(line: string, pos: number): number {
	let i = pos;
	while (i < line.length) {
		const c = line.charCodeAt(i);
		if (isDigitCode(c) || isLetterCode(c) || '.,/-_°:\'’'.includes(line[i])) i++;
		else break;
	}
	return Math.max(i, pos + 1);
}

function skipDigitRun(line: string, pos: number): number {
	DIGIT_RUN_RE.lastIndex = pos;
	DIGIT_RUN_RE.exec(line);
	return Math.max(DIGIT_RUN_RE.lastIndex, pos + 1);
}

function sticky(re: RegExp, line: string, pos: number): RegExpExecArray | null {
	re.lastIndex = pos;
	return re.exec(line);
}

const LOOKBEHIND = 48;
function before(line: string, pos: number): string {
	return line.slice(Math.max(0, pos - LOOKBEHIND), pos);
}

function readNumber(line: string, pos: number): NumberMatch | undefined {
	return isDigitCode(line.charCodeAt(pos)) ? matchDigitsAt(line, pos) : matchSpelledAt(line, pos);
}

/** Number at `pos`, its scale word and what follows (%, currency, unit). */
function readQuantity(line: string, num: NumberMatch): Quantity {
	let end = num.end;
	let factor = 1;
	let scaleWord = false;
	const sw = sticky(SCALE_RE, line, end);
	if (sw) {
		factor = SCALE_WORDS.get(sw[1].toLowerCase()) ?? 1;
		end = sw.index + sw[0].length;
		scaleWord = true;
	}
	const q: Quantity = { num, end, factor, scaleWord };
	if (!scaleWord) {
		// `Mds USD`, `M€`, `k$`: an abbreviated scale only counts before a currency.
		const ab = sticky(SCALE_ABBR_RE, line, end);
		if (ab) {
			const abEnd = ab.index + ab[0].length;
			const cur = matchCurrency(line, abEnd, false, true);
			if (cur) {
				q.factor = SCALE_ABBR[ab[1]];
				q.end = abEnd;
				q.suffix = cur;
				return q;
			}
		}
	}
	q.suffix = matchSuffix(line, q.end, scaleWord);
	return q;
}

function matchSuffix(line: string, pos: number, scaleWord: boolean): Suffix | undefined {
	const p = sticky(PERCENT_RE, line, pos);
	if (p) {
		const unit = p[3] ? 'points de pourcentage' : p[1] === '‰' ? '‰' : '%';
		return { sub: 'percent', end: p.index + p[0].length, unit };
	}
	const cur = matchCurrency(line, pos, scaleWord, scaleWord);
	if (cur) return cur;
	let u = matchUnitAt(line, pos);
	if (!u && scaleWord) {
		// `1,5 million de gallons`
		const de = sticky(new RegExp(`${SP}+(?:de${SP}+|d${APOS}${SP}*)`, 'yiu'), line, pos);
		if (de) {
			const after = matchUnitAt(line, de.index + de[0].length);
			if (after && !after.time) u = after;
		}
	}
	if (u) return { sub: 'quantity', end: u.end, unit: u.unit, time: u.time };
	return undefined;
}

/**
 * A currency at `pos`. `de`/`d'` may come first only after a scale word (`2 millions de dollars`).
 * `livres`/`couronnes` are money only with a scale, an adjective or a code (else a weight, a noun).
 */
function matchCurrency(line: string, pos: number, allowDe: boolean, scaled: boolean): Suffix | undefined {
	const m = sticky(CURRENCY_RE, line, pos);
	if (!m) return undefined;
	if (m[1] && !allowDe) return undefined;
	let end = m.index + m[0].length;
	let code: string | undefined;
	let family = undefined as ReturnType<typeof CURRENCY_NAMES.get>;
	if (m[2]) code = CURRENCY_SYMBOLS.get(m[2].toLowerCase());
	else if (m[3]) code = CODE_ALIASES.get(m[3].toUpperCase()) ?? m[3].toUpperCase();
	else if (m[4]) {
		family = CURRENCY_NAMES.get(m[4].toLowerCase());
		code = family?.code;
	}
	if (!code) return undefined;
	const tail = sticky(CURRENCY_TAIL_RE, line, end);
	let adjective = false;
	if (tail) {
		const written = tail[2];
		let narrowed: string | undefined;
		if (m[4]) {
			const c = currencyCode(m[4], written);
			if (c && (c !== family?.code || family?.adjectives?.[normalizeAdjective(written)])) narrowed = c;
			// A code after a name (`dollars US`).
			else if (/^[a-z]{3}$/i.test(written) && family?.code === 'USD') narrowed = CODE_ALIASES.get(written.toUpperCase()) ?? written.toUpperCase();
		} else if (m[2] && m[2].endsWith('$')) {
			narrowed = currencyCode('dollar', written);
			if (narrowed === 'USD' && !/^(us|usd|américaine?s?)$/i.test(written)) narrowed = undefined;
		}
		if (narrowed) {
			code = narrowed;
			end = tail.index + tail[0].length;
			adjective = true;
		}
	}
	if (family?.ambiguous && !scaled && !adjective) return undefined;
	return { sub: 'money', end, unit: code };
}

function prefixCurrency(line: string, start: number): Suffix | undefined {
	const m = CURRENCY_PREFIX_RE.exec(before(line, start));
	if (!m) return undefined;
	let code: string | undefined;
	if (m[1]) code = CURRENCY_SYMBOLS.get(m[1].toLowerCase());
	else if (m[2] && m[2] === m[2].toUpperCase()) code = CODE_ALIASES.get(m[2]) ?? m[2];
	if (!code) return undefined;
	const symbol = m[1] ?? m[2];
	const gap = isSpace(m[0].charCodeAt(m[0].length - 1)) ? 1 : 0;
	const prefixStart = start - gap - symbol.length;
	return { sub: 'money', end: start, unit: code, prefixStart };
}

function valueOf(q: Quantity): number {
	const n = q.num;
	if (n.spelled || n.mantissa === undefined) return n.value * q.factor;
	return scaled(n.mantissa, n.decimals ?? 0, q.factor);
}

function qualifierBefore(line: string, start: number): string | undefined {
	const m = QUALIFIER_RE.exec(before(line, start));
	if (!m) return undefined;
	let q = m[1]
		.toLowerCase()
		.replace(/[’]/g, "'")
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.trim();
	q = q.replace(/^à /, '').replace(/^d'environ$/, 'environ').replace(/ d'$/, ' de');
	return q;
}

/** The word before `pos` starts with a capital in mid-sentence: the figure names something (`Comité 515`, `EXPO 2025`). */
function namedBefore(line: string, pos: number): boolean {
	let i = pos - 1;
	while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
	const wordEnd = i + 1;
	while (i >= 0 && pos - i < LOOKBEHIND && (isLetterCode(line.charCodeAt(i)) || line[i] === '-')) i--;
	const wordStart = i + 1;
	if (wordStart >= wordEnd) return false;
	const first = line[wordStart];
	if (first === first.toLowerCase()) return false;
	while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
	if (i < 0) return false;
	const c = line.charCodeAt(i);
	return isLetterCode(c) || isDigitCode(c) || c === 0x2c;
}

const SUBUNITS = new Set([...CURRENCY_NAMES.values()].filter((f) => f.subunit).map((f) => f.code));
const CENTS_LEAD_RE = new RegExp(`${SP}+(?:et${SP}+)?`, 'yiu');
const CENTS_WORD_RE = new RegExp(`${SP}+(?:cents?|centimes?)${NOT_LETTER_AFTER}`, 'yiu');
const CENTS_END_RE = new RegExp(`${SP}*(?:[.,;:!?)»"”]|$)`, 'y');

/** The cents after a sum (`et 15 cents`, ` 50.`): 1 to 99, then a sub-unit word or the end of the phrase. */
function centsAfter(line: string, pos: number, digits: boolean): { value: number; end: number } | undefined {
	const lead = sticky(CENTS_LEAD_RE, line, pos);
	if (!lead) return undefined;
	const at = lead.index + lead[0].length;
	if (isDigitCode(line.charCodeAt(at)) !== digits) return undefined;
	const n = readNumber(line, at);
	if (!n || n.value < 1 || n.value > 99 || (!n.spelled && !n.plain)) return undefined;
	const word = sticky(CENTS_WORD_RE, line, n.end);
	if (word) return { value: n.value, end: word.index + word[0].length };
	if (digits && sticky(CENTS_END_RE, line, n.end)) return { value: n.value, end: n.end };
	return undefined;
}

interface Noun {
	unit: string;
	time: boolean;
	/** The noun is right after the figure (no adjective between). */
	adjacent: boolean;
	adjective?: string;
	end: number;
}

function countedNoun(line: string, pos: number, plural: boolean, afterScale: boolean): Noun | undefined {
	let m = afterScale ? sticky(NOUN_AFTER_SCALE_RE, line, pos) : null;
	let adjective: string | undefined;
	let word: string;
	if (m) word = m[1];
	else {
		m = sticky(NOUN_RE, line, pos);
		if (!m) return undefined;
		adjective = m[1];
		word = m[2];
	}
	const lower = word.toLowerCase();
	if (NOT_NOUNS.has(lower) || MONTH_WORDS.has(lower) || PRE_ADJECTIVES.has(lower)) return undefined;
	if (word.length < 2) return undefined;
	const unit = unitOf(word);
	const isUpper = word === word.toUpperCase();
	const isCapitalized = !isUpper && word[0] !== word[0].toLowerCase();
	if (isUpper) {
		// Acronyms as counted nouns (`500 PME`).
		if (word.length > 6) return undefined;
	} else if (isCapitalized) {
		// Plural demonyms (`35 000 Vietnamiens`); other capitalized words are names.
		if (!/[sx]$/.test(word) || word.length < 4) return undefined;
	} else if (plural && !unit && !/[sxz]$/.test(lower)) return undefined;
	if (unit && !unit.time && adjective === undefined && !afterScale) return undefined;
	return {
		unit: unit ? unit.unit : word,
		time: unit?.time ?? false,
		adjacent: adjective === undefined,
		adjective: adjective?.toLowerCase(),
		end: m.index + m[0].length,
	};
}

/** Reads the amount that may start at `pos`; returns where scanning resumes. */
function readAmount(line: string, pos: number, out: AmountMention[]): number {
	const digit = isDigitCode(line.charCodeAt(pos));
	let start = pos;
	let negative = false;
	if (digit) {
		const prev = charAt(line, pos - 1);
		if (prev === 0x2d || prev === 0x2212) {
			// A sign only when the minus stands alone before the figure (`-5 %`, not `COVID-19`).
			if (!isFigureBoundary(charAt(line, pos - 2)) || prev === charAt(line, pos - 2)) return skipToken(line, pos);
			negative = true;
			start = pos - 1;
		} else if (!isFigureBoundary(prev)) return skipToken(line, pos);
	}
	const n1 = readNumber(line, pos);
	if (!n1) return digit ? skipToken(line, pos) : pos + 1;

	if (digit) {
		const e = n1.end;
		const c = charAt(line, e);
		const c2 = charAt(line, e + 1);
		if (NUMERO_BEFORE_RE.test(before(line, pos))) return skipToken(line, pos);
		// Phone numbers and codes: a leading zero, or digit groups that are not thousands.
		if (n1.plain && n1.end - pos >= 2 && line.charCodeAt(pos) === 0x30) return skipDigitRun(line, pos);
		if (n1.plain && n1.end - pos <= 2 && n1.value >= 1 && n1.value <= 31 && sticky(MONTH_AFTER_RE, line, e)) return MONTH_AFTER_RE.lastIndex;
		if (isLetterCode(c) || c === 0xb0) {
			if (sticky(ORDINAL_RE, line, e)) return skipToken(line, pos);
		}
		if ((c === 0x2f || c === 0x3a) && !Number.isNaN(c2) && (isDigitCode(c2) || isLetterCode(c2))) return skipToken(line, pos);
		if ((c === 0x2e || c === 0x2c) && isDigitCode(c2)) return skipToken(line, pos);
		if (sticky(TIME_RE, line, e)) return skipToken(line, pos);
	}

	const q1 = readQuantity(line, n1);
	if (digit) {
		const c = charAt(line, n1.end);
		// Letters glued to the figure must be a unit, a scale or a currency (`75ml`, `5M€`), else it is a code (`5G`, `3D`).
		if ((isLetterCode(c) || c === 0xb0) && q1.end === n1.end && !q1.suffix) return skipToken(line, pos);
		if (c === 0x2d && isLetterCode(charAt(line, n1.end + 1)) && !q1.suffix) return skipToken(line, pos);
	}

	// A range: `1 à 2`, `10-15 %`, `entre 3 et 5 millions de dollars`, `de 10 % à 20 %`.
	let q2: Quantity | undefined;
	const r = sticky(RANGE_RE, line, q1.suffix ? q1.suffix.end : q1.end);
	if (r) {
		const n2At = r.index + r[0].length;
		const isEt = r[1] !== undefined && r[1].toLowerCase() === 'et';
		if ((!isEt || ENTRE_BEFORE_RE.test(before(line, start))) && n2At < line.length && isDigitCode(line.charCodeAt(n2At)) === digit) {
			const n2 = readNumber(line, n2At);
			if (n2) {
				const cand = readQuantity(line, n2);
				const same = q1.suffix ? cand.suffix && cand.suffix.sub === q1.suffix.sub && cand.suffix.unit === q1.suffix.unit : true;
				if (same) {
					if (!q1.suffix && !q1.scaleWord && q1.factor === 1) q1.factor = cand.factor;
					if (valueOf(cand) >= valueOf(q1)) q2 = cand;
				}
			}
		}
	}
	const last = q2 ?? q1;
	let end = last.suffix && !last.suffix.prefixStart ? last.suffix.end : last.end;
	let suffix = last.suffix;

	// Years are dates (the dates recognizer finds them), as are `2021-2025`.
	const yearLike = (n: NumberMatch) => n.plain && n.end - n.start === 4 && n.value >= 1900 && n.value <= 2100;
	const isYear = yearLike(n1) && q1.factor === 1 && (!q2 || yearLike(q2.num));

	if (digit && !suffix) {
		const c = charAt(line, last.num.end);
		// Digit groups that are not thousands (`84 24 3825`), or a dash that is no range (`3-1`).
		if (!q2 && last.end === last.num.end && (isSpace(c) || c === 0x2e || c === 0x2d) && isDigitCode(charAt(line, last.num.end + 1))) return skipDigitRun(line, pos);
		if (!q2 && c === 0x2d && isDigitCode(charAt(line, last.num.end + 1))) return skipDigitRun(line, pos);
	}

	if (!suffix) suffix = prefixCurrency(line, start);
	if (suffix?.prefixStart !== undefined) start = suffix.prefixStart;

	let unit: string | undefined = suffix?.unit;
	let sub: AmountSub = suffix?.sub ?? 'quantity';
	const spelledOne = n1.spelled && n1.words === 1 && (n1.firstWord === 'un' || n1.firstWord === 'une');

	if (!suffix) {
		const plural = (q2 ? valueOf(q2) : valueOf(q1)) >= 2 || q1.factor > 1;
		const noun = countedNoun(line, last.end, plural, last.scaleWord);
		if (noun) {
			// `2000 personnes` may be a count, but `en 1996 armes…` is not: a year-like figure needs a qualifier.
			if (isYear && !qualifierBefore(line, start)) return last.end;
			// `les dix premiers mois de 2025`: a period of a year, left to the dates recognizer.
			if (noun.time && noun.adjective && /^(premi|derni)/.test(noun.adjective) && sticky(PERIOD_OF_YEAR_RE, line, noun.end)) return noun.end;
			// `les deux pays`: `deux` after a determiner means "both".
			if (n1.spelled && n1.value === 2 && n1.words === 1 && !q2 && !noun.time && DETERMINER_BEFORE_RE.test(before(line, pos))) return n1.end;
			if (spelledOne && q1.factor === 1) return n1.end;
			if (!n1.spelled && (INDEX_NOUN_BEFORE_RE.test(before(line, start)) || namedBefore(line, start))) return skipToken(line, pos);
			unit = noun.unit;
		} else if (n1.spelled) {
			// A spelled number alone is no amount, except `à trois` (a three-party arrangement).
			if (!q2 && q1.factor === 1 && n1.words === 1 && n1.value >= 2 && n1.value <= 10 && A_BEFORE_RE.test(before(line, pos)) && sticky(CLOSING_AFTER_RE, line, n1.end)) {
				unit = 'parties';
			} else if (q1.factor === 1) return n1.end;
		} else {
			if (isYear) return end;
			if (q1.factor === 1 && !qualifierBefore(line, start) && !BARE_CONTEXT_RE.test(before(line, start))) return skipToken(line, pos);
			if (INDEX_NOUN_BEFORE_RE.test(before(line, start)) || namedBefore(line, start)) return skipToken(line, pos);
		}
	}
	if (spelledOne && q1.factor === 1 && sub !== 'money') return n1.end;
	if (n1.spelled && n1.value === 0) return n1.end;

	if (suffix && suffix.prefixStart === undefined) end = Math.max(end, suffix.end);
	else end = last.end;
	let value = valueOf(q1);
	// `15 dollars et 15 cents`, `treize euros et quarante-cinq cents`, `15 euros 50`.
	if (sub === 'money' && !q2 && q1.factor === 1 && suffix?.prefixStart === undefined && unit && !SUBUNITS.has(unit)) {
		const cents = centsAfter(line, end, digit);
		if (cents) {
			value += cents.value / 100;
			end = cents.end;
		}
	}
	if (negative) value = -value;
	const mention: AmountMention = { kind: 'amount', sub, start, end, text: line.slice(start, end), value };
	if (unit !== undefined) mention.unit = unit;
	const qualifier = qualifierBefore(line, start);
	if (qualifier) mention.qualifier = qualifier;
	if (q2) {
		mention.min = value;
		mention.max = negative ? valueOf(q2) : valueOf(q2);
	}
	out.push(mention);
	return end;
}
