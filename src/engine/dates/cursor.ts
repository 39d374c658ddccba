// Shared pieces of the date recognizer: token predicates over the current line
// (tokens.ts) and the small readers every production uses (day, month, year,
// spelled numbers, ordinals).
import { kind, low, n, NUM, PUNCT, src, tEnd, tStart, WORD } from '../tokens';
import type { DateMod } from '../types';
import { MONTH_WORDS, UNITS, TENS, ORDINALS, ORDINAL_SUFFIXES, COUNT_WORDS, FUNCTION_WORDS_S } from './lexicon';

// ---------------------------------------------------------------------------
// Tokens (tokens.ts)

export const isWord = (i: number): boolean => i >= 0 && i < n && kind[i] === WORD;
export const isNum = (i: number): boolean => i >= 0 && i < n && kind[i] === NUM;
export const isW = (i: number, w: string): boolean => isWord(i) && low(i) === w;
/** Whitespace between token i-1 and token i. */
export const gapBefore = (i: number): boolean => i > 0 && i < n && tStart[i] > tEnd[i - 1];
export const gluedBefore = (i: number): boolean => i > 0 && i < n && tStart[i] === tEnd[i - 1];
export const digits = (i: number): number => tEnd[i] - tStart[i];
export const numVal = (i: number): number => Number(low(i));
export function charOf(i: number): string {
	return i >= 0 && i < n && kind[i] === PUNCT ? src[tStart[i]] : '';
}
export const isDash = (i: number): boolean => {
	const c = charOf(i);
	return c === '-' || c === '‐' || c === '‑' || c === '–' || c === '—';
};
export const isApos = (i: number): boolean => {
	const c = charOf(i);
	return c === "'" || c === '’' || c === 'ʼ';
};
export const isUpperInitial = (i: number): boolean => {
	const c = src.charCodeAt(tStart[i]);
	return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
};

/** `d'` / `l'` / `jusqu'`: word i followed by a glued apostrophe; returns the index after it, or -1. */
export function elided(i: number, w: string): number {
	return isW(i, w) && isApos(i + 1) && tStart[i + 1] === tEnd[i] ? i + 2 : -1;
}

/** `de` or `d'` at i → index after it, else -1. */
export function de(i: number): number {
	if (isW(i, 'de')) return i + 1;
	return elided(i, 'd');
}

// ---------------------------------------------------------------------------
// Pieces

export interface Point {
	/** First and past-the-end token. */
	s: number;
	e: number;
	y?: number;
	m?: number;
	d?: number;
	/** A weekday is written (`lundi 19 août`). */
	wd?: number;
}

export interface Hit {
	s: number;
	e: number;
	value: string;
	mod?: DateMod;
	relative?: boolean;
	/** A decade that a list may continue (`années 1990 et 2000`). */
	decade?: boolean;
}

export const pad2 = (x: number): string => (x < 10 ? '0' : '') + x;

export function fmt(p: { y?: number; m?: number; d?: number }): string {
	const y = p.y === undefined ? 'XXXX' : String(p.y);
	if (p.m === undefined) return y;
	if (p.d === undefined) return `${y}-${pad2(p.m)}`;
	return `${y}-${pad2(p.m)}-${pad2(p.d)}`;
}

export const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const validDay = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1];

/** A spelled-out number from 1 to 99 (`sept`, `vingt-deux`, `trente et un`, `soixante-dix`, `quatre-vingt-dix`). */
export function spelled(i: number): { v: number; e: number } | null {
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
export function gapBeforeTooWide(j: number): boolean {
	return tStart[j] - tEnd[j - 1] > 1;
}

/** A day of the month: `16`, `1er`, `27e`, `premier`, `vingt-deux`. */
export function day(i: number, allowSpelled: boolean): { d: number; e: number; spelled: boolean } | null {
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
export function month(i: number, allowAbbr: boolean): { m: number; e: number; abbr: boolean } | null {
	if (!isWord(i)) return null;
	const mw = MONTH_WORDS.get(low(i));
	if (!mw) return null;
	if (mw.abbr && !allowAbbr) return null;
	let e = i + 1;
	if (mw.abbr && charOf(e) === '.' && gluedBefore(e)) e++;
	return { m: mw.month, e, abbr: mw.abbr };
}

/** A 4-digit year token in [lo, hi] that is not glued into an identifier or a decimal. */
export function yearToken(i: number, lo = 1000, hi = 2999): number | null {
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
export function countedAfter(j: number): boolean {
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
export function bareYear(i: number): number | null {
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
		// 2000 à 3000 tonnes; but "en 2013 et 14 millions": `en` puts the figure in time
		if (!(isW(i - 1, 'en') && gapBefore(i)) && (isW(j, 'à') || isW(j, 'a') || isW(j, 'et') || isW(j, 'ou') || isDash(j)) && isNum(j + 1)) {
			let k = j + 2;
			while (isNum(k) && gapBefore(k) && digits(k) === 3) k++;
			if (countedAfter(k)) return null;
		}
	}
	return y;
}

/** `l'année` / `année` (optionally after `de`): returns index after it or -1. */
export function anneeWord(i: number): number {
	const k = elided(i, 'l');
	const j = k >= 0 ? k : i;
	if (isW(j, 'année') || isW(j, 'annee') || isW(j, 'an') || isW(j, 'exercice')) return j + 1;
	return -1;
}

/** A year written after a month or a day-month: `, 2016`, `2016`, `de l'année 2016`. */
export function trailingYear(j: number): { y: number; e: number } | null {
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

/** An ordinal rank at i: `premier`, `second`, `3e`, `troisième`; with its end. */
export function ordinal(i: number): { r: number; e: number } | null {
	if (isNum(i) && digits(i) <= 2 && isWord(i + 1) && gluedBefore(i + 1) && ORDINAL_SUFFIXES.has(low(i + 1))) return { r: numVal(i), e: i + 2 };
	if (!isWord(i)) return null;
	const w = low(i);
	if (w === 'dernier' || w === 'dernière') return { r: -1, e: i + 1 };
	const r = ORDINALS.get(w);
	return r === undefined ? null : { r, e: i + 1 };
}

