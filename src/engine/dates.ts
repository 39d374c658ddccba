// Dates and periods in French text.
//
// A line is cut once into tokens (letter runs, digit runs, single other
// characters) kept in reused typed arrays (tokens.ts, shared with the other
// recognizers); then a left-to-right pass tries, near each anchor token (a
// number, a month...), a fixed set of productions that each look at a bounded
// number of tokens, and keeps the longest match. No regular expression runs
// over the line, so time is linear in its length whatever the input.
//
// Values (ISO-like, as in GUIDE.md, documented in docs of DateMention.value):
//   2025 · 2025-10 · 2025-10-16 · XXXX-10-16 (year not written)
//   ranges `A/B`: 2021/2025 · XXXX-10-15/XXXX-10-18 · 2025-01/2025-10
//   quarters 2025-Q1 · halves 2025-H2 · seasons 2016-SU (SP, SU, FA, WI)
//   ISO weeks 2027-W01 · decades 198X · centuries 20XX (XXIe siècle)
//   `mod`: start (début), mid (mi-, milieu), end (fin).
// Relative and loose expressions (demain, la semaine prochaine, a weekday or a
// month alone, `le 27`, `4/22`) are only returned with `relativeDates`; their
// values are `REF` (the moment of writing) plus an offset: `REF+1D`, `REF-1W`,
// `REF+0M`, or `XXXX-WXX-5` for a weekday, and they carry `relative: true`.
import type { DateMention, DateMod } from './types';
import {
	COUNT_WORDS,
	FUNCTION_WORDS_S,
	LOOSE_MONTH_ABBR,
	MONTH_WORDS,
	ORDINALS,
	ORDINAL_SUFFIXES,
	SEASONS,
	TENS,
	UNITS,
	WEEKDAYS,
	WEEKDAY_ABBR,
} from './datesLexicon';
import { kind, low, markSignatures, marked, n, nMarked, NUM, PUNCT, sigTable, src, tEnd, tSig, tStart, useTokens, WORD } from './tokens';

export interface FindDatesOptions {
	/** Also return relative and loose expressions (off by default: the seeds' guide does not annotate them). */
	relativeDates?: boolean;
}

// ---------------------------------------------------------------------------
// Tokens (tokens.ts)

const isWord = (i: number): boolean => i >= 0 && i < n && kind[i] === WORD;
const isNum = (i: number): boolean => i >= 0 && i < n && kind[i] === NUM;
const isW = (i: number, w: string): boolean => isWord(i) && low(i) === w;
/** Whitespace between token i-1 and token i. */
const gapBefore = (i: number): boolean => i > 0 && i < n && tStart[i] > tEnd[i - 1];
const gluedBefore = (i: number): boolean => i > 0 && i < n && tStart[i] === tEnd[i - 1];
const digits = (i: number): number => tEnd[i] - tStart[i];
const numVal = (i: number): number => Number(low(i));
function charOf(i: number): string {
	return i >= 0 && i < n && kind[i] === PUNCT ? src[tStart[i]] : '';
}
const isDash = (i: number): boolean => {
	const c = charOf(i);
	return c === '-' || c === '‐' || c === '‑' || c === '–' || c === '—';
};
const isApos = (i: number): boolean => {
	const c = charOf(i);
	return c === "'" || c === '’' || c === 'ʼ';
};
const isUpperInitial = (i: number): boolean => {
	const c = src.charCodeAt(tStart[i]);
	return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
};

/** `d'` / `l'` / `jusqu'`: word i followed by a glued apostrophe; returns the index after it, or -1. */
function elided(i: number, w: string): number {
	return isW(i, w) && isApos(i + 1) && tStart[i + 1] === tEnd[i] ? i + 2 : -1;
}

/** `de` or `d'` at i → index after it, else -1. */
function de(i: number): number {
	if (isW(i, 'de')) return i + 1;
	return elided(i, 'd');
}

// ---------------------------------------------------------------------------
// Pieces

interface Point {
	/** First and past-the-end token. */
	s: number;
	e: number;
	y?: number;
	m?: number;
	d?: number;
	/** A weekday is written (`lundi 19 août`). */
	wd?: number;
}

interface Hit {
	s: number;
	e: number;
	value: string;
	mod?: DateMod;
	relative?: boolean;
	/** A decade that a list may continue (`années 1990 et 2000`). */
	decade?: boolean;
}

const pad2 = (x: number): string => (x < 10 ? '0' : '') + x;

function fmt(p: { y?: number; m?: number; d?: number }): string {
	const y = p.y === undefined ? 'XXXX' : String(p.y);
	if (p.m === undefined) return y;
	if (p.d === undefined) return `${y}-${pad2(p.m)}`;
	return `${y}-${pad2(p.m)}-${pad2(p.d)}`;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const validDay = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1];

/** A spelled-out number from 1 to 99 (`sept`, `vingt-deux`, `trente et un`, `soixante-dix`, `quatre-vingt-dix`). */
function spelled(i: number): { v: number; e: number } | null {
	if (!isWord(i)) return null;
	const w = low(i);
	const sep = (j: number): number => (isDash(j) && tStart[j] === tEnd[j - 1] ? j + 1 : j);
	if (w === 'dix') {
		const j = sep(i + 1);
		const u = UNITS.get(low(j));
		if (isWord(j) && u !== undefined && u >= 7 && u <= 9 && !gapBeforeTooWide(j)) return { v: 10 + u, e: j + 1 };
		return { v: 10, e: i + 1 };
	}
	const unit = UNITS.get(w);
	if (unit !== undefined) {
		if (w === 'quatre') {
			const j = sep(i + 1);
			if (isW(j, 'vingt') || isW(j, 'vingts')) {
				const k = sep(j + 1);
				const rest = isWord(k) ? spelled(k) : null;
				if (rest && rest.v >= 1 && rest.v <= 19 && isDash(k - 1)) return { v: 80 + rest.v, e: rest.e };
				return { v: 80, e: j + 1 };
			}
		}
		return { v: unit, e: i + 1 };
	}
	const ten = TENS.get(w);
	if (ten === undefined) return null;
	// vingt et un, vingt-et-un, vingt-deux, vingt deux, soixante-dix, soixante et onze
	let j = sep(i + 1);
	if (isW(j, 'et')) {
		const k = sep(j + 1);
		if (isW(k, 'un') || isW(k, 'une')) return { v: ten + 1, e: k + 1 };
		if (ten === 60 && isW(k, 'onze')) return { v: 71, e: k + 1 };
		return { v: ten, e: i + 1 };
	}
	if (isWord(j)) {
		const u = ten === 60 ? spelled(j) : null;
		if (u && u.v >= 10 && u.v <= 19) return { v: 60 + u.v, e: u.e };
		const v = UNITS.get(low(j));
		if (v !== undefined && v >= 1 && v <= 9 && low(j) !== 'un' && low(j) !== 'une') return { v: ten + v, e: j + 1 };
	}
	j = i + 1;
	return { v: ten, e: j };
}

/** Spelled numbers may be split by one space or a hyphen, never by a line's worth of spaces. */
function gapBeforeTooWide(j: number): boolean {
	return tStart[j] - tEnd[j - 1] > 1;
}

/** A day of the month: `16`, `1er`, `27e`, `premier`, `vingt-deux`. */
function day(i: number, allowSpelled: boolean): { d: number; e: number; spelled: boolean } | null {
	if (isNum(i)) {
		if (digits(i) > 2) return null;
		// 107,31 août / 3,5 mars: the decimals of a figure.
		if (gluedBefore(i) && kind[i - 1] !== PUNCT) return null;
		if (gluedBefore(i) && (charOf(i - 1) === ',' || charOf(i - 1) === '.' || charOf(i - 1) === '/' || charOf(i - 1) === ':') && isNum(i - 2)) return null;
		const d = numVal(i);
		if (d < 1 || d > 31) return null;
		if (isWord(i + 1) && gluedBefore(i + 1)) {
			if (!ORDINAL_SUFFIXES.has(low(i + 1))) return null;
			return { d, e: i + 2, spelled: false };
		}
		return { d, e: i + 1, spelled: false };
	}
	if (!allowSpelled || !isWord(i)) return null;
	const w = low(i);
	if (w === 'premier') return { d: 1, e: i + 1, spelled: true };
	if (w === 'un' || w === 'une') return null;
	const s = spelled(i);
	if (s && s.v >= 2 && s.v <= 31) return { d: s.v, e: s.e, spelled: true };
	return null;
}

/** A month name at i (abbreviations with their dot). */
function month(i: number, allowAbbr: boolean): { m: number; e: number; abbr: boolean } | null {
	if (!isWord(i)) return null;
	const mw = MONTH_WORDS.get(low(i));
	if (!mw) return null;
	if (mw.abbr && !allowAbbr) return null;
	let e = i + 1;
	if (mw.abbr && charOf(e) === '.' && gluedBefore(e)) e++;
	return { m: mw.month, e, abbr: mw.abbr };
}

/** A 4-digit year token in [lo, hi] that is not glued into an identifier or a decimal. */
function yearToken(i: number, lo = 1000, hi = 2999): number | null {
	if (!isNum(i) || digits(i) !== 4) return null;
	const y = numVal(i);
	if (y < lo || y > hi) return null;
	// Glued on the right: 2025/ND-CP, 2025.5, 2025e, 2025-NQ
	const r = i + 1;
	if (r < n && gluedBefore(r)) {
		if (kind[r] === WORD) return null;
		const c = charOf(r);
		if (c === '/' || c === '%' || c === '°' || c === '$' || c === '€' || c === '£' || c === '¥') return null;
		if ((c === '.' || c === ',') && isNum(r + 1) && gluedBefore(r + 1)) return null;
		if (isDash(r) && r + 1 < n && gluedBefore(r + 1) && kind[r + 1] !== PUNCT) return null;
	}
	// Glued on the left: A2025, 1.2025, 12/2025, $2025, 59-2025
	const l = i - 1;
	if (l >= 0 && gluedBefore(i)) {
		if (kind[l] === WORD) return null;
		const c = charOf(l);
		if (c === '/' || c === '.' || c === ',' || c === '°' || c === '#' || c === '$' || c === '€' || c === '£' || c === '¥' || c === '+' || c === '№' || c === '_' || c === '@') return null;
		if (isDash(l) && l >= 1 && gluedBefore(l) && kind[l - 1] === NUM) return null;
	}
	return y;
}

