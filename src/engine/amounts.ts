// Amounts (money, percentages, quantities) in French text.
//
// One pass per line over the line's tokens (tokens.ts) stops at digits and at number words (see
// TRIGGER); at each stop a figure is read forward (numbers.ts), the word after it and the
// word before it are peeked at by hand, and only when they could matter does a small sticky regex
// confirm a scale word, a percent sign, a currency, a unit or a range, or a sticky lookbehind a
// qualifier or a currency sign. Every look-around stays within the neighbouring words, so a line
// is read in linear time.
//
// The parts, in amounts/: chars.ts (characters and words around a position), suffix.ts (scale,
// percent, currency, unit after a figure), context.ts (qualifiers, counted nouns, indexes),
// counts.ts (changes, counts standing for nouns, times of day), document.ts (the pass over a whole
// document: elided currencies, the article's dollar or franc), run by extract.ts after every line.
import { CURRENCY_NAME_SOURCE } from './currencies';
import { isDigitCode, NUMBER_WORDS, type NumberMatch } from './numbers';
import { divergent, kind, markSignatures, marked, nMarked, NUM, sigTable, tEnd, tSig, tStart, useTokens, WORD } from './tokens';
import type { AmountMention, AmountSub } from './types';
import { type Before, charAt, isFigureBoundary, isSpace, isWordCode, type Peek, peek, skipDigitRun, skipToken, sticky, wordBefore } from './amounts/chars';
import { BARE_CONTEXT, CONTRE_RE, countedNoun, DETERMINERS, indexBefore, MONTH_AFTER_RE, MONTH_WORDS, numeroBefore, ORDINAL_RE, PERIOD_OF_YEAR_RE, qualifierBefore, RANGE_RE, TIME_RE } from './amounts/context';
import { aroundMeansAbout, changeVerbBefore, nounOfSeries, standsForNoun, timeOfDay } from './amounts/counts';
import { centsAfter, prefixCurrency, type Quantity, readNumber, readQuantity, SUBUNITS, takesDe, valueOf } from './amounts/suffix';

/** What makes `un`/`une` start an amount (a scale word or a currency name after it). */
const UN_AFTER_SOURCE = `[\\s\\u00a0]+(?:mill|bill|${CURRENCY_NAME_SOURCE})`;

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

function yearLike(n: NumberMatch): boolean {
	return n.plain && n.end - n.start === 4 && n.value >= 1900 && n.value <= 2100;
}

/** A sign written before a figure: where the figure's span starts, and whether the sign stands alone. */
interface Sign {
	start: number;
	negative: boolean;
	/** `(-5000)`, `(+7000 abonnés)`: a sign that is not the dash or plus between two figures. */
	alone: boolean;
}

/** The sign before a digit at `pos`; undefined when the figure is glued to a word (`COVID-19`, `A320`). */
function signBefore(line: string, pos: number): Sign | undefined {
	const prev = charAt(line, pos - 1);
	const prev2 = charAt(line, pos - 2);
	const isMinus = prev === 0x2d || prev === 0x2212;
	if (isMinus || prev === 0x2b) {
		// A sign only when it stands alone before the figure (`-5 %`, `+18%`), not `COVID-19` nor `--5`.
		if (!isFigureBoundary(prev2) || prev2 === prev) return isMinus ? undefined : { start: pos, negative: false, alone: false };
		let i = pos - 2;
		while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
		const alone = i < 0 || !(isDigitCode(line.charCodeAt(i)) || line.charCodeAt(i) === 0x25);
		return { start: pos - 1, negative: isMinus, alone };
	}
	return isFigureBoundary(prev) ? { start: pos, negative: false, alone: false } : undefined;
}

