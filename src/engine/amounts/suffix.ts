// What follows a figure: a scale word, a percent sign, a currency (or one before it), a unit.
import { CODE_ALIASES, CURRENCY_ADJECTIVE_SOURCE, CURRENCY_CODE_SOURCE, CURRENCY_CODES, CURRENCY_NAME_SOURCE, CURRENCY_NAMES, CURRENCY_SYMBOL_SOURCE, CURRENCY_SYMBOLS, currencyCode, normalizeAdjective } from '../currencies';
import { isDigitCode, matchDigitsAt, matchSpelledAt, type NumberMatch, scaled, SCALE_WORDS } from '../numbers';
import type { AmountSub } from '../types';
import { matchUnitAt, type UnitMatch } from '../units';
import { APOS, charAt, CURRENCY_SIGN_CHARS, isSpace, NOT_LETTER_AFTER, peek, type Peek, SP, sticky } from './chars';


export const SCALE_RE = new RegExp(`${SP}*(millions?|milliards?|billions?|mille)${NOT_LETTER_AFTER}`, 'yiu');
/** Abbreviated scales, kept only before a currency (`Mds USD`, `M€`, `1,2 Md$`). */
export const SCALE_ABBR: Readonly<Record<string, number>> = { Mds: 1e9, Mrds: 1e9, Mrd: 1e9, Md: 1e9, mds: 1e9, mrds: 1e9, mrd: 1e9, Bn: 1e9, bn: 1e9, Mio: 1e6, Mn: 1e6, mn: 1e6, M: 1e6, k: 1e3, K: 1e3 };
/** Abbreviations that can only mean a billion: a scale even with no currency after them (`2 mrds`). */
const BARE_ABBR = new Set(['Mds', 'Mrds', 'Mrd', 'mds', 'mrds', 'mrd']);
export const SCALE_ABBR_RE = new RegExp(`${SP}*(${Object.keys(SCALE_ABBR).join('|')})(?![\\p{L}\\p{N}])`, 'yu');

export const PERCENT_RE = new RegExp(
	`${SP}*(?:(%|‰)|(pour${SP}?-?${SP}?cents?|pourcents?|pourcentages?)${NOT_LETTER_AFTER}|(points?${SP}+de${SP}+pourcentage)${NOT_LETTER_AFTER})`,
	'yiu',
);

/** A currency after a figure: symbol, ISO code or name, after `de`/`d'` when a scale word precedes. */
export const CURRENCY_RE = new RegExp(
	`${SP}*(?:(de${SP}+|d${APOS}${SP}*))?(?:(${CURRENCY_SYMBOL_SOURCE})|(${CURRENCY_CODE_SOURCE})(?![\\p{L}\\p{N}])|(${CURRENCY_NAME_SOURCE})(?![\\p{L}\\p{N}]))`,
	'yiu',
);
/** What may follow a currency: an adjective (`américains`, `suisses`, `de Hong Kong`) or a code (`$ usd`, `$CAD`). */
/** A currency sign or code right before a figure (`$ 75 millions`, `£8,10`, `EUR 1000`, `usd$ 15`). */
export const CURRENCY_PREFIX_RE = new RegExp(`(?<=(?:^|[^\\p{L}\\p{N}])(?:([a-zA-Z]{0,3}\\$|[€£¥₫₩₹₽฿₱₺₪₦元])|(${CURRENCY_CODE_SOURCE}))${SP}?)`, 'yu');
export const CURRENCY_TAIL_RE = new RegExp(`(${SP}+|(?<=\\$))(${CURRENCY_ADJECTIVE_SOURCE}|${CURRENCY_CODE_SOURCE})(?![\\p{L}\\p{N}'’])`, 'yiu');
/** First three letters of the words that may follow a currency name (`américains`, `de Hong Kong`, `usd`): gates CURRENCY_TAIL_RE. */
export const ADJECTIVE_PREFIXES = new Set(
	[...CURRENCY_NAMES.values()]
		.flatMap((f) => Object.keys(f.adjectives ?? {}))
		.concat([...CURRENCY_CODES].map((c) => c.toLowerCase()))
		.map((k) => k.split(' ')[0].slice(0, 3)),
);
/** A currency sign or code right before a figure (`$ 75 millions`, `£8,10`, `EUR 1000`, `usd$ 15`). */