/** Looks like a counted noun or unit: `2000 tonnes`, `1950 employés`, `2020 dollars`. */
function countedAfter(j: number): boolean {
	if (j >= n) return false;
	if (kind[j] === PUNCT) {
		const c = charOf(j);
		return c === '%' || c === '$' || c === '€' || c === '£' || c === '¥' || c === '‰';
	}
	if (kind[j] !== WORD) return false;
	const w = low(j);
	if (COUNT_WORDS.has(w)) return true;
	if (isUpperInitial(j)) return false;
	const last = w.charCodeAt(w.length - 1);
	return w.length >= 4 && (last === 115 || last === 120) && !FUNCTION_WORDS_S.has(w);
}

/** A year standing alone (`En 2024`, `EXPO 2025`), with the guide's exclusions. */
function bareYear(i: number): number | null {
	const y = yearToken(i, 1900, 2100);
	if (y === null) return null;
	const p = i - 1;
	if (p >= 0 && gapBefore(i)) {
		// 3 245 2025: part of a grouped number or a phone number.
		if (kind[p] === NUM) return null;
		const c = charOf(p);
		if (c === '$' || c === '€' || c === '£' || c === '¥' || c === '°' || c === '#' || c === '№') return null;
		const w = low(p);
		if (w === 'environ' || w === 'quelque' || w === 'approximativement' || w === 'no' || w === 'numéro' || w === 'num' || w === 'nº') return null;
		if ((w === 'de' || (w === 'd' && isApos(p + 1))) && ['plus', 'moins', 'près', 'pres'].includes(low(p - 1))) return null;
		if (w === 'moins' && low(p - 1) === 'au') return null;
	}
	if (charOf(p) === '°' || (gluedBefore(i) && charOf(p) === '°')) return null;
	const j = i + 1;
	if (j < n) {
		if (kind[j] === NUM && gapBefore(j) && digits(j) === 3 && tStart[j] - tEnd[i] === 1) return null;
		if (countedAfter(j)) return null;
		// 2000 à 3000 tonnes
		if ((isW(j, 'à') || isW(j, 'a') || isW(j, 'et') || isW(j, 'ou') || isDash(j)) && isNum(j + 1)) {
			let k = j + 2;
			while (isNum(k) && gapBefore(k) && digits(k) === 3) k++;
			if (countedAfter(k)) return null;
		}
	}
	return y;
}

/** `l'année` / `année` (optionally after `de`): returns index after it or -1. */
function anneeWord(i: number): number {
	const k = elided(i, 'l');
	const j = k >= 0 ? k : i;
	if (isW(j, 'année') || isW(j, 'annee') || isW(j, 'an') || isW(j, 'exercice')) return j + 1;
	return -1;
}

/** A year written after a month or a day-month: `, 2016`, `2016`, `de l'année 2016`. */
function trailingYear(j: number): { y: number; e: number } | null {
	let k = j;
	if (charOf(k) === ',' && isNum(k + 1)) k++;
	let y = yearToken(k);
	if (y !== null && gapBefore(k)) return { y, e: k + 1 };
	const d = de(j);
	if (d >= 0) {
		const a = anneeWord(d);
		if (a >= 0) {
			y = yearToken(a);
			if (y !== null) return { y, e: a + 1 };
		}
	}
	return null;
}

/** Numeric dates: 16/10/2025, 16.10.2025, 2025-10-16, 2015/08/12, 11/2016, 2016-11, and day/month when allowed. */
function numericDate(i: number, allowDayMonth: boolean): Point | null {
	if (!isNum(i)) return null;
	if (gluedBefore(i)) {
		const l = i - 1;
		if (kind[l] !== PUNCT) return null;
		const c = charOf(l);
		if (c === '/' || c === '.' || c === ',' || isDash(l) || c === '°') return null;
	}
	const a = i;
	const s1 = i + 1;
	const b = i + 2;
	if (!(s1 < n && gluedBefore(s1) && isNum(b) && gluedBefore(b))) return null;
	const sep = charOf(s1);
	if (sep !== '/' && sep !== '.' && sep !== '-') return null;
	const s2 = i + 3;
	const c3 = i + 4;
	const three = s2 < n && gluedBefore(s2) && charOf(s2) === sep && isNum(c3) && gluedBefore(c3);
	const end = three ? c3 + 1 : b + 1;
	// Glued on the right to more of an identifier: 12/2025/ND-CP, 1.2.3.4
	if (end < n && gluedBefore(end)) {
		if (kind[end] !== PUNCT) return null;
		const c = charOf(end);
		if ((c === '/' || c === '.' || c === '-' || c === ',') && end + 1 < n && gluedBefore(end + 1) && kind[end + 1] !== PUNCT) return null;
	}
	if (three) {
		const da = digits(a);
		const dc = digits(c3);
		if (da === 4) {
			const y = numVal(a);
			const m = numVal(b);
			const d = numVal(c3);
			if (digits(b) <= 2 && dc <= 2 && validDay(m, d) && y >= 1000) return { s: a, e: end, y, m, d };
			return null;
		}
		if (da > 2 || digits(b) > 2 || (dc !== 4 && dc !== 2)) return null;
		if (sep === '.' && dc !== 4) return null;
		const d = numVal(a);
		const m = numVal(b);
		let y = numVal(c3);
		if (dc === 2) y += y < 50 ? 2000 : 1900;
		if (!validDay(m, d) || y < 1000) return null;
		return { s: a, e: end, y, m, d };
	}
	// Two parts.
	const da = digits(a);
	const db = digits(b);
	if (sep !== '.' && da <= 2 && db === 4) {
		const m = numVal(a);
		const y = numVal(b);
		if (m >= 1 && m <= 12 && y >= 1900 && y <= 2100) return { s: a, e: end, y, m };
		return null;
	}
	if (sep === '-' && da === 4 && db === 2) {
		const y = numVal(a);
		const m = numVal(b);
		// 2011-12 is a season (2011/2012), 2016-11 a month.
		if (y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && m !== (y + 1) % 100) return { s: a, e: end, y, m };
		return null;
	}
	if (allowDayMonth && sep === '/' && da <= 2 && db <= 2) {
		const d = numVal(a);
		const m = numVal(b);
		// le 3/4 des voix, 1/3 du budget, 1/2 %: fractions
		const next = low(end);
		if (next === 'des' || next === 'de' || next === 'du' || next === 'd' || next === '%') return null;
		if (validDay(m, d)) return { s: a, e: end, m, d };
	}
	return null;
}

/** Words before a day/month that show the numbers are a date (`le 22/04`). */
function dateCueBefore(i: number): boolean {
	const p = i - 1;
	if (!isWord(p)) {
		if (charOf(p) === '(' && isWord(p - 1) && WEEKDAYS.has(low(p - 1))) return true;
		return false;
	}
	const w = low(p);
	return w === 'le' || w === 'du' || w === 'au' || w === 'dès' || w === 'depuis' || w === 'jusqu' || WEEKDAYS.has(w);
}

/**
 * Words before a month standing alone that make it a date (`en octobre`, `depuis mars`):
 * 1; `au mois de`, `à partir de`: 2 (strong enough for an abbreviation: `mois de nov.`); else 0.
 */
function monthCueBefore(i: number): number {
	const p = i - 1;
	if (!isWord(p)) {
		// d'octobre after "mois" / "partir"
		if (isApos(p) && isW(p - 1, 'd')) {
			const q = low(p - 2);
			return q === 'mois' || q === 'partir' || q === 'courant' ? 2 : 0;
		}
		return 0;
	}
	const w = low(p);
	if (w === 'en' || w === 'depuis' || w === 'dès' || w === 'courant' || w === 'pendant' || w === 'durant' || w === 'avant') return 1;
	if (w === 'de') {
		const q = low(p - 1);
		return q === 'mois' || q === 'partir' || q === 'courant' ? 2 : 0;
	}
	return 0;
}

/** The words a point can start with: weekdays, months, day numbers in words (see `point`, `day`, `spelled`, `month`). */
const POINT_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), ...WEEKDAY_ABBR.keys(), ...MONTH_WORDS.keys(), ...UNITS.keys(), ...TENS.keys(), 'dix', 'premier']);

/**
 * A point in time starting at i: [weekday [,] [le]] day month [year], numeric
 * date, month year; a day alone, a month alone or a year alone when `opts` allow.
 */
function point(i: number, opts: { partialDay?: boolean; bareMonth?: boolean; bareAbbr?: boolean; bareYear?: boolean }): Point | null {
	// Every point starts with a number or one of POINT_WORDS: others are rejected with one lookup.
	if (i >= n || kind[i] === PUNCT || (kind[i] === WORD && !POINT_WORDS.has(low(i)))) return null;
	let j = i;
	let wd: number | undefined;
	if (isWord(j)) {
		const w = low(j);
		const full = WEEKDAYS.get(w);
		const abbr = full === undefined ? WEEKDAY_ABBR.get(w) : undefined;
		if ((full !== undefined && !w.endsWith('s')) || abbr !== undefined) {
			wd = full ?? abbr;
			j++;
			if (abbr !== undefined && charOf(j) === '.' && gluedBefore(j)) j++;
			if (charOf(j) === ',') j++;
			if (isW(j, 'le')) j++;
			if (charOf(j) === '(') {
				const nd = numericDate(j + 1, true);
				if (nd && charOf(nd.e) === ')') return { ...nd, s: i, e: nd.e + 1, wd };
				return null;
			}
		}
	}
	const nd = numericDate(j, wd !== undefined || dateCueBefore(j));
	if (nd) return { ...nd, s: i, wd };
	const dy = day(j, true);
	if (dy) {
		let k = dy.e;
		if (isDash(k) && gluedBefore(k) && !dy.spelled) k++;
		// du 4 au 22 du mois de janvier
		let viaMois = false;
		if (isW(k, 'du') && isW(k + 1, 'mois')) {
			const d2 = de(k + 2);
			if (d2 >= 0) {
				k = d2;
				viaMois = true;
			}
		}
		const mo = month(k, !dy.spelled);
		if (mo && validDay(mo.m, dy.d)) {
			const ty = trailingYear(mo.e);
			if (ty) return { s: i, e: ty.e, y: ty.y, m: mo.m, d: dy.d, wd };
			return { s: i, e: mo.e, m: mo.m, d: dy.d, wd };
		}
		if (viaMois) return null;
		if (opts.partialDay && wd === undefined) return { s: i, e: dy.e, d: dy.d };
	}
	if (wd !== undefined) return null;
	const mo = month(j, true);
	if (mo) {
		const ty = trailingYear(mo.e);
		if (ty) {
			// "sept 2025" could be seven: the abbreviation needs its dot.
			if (mo.abbr && (low(j) === 'sept' || low(j) === 'sep') && mo.e === j + 1) return null;
			return { s: i, e: ty.e, y: ty.y, m: mo.m };
		}
		if (opts.bareMonth && !mo.abbr) return { s: i, e: mo.e, m: mo.m };
		// en oct., au mois de sept.: an abbreviation with its dot after a cue ("en sept." may be seven)
		if (opts.bareAbbr && mo.abbr && mo.e > j + 1) return { s: i, e: mo.e, m: mo.m };
		return null;
	}
	if (opts.bareYear) {
		const y = bareYear(j);
		if (y !== null) return { s: i, e: j + 1, y };
	}
	return null;
}