/** Checks on a written figure before its suffix is read: a position to resume at when it is no amount, else what follows it. */
function figureContext(line: string, pos: number, n1: NumberMatch, before: Before): number | Peek {
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
	const next = peek(line, e);
	// A day of a month: left to dates.
	if (n1.plain && e - pos <= 2 && n1.value >= 1 && n1.value <= 31) {
		if ((MONTH_WORDS.has(next.word) || next.word === 'au' || next.word === 'et' || next.word === 'à' || next.code === 0x2d || next.code === 0x2013 || next.code === 0x2c) && sticky(MONTH_AFTER_RE, line, e)) {
			return MONTH_AFTER_RE.lastIndex;
		}
	}
	if ((next.code === 0x68 || next.code === 0x48) && next.at - e <= 1 && sticky(TIME_RE, line, e)) return skipToken(line, pos);
	return next;
}

/** What a second figure after the first makes of it: the bound of a range, or (a change, `contre`) what the first leaves out. */
interface Second {
	q2?: Quantity;
	/** The first figure took its scale or suffix from the second (`2,79 contre 2,02 milliards`). */
	borrowed: boolean;
	/** ... and the noun the second counts (`passée de 80 à 100 millions d'habitants`). */
	noun?: string;
	/** Two bare whole numbers falling from the first to the second with no verb of change: a score (`2 à 1`), no amount. */
	score?: boolean;
}

const MAX_SCORE = 200;

/**
 * A range (`1 à 2`, `10-15 %`, `entre 3 et 5 millions de dollars`, `de 10 % à 20 %`) is one amount;
 * a change (`passé de 4,5 % à 6 %`) and a comparison (`7,61 contre 9,09 milliards`) are two.
 */
function readSecond(line: string, q1: Quantity, rp: Peek, before: Before, digit: boolean): Second {
	const none: Second = { borrowed: false };
	const contre = rp.word === 'contre';
	if (!(contre || rp.word === 'à' || rp.word === 'et' || rp.code === 0x2d || rp.code === 0x2013 || rp.code === 0x2014)) return none;
	const afterQ1 = q1.suffix ? q1.suffix.end : q1.end;
	const r = sticky(contre ? CONTRE_RE : RANGE_RE, line, afterQ1);
	if (!r || (r[1]?.toLowerCase() === 'et' && before.word !== 'entre')) return none;
	const n2At = r.index + r[0].length;
	if (n2At >= line.length || isDigitCode(line.charCodeAt(n2At)) !== digit || !(digit || isWordCode(line.charCodeAt(n2At)))) return none;
	const n2 = readNumber(line, n2At);
	if (!n2) return none;
	const cand = readQuantity(line, n2);
	const bare = !q1.suffix && !q1.scaleWord && q1.factor === 1;
	const change = contre || (r[1]?.toLowerCase() === 'à' && (before.word === 'de' || before.word === "d'") && changeVerbBefore(line, before.start));
	if (change) {
		// Two amounts: the first takes what it leaves out from the second (`passé de 10 à 12 millions`).
		if (!bare || yearLike(q1.num) || cand.suffix?.prefixStart !== undefined) return none;
		if (cand.factor === 1 && !cand.suffix) {
			// `reculé de 7 600 à 7 450 points`: only the counted noun is left out.
			const counted = countedNoun(line, cand.end, true, false);
			return counted && !counted.time ? { borrowed: false, noun: counted.unit } : none;
		}
		q1.factor = cand.factor;
		if (cand.suffix) q1.suffix = { ...cand.suffix, end: q1.end };
		const noun = cand.suffix ? undefined : countedNoun(line, cand.end, true, takesDe(cand));
		return { borrowed: true, noun: noun && !noun.time ? noun.unit : undefined };
	}
	if (bare && !cand.suffix && cand.factor === 1 && q1.num.plain && n2.plain && n2.value <= q1.num.value && q1.num.value <= MAX_SCORE && r[1]?.toLowerCase() !== 'et') {
		if (!countedNoun(line, cand.end, n2.value >= 2, false)) return { borrowed: false, score: true };
	}
	const same = q1.suffix ? cand.suffix !== undefined && cand.suffix.sub === q1.suffix.sub && cand.suffix.unit === q1.suffix.unit : true;
	if (!same) return none;
	const factor = bare ? cand.factor : q1.factor;
	if (valueOf(cand) < valueOf({ ...q1, factor })) return none;
	q1.factor = factor;
	return { q2: cand, borrowed: false };
}

