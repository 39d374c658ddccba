// Amounts (money, percentages, quantities) in French text.
//
// One pass per line over the line's tokens (tokens.ts) stops at digits and at number words (see
// TRIGGER); at each stop a figure is read forward (numbers.ts), the word after it and the
// word before it are peeked at by hand, and only when they could matter does a small sticky regex
// confirm a scale word, a percent sign, a currency, a unit or a range, or a sticky lookbehind a
// qualifier or a currency sign. Every look-around stays within the neighbouring words, so a line
// is read in linear time.
import {
	CODE_ALIASES,
	CURRENCY_ADJECTIVE_SOURCE,
	CURRENCY_CODE_SOURCE,
	CURRENCY_CODES,
	CURRENCY_NAME_SOURCE,
	CURRENCY_NAMES,
	CURRENCY_SYMBOL_SOURCE,
	CURRENCY_SYMBOLS,
	currencyCode,
	normalizeAdjective,
} from './currencies';
import { isDigitCode, isGroupSeparator, isLetterCode, matchDigitsAt, matchSpelledAt, NUMBER_WORDS, type NumberMatch, scaled, SCALE_WORDS } from './numbers';
import { divergent, kind, markSignatures, marked, nMarked, NUM, sigTable, tEnd, toLower, tSig, tStart, useTokens, WORD } from './tokens';
import type { AmountMention, AmountSub } from './types';
import { matchUnitAt, type UnitMatch } from './units';

const SP = '[\\s\\u00a0\\u202f\\u2009]';
/** What makes `un`/`une` start an amount (a scale word or a currency name after it). */
const UN_AFTER_SOURCE = `[\\s\\u00a0]+(?:mill|bill|${CURRENCY_NAME_SOURCE})`;
const APOS = "['’]";
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

// ---------------------------------------------------------------------------------------------
// Patterns, each run at one position only.

const SCALE_RE = new RegExp(`${SP}*(millions?|milliards?|billions?|mille)${NOT_LETTER_AFTER}`, 'yiu');
/** Abbreviated scales, kept only before a currency (`Mds USD`, `M€`, `1,2 Md$`). */
const SCALE_ABBR: Readonly<Record<string, number>> = { Mds: 1e9, Mrds: 1e9, Mrd: 1e9, Md: 1e9, Bn: 1e9, bn: 1e9, Mio: 1e6, Mn: 1e6, mn: 1e6, M: 1e6, k: 1e3, K: 1e3 };
const SCALE_ABBR_RE = new RegExp(`${SP}*(${Object.keys(SCALE_ABBR).join('|')})(?![\\p{L}\\p{N}])`, 'yu');

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
/** First three letters of the words that may follow a currency name (`américains`, `de Hong Kong`, `usd`): gates CURRENCY_TAIL_RE. */
const ADJECTIVE_PREFIXES = new Set(
	[...CURRENCY_NAMES.values()]
		.flatMap((f) => Object.keys(f.adjectives ?? {}))
		.concat([...CURRENCY_CODES].map((c) => c.toLowerCase()))
		.map((k) => k.split(' ')[0].slice(0, 3)),
);
/** A currency sign or code right before a figure (`$ 75 millions`, `£8,10`, `EUR 1000`, `usd$ 15`). */
const CURRENCY_PREFIX_RE = new RegExp(`(?<=(?:^|[^\\p{L}\\p{N}])(?:([a-zA-Z]{0,3}\\$|[€£¥₫₩₹₽฿₱₺₪₦元])|(${CURRENCY_CODE_SOURCE}))${SP}?)`, 'yu');
const CURRENCY_SIGN_CHARS = new Set([...'$€£¥₫₩₹₽฿₱₺₪₦元'].map((c) => c.charCodeAt(0)));

const MONTHS =
	'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|' +
	'janv\\.|f[ée]vr?\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|d[ée]c\\.';