/** Fills what the first end of a range leaves out from the second (`du 15 au 18 octobre 2025`). */
function joinRange(a: Point, b: Point): string | null {
	const p = { y: a.y, m: a.m, d: a.d };
	if (p.d !== undefined && p.m === undefined) {
		if (b.m === undefined) return null;
		p.m = b.m;
		if (!validDay(p.m, p.d)) return null;
	}
	if (p.y === undefined && b.y !== undefined && p.m !== undefined) {
		p.y = b.y;
		if (b.m !== undefined && (p.m > b.m || (p.m === b.m && (p.d ?? 0) > (b.d ?? 99)))) p.y--;
	}
	if (p.y === undefined && p.m === undefined) return null;
	if (b.y === undefined && b.m === undefined) return null;
	// A range runs forward.
	if (p.y !== undefined && b.y !== undefined && p.m === undefined && b.m === undefined && b.y <= p.y) return null;
	if (p.m !== undefined && b.m === undefined && b.y === undefined) return null;
	return `${fmt(p)}/${fmt(b)}`;
}

// ---------------------------------------------------------------------------
// Productions of the calendar layer

/** `du 15 au 18 octobre`, `de 2020 à 2025`, `d'octobre à décembre`, `entre 2020 et 2030`, `entre le 2 et le 7 février 2018`. */
function range(i: number): Hit | null {
	let j: number;
	let between = false;
	if (isW(i, 'du') || isW(i, 'de')) j = i + 1;
	else if (elided(i, 'd') >= 0) j = i + 2;
	else if (isW(i, 'entre')) {
		j = i + 1;
		between = true;
	} else return null;
	if (between && (isW(j, 'le') || isW(j, 'les'))) j++;
	const a = point(j, { partialDay: true, bareMonth: true, bareYear: true });
	if (!a) return null;
	let k = a.e;
	if (between) {
		if (!isW(k, 'et')) return null;
		k++;
		if (isW(k, 'le')) k++;
	} else {
		if (isW(k, 'au') || isW(k, 'à') || isW(k, 'a')) k++;
		else if (elided(k, 'jusqu') >= 0 && (isW(k + 2, 'au') || isW(k + 2, 'à') || isW(k + 2, 'en'))) k += 3;
		else return null;
		if (isW(k, 'la') || isW(k, 'le')) return null;
	}
	const b = point(k, { bareMonth: a.m !== undefined && a.d === undefined && a.y === undefined, bareYear: true });
	if (!b) return null;
	const value = joinRange(a, b);
	if (value === null) return null;
	return { s: i, e: b.e, value };
}

/** `16 et 17 novembre`, `16, 17 et 18 novembre`, `15-18 octobre`, `15 au 18 octobre`. */
function dayList(i: number): Hit | null {
	const first = day(i, false);
	if (!first) return null;
	let last = first;
	let k = first.e;
	let ok = false;
	for (let count = 0; count < 6; count++) {
		if (charOf(k) === ',' && isNum(k + 1)) {
			const d = day(k + 1, false);
			if (!d) return null;
			last = d;
			k = d.e;
			continue;
		}
		if ((isW(k, 'et') || charOf(k) === '&' || isDash(k) || isW(k, 'au') || isW(k, 'à')) && isNum(k + 1)) {
			const d = day(k + 1, false);
			if (!d || d.d <= first.d) return null;
			last = d;
			k = d.e;
			ok = true;
		}
		break;
	}
	if (!ok) return null;
	const mo = month(k, true);
	if (!mo || !validDay(mo.m, first.d) || !validDay(mo.m, last.d)) return null;
	const ty = trailingYear(mo.e);
	const y = ty?.y;
	return { s: i, e: ty ? ty.e : mo.e, value: `${fmt({ y, m: mo.m, d: first.d })}/${fmt({ y, m: mo.m, d: last.d })}` };
}

const MOD_WORDS: ReadonlyMap<string, DateMod> = new Map([
	['fin', 'end'],
	['début', 'start'],
	['debut', 'start'],
	['milieu', 'mid'],
	['mi', 'mid'],
]);

/** `Fin octobre 2025`, `début 2024`, `mi-mars`, `fin de l'année 2025`, `début des années 2000`. */
function modified(i: number): Hit | null {
	if (!isWord(i)) return null;
	const w = low(i);
	const mod = MOD_WORDS.get(w);
	if (!mod) return null;
	let j = i + 1;
	if (w === 'mi') {
		if (!(isDash(j) && gluedBefore(j))) return null;
		j++;
	} else if (isDash(j) && gluedBefore(j)) j++;
	// fin des années 90
	if (isW(j, 'des') && isW(j + 1, 'années')) {
		const dec = decade(j + 1);
		return dec ? { s: i, e: dec.e, value: dec.value, mod, decade: true } : null;
	}
	if (isW(j, 'années')) {
		const dec = decade(j);
		return dec ? { s: i, e: dec.e, value: dec.value, mod, decade: true } : null;
	}
	let viaDe = false;
	const d = de(j);
	if (d >= 0) {
		j = d;
		viaDe = true;
	} else if (isW(j, 'du')) {
		j++;
		viaDe = true;
	}
	if (viaDe) {
		// fin de l'année 2025 / fin du mois de mars
		const a = anneeWord(j);
		if (a >= 0) {
			const y = yearToken(a, 1900, 2100);
			if (y === null) return null;
			return { s: i, e: a + 1, value: String(y), mod };
		}
		if (isW(j, 'mois')) {
			const d2 = de(j + 1);
			if (d2 < 0) return null;
			j = d2;
		}
	}
	const p = point(j, { bareMonth: true, bareYear: true });
	if (!p || p.d !== undefined || p.wd !== undefined) return null;
	return { s: i, e: p.e, value: fmt(p), mod };
}

const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
	['vingt', 1920],
	['trente', 1930],
	['quarante', 1940],
	['cinquante', 1950],
	['soixante', 1960],
]);

/** `années 80` → 198X, `années 1990` → 199X, `années 2000` → 200X, `années soixante-dix` → 197X. */
function decade(i: number): { e: number; value: string } | null {
	if (!isW(i, 'années') && !isW(i, 'annees')) return null;
	const j = i + 1;
	let start: number | null = null;
	let e = j + 1;
	if (isNum(j) && !(j + 1 < n && gluedBefore(j + 1) && kind[j + 1] !== PUNCT)) {
		const v = numVal(j);
		if (digits(j) === 2 && v % 10 === 0 && v >= 10) start = 1900 + v;
		else if (digits(j) === 4 && v % 10 === 0 && v >= 1000 && v <= 2090) start = v;
	} else if (isWord(j)) {
		if (isW(j, 'deux') && isW(j + 1, 'mille')) {
			start = 2000;
			e = j + 2;
		} else {
			const s = spelled(j);
			if (s && s.v >= 20 && s.v <= 90 && s.v % 10 === 0) {
				start = 1900 + s.v;
				e = s.e;
			} else if (DECADE_WORDS.has(low(j))) {
				start = DECADE_WORDS.get(low(j)) ?? null;
			}
		}
	}
	if (start === null) return null;
	if (isNum(j) && j + 1 < n && kind[j + 1] === NUM && gapBefore(j + 1) && digits(j + 1) === 3) return null;
	const value = `${String(start).slice(0, 3)}X`;
	// années 2010-2020, années 1980 à 2000: a span of decades
	if (isNum(j) && (isDash(e) || isW(e, 'à') || isW(e, 'au')) && isNum(e + 1)) {
		const to = decadeNumber(e + 1, digits(j));
		if (to !== null && to > start) return { e: e + 2, value: `${value}/${String(to).slice(0, 3)}X` };
	}
	return { e, value };
}

/** A decade written as a number after a first one (`années 1990 et 2000`, `années 80 et 90`). */
function decadeNumber(i: number, width: number): number | null {
	if (!isNum(i) || digits(i) !== width || (i + 1 < n && gluedBefore(i + 1) && kind[i + 1] !== PUNCT)) return null;
	const v = numVal(i);
	if (v % 10 !== 0) return null;
	if (width === 2 && v >= 10) return 1900 + v;
	if (width === 4 && v >= 1000 && v <= 2090) return v;
	return null;
}

/** `et 2000`, `, 90` after a decade: the next decades of a list. */
function decadeList(h: Hit, hits: Hit[]): number {
	let e = h.e;
	const j = h.e - 1;
	if (!isNum(j)) return e;
	const width = digits(j);
	for (let count = 0; count < 6; count++) {
		if (!(isW(e, 'et') || isW(e, 'ou') || charOf(e) === ',')) break;
		const to = decadeNumber(e + 1, width);
		if (to === null) break;
		hits.push({ s: e + 1, e: e + 2, value: `${String(to).slice(0, 3)}X` });
		e += 2;
	}
	return e;
}