/** Reads the amount that may start at `pos`; returns where scanning resumes. */
function readAmount(line: string, pos: number, out: AmountMention[]): number {
	const digit = isDigitCode(line.charCodeAt(pos));
	const sign = digit ? signBefore(line, pos) : { start: pos, negative: false, alone: false };
	if (!sign) return skipToken(line, pos);
	let start = sign.start;
	const n1 = readNumber(line, pos);
	if (!n1) return digit ? skipToken(line, pos) : pos + 1;
	const before = wordBefore(line, start);
	let next: Peek | undefined;
	if (digit) {
		const ctx = figureContext(line, pos, n1, before);
		if (typeof ctx === 'number') return ctx;
		next = ctx;
	}

	const q1 = readQuantity(line, n1, next);
	if (digit && !q1.suffix && q1.end === n1.end) {
		const c = charAt(line, n1.end);
		// Letters glued to the figure must be a unit, a scale or a currency (`75ml`, `5M€`), else it is a code (`5G`, `3D`).
		if (isWordCode(c) || c === 0xb0) return skipToken(line, pos);
		if (c === 0x2d && isWordCode(charAt(line, n1.end + 1))) return skipToken(line, pos);
	}
	const afterQ1 = q1.suffix ? q1.suffix.end : q1.end;
	const rp = next && afterQ1 === n1.end ? next : peek(line, afterQ1);
	const { q2, borrowed, noun: borrowedNoun, score } = readSecond(line, q1, rp, before, digit);
	if (score) return skipDigitRun(line, rp.at + 1);
	// Two bare figures around a dash that make no range: a score (`3 - 2`), a code.
	if (digit && !q2 && !q1.suffix && q1.factor === 1 && (rp.code === 0x2d || rp.code === 0x2013) && isDigitCode(peek(line, rp.at + 1).code)) return skipDigitRun(line, pos);
	const last = q2 ?? q1;
	let suffix = last.suffix;

	// Years are dates (the dates recognizer finds them), as are `2021-2025`.
	const isYear = yearLike(n1) && q1.factor === 1 && (!q2 || yearLike(q2.num));

	if (digit && !suffix && !q2 && last.end === last.num.end) {
		const c = charAt(line, last.num.end);
		// Digit groups that are not thousands (`84 24 3825`), or a dash that makes no range (`3-1`).
		if ((isSpace(c) || c === 0x2e || c === 0x2d) && isDigitCode(charAt(line, last.num.end + 1))) return skipDigitRun(line, pos);
	}

	// `à 9 heures`, `vers 18 heures du soir`: a time of day.
	if (suffix?.time && suffix.unit === 'heures' && !q2 && timeOfDay(line, n1.value, n1.plain || n1.spelled, before, suffix.end)) return suffix.end;
	if (!suffix) suffix = prefixCurrency(line, start);
	if (suffix?.prefixStart !== undefined) start = suffix.prefixStart;

	const sub: AmountSub = suffix?.sub ?? 'quantity';
	const article = n1.spelled && n1.words === 1 && (n1.firstWord === 'un' || n1.firstWord === 'une');
	if (article && q1.factor === 1 && sub !== 'money') return n1.end;
	const qualifier = qualifierBefore(line, start, before);
	let unit: string | undefined = suffix?.unit;
	let spelledCount = false;
	if (!suffix && borrowedNoun !== undefined) unit = borrowedNoun;
	else if (!suffix) {
		const counted = countOf(line, { pos, n1, q1, q2, last, before, isYear, qualifier, signAlone: sign.alone }, out);
		if (typeof counted === 'number') return counted;
		unit = counted.unit;
		spelledCount = n1.spelled && counted.noun;
	}
	const end = suffix && suffix.prefixStart === undefined && !borrowed ? suffix.end : last.end;
	return emit(line, { start, end, pos, sub, unit, q1, q2, sign, digit, qualifier, spelledCount }, out);
}