/** A day of a date: `16 octobre`, `15 au 18 octobre`, `16 et 17 novembre`. Left to the dates recognizer. */
const MONTH_AFTER_RE = new RegExp(`(?:${SP}*(?:au|et|à|-|–|,)${SP}*\\d{1,2}(?:er)?){0,3}${SP}*(?:${MONTHS})(?![\\p{L}])`, 'yiu');
const MONTH_WORDS = new Set('janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre janv févr fév avr juil sept oct nov déc'.split(' '));
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
/** `de`/`d'` after a scale word, before a unit (`1,5 million de gallons`). */
const DE_RE = new RegExp(`${SP}+(?:de${SP}+|d${APOS}${SP}*)`, 'yiu');
/** `les dix premiers mois de 2025` is a period of a year, not an amount. */
const PERIOD_OF_YEAR_RE = new RegExp(`${SP}+(?:de|d${APOS})${SP}*(?:l${APOS}ann[ée]e|cette${SP}+ann[ée]e|\\d{4})`, 'yiu');

/** Qualifiers written before an amount, kept out of its span (one run of spaces between it and the figure). */
const QUALIFIER_RE = new RegExp(
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
const QUALIFIER_LAST_WORDS = new Set("d' de environ quelque moins total maximum minimum plus à aux au approximativement presque quasiment peine seulement".split(' '));

/** Qualifiers of one word, and the words before a final `de`/`à` in the others (`plus de`, `jusqu'à`). */
const QUALIFIER_ONE_WORDS = new Set('environ quelque approximativement presque quasiment seulement peine'.split(' '));
const QUALIFIER_HEADS = new Set("plus près moins autour jusqu'".split(' '));

/** `les deux pays`: after these, `deux` means "both". */
const DETERMINERS = new Set('les des aux ces leurs nos vos ses mes tes'.split(' '));
/** Nouns that take a number as a name or an index (`article 5`, `régiment 917`, `années 80`). */
const INDEX_NOUNS = new Set(
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
const BARE_CONTEXT = new Set("à de d' sur soit contre atteint atteindre dépasse dépassé totalise totalisant".split(' '));

/** Words that cannot be a counted noun after a number. */
const NOT_NOUNS = new Set(
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

// ---------------------------------------------------------------------------------------------
// Characters and words around a position.

/** Letters of Latin scripts, by code (the common case); others go through `\p{L}`. */
const LATIN_LETTER = (() => {
	const t = new Uint8Array(0x250);
	for (let c = 0; c < t.length; c++) t[c] = isLetterCode(c) ? 1 : 0;
	return t;
})();

/** Letters and combining marks: the characters of a word. */
function isWordCode(c: number): boolean {
	if (c < 0x250) return LATIN_LETTER[c] === 1;
	return (c >= 0x300 && c <= 0x36f) || isLetterCode(c);
}

function isSpace(c: number): boolean {
	return isGroupSeparator(c) || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x2028 || c === 0x3000;
}

function charAt(line: string, i: number): number {
	return i >= 0 && i < line.length ? line.charCodeAt(i) : NaN;
}

const BOUNDARY_CHARS = new Set([...'([{«"“‘\'’:;,!?<>~≈≤≥+'].map((c) => c.charCodeAt(0)));
/** Characters after which a figure may start (a word boundary that is not part of a code or URL). */
function isFigureBoundary(c: number): boolean {
	return Number.isNaN(c) || isSpace(c) || BOUNDARY_CHARS.has(c) || CURRENCY_SIGN_CHARS.has(c);
}

const TOKEN_GLUE = new Set([...'.,/-_°:\'’'].map((c) => c.charCodeAt(0)));
/** End of the code-like token at `pos` (letters, digits and the marks that glue codes together). */
function skipToken(line: string, pos: number): number {
	let i = pos;
	while (i < line.length) {
		const c = line.charCodeAt(i);
		if (isDigitCode(c) || isWordCode(c) || TOKEN_GLUE.has(c)) i++;
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

/** What comes after a position: the first character after spaces, and the word there if any. */
interface Peek {
	/** Position of the first character after the spaces. */
	at: number;
	code: number;
	/** The word as written and in lower case ('' when `code` is no letter). */
	raw: string;
	word: string;
	wordEnd: number;
}

const MAX_PEEK_WORD = 24;
function peek(line: string, pos: number): Peek {
	let i = pos;
	while (i < line.length && isSpace(line.charCodeAt(i))) i++;
	let j = i;
	while (j < line.length && j - i < MAX_PEEK_WORD && isWordCode(line.charCodeAt(j))) j++;
	const raw = line.slice(i, j);
	return { at: i, code: charAt(line, i), raw, word: toLower(raw), wordEnd: j };
}

/** The word before a position (spaces skipped), lower case; an elided `d'` keeps its apostrophe. */
interface Before {
	word: string;
	start: number;
	/** The first character of the word is a capital. */
	capital: boolean;
	/** The character just before the figure (after skipping spaces), and where it is. */
	code: number;
	codeAt: number;
}

function wordBefore(line: string, pos: number): Before {
	let i = pos - 1;
	while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
	const spaces = pos - 1 - i;
	const code = charAt(line, i);
	let end = i + 1;
	if (code === 0x27 || code === 0x2019) i--;
	while (i >= 0 && end - i <= MAX_PEEK_WORD && isWordCode(line.charCodeAt(i))) i--;
	const start = i + 1;
	if (start === end - 1 && (code === 0x27 || code === 0x2019)) end = start;
	let word = toLower(line.slice(start, end));
	if (code === 0x2019) word = word.slice(0, -1) + "'";
	const first = line[start] ?? '';
	return { word, start, capital: start < end && first !== toLower(first), code, codeAt: pos - 1 - spaces };
}

const unitCache = new Map<string, UnitMatch | null>();
/** The unit a single word names (`années` → ans), cached: the same words come back all the time. */
function unitOfWord(word: string): UnitMatch | undefined {
	let u = unitCache.get(word);
	if (u === undefined) {
		const m = matchUnitAt(word, 0);
		u = m && m.end === word.length ? m : null;
		if (unitCache.size > 5000) unitCache.clear();
		unitCache.set(word, u);
	}
	return u ?? undefined;
}

/** First words of multi-word units that are no unit alone. */
const UNIT_HEADS = new Set(['milles', 'mille']);

// ---------------------------------------------------------------------------------------------
// The scan.

/**
 * Where an amount may start: a digit, or a number word at an ASCII word boundary (`un`/`une` only
 * before a scale word or a currency: `un milliard`, `une yen`). This regex states it; the scan
 * below finds the same positions from the line's tokens (tokens.ts) without reading characters
 * again, and falls back to the regex on lines whose tokens do not fit (see `divergent`).
 */
const TRIGGER = new RegExp(
	'\\d|\\b(?:' +
		[...NUMBER_WORDS]
			.filter((w) => w !== 'un' && w !== 'une')
			.sort((x, y) => y.length - x.length)
			.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
			.join('|') +
		`|[uU]ne?(?=${UN_AFTER_SOURCE}))\\b`,
	'g',
);
const UN_AFTER_RE = new RegExp(UN_AFTER_SOURCE, 'y');
/** Number words (not `un`/`une`) and their capitalized forms. */
const TRIGGER_WORDS = new Set([...NUMBER_WORDS].filter((w) => w !== 'un' && w !== 'une').flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
const TRIGGER_SIG = sigTable([...TRIGGER_WORDS, 'un', 'une']);
markSignatures(TRIGGER_SIG);

/** `_`, ASCII letters and digits: the word characters of `\b`. */
function isAsciiWord(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Finds amounts in one line; offsets are relative to `line`, plus `base` (the line's offset in a document). */
export function findAmounts(line: string, base = 0): AmountMention[] {
	const out: AmountMention[] = [];
	useTokens(line);
	if (divergent) {
		const trigger = TRIGGER;
		trigger.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = trigger.exec(line)) !== null) {
			const at = m.index;
			trigger.lastIndex = Math.max(atTrigger(line, at, at + m[0].length, out), at + 1);
		}
		return rebase(out, base);
	}
	// The first digit at or after `from`, or a token that is a number word standing alone
	// (both are among the marked tokens).
	let from = 0;
	for (let c = 0; c < nMarked; c++) {
		const k = marked[c];
		const e = tEnd[k];
		if (e <= from) continue;
		const t = kind[k];
		if (t === NUM) {
			const at = Math.max(tStart[k], from);
			from = Math.max(atTrigger(line, at, at + 1, out), at + 1);
			// Digits left in this token come first.
			if (from < e) c--;
		} else if (t === WORD && TRIGGER_SIG[tSig[k]] === 1) {
			const at = tStart[k];
			if (at < from || !isNumberWord(line, at, e)) continue;
			from = Math.max(atTrigger(line, at, e, out), at + 1);
		}
	}
	return rebase(out, base);
}

function rebase(found: AmountMention[], base: number): AmountMention[] {
	const out = disjoint(found);
	if (base !== 0) {
		for (const m of out) {
			m.start += base;
			m.end += base;
		}
	}
	return out;
}

/**
 * A currency symbol between two figures can be read twice, as the first one's suffix and the second
 * one's prefix (`cent €3 245`). Of two overlapping amounts the one with more digits wins (a written
 * figure is surer than a spelled word), then the longer, then the earlier.
 */
function disjoint(found: AmountMention[]): AmountMention[] {
	let overlapping = false;
	for (let i = 1; i < found.length && !overlapping; i++) overlapping = found[i].start < found[i - 1].end || found[i].start < found[i - 1].start;
	if (!overlapping) return found;
	const digits = (m: AmountMention) => m.text.replace(/\D+/g, '').length;
	const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
	const out: AmountMention[] = [];
	for (const m of sorted) {
		const last = out[out.length - 1];
		if (!last || m.start >= last.end) out.push(m);
		else if (digits(m) > digits(last) || (digits(m) === digits(last) && m.end - m.start > last.end - last.start)) out[out.length - 1] = m;
	}
	return out;
}

/** The word [at, end) is a number word at ASCII word boundaries (`un`/`une` before a scale or currency). */
function isNumberWord(line: string, at: number, end: number): boolean {
	if (at > 0 && isAsciiWord(line.charCodeAt(at - 1))) return false;
	if (end < line.length && isAsciiWord(line.charCodeAt(end))) return false;
	const len = end - at;
	const c = line.charCodeAt(at);
	if ((c === 0x75 || c === 0x55) && line.charCodeAt(at + 1) === 0x6e && (len === 2 || (len === 3 && line.charCodeAt(at + 2) === 0x65))) {
		UN_AFTER_RE.lastIndex = end;
		return UN_AFTER_RE.test(line);
	}
	return TRIGGER_WORDS.has(line.slice(at, end));
}

/** An amount may start at `at` (a digit, or a number word ending at `end`); returns where scanning resumes. */
function atTrigger(line: string, at: number, end: number, out: AmountMention[]): number {
	const c = line.charCodeAt(at);
	if (c >= 48 && c <= 57) return readAmount(line, at, out);
	// `\b` is ASCII-only: a number word must not touch other letters (`récent`, `centé`).
	if (isWordCode(charAt(line, at - 1)) || isWordCode(charAt(line, end))) return end;
	return Math.max(readAmount(line, at, out), end);
}

// ---------------------------------------------------------------------------------------------
// A figure and what follows it.

interface Suffix {
	sub: AmountSub;
	end: number;
	unit: string;
	time?: boolean;
	/** The currency sign came before the figure (`$ 75 millions`): where it starts. */
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

function readNumber(line: string, pos: number): NumberMatch | undefined {
	return isDigitCode(line.charCodeAt(pos)) ? matchDigitsAt(line, pos) : matchSpelledAt(line, pos);
}

function valueOf(q: Quantity): number {
	const n = q.num;
	if (n.spelled || n.mantissa === undefined) return n.value * q.factor;
	return scaled(n.mantissa, n.decimals ?? 0, q.factor);
}

/** The number, its scale word and what follows (%, currency, unit). */
function readQuantity(line: string, num: NumberMatch, after?: Peek): Quantity {
	const q: Quantity = { num, end: num.end, factor: 1, scaleWord: false };
	let next = after ?? peek(line, num.end);
	if (SCALE_WORDS.has(next.word)) {
		const sw = sticky(SCALE_RE, line, num.end);
		if (sw) {
			q.factor = SCALE_WORDS.get(sw[1].toLowerCase()) ?? 1;
			q.end = sw.index + sw[0].length;
			q.scaleWord = true;
			next = peek(line, q.end);
		}
	} else if (next.raw in SCALE_ABBR) {
		// `Mds USD`, `M€`, `k$`: an abbreviated scale only counts before a currency.
		const ab = sticky(SCALE_ABBR_RE, line, num.end);
		if (ab) {
			const abEnd = ab.index + ab[0].length;
			const cur = matchCurrency(line, abEnd, peek(line, abEnd), false, true);
			if (cur) {
				q.factor = SCALE_ABBR[ab[1]];
				q.end = abEnd;
				q.suffix = cur;
				return q;
			}
		}
	}
	q.suffix = matchSuffix(line, q.end, next, takesDe(q));
	return q;
}

/** `de` comes between a figure and what it counts after a scale word, or after a figure in millions (`10 000 000 de dollars`). */
function takesDe(q: Quantity): boolean {
	return q.scaleWord || (!q.num.spelled && q.num.value >= 1e6);
}

function matchSuffix(line: string, pos: number, next: Peek, allowDe: boolean): Suffix | undefined {
	const c = next.code;
	if (c === 0x25 || c === 0x2030 || next.word.startsWith('pour') || next.word.startsWith('point')) {
		const p = sticky(PERCENT_RE, line, pos);
		if (p) {
			const unit = p[3] ? 'points de pourcentage' : p[1] === '‰' ? '‰' : '%';
			return { sub: 'percent', end: p.index + p[0].length, unit };
		}
	}
	const cur = matchCurrency(line, pos, next, allowDe, allowDe);
	if (cur) return cur;
	let u: UnitMatch | undefined;
	// `2,5-km`, `trois-tonnes`: a unit glued with a hyphen.
	const unitPeek = c === 0x2d && next.at === pos ? peek(line, pos + 1) : next;
	if (unitPeek.code === 0xb0 || (unitPeek.word !== '' && (unitOfWord(unitPeek.word) || unitOfWord(unitPeek.raw) || UNIT_HEADS.has(unitPeek.word)))) {
		u = matchUnitAt(line, pos);
	} else if (allowDe && (next.word === 'de' || next.word === 'd')) {
		// `1,5 million de gallons`
		const de = sticky(DE_RE, line, pos);
		if (de) {
			const after = matchUnitAt(line, de.index + de[0].length);
			if (after && !after.time) u = after;
		}
	}
	if (u) return { sub: 'quantity', end: u.end, unit: u.unit, time: u.time };
	return undefined;
}

/** The word at `next` may start a currency (a sign, a code, a name, or `de` after a scale word). */
function mayBeCurrency(line: string, next: Peek, allowDe: boolean): boolean {
	if (CURRENCY_SIGN_CHARS.has(next.code)) return true;
	if (next.word === '') return false;
	if (CURRENCY_NAMES.has(next.word)) return true;
	if (next.raw.length === 3) {
		const upper = next.raw.toUpperCase();
		if (CURRENCY_CODES.has(upper) || CODE_ALIASES.has(upper)) return true;
	}
	if (next.wordEnd - next.at <= 3 && line.charCodeAt(next.wordEnd) === 0x24) return true;
	return allowDe && (next.word === 'de' || next.word === 'd');
}

/**
 * A currency at `pos`. `de`/`d'` may come first only after a scale word (`2 millions de dollars`).
 * `livres`/`couronnes` are money only with a scale, an adjective or a code (else a weight, a noun).
 */
function matchCurrency(line: string, pos: number, next: Peek, allowDe: boolean, scaledAmount: boolean): Suffix | undefined {
	if (!mayBeCurrency(line, next, allowDe)) return undefined;
	const m = sticky(CURRENCY_RE, line, pos);
	if (!m) return undefined;
	if (m[1] && !allowDe) return undefined;
	let end = m.index + m[0].length;
	let code: string | undefined;
	let family: ReturnType<typeof CURRENCY_NAMES.get>;
	if (m[2]) code = CURRENCY_SYMBOLS.get(m[2].toLowerCase());
	else if (m[3]) code = CODE_ALIASES.get(m[3].toUpperCase()) ?? m[3].toUpperCase();
	else if (m[4]) {
		family = CURRENCY_NAMES.get(m[4].toLowerCase());
		code = family?.code;
	}
	if (!code) return undefined;
	let narrowed = false;
	const after = peek(line, end);
	const glued = after.at === end && charAt(line, end - 1) === 0x24;
	const tail = (glued || (after.at > end && ADJECTIVE_PREFIXES.has(after.word.slice(0, 3)))) && sticky(CURRENCY_TAIL_RE, line, end);
	if (tail) {
		const written = tail[2];
		let better: string | undefined;
		if (family) {
			const c = currencyCode(m[4], written);
			if (c && (c !== family.code || family.adjectives?.[normalizeAdjective(written)])) better = c;
			// A code after a name (`dollars US`).
			else if (/^[a-z]{3}$/i.test(written) && family.code === 'USD') better = CODE_ALIASES.get(written.toUpperCase()) ?? written.toUpperCase();
		} else if (m[2] && m[2].endsWith('$')) {
			better = currencyCode('dollar', written);
			if (better === 'USD' && !/^(us|usd|américaine?s?)$/i.test(written)) better = undefined;
		}
		if (better) {
			code = better;
			end = tail.index + tail[0].length;
			narrowed = true;
		}
	}
	if (family?.ambiguous && !scaledAmount && !narrowed) return undefined;
	return { sub: 'money', end, unit: code };
}

function prefixCurrency(line: string, start: number): Suffix | undefined {
	let i = start - 1;
	if (isSpace(charAt(line, i))) i--;
	const c = charAt(line, i);
	if (!(CURRENCY_SIGN_CHARS.has(c) || (c >= 65 && c <= 90))) return undefined;
	const m = sticky(CURRENCY_PREFIX_RE, line, start);
	if (!m) return undefined;
	let code: string | undefined;
	if (m[1]) code = CURRENCY_SYMBOLS.get(m[1].toLowerCase());
	else if (m[2] && m[2] === m[2].toUpperCase()) code = CODE_ALIASES.get(m[2]) ?? m[2];
	if (!code) return undefined;
	const symbol = m[1] ?? m[2];
	const gap = isSpace(line.charCodeAt(start - 1)) ? 1 : 0;
	return { sub: 'money', end: start, unit: code, prefixStart: start - gap - symbol.length };
}

/** Whether the words before could end a qualifier: a cheap test before QUALIFIER_RE. */
function mayQualify(line: string, before: Before): boolean {
	const w = before.word;
	if (!QUALIFIER_LAST_WORDS.has(w)) return false;
	if (QUALIFIER_ONE_WORDS.has(w)) return true;
	const prev = wordBefore(line, before.start).word;
	if (w === 'de' || w === 'à' || w === 'aux' || w === "d'") return QUALIFIER_HEADS.has(prev) || prev.startsWith('supérieur') || prev.startsWith('inférieur');
	return prev === 'au';
}

function qualifierBefore(line: string, start: number, before: Before): string | undefined {
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
function namedBefore(line: string, before: Before): boolean {
	if (!before.capital) return false;
	let i = before.start - 1;
	while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
	if (i < 0) return false;
	const c = line.charCodeAt(i);
	return isWordCode(c) || isDigitCode(c) || c === 0x2c;
}

/** The figure is an index or a name (`article 5`, `art. 5`, `régiment 917`, `Comité 515`). */
function indexBefore(line: string, before: Before): boolean {
	if (INDEX_NOUNS.has(before.word) || namedBefore(line, before)) return true;
	// An abbreviation and its dot: `art. 5`, `p. 12`, `no. 3`.
	return before.code === 0x2e && INDEX_NOUNS.has(wordBefore(line, before.codeAt).word);
}

/** `n° 59`, `numéro 3`, `#4`: a number that names, not one that counts. */
function numeroBefore(line: string, before: Before): boolean {
	if (before.code === 0xb0 || before.code === 0xba || before.code === 0x23) return true;
	if (before.word === 'numéro' || before.word === 'numéros') return true;
	return before.code === 0x2e && wordBefore(line, before.codeAt).word === 'no';
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
	adjective?: string;
	end: number;
}

/**
 * The counted noun after a figure (`228 projets`, `35 000 Vietnamiens`, `cinq prochaines années`),
 * or after a scale word and `de` (`1,5 million d'habitants`). After a figure above one the noun is
 * plural (`s`, `x`, `z`), which keeps verbs and adjectives out.
 */
function countedNoun(line: string, pos: number, plural: boolean, afterScale: boolean): Noun | undefined {
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
	return { unit: unit ? unit.unit : word, time: unit?.time ?? false, adjective, end };
}

/** `word === word.toUpperCase()`, without building the upper case when a Latin-1 letter already says no. */
function isUpperCase(word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c >= 0x100) return word === word.toUpperCase();
		// Latin-1 characters that upper-casing changes: a-z, µ, ß-ÿ but ÷.
		if ((c >= 0x61 && c <= 0x7a) || c === 0xb5 || (c >= 0xdf && c !== 0xf7)) return false;
	}
	return true;
}

/** End of the word at `i`, hyphenated parts included (`main-d`, `sud-coréens`). */
function hyphenatedEnd(line: string, i: number): number {
	let j = i;
	for (let parts = 0; parts < 4; parts++) {
		while (j < line.length && isWordCode(line.charCodeAt(j))) j++;
		if (line.charCodeAt(j) === 0x2d && isWordCode(charAt(line, j + 1))) j++;
		else break;
	}
	return j;
}

function yearLike(n: NumberMatch): boolean {
	return n.plain && n.end - n.start === 4 && n.value >= 1900 && n.value <= 2100;
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
			if (!isFigureBoundary(charAt(line, pos - 2)) || charAt(line, pos - 2) === prev) return skipToken(line, pos);
			negative = true;
			start = pos - 1;
		} else if (!isFigureBoundary(prev)) return skipToken(line, pos);
	}
	const n1 = readNumber(line, pos);
	if (!n1) return digit ? skipToken(line, pos) : pos + 1;
	const before = wordBefore(line, start);
	let next: Peek | undefined;

	if (digit) {
		const e = n1.end;
		const c = charAt(line, e);
		const c2 = charAt(line, e + 1);
		if (numeroBefore(line, before)) return skipToken(line, pos);
		// Phone numbers and codes: a leading zero.
		if (n1.plain && e - pos >= 2 && line.charCodeAt(pos) === 0x30) return skipDigitRun(line, pos);
		// Glued letters: an ordinal (`6e`, `1er`), else a unit, scale or currency is needed (checked below).
		if ((isWordCode(c) || c === 0xb0) && sticky(ORDINAL_RE, line, e)) return skipToken(line, pos);
		// `1/4`, `10:30`, `227/CĐ`, `1.2.3`, `1,2,3`.
		if ((c === 0x2f || c === 0x3a) && (isDigitCode(c2) || isWordCode(c2))) return skipToken(line, pos);
		if ((c === 0x2e || c === 0x2c) && isDigitCode(c2)) return skipToken(line, pos);
		next = peek(line, e);
		// A day of a month: left to dates.
		if (n1.plain && e - pos <= 2 && n1.value >= 1 && n1.value <= 31) {
			if ((MONTH_WORDS.has(next.word) || next.word === 'au' || next.word === 'et' || next.word === 'à' || next.code === 0x2d || next.code === 0x2013 || next.code === 0x2c) && sticky(MONTH_AFTER_RE, line, e)) {
				return MONTH_AFTER_RE.lastIndex;
			}
		}
		if ((next.code === 0x68 || next.code === 0x48) && next.at - e <= 1 && sticky(TIME_RE, line, e)) return skipToken(line, pos);
	}

	const q1 = readQuantity(line, n1, next);
	if (digit && !q1.suffix && q1.end === n1.end) {
		const c = charAt(line, n1.end);
		// Letters glued to the figure must be a unit, a scale or a currency (`75ml`, `5M€`), else it is a code (`5G`, `3D`).
		if (isWordCode(c) || c === 0xb0) return skipToken(line, pos);
		if (c === 0x2d && isWordCode(charAt(line, n1.end + 1))) return skipToken(line, pos);
	}

	// A range: `1 à 2`, `10-15 %`, `entre 3 et 5 millions de dollars`, `de 10 % à 20 %`.
	let q2: Quantity | undefined;
	const afterQ1 = q1.suffix ? q1.suffix.end : q1.end;
	const rp = next && afterQ1 === n1.end ? next : peek(line, afterQ1);
	if (rp.word === 'à' || rp.word === 'et' || rp.code === 0x2d || rp.code === 0x2013 || rp.code === 0x2014) {
		const r = sticky(RANGE_RE, line, afterQ1);
		if (r && (r[1]?.toLowerCase() !== 'et' || before.word === 'entre')) {
			const n2At = r.index + r[0].length;
			if (n2At < line.length && isDigitCode(line.charCodeAt(n2At)) === digit && (digit || isWordCode(line.charCodeAt(n2At)))) {
				const n2 = readNumber(line, n2At);
				if (n2) {
					const cand = readQuantity(line, n2);
					const same = q1.suffix ? cand.suffix !== undefined && cand.suffix.sub === q1.suffix.sub && cand.suffix.unit === q1.suffix.unit : true;
					if (same) {
						const factor = !q1.suffix && !q1.scaleWord && q1.factor === 1 ? cand.factor : q1.factor;
						const lo = valueOf({ ...q1, factor });
						if (valueOf(cand) >= lo) {
							q1.factor = factor;
							q2 = cand;
						}
					}
				}
			}
		}
	}
	const last = q2 ?? q1;
	let suffix = last.suffix;

	// Years are dates (the dates recognizer finds them), as are `2021-2025`.
	const isYear = yearLike(n1) && q1.factor === 1 && (!q2 || yearLike(q2.num));

	if (digit && !suffix && !q2 && last.end === last.num.end) {
		const c = charAt(line, last.num.end);
		// Digit groups that are not thousands (`84 24 3825`), or a dash that makes no range (`3-1`).
		if ((isSpace(c) || c === 0x2e || c === 0x2d) && isDigitCode(charAt(line, last.num.end + 1))) return skipDigitRun(line, pos);
	}

	if (!suffix) suffix = prefixCurrency(line, start);
	if (suffix?.prefixStart !== undefined) start = suffix.prefixStart;

	let unit: string | undefined = suffix?.unit;
	const sub: AmountSub = suffix?.sub ?? 'quantity';
	const article = n1.spelled && n1.words === 1 && (n1.firstWord === 'un' || n1.firstWord === 'une');
	if (article && q1.factor === 1 && sub !== 'money') return n1.end;
	let qualifier = qualifierBefore(line, start, before);

	if (!suffix) {
		const plural = valueOf(last) >= 2 || q1.factor > 1;
		const noun = countedNoun(line, last.end, plural, takesDe(last));
		if (noun) {
			// `2000 personnes` may be a count, but `en 1996 armes…` is not: a year-like figure needs a qualifier.
			if (isYear && !qualifier) return last.end;
			// `les dix premiers mois de 2025`: a period of a year, left to the dates recognizer.
			if (noun.time && noun.adjective && /^(premi|derni)/.test(noun.adjective) && sticky(PERIOD_OF_YEAR_RE, line, noun.end)) return noun.end;
			// `les deux pays`: `deux` after a determiner means "both".
			if (n1.spelled && n1.value === 2 && n1.words === 1 && !q2 && !noun.time && DETERMINERS.has(before.word)) return n1.end;
			if (!n1.spelled && !qualifier && indexBefore(line, before)) return skipToken(line, pos);
			unit = noun.unit;
		} else if (n1.spelled) {
			// A spelled number with no noun after it (`passer à trois`) is no amount.
			if (q1.factor === 1) return n1.end;
		} else {
			// A bare figure: no year, no range (`4-22`), no dot decimal (`4.22`: a date or a version).
			if (isYear || q2) return last.end;
			if (q1.factor === 1 && n1.dot) return skipToken(line, pos);
			if (q1.factor === 1 && !qualifier && !BARE_CONTEXT.has(before.word)) return skipToken(line, pos);
			if (!qualifier && indexBefore(line, before)) return skipToken(line, pos);
		}
	}

	let end = suffix && suffix.prefixStart === undefined ? suffix.end : last.end;
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
	if (start !== pos && !negative) qualifier = qualifierBefore(line, start, wordBefore(line, start));
	if (qualifier) mention.qualifier = qualifier;
	if (q2) {
		mention.min = value;
		mention.max = valueOf(q2);
	}
	out.push(mention);
	return end;
}