/** `dix premiers mois de 2025` → 2025-01/2025-10, `trois derniers mois de l'année` → XXXX-10/XXXX-12. */
function monthCount(i: number): Hit | null {
	let count: number;
	let j: number;
	if (isNum(i) && digits(i) <= 2) {
		count = numVal(i);
		j = i + 1;
	} else {
		const s = spelled(i);
		if (!s) return null;
		count = s.v;
		j = s.e;
	}
	if (count < 1 || count > 12) return null;
	const w = low(j);
	const first = w === 'premiers' || w === 'premières';
	const last = w === 'derniers' || w === 'dernières';
	if (!first && !last) return null;
	if (!isW(j + 1, 'mois')) return null;
	const d = de(j + 2);
	if (d < 0) return null;
	let y: number | undefined;
	let e: number;
	const a = anneeWord(d);
	if (a >= 0 && !isW(a - 1, 'an') && !isW(a - 1, 'exercice')) {
		const yy = yearToken(a, 1900, 2100);
		if (yy !== null) {
			y = yy;
			e = a + 1;
		} else e = a;
	} else {
		const yy = yearToken(d, 1900, 2100);
		if (yy === null) return null;
		y = yy;
		e = d + 1;
	}
	const from = first ? 1 : 13 - count;
	const to = first ? count : 12;
	return { s: i, e, value: `${fmt({ y, m: from })}/${fmt({ y, m: to })}` };
}

/** An ordinal rank at i: `premier`, `second`, `3e`, `troisième`; with its end. */
function ordinal(i: number): { r: number; e: number } | null {
	if (isNum(i) && digits(i) <= 2 && isWord(i + 1) && gluedBefore(i + 1) && ORDINAL_SUFFIXES.has(low(i + 1))) return { r: numVal(i), e: i + 2 };
	if (!isWord(i)) return null;
	const w = low(i);
	if (w === 'dernier' || w === 'dernière') return { r: -1, e: i + 1 };
	const r = ORDINALS.get(w);
	return r === undefined ? null : { r, e: i + 1 };
}

/** `premier trimestre 2025` → 2025-Q1, `second semestre` → XXXX-H2, `T1 2025`, `première semaine de 2027` → 2027-W01. */
function quarter(i: number): Hit | null {
	// T1 2025, Q3 2024, S1 2025, H2 2025
	if (isWord(i) && digits(i) === 1 && isNum(i + 1) && gluedBefore(i + 1) && digits(i + 1) === 1) {
		const letter = src[tStart[i]];
		const v = numVal(i + 1);
		const code = letter === 'T' || letter === 'Q' ? 'Q' : letter === 'S' || letter === 'H' ? 'H' : '';
		if (!code || v < 1 || v > (code === 'Q' ? 4 : 2)) return null;
		const y = yearToken(i + 2, 1900, 2100);
		if (y === null || !gapBefore(i + 2)) return null;
		return { s: i, e: i + 3, value: `${y}-${code}${v}` };
	}
	const o = ordinal(i);
	if (!o) return null;
	const unit = low(o.e);
	let code: string;
	let max: number;
	if (unit === 'trimestre') {
		code = 'Q';
		max = 4;
	} else if (unit === 'semestre') {
		code = 'H';
		max = 2;
	} else if (unit === 'semaine') {
		code = 'W';
		max = 53;
	} else return null;
	const r = o.r === -1 ? max : o.r;
	if (r < 1 || r > max) return null;
	let e = o.e + 1;
	let y: number | undefined;
	let k = e;
	const d = de(k);
	if (d >= 0) k = d;
	else if (isW(k, 'du')) k++;
	const a = anneeWord(k);
	if (a >= 0) k = a;
	const yy = yearToken(k, 1900, 2100);
	if (yy !== null && (k > e || gapBefore(k))) {
		y = yy;
		e = k + 1;
	} else if (a >= 0 && (isW(a - 1, 'année') || isW(a - 1, 'annee')) && isApos(a - 2)) {
		// "de l'année" without a year: the year of the text.
		e = a;
	}
	if (code === 'W' && y === undefined) return null;
	const v = code === 'W' ? pad2(r) : String(r);
	return { s: i, e, value: `${y ?? 'XXXX'}-${code}${v}` };
}

/** `printemps 2016`, `été de 2016`: a season with its year (not `d'automne 2025`, a name's adjective). */
function season(i: number): Hit | null {
	const code = SEASONS.get(low(i));
	if (!code || !isWord(i)) return null;
	if (isApos(i - 1) && isW(i - 2, 'd')) return null;
	if (isW(i - 1, 'de')) return null;
	let k = i + 1;
	const d = de(k);
	if (d >= 0) k = d;
	const a = anneeWord(k);
	if (a >= 0) k = a;
	const y = yearToken(k, 1000, 2999);
	if (y === null) return null;
	return { s: i, e: k + 1, value: `${y}-${code}` };
}

const ROMAN: ReadonlyMap<string, number> = new Map([
	['I', 1],
	['V', 5],
	['X', 10],
	['L', 50],
	['C', 100],
]);

function romanValue(s: string): number {
	let total = 0;
	for (let k = 0; k < s.length; k++) {
		const v = ROMAN.get(s[k]);
		if (v === undefined) return 0;
		const next = k + 1 < s.length ? (ROMAN.get(s[k + 1]) ?? 0) : 0;
		total += v < next ? -v : v;
	}
	return total;
}

/** `XXIe siècle` → 20XX, `19e siècle` → 18XX. */
function century(i: number): Hit | null {
	let c = 0;
	let j: number;
	if (isNum(i) && digits(i) <= 2 && isWord(i + 1) && gluedBefore(i + 1) && ORDINAL_SUFFIXES.has(low(i + 1))) {
		c = numVal(i);
		j = i + 2;
	} else if (isWord(i)) {
		const raw = src.slice(tStart[i], tEnd[i]);
		const m = raw.length <= 12 ? /^([IVXLC]+)(e|è|ème|eme|ᵉ)$/.exec(raw) : null;
		if (!m) return null;
		c = romanValue(m[1]);
		j = i + 1;
	} else return null;
	if (c < 1 || c > 30 || !(isW(j, 'siècle') || isW(j, 'siecle'))) return null;
	return { s: i, e: j + 1, value: `${c - 1}XX` };
}

/** `2021-2025`, `2021 – 2025`, `2024/2025`, `2024-25` → 2021/2025. */
function yearSpan(i: number): Hit | null {
	if (!isNum(i) || digits(i) !== 4) return null;
	if (gluedBefore(i) && kind[i - 1] !== PUNCT) return null;
	if (gluedBefore(i) && (charOf(i - 1) === '/' || charOf(i - 1) === '.' || isDash(i - 1))) return null;
	const y1 = numVal(i);
	if (y1 < 1900 || y1 > 2100) return null;
	const s = i + 1;
	const slash = charOf(s) === '/';
	if (!isDash(s) && !slash) return null;
	const spaced = gapBefore(s);
	if (slash && spaced) return null;
	const j = s + 1;
	if (!isNum(j) || spaced !== gapBefore(j)) return null;
	let y2: number;
	if (digits(j) === 4) y2 = numVal(j);
	else if (digits(j) === 2 && !spaced) {
		y2 = Math.floor(y1 / 100) * 100 + numVal(j);
		if (y2 !== y1 + 1) return null;
	} else return null;
	if (y2 <= y1 || y2 > 2100) return null;
	if (slash && y2 !== y1 + 1) return null;
	// Not glued into more: 2021-2025-NQ
	const e = j + 1;
	if (e < n && gluedBefore(e) && (kind[e] !== PUNCT || ((charOf(e) === '/' || isDash(e) || charOf(e) === '.') && e + 1 < n && gluedBefore(e + 1) && kind[e + 1] !== PUNCT))) return null;
	if (countedAfter(e)) return null;
	return { s: i, e, value: `${y1}/${y2}` };
}

/** A single point: day month [year], weekday + date, numeric date, month year, month after a cue, year. */
function single(i: number): Hit | null {
	const cue = monthCueBefore(i);
	const sept = low(i) === 'sept' || low(i) === 'sep';
	const p = point(i, { bareMonth: cue > 0, bareAbbr: cue === 2 || (cue === 1 && !sept), bareYear: true });
	if (!p) return null;
	return { s: p.s, e: p.e, value: fmt(p) };
}

type Production = (i: number) => Hit | null;

const NUM_CALENDAR: readonly Production[] = [dayList, monthCount, quarter, century, yearSpan, single];

/** Which productions can start at a word (lower case). */
const WORD_CALENDAR: ReadonlyMap<string, readonly Production[]> = (() => {
	const m = new Map<string, Production[]>();
	const add = (words: Iterable<string>, ...prods: Production[]): void => {
		for (const w of words) {
			const list = m.get(w) ?? [];
			for (const p of prods) if (!list.includes(p)) list.push(p);
			m.set(w, list);
		}
	};
	add(['du', 'de', 'd', 'entre'], range);
	add(MOD_WORDS.keys(), modified);
	add([...MONTH_WORDS.keys(), ...WEEKDAY_ABBR.keys()], single);
	add([...WEEKDAYS.keys()].filter((w) => !w.endsWith('s')), single);
	add(ORDINALS.keys(), quarter, single);
	add(['dernier', 'dernière'], quarter);
	add([...UNITS.keys(), ...TENS.keys()], monthCount, single);
	add(SEASONS.keys(), season);
	add(['t', 'q', 's', 'h'], quarter);
	return m;
})();

function decadeHit(i: number): Hit | null {
	const d = decade(i);
	return d ? { s: i, e: d.e, value: d.value, decade: true } : null;
}

function bestAt(i: number, productions: readonly ((i: number) => Hit | null)[]): Hit | null {
	let best: Hit | null = null;
	for (const f of productions) {
		const h = f(i);
		if (h && h.e > h.s && (!best || h.e > best.e)) best = h;
	}
	return best;
}

const START_SIG = sigTable(WORD_CALENDAR.keys());