interface Read {
	pos: number;
	n1: NumberMatch;
	q1: Quantity;
	q2?: Quantity;
	last: Quantity;
	before: Before;
	isYear: boolean;
	qualifier?: string;
	signAlone: boolean;
}

/**
 * A figure with no suffix: the noun it counts (`228 projets`), or the noun it stands for (`8 autres`,
 * `35 ont généré`), or a bare figure where the context allows one; a position to resume at when it is no amount.
 */
function countOf(line: string, r: Read, out: AmountMention[]): number | { unit?: string; noun: boolean } {
	const { pos, n1, q1, q2, last, before, isYear, qualifier } = r;
	const plural = valueOf(last) >= 2 || q1.factor > 1;
	const noun = countedNoun(line, last.end, plural, takesDe(last));
	if (noun) {
		// `2000 personnes` may be a count, but `en 1996 armes…` is not: a year-like figure needs a qualifier.
		if (isYear && !qualifier) return last.end;
		// `les dix premiers mois de 2025`: a period of a year, left to the dates recognizer.
		if (noun.time && noun.adjective && /^(premi|derni)/.test(noun.adjective) && sticky(PERIOD_OF_YEAR_RE, line, noun.end)) return noun.end;
		// `les deux pays`: `deux` after a determiner means "both" (but `les deux premiers accords` counts).
		if (n1.spelled && n1.value === 2 && n1.words === 1 && !q2 && !noun.time && !noun.adjective && DETERMINERS.has(before.word)) return n1.end;
		if (!n1.spelled && !qualifier && indexBefore(line, before)) return skipToken(line, pos);
		return { unit: noun.unit, noun: !noun.time };
	}
	const standIn = !isYear && !q2 && !(!n1.spelled && indexBefore(line, before)) ? standsForNoun(line, last.end, before) : undefined;
	if (standIn) return { unit: standIn.unit ?? nounOfSeries(line, out, pos), noun: true };
	if (n1.spelled) {
		// A spelled number with no noun after it (`passer à trois`) is no amount.
		return q1.factor === 1 ? n1.end : { noun: false };
	}
	// A bare figure: no year, no range (`4-22`), no dot decimal (`4.22`: a date or a version).
	if (isYear || q2) return last.end;
	if (q1.factor === 1 && n1.dot) return skipToken(line, pos);
	if (q1.factor === 1 && !qualifier && !r.signAlone && !BARE_CONTEXT.has(before.word)) return skipToken(line, pos);
	if (!qualifier && indexBefore(line, before)) return skipToken(line, pos);
	return { noun: false };
}

interface Emit {
	start: number;
	end: number;
	pos: number;
	sub: AmountSub;
	unit?: string;
	q1: Quantity;
	q2?: Quantity;
	sign: Sign;
	digit: boolean;
	qualifier?: string;
	spelledCount: boolean;
}

/** Builds the mention (cents, sign, qualifier, range bounds), adds it to `out`; returns its end. */
function emit(line: string, e: Emit, out: AmountMention[]): number {
	const { start, sub, unit, q1, q2, sign } = e;
	let end = e.end;
	let value = valueOf(q1);
	// `15 dollars et 15 cents`, `treize euros et quarante-cinq cents`, `15 euros 50`.
	if (sub === 'money' && !q2 && q1.factor === 1 && start >= sign.start && unit && !SUBUNITS.has(unit)) {
		const cents = centsAfter(line, end, e.digit);
		if (cents) {
			value += cents.value / 100;
			end = cents.end;
		}
	}
	if (sign.negative) value = -value;
	const mention: AmountMention = { kind: 'amount', sub, start, end, text: line.slice(start, end), value };
	if (unit !== undefined) mention.unit = unit;
	let qualifier = e.qualifier;
	if (start !== sign.start) qualifier = qualifierBefore(line, start, wordBefore(line, start));
	if (qualifier === 'autour de' && !aroundMeansAbout(line, wordBefore(line, start), e.spelledCount)) qualifier = undefined;
	if (qualifier) mention.qualifier = qualifier;
	if (q2) {
		mention.min = value;
		mention.max = valueOf(q2);
	}
	out.push(mention);
	return end;
}