/** `de`/`d'` after a scale word, before a unit (`1,5 million de gallons`). */
export const DE_RE = new RegExp(`${SP}+(?:de${SP}+|d${APOS}${SP}*)`, 'yiu');

export const unitCache = new Map<string, UnitMatch | null>();
/** The unit a single word names (`années` → ans), cached: the same words come back all the time. */
export function unitOfWord(word: string): UnitMatch | undefined {
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
export const UNIT_HEADS = new Set(['milles', 'mille', 'point', 'points']);

// A figure and what follows it.

export interface Suffix {
	sub: AmountSub;
	end: number;
	unit: string;
	time?: boolean;
	/** The currency sign came before the figure (`$ 75 millions`): where it starts. */
	prefixStart?: number;
}

export interface Quantity {
	num: NumberMatch;
	/** End of number + scale. */
	end: number;
	factor: number;
	/** The scale was a word (`millions`), which allows `de`/`d'` before a currency or unit. */
	scaleWord: boolean;
	suffix?: Suffix;
}

export function readNumber(line: string, pos: number): NumberMatch | undefined {
	return isDigitCode(line.charCodeAt(pos)) ? matchDigitsAt(line, pos) : matchSpelledAt(line, pos);
}

export function valueOf(q: Quantity): number {
	const n = q.num;
	if (n.spelled || n.mantissa === undefined) return n.value * q.factor;
	return scaled(n.mantissa, n.decimals ?? 0, q.factor);
}

/** The number, its scale word and what follows (%, currency, unit). */
export function readQuantity(line: string, num: NumberMatch, after?: Peek): Quantity {
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
			if (BARE_ABBR.has(ab[1])) {
				q.factor = SCALE_ABBR[ab[1]];
				q.end = abEnd;
				q.scaleWord = true;
				next = peek(line, q.end);
			}
		}
	}
	q.suffix = matchSuffix(line, q.end, next, takesDe(q));
	return q;
}

/** `de` comes between a figure and what it counts after a scale word, or after a figure in millions (`10 000 000 de dollars`). */
export function takesDe(q: Quantity): boolean {
	return q.scaleWord || (!q.num.spelled && q.num.value >= 1e6);
}

export function matchSuffix(line: string, pos: number, next: Peek, allowDe: boolean): Suffix | undefined {
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
export function mayBeCurrency(line: string, next: Peek, allowDe: boolean): boolean {
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
export function matchCurrency(line: string, pos: number, next: Peek, allowDe: boolean, scaledAmount: boolean): Suffix | undefined {
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

export function prefixCurrency(line: string, start: number): Suffix | undefined {
	let i = start - 1;
	if (isSpace(charAt(line, i))) i--;
	const c = charAt(line, i);
	if (!(CURRENCY_SIGN_CHARS.has(c) || (c >= 65 && c <= 90) || c === 0x110)) return undefined;
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


export const SUBUNITS = new Set([...CURRENCY_NAMES.values()].filter((f) => f.subunit).map((f) => f.code));
export const CENTS_LEAD_RE = new RegExp(`${SP}+(?:et${SP}+)?`, 'yiu');
export const CENTS_WORD_RE = new RegExp(`${SP}+(?:cents?|centimes?)${NOT_LETTER_AFTER}`, 'yiu');
export const CENTS_END_RE = new RegExp(`${SP}*(?:[.,;:!?)»"”]|$)`, 'y');

/** The cents after a sum (`et 15 cents`, ` 50.`): 1 to 99, then a sub-unit word or the end of the phrase. */
export function centsAfter(line: string, pos: number, digits: boolean): { value: number; end: number } | undefined {
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