/**
 * Every calendar match holds one of these tokens (a number, a month, `années`...),
 * and none starts more than MAX_PREFIX tokens before its first one.
 */
const ANCHOR_WORDS: ReadonlySet<string> = new Set([...MONTH_WORDS.keys(), 'années', 'annees', 'siècle', 'siecle', 'trimestre', 'semestre', 'semaine', 'mois']);
const ANCHOR_SIG = sigTable(ANCHOR_WORDS);
markSignatures(ANCHOR_SIG);
const MAX_PREFIX = 10;

function isAnchor(i: number): boolean {
	const k = kind[i];
	if (k === NUM) return true;
	return k === WORD && ANCHOR_SIG[tSig[i]] === 1 && ANCHOR_WORDS.has(low(i));
}

function calendarAt(i: number): Hit | null {
	if (i >= n) return null;
	const k = kind[i];
	if (k === NUM) return bestAt(i, NUM_CALENDAR);
	if (k !== WORD) return null;
	if (START_SIG[tSig[i]] === 1) {
		const prods = WORD_CALENDAR.get(low(i));
		if (prods) return bestAt(i, prods);
	}
	const w = tEnd[i] - tStart[i];
	if (w === 6 || w === 7) {
		const l = low(i);
		if (l === 'années' || l === 'annees') return decadeHit(i);
	}
	// XXIe siècle
	const c = src.charCodeAt(tStart[i]);
	return (c === 88 || c === 86 || c === 73) && w <= 12 ? century(i) : null;
}

/** The calendar layer over the current tokens: leftmost, then longest, matches. */
function scanCalendar(hits: Hit[]): void {
	// Anchors are marked tokens (tokens.ts): `c` walks the marked list to the next anchor at or after `i`.
	let c = 0;
	let i = 0;
	for (;;) {
		while (c < nMarked && (marked[c] < i || !isAnchor(marked[c]))) c++;
		if (c >= nMarked) break;
		const a = marked[c];
		let hit: Hit | null = null;
		for (let s = Math.max(i, a - MAX_PREFIX); s <= a && !hit; s++) hit = calendarAt(s);
		if (hit) {
			hits.push(hit);
			i = hit.decade ? decadeList(hit, hits) : hit.e;
		} else i = a + 1;
	}
}

// ---------------------------------------------------------------------------
// Relative and loose layer (options.relativeDates)

const DEICTIC: ReadonlyMap<string, string> = new Map([
	['aujourd', 'REF'],
	['demain', 'REF+1D'],
	['hier', 'REF-1D'],
	['lendemain', 'REF+1D'],
	['veille', 'REF-1D'],
	['maintenant', 'REF'],
]);

const UNIT_CODES: ReadonlyMap<string, string> = new Map([
	['jour', 'D'],
	['jours', 'D'],
	['journée', 'D'],
	['semaine', 'W'],
	['semaines', 'W'],
	['week', 'WE'],
	['weekend', 'WE'],
	['mois', 'M'],
	['année', 'Y'],
	['annee', 'Y'],
	['années', 'Y'],
	['annees', 'Y'],
	['an', 'Y'],
	['ans', 'Y'],
	['décennie', 'DE'],
	['décennies', 'DE'],
	['decennie', 'DE'],
	['trimestre', 'Q'],
	['semestre', 'H'],
]);

const NEXT_WORDS = new Set(['prochain', 'prochaine', 'prochains', 'prochaines', 'suivant', 'suivante', 'suivants', 'suivantes', 'venir']);
const LAST_WORDS = new Set(['dernier', 'dernière', 'derniere', 'derniers', 'dernières', 'passé', 'passée', 'passe', 'précédent', 'précédente', 'precedent']);
const THIS_WORDS = new Set(['ce', 'cet', 'cette', 'ces']);

/** +1 for next, -1 for last, 0 for this, null otherwise. */
function direction(i: number): number | null {
	if (!isWord(i)) return null;
	const w = low(i);
	if (NEXT_WORDS.has(w)) return 1;
	if (LAST_WORDS.has(w)) return -1;
	if (THIS_WORDS.has(w) || w === 'même' || w === 'en' || w === 'cours') return 0;
	return null;
}

const sign = (k: number): string => (k >= 0 ? '+' : '-') + Math.abs(k);

/** A unit phrase with its direction: `la semaine prochaine`, `cette année`, `le mois dernier`, `ce mois-ci`, `l'année dernière`. */
function unitPhrase(i: number): { e: number; value: string } | null {
	let j = i;
	let dir: number | null = null;
	// cette / ce / prochain / dernier before the unit
	const pre = direction(j);
	if (pre !== null && !isW(j, 'en') && !isW(j, 'cours')) {
		dir = pre;
		j++;
	} else {
		if (isW(j, 'la') || isW(j, 'le') || isW(j, 'les')) j++;
		else if (elided(j, 'l') >= 0) j += 2;
	}
	let u = UNIT_CODES.get(low(j));
	if (!u || !isWord(j)) return null;
	let e = j + 1;
	if (u === 'WE' && isDash(e) && isW(e + 1, 'end')) e += 2;
	else if (u === 'WE' && isW(e, 'end')) e++;
	else if (u === 'WE' && low(j) === 'week') return null;
	if (isDash(e) && (isW(e + 1, 'ci') || isW(e + 1, 'là') || isW(e + 1, 'la'))) {
		e += 2;
		if (dir === null) dir = 0;
	}
	const post = direction(e);
	if (post !== null) {
		if (isW(e, 'en') && isW(e + 1, 'cours')) e += 2;
		else if (isW(e, 'à') && isW(e + 1, 'venir')) e += 2;
		else if (!isW(e, 'en') && !isW(e, 'cours')) e++;
		dir = post === 0 ? (dir ?? 0) : post;
	} else if (isW(e, 'à') && isW(e + 1, 'venir')) {
		e += 2;
		dir = 1;
	}
	if (dir === null) return null;
	if (u === 'WE') u = 'W';
	return { e, value: `REF${sign(dir)}${u}` };
}

/** A weekday with its context: `vendredi`, `vendredi prochain`, `ce vendredi`, `vendredi de la semaine prochaine`. */
function weekdayPhrase(i: number): Hit | null {
	let j = i;
	const s = i;
	if (THIS_WORDS.has(low(j)) || NEXT_WORDS.has(low(j)) || LAST_WORDS.has(low(j))) j++;
	let o: { r: number; e: number } | null = null;
	if (j === i) {
		o = ordinal(i);
		if (o && o.r >= 1 && o.r <= 10) j = o.e;
		else o = null;
	}
	if (!isWord(j)) return null;
	let wd = WEEKDAYS.get(low(j));
	let e = j + 1;
	if (wd === undefined) {
		const ab = WEEKDAY_ABBR.get(low(j));
		// Abbreviations alone (mar, mer, sam) are words too: only capitalized or dotted.
		if (ab === undefined) return null;
		if (!(isUpperInitial(j) || (charOf(e) === '.' && gluedBefore(e)))) return null;
		wd = ab;
	}
	let value = `XXXX-WXX-${wd}`;
	// jeudi le 21 / samedi le 2
	if (isW(e, 'le') || (charOf(e) === ',' && isW(e + 1, 'le'))) {
		const k = isW(e, 'le') ? e + 1 : e + 2;
		const dy = day(k, true);
		if (dy) {
			return { s, e: dy.e, value: `XXXX-XX-${pad2(dy.d)}`, relative: true };
		}
	}
	// vendredi 2 (au jeudi 6)
	if (isNum(e) && digits(e) <= 2 && !isNum(e + 1)) {
		const dy = day(e, false);
		if (dy && !month(dy.e, true)) return { s, e: dy.e, value: `XXXX-XX-${pad2(dy.d)}`, relative: true };
	}
	// le premier vendredi de juillet / du mois / de ce mois
	if (o) {
		const d = de(e);
		if (d >= 0) {
			const mo = month(d, true);
			if (mo) return { s, e: mo.e, value: `XXXX-${pad2(mo.m)}-WXX-${wd}#${o.r}`, relative: true };
			const up = unitPhrase(d);
			if (up) return { s, e: up.e, value: `${up.value}-WXX-${wd}#${o.r}`, relative: true };
		}
		const up = unitPhrase(e);
		if (up) return { s, e: up.e, value: `${up.value}-WXX-${wd}#${o.r}`, relative: true };
		value += `#${o.r}`;
	}
	const dir = direction(e);
	if (dir !== null && !isW(e, 'en') && !isW(e, 'cours')) {
		value = `REF${sign(dir)}W-WXX-${wd}`;
		e++;
	} else {
		// vendredi (de) cette semaine / de la semaine prochaine / la semaine dernière
		let k = e;
		const d = de(k);
		if (d >= 0) k = d;
		const up = unitPhrase(k);
		if (up && up.value.endsWith('W')) {
			value = `${up.value}-WXX-${wd}`;
			e = up.e;
		}
	}
	return { s, e, value, relative: true };
}

/** `le 27`, `pour le 27e`, `le vingt-deux`, `le 20 du mois prochain`, `le 31 de ce mois`. */
function bareDay(i: number): Hit | null {
	if (!isW(i, 'le')) return null;
	const dy = day(i + 1, true);
	if (!dy) {
		const o = ordinal(i + 1);
		if (!o || o.r < 1 || o.r > 31 || isWord(o.e)) return null;
		return { s: i, e: o.e, value: `XXXX-XX-${pad2(o.r)}`, relative: true };
	}
	let e = dy.e;
	// 20 du mois prochain / 31 de ce mois
	let k = e;
	if (isW(k, 'du')) k++;
	else {
		const d = de(k);
		if (d >= 0) k = d;
	}
	if (k > e) {
		const up = unitPhrase(k);
		if (up && up.value.endsWith('M')) return { s: i + 1, e: up.e, value: `${up.value}-${pad2(dy.d)}`, relative: true };
	}
	const up = unitPhrase(e);
	if (up && up.value.endsWith('M')) return { s: i + 1, e: up.e, value: `${up.value}-${pad2(dy.d)}`, relative: true };
	// Only at the end of a clause: "le 27." but not "le 27 mars" (calendar) or "le 14 Congrès".
	if (e < n && kind[e] !== PUNCT) return null;
	if (e < n && (charOf(e) === '%' || charOf(e) === '/' || charOf(e) === ',' && isNum(e + 1))) return null;
	return { s: i, e, value: `XXXX-XX-${pad2(dy.d)}`, relative: true };
}

/** A month alone or with a deictic: `septembre`, `ce mai`, `juin prochain`, `septembre dernier`, `Jan`, `Mar`. */
function looseMonth(i: number): Hit | null {
	let j = i;
	let dir: number | null = null;
	if (THIS_WORDS.has(low(j)) || NEXT_WORDS.has(low(j)) || LAST_WORDS.has(low(j))) {
		dir = direction(j);
		j++;
	}
	if (!isWord(j)) return null;
	let m: number | undefined;
	let e = j + 1;
	const mw = MONTH_WORDS.get(low(j));
	if (mw) {
		m = mw.month;
		if (mw.abbr && charOf(e) === '.' && gluedBefore(e)) e++;
		// A capitalized short form followed by a capitalized word is a name (Jan Peeters, Mai Lan).
		if ((mw.abbr || low(j) === 'mai' || low(j) === 'mars') && isUpperInitial(j) && isWord(e) && isUpperInitial(e)) return null;
		if ((low(j) === 'sept' || low(j) === 'sep') && e === j + 1 && dir === null) {
			// "sept" is also seven; only as a month at the end of a clause.
			if (e < n && kind[e] !== PUNCT) return null;
		}
	} else {
		const lm = LOOSE_MONTH_ABBR.get(low(j));
		if (lm === undefined || !isUpperInitial(j)) return null;
		if (isWord(e) && isUpperInitial(e)) return null;
		m = lm;
	}
	if (dir === null) {
		const ty = trailingYear(e);
		if (ty) return { s: i, e: ty.e, value: fmt({ y: ty.y, m }), relative: true };
	}
	const post = direction(e);
	if (post !== null && !isW(e, 'en') && !isW(e, 'cours')) {
		dir = post;
		e++;
	}
	// juin de l'année prochaine
	const d = de(e);
	if (d >= 0) {
		const up = unitPhrase(d);
		if (up && up.value.endsWith('Y')) return { s: i, e: up.e, value: `${up.value}-${pad2(m)}`, relative: true };
	}
	// Jan-1, Jan/1
	if ((isDash(e) || charOf(e) === '/') && gluedBefore(e) && isNum(e + 1) && gluedBefore(e + 1)) {
		const dy = day(e + 1, false);
		if (dy && validDay(m, dy.d)) return { s: i, e: dy.e, value: fmt({ m, d: dy.d }), relative: true };
	}
	// Novembre 19-20 / Octobre 22 (English order)
	if (isNum(e) && gapBefore(e) && digits(e) <= 2) {
		const d1 = day(e, false);
		if (d1 && validDay(m, d1.d)) {
			const k = d1.e;
			if ((isDash(k) || isW(k, 'à') || isW(k, 'a') || isW(k, 'au')) && isNum(k + 1)) {
				const d2 = day(k + 1, false);
				if (d2 && d2.d > d1.d && validDay(m, d2.d)) return { s: i, e: d2.e, value: `${fmt({ m, d: d1.d })}/${fmt({ m, d: d2.d })}`, relative: true };
			}
			if (elided(k, 'jusqu') >= 0 && isNum(k + 3)) {
				const d2 = day(k + 3, false);
				if (d2) return { s: i, e: d2.e, value: `${fmt({ m, d: d1.d })}/${fmt({ m, d: d2.d })}`, relative: true };
			}
			if (!isNum(k)) return { s: i, e: k, value: fmt({ m, d: d1.d }), relative: true };
		}
	}
	const value = dir === null ? fmt({ m }) : `REF${sign(dir)}Y-${pad2(m)}`;
	return { s: i, e, value, relative: true };
}

/** `il y a deux ans`, `dans trois semaines`, `deux semaines plus tard`, `trois jours auparavant`, `les trois prochains mois`. */
function offsetPhrase(i: number): Hit | null {
	let j = i;
	let dir = 0;
	if (isW(j, 'il') && isW(j + 1, 'y') && isW(j + 2, 'a')) {
		dir = -1;
		j += 3;
	} else if (isW(j, 'dans')) {
		dir = 1;
		j++;
	} else if (isW(j, 'les') || isW(j, 'des') || isW(j, 'ces')) {
		j++;
	}
	if (isW(j, 'moins') && isW(j + 1, 'de')) j += 2;
	let count: number;
	let k: number;
	if (isNum(j) && digits(j) <= 3) {
		count = numVal(j);
		k = j + 1;
	} else {
		const sp = spelled(j);
		if (sp) {
			count = sp.v;
			k = sp.e;
		} else if (isW(j, 'quelques')) {
			count = 3;
			k = j + 1;
		} else {
			count = 1;
			k = j;
		}
	}
	// les trois prochains jours / les 2 dernières décennies / trois semaine dernières
	let mid: number | null = null;
	if (k > j) {
		const w = low(k);
		if (NEXT_WORDS.has(w)) mid = 1;
		else if (LAST_WORDS.has(w)) mid = -1;
		if (mid !== null) k++;
	} else if (dir === 0) {
		const w = low(k);
		if (NEXT_WORDS.has(w) || LAST_WORDS.has(w)) {
			mid = NEXT_WORDS.has(w) ? 1 : -1;
			k++;
		} else return null;
	}
	const u = UNIT_CODES.get(low(k));
	if (!u || !isWord(k) || u === 'WE') return null;
	let e = k + 1;
	if (isW(e, 'ouvrés') || isW(e, 'ouvrables')) e++;
	// et vingt-et-un jours, un mois et 21 jours
	for (let t = 0; t < 3; t++) {
		const sep = charOf(e) === ',' ? e + 1 : isW(e, 'et') ? e + 1 : -1;
		if (sep < 0) break;
		const sp = isNum(sep) ? { v: numVal(sep), e: sep + 1 } : spelled(sep) ?? (isW(sep, 'un') ? { v: 1, e: sep + 1 } : null);
		if (!sp || !UNIT_CODES.has(low(sp.e))) break;
		e = sp.e + 1;
	}
	if (dir === 0 && mid === null) {
		const w = low(e);
		if (w === 'plus' && isW(e + 1, 'tard')) {
			dir = 1;
			e += 2;
		} else if (w === 'auparavant' || w === 'avant' || w === 'plus' && isW(e + 1, 'tôt')) {
			dir = -1;
			e += w === 'plus' ? 2 : 1;
			if (w === 'avant' && (isW(e, 'hier') || elided(e, 'aujourd') >= 0)) e += isW(e, 'hier') ? 1 : 3;
		} else if (w === 'après' || w === 'apres') {
			dir = 1;
			e++;
			if (isW(e, 'demain') || elided(e, 'aujourd') >= 0) e += isW(e, 'demain') ? 1 : 3;
		} else if (w === 'à' && (isW(e + 1, 'partir') || isW(e + 1, 'compter'))) {
			dir = 1;
			e += 2;
			const d = de(e);
			if (d >= 0) e = d;
			if (isW(e, 'demain') || isW(e, 'maintenant')) e++;
			else if (elided(e, 'aujourd') >= 0) e += 3;
		} else if (w === 'dans' && isW(e + 1, 'le') && isW(e + 2, 'futur')) {
			dir = 1;
			e += 3;
		} else return null;
	}
	if (mid !== null) dir = mid;
	if (dir === 0) return null;
	// "dans mois": a unit needs its count, unless a direction word stands in for it.
	if (k === j && mid === null) return null;
	// "les trois derniers mois": the article stays out, as in the guide.
	const s = mid !== null && (isW(i, 'les') || isW(i, 'des') || isW(i, 'ces')) ? i + 1 : i;
	return { s, e, value: `REF${sign(dir * count)}${u}`, relative: true };
}

/** `aujourd'hui`, `demain`, `hier`, `avant-hier`, `après-demain`, `le lendemain`, `le jour suivant`, `ce jour`, `dernier jour`. */
function deictic(i: number): Hit | null {
	const w = low(i);
	if (!isWord(i)) return null;
	if ((w === 'avant' || w === 'après' || w === 'apres') && (isW(i + 1, 'hier') || isW(i + 1, 'demain') || (isDash(i + 1) && (isW(i + 2, 'hier') || isW(i + 2, 'demain'))))) {
		const e = isDash(i + 1) ? i + 3 : i + 2;
		return { s: i, e, value: w === 'avant' ? 'REF-2D' : 'REF+2D', relative: true };
	}
	const v = DEICTIC.get(w);
	if (v !== undefined) {
		if (w === 'aujourd') {
			if (!(isApos(i + 1) && isW(i + 2, 'hui'))) return null;
			let e = i + 3;
			// aujourd'hui jusqu'à demain / au 22 octobre
			const rest = rangeTail(e);
			if (rest) e = rest;
			return { s: i, e, value: v, relative: true };
		}
		if (w === 'veille' && !isW(i - 1, 'la')) return null;
		if (w === 'maintenant') return null;
		let e = i + 1;
		const rest = rangeTail(e);
		if (rest) e = rest;
		return { s: i, e, value: v, relative: true };
	}
	// le jour suivant / ce jour / dernier jour / ce dernier jour / même mois
	if (w === 'jour' && (isW(i + 1, 'suivant') || isW(i + 1, 'précédent'))) return { s: i, e: i + 2, value: isW(i + 1, 'suivant') ? 'REF+1D' : 'REF-1D', relative: true };
	if ((w === 'ce' || w === 'dernier') && isW(i + 1, 'jour')) return { s: i, e: i + 2, value: 'REF', relative: true };
	if (w === 'ce' && isW(i + 1, 'dernier') && isW(i + 2, 'jour')) return { s: i, e: i + 3, value: 'REF', relative: true };
	if (w === 'même' && UNIT_CODES.has(low(i + 1))) return { s: i, e: i + 2, value: `REF+0${UNIT_CODES.get(low(i + 1))}`, relative: true };
	return null;
}

let nesting = 0;

/** After a relative start: `jusqu'à demain`, `au 22 octobre`, `à lendemain`. Returns the new end or 0. */
function rangeTail(e: number): number {
	// One level only: "demain au demain au ..." must not recurse along the line.
	if (nesting > 0) return 0;
	nesting++;
	try {
		return rangeTailOnce(e);
	} finally {
		nesting--;
	}
}

function rangeTailOnce(e: number): number {
	let k = e;
	if (elided(k, 'jusqu') >= 0) {
		k += 2;
		if (isW(k, 'à') || isW(k, 'a') || isW(k, 'au')) k++;
		else return 0;
	} else if (isW(k, 'au') || isW(k, 'à') || isW(k, 'a')) k++;
	else return 0;
	if (elided(k, 'l') >= 0) k += 2;
	if (isW(k, 'le') || isW(k, 'la')) k++;
	const h = relativeAt(k, true) ?? calendarAt(k);
	return h && h.s === k ? h.e : 0;
}

/** `reste de la semaine`, `plus tard ce mois-ci`, `début de la semaine prochaine`, `fin du mars`, `milieu de l'été`, `cet été`. */
function periodPhrase(i: number): Hit | null {
	const w = low(i);
	if (!isWord(i)) return null;
	let j = i;
	let mod: DateMod | undefined;
	if (w === 'reste') {
		j++;
	} else if ((w === 'plus' && (isW(i + 1, 'tard') || isW(i + 1, 'tôt'))) || w === 'début' || w === 'fin' || w === 'milieu' || w === 'debut') {
		j += w === 'plus' ? 2 : 1;
		mod = w === 'fin' || (w === 'plus' && isW(i + 1, 'tard')) ? 'end' : w === 'milieu' ? 'mid' : 'start';
	} else return null;
	let k = j;
	const d = de(k);
	if (d >= 0) k = d;
	else if (isW(k, 'du')) k++;
	// début de la semaine prochaine, reste de cette semaine
	const up = unitPhrase(k);
	if (up) return { s: i, e: up.e, value: up.value, mod, relative: true };
	// reste du mois, reste de ma semaine, reste de semaine en cours
	if (isW(k, 'ma') || isW(k, 'la')) k++;
	const u = UNIT_CODES.get(low(k));
	if (u && isWord(k)) {
		let e = k + 1;
		if (isW(e, 'en') && isW(e + 1, 'cours')) e += 2;
		return { s: i, e, value: `REF+0${u}`, mod, relative: true };
	}
	if (elided(k, 'l') >= 0) {
		const u2 = UNIT_CODES.get(low(k + 2));
		if (u2) return { s: i, e: k + 3, value: `REF+0${u2}`, mod, relative: true };
		const se = SEASONS.get(low(k + 2));
		if (se) return { s: i, e: k + 3, value: `XXXX-${se}`, mod, relative: true };
	}
	const mo = month(k, true);
	if (mo && mod) return { s: i, e: mo.e, value: fmt({ m: mo.m }), mod, relative: true };
	return null;
}

/** `l'été`, `cet été`, `au printemps`, `le printemps prochain`; a season needs a determiner (`a été` is a verb). */
function seasonPhrase(i: number): Hit | null {
	let j = i;
	let dir = 0;
	if (THIS_WORDS.has(low(j)) || NEXT_WORDS.has(low(j)) || LAST_WORDS.has(low(j))) {
		dir = direction(j) ?? 0;
		j++;
	} else if (elided(j, 'l') >= 0) j += 2;
	else if (isW(j, 'le') || isW(j, 'au') || isW(j, 'en')) j++;
	const code = SEASONS.get(low(j));
	if (!code || !isWord(j)) return null;
	let e = j + 1;
	const post = direction(e);
	if (post !== null && post !== 0) {
		dir = post;
		e++;
	}
	if (j === i && e === j + 1) return null;
	return { s: i, e, value: dir === 0 ? `XXXX-${code}` : `REF${sign(dir)}Y-${code}`, relative: true };
}

/** Loose numeric forms: `22/04`, `4/22`, `4-22`, `4.22`, `9-18-15`, `11 / 2016`, `2016/11`, `2015-3`, `1-Jan`, `28-Nov`. */
function looseNumeric(i: number): Hit | null {
	if (!isNum(i) || (gluedBefore(i) && kind[i - 1] !== PUNCT)) return null;
	if (gluedBefore(i) && (charOf(i - 1) === '/' || charOf(i - 1) === '.' || charOf(i - 1) === ',')) return null;
	const a = numVal(i);
	const da = digits(i);
	let k = i + 1;
	const spaced = gapBefore(k);
	const sep = charOf(k);
	if (sep !== '/' && sep !== '-' && sep !== '.') {
		// 1-Jan handled below; "en 15": a bare day in a sentence like "je reviens en 15"
		return null;
	}
	k++;
	// 1-Jan / 28-Nov
	if (sep === '-' && !spaced && isWord(k) && gluedBefore(k)) {
		const mo = month(k, true);
		if (mo && da <= 2 && validDay(mo.m, a)) return { s: i, e: mo.e, value: fmt({ m: mo.m, d: a }), relative: true };
		return null;
	}
	if (!isNum(k)) return null;
	if (spaced !== gapBefore(k) && !(sep === '/' && tStart[k] - tEnd[k - 1] <= 1)) return null;
	const b = numVal(k);
	const db = digits(k);
	let e = k + 1;
	// three parts: 9-18-15 (month first)
	if (charOf(e) === sep && gluedBefore(e) && isNum(e + 1) && gluedBefore(e + 1) && !spaced) {
		const c = numVal(e + 1);
		const dc = digits(e + 1);
		e += 2;
		if (da <= 2 && db <= 2 && (dc === 2 || dc === 4)) {
			const y = dc === 2 ? c + (c < 50 ? 2000 : 1900) : c;
			if (validDay(a, b)) return { s: i, e, value: fmt({ y, m: a, d: b }), relative: true };
		}
		return null;
	}
	if (e < n && gluedBefore(e) && kind[e] !== PUNCT) return null;
	if (e < n && gluedBefore(e) && (charOf(e) === '/' || charOf(e) === '.' || isDash(e)) && isNum(e + 1)) return null;
	// 6 1/4 %, 3/4 des voix: fractions
	if (isNum(i - 1) && gapBefore(i)) return null;
	if (e < n && (charOf(e) === '%' || (isWord(e) && COUNT_WORDS.has(low(e))))) return null;
	if (da === 4 && db <= 2 && b >= 1 && b <= 12 && a >= 1900 && a <= 2100) return { s: i, e, value: fmt({ y: a, m: b }), relative: true };
	if (db === 4 && da <= 2 && a >= 1 && a <= 12 && b >= 1900 && b <= 2100) return { s: i, e, value: fmt({ y: b, m: a }), relative: true };
	if (da <= 2 && db <= 2) {
		if (sep === '.' && isDecimalContext(i)) return null;
		// Day first (French), then month first (as written by some).
		if (validDay(b, a)) return { s: i, e, value: fmt({ m: b, d: a }), relative: true };
		if (validDay(a, b)) return { s: i, e, value: fmt({ m: a, d: b }), relative: true };
	}
	return null;
}

/** "4.22 %", "sur 4.22" is more often a figure; a dotted pair is a date only after a date word. */
function isDecimalContext(i: number): boolean {
	const e = i + 3;
	if (e < n && (charOf(e) === '%' || isWord(e) && COUNT_WORDS.has(low(e)))) return true;
	return false;
}

/** `de ce vendredi au dimanche prochain`, `du vendredi au dimanche`, `d'aujourd'hui au lendemain`, `du vendredi 2 au jeudi 6`, `du 4 au 22 de ce mois`. */
function looseRange(i: number): Hit | null {
	let j: number;
	if (isW(i, 'du') || isW(i, 'de')) j = i + 1;
	else if (elided(i, 'd') >= 0) j = i + 2;
	else if (isW(i, 'entre')) j = i + 1;
	else return null;
	const between = isW(i, 'entre');
	if (isW(j, 'le') || isW(j, 'la')) j++;
	const a = rangeEnd(j);
	if (!a) return null;
	let k = a.e;
	if (between) {
		if (!isW(k, 'et') && !isW(k, 'à')) return null;
		k++;
	} else if (isW(k, 'au') || isW(k, 'à') || isW(k, 'a')) k++;
	else if (elided(k, 'jusqu') >= 0) k += isW(k + 2, 'au') || isW(k + 2, 'à') ? 3 : 2;
	else return null;
	if (isW(k, 'le') || isW(k, 'la')) k++;
	if (elided(k, 'l') >= 0) k += 2;
	const b = rangeEnd(k);
	if (!b) return null;
	let e = b.e;
	// du 4 au 22 de ce mois / le 4 au 23 le mois prochain
	const d = de(e);
	let t = d >= 0 ? d : isW(e, 'du') ? e + 1 : e;
	if (isW(t, 'le') || isW(t, 'la')) t++;
	const up = unitPhrase(t);
	if (up) e = up.e;
	return { s: i, e, value: `${a.value}/${b.value}`, relative: true };
}

/** One end of a loose range: the longest of a calendar date, a relative date, a bare day or a weekday. */
function rangeEnd(j: number): Hit | null {
	let best = calendarAt(j);
	if (best && best.s !== j) best = null;
	const r = relativeAt(j, true);
	if (r && (!best || r.e > best.e)) best = r;
	if (!best) {
		const dy = day(j, true);
		if (dy) return { s: j, e: dy.e, value: `XXXX-XX-${pad2(dy.d)}` };
		const wd = isWord(j) ? WEEKDAYS.get(low(j)) : undefined;
		if (wd !== undefined) return { s: j, e: j + 1, value: `XXXX-WXX-${wd}` };
	}
	return best;
}

/** `la dixième semaine`, `le troisième quart`, `deuxième trimestre de l'année prochaine`: an ordinal period without a year. */
function ordinalPeriod(i: number): Hit | null {
	const o = ordinal(i);
	if (!o || o.r < 1) return null;
	const w = low(o.e);
	const code = w === 'semaine' ? 'W' : w === 'trimestre' || w === 'quart' || w === 'quarts' ? 'Q' : w === 'semestre' ? 'H' : '';
	if (!code || o.r > (code === 'W' ? 53 : code === 'Q' ? 4 : 2)) return null;
	let e = o.e + 1;
	let base = 'XXXX';
	let k = e;
	const d = de(k);
	if (d >= 0) k = d;
	else if (isW(k, 'du')) k++;
	const up = unitPhrase(k);
	if (up && k > e) {
		base = up.value;
		e = up.e;
	}
	return { s: i, e, value: `${base}-${code}${code === 'W' ? pad2(o.r) : o.r}`, relative: true };
}

function unitHit(i: number): Hit | null {
	const u = unitPhrase(i);
	return u ? { s: i, e: u.e, value: u.value, relative: true } : null;
}

const NUM_RELATIVE: readonly Production[] = [offsetPhrase, looseNumeric, ordinalPeriod];

const WORD_RELATIVE: ReadonlyMap<string, readonly Production[]> = (() => {
	const m = new Map<string, Production[]>();
	const add = (words: Iterable<string>, ...prods: Production[]): void => {
		for (const w of words) {
			const list = m.get(w) ?? [];
			for (const p of prods) if (!list.includes(p)) list.push(p);
			m.set(w, list);
		}
	};
	const dirWords = [...THIS_WORDS, ...NEXT_WORDS, ...LAST_WORDS];
	add([...DEICTIC.keys(), 'avant', 'après', 'apres', 'jour', 'ce', 'dernier', 'même'], deictic);
	add([...dirWords, 'la', 'le', 'les', 'l', ...UNIT_CODES.keys()], unitHit);
	add([...dirWords, ...ORDINALS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_ABBR.keys()], weekdayPhrase);
	add(['le'], bareDay);
	add([...dirWords, ...MONTH_WORDS.keys(), ...LOOSE_MONTH_ABBR.keys()], looseMonth);
	add(['il', 'dans', 'les', 'des', 'ces', 'quelques', ...UNITS.keys(), ...TENS.keys(), ...NEXT_WORDS, ...LAST_WORDS], offsetPhrase);
	add(['reste', 'plus', 'début', 'debut', 'fin', 'milieu'], periodPhrase);
	add([...dirWords, 'l', 'le', 'au', 'en', ...SEASONS.keys()], seasonPhrase);
	add(['du', 'de', 'd', 'entre'], looseRange);
	add(ORDINALS.keys(), ordinalPeriod);
	return m;
})();
const RELATIVE_SIG = sigTable(WORD_RELATIVE.keys());

function relativeAt(i: number, nested = false): Hit | null {
	if (i >= n) return null;
	let prods: readonly Production[] | undefined;
	if (kind[i] === NUM) prods = NUM_RELATIVE;
	else if (kind[i] === WORD && RELATIVE_SIG[tSig[i]] === 1) prods = WORD_RELATIVE.get(low(i));
	if (!prods) return null;
	let best: Hit | null = null;
	for (const f of prods) {
		if (nested && f === looseRange) continue;
		const h = f(i);
		if (h && h.e > h.s && (!best || h.e > best.e)) best = h;
	}
	return best;
}

// ---------------------------------------------------------------------------
// Entry points

function toMention(h: Hit, base: number): DateMention {
	const start = tStart[h.s];
	const end = tEnd[h.e - 1];
	const m: DateMention = { kind: 'date', start: start + base, end: end + base, text: src.slice(start, end), value: h.value };
	if (h.mod) m.mod = h.mod;
	if (h.relative) m.relative = true;
	return m;
}

/** Finds dates in one line; offsets are relative to `line`, plus `base` (the line's offset in a document). */
export function findDates(line: string, options: FindDatesOptions = {}, base = 0): DateMention[] {
	useTokens(line);
	const hits: Hit[] = [];
	scanCalendar(hits);
	if (options.relativeDates) addRelative(hits);
	const out: DateMention[] = [];
	for (const h of hits) out.push(toMention(h, base));
	return out;
}

/**
 * Relative expressions in the gaps the calendar layer left; a relative range may
 * take in whole calendar dates (`du 1er août 2019 à aujourd'hui`), which it replaces.
 */
function addRelative(hits: Hit[]): void {
	const calendar = hits.slice();
	const replaced = new Set<Hit>();
	let c = 0;
	for (let i = 0; i < n; ) {
		while (c < calendar.length && calendar[c].e <= i) c++;
		if (c < calendar.length && calendar[c].s <= i) {
			i = calendar[c].e;
			continue;
		}
		const h = relativeAt(i);
		if (!h) {
			i++;
			continue;
		}
		// Calendar dates the hit overlaps must lie wholly inside it.
		let k = c;
		let ok = true;
		while (k < calendar.length && calendar[k].s < h.e) {
			if (calendar[k].e > h.e) {
				ok = false;
				break;
			}
			k++;
		}
		if (!ok) {
			i++;
			continue;
		}
		for (let x = c; x < k; x++) replaced.add(calendar[x]);
		hits.push(h);
		c = k;
		i = h.e;
	}
	if (replaced.size > 0) {
		let w = 0;
		for (const h of hits) if (!replaced.has(h)) hits[w++] = h;
		hits.length = w;
	}
	hits.sort((a, b) => a.s - b.s);
}

/** Finds only the relative and loose dates of a line (for callers that cached `findDates(line)`). */
export function findRelativeDates(line: string): DateMention[] {
	return findDates(line, { relativeDates: true }).filter((m) => m.relative);
}

// ---------------------------------------------------------------------------
// Years not written

/**
 * Fills `inferredYear` / `resolved` for dates whose year is not written (`XXXX`). Mutates `dates`.
 *
 * Precedence, for a mention without a year:
 *  1. `previous`: the nearest explicit year written before it in the same paragraph
 *     (the paragraph sets its own time: "En 2024, ... le 16 octobre");
 *  2. `dateline`: a date with a year in the document's head (its first three
 *     non-empty lines, at most 600 characters), even when written after the
 *     mention: news pieces open with their date or event year;
 *  3. `previous`: the nearest explicit year before it anywhere in the document;
 *  4. `reference`: `referenceYear`.
 * Anchors are dates whose value names one year (`2025`, `2025-11-25`,
 * `2025-01/2025-10`); spans of years (`2021/2025`), decades and relative
 * expressions are not anchors. A range that crosses the new year
 * (`du 20 décembre au 5 janvier`) gets the following year on its second end.
 */
export function inferYears(text: string, dates: DateMention[], referenceYear?: number): void {
	if (dates.length === 0) return;
	const order = dates.map((_, k) => k).sort((a, b) => dates[a].start - dates[b].start);
	const headEnd = datelineEnd(text);
	let dateline: { year: number; m: DateMention } | undefined;
	for (const k of order) {
		const m = dates[k];
		if (m.start >= headEnd) break;
		const y = anchorYear(m);
		if (y !== null) {
			dateline = { year: y, m };
			break;
		}
	}
	let lineStart = 0;
	let nextBreak = text.indexOf('\n');
	let lastAnchor: { year: number; m: DateMention } | undefined;
	for (const k of order) {
		const m = dates[k];
		while (nextBreak >= 0 && nextBreak < m.start) {
			lineStart = nextBreak + 1;
			nextBreak = text.indexOf('\n', lineStart);
		}
		if (!m.relative && m.value.includes('XXXX')) {
			let chosen: InferredChoice | undefined;
			if (lastAnchor && lastAnchor.m.start >= lineStart) chosen = { year: lastAnchor.year, source: 'previous', from: lastAnchor.m };
			else if (dateline) chosen = { year: dateline.year, source: 'dateline', from: dateline.m };
			else if (lastAnchor) chosen = { year: lastAnchor.year, source: 'previous', from: lastAnchor.m };
			else if (referenceYear !== undefined && Number.isFinite(referenceYear)) chosen = { year: Math.trunc(referenceYear), source: 'reference' };
			if (chosen) {
				m.inferredYear = chosen.from
					? { year: chosen.year, source: chosen.source, fromText: chosen.from.text, fromStart: chosen.from.start }
					: { year: chosen.year, source: chosen.source };
				m.resolved = resolveValue(m.value, chosen.year);
			}
		}
		const y = anchorYear(m);
		if (y !== null) lastAnchor = { year: y, m };
	}
}

interface InferredChoice {
	year: number;
	source: 'dateline' | 'previous' | 'reference';
	from?: DateMention;
}

function anchorYear(m: DateMention): number | null {
	if (m.relative) return null;
	const v = m.value;
	if (v.length < 4) return null;
	for (let k = 0; k < 4; k++) {
		const c = v.charCodeAt(k);
		if (c < 48 || c > 57) return null;
	}
	// 198X is a decade; 2021/2025 spans years: neither names one year.
	if (v.length > 4 && v[4] !== '-' && v[4] !== '/') return null;
	const slash = v.indexOf('/');
	if (slash >= 0 && v.slice(slash + 1, slash + 5) !== v.slice(0, 4)) return null;
	return Number(v.slice(0, 4));
}

function datelineEnd(text: string): number {
	let pos = 0;
	let lines = 0;
	while (pos < text.length && pos < 600) {
		let e = text.indexOf('\n', pos);
		if (e < 0) e = text.length;
		if (text.slice(pos, e).trim().length > 0) lines++;
		pos = e + 1;
		if (lines >= 3) break;
	}
	return Math.min(pos, 600);
}

/** `XXXX-12-20/XXXX-01-05` with 2025 → 2025-12-20/2026-01-05. */
function resolveValue(value: string, year: number): string {
	const slash = value.indexOf('/');
	if (slash < 0) return value.replace('XXXX', String(year));
	const a = value.slice(0, slash);
	const b = value.slice(slash + 1);
	const ra = a.replace('XXXX', String(year));
	let yb = year;
	if (a.startsWith('XXXX') && b.startsWith('XXXX') && b.slice(4) < a.slice(4)) yb = year + 1;
	else if (!a.startsWith('XXXX') && b.startsWith('XXXX')) {
		yb = Number(a.slice(0, 4));
		if (b.slice(4) < a.slice(4)) yb++;
	}
	return `${ra}/${b.replace('XXXX', String(yb))}`;
}
