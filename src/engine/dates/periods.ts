// Periods: decades, the first or last months of a year, quarters, halves and
// weeks (TIMEX3 values), seasons, centuries and spans of years.
import { kind, low, n, NUM, PUNCT, src, tEnd, tStart } from '../tokens';
import { SEASONS, ORDINAL_SUFFIXES } from './lexicon';
import type { Hit } from './cursor';
import { isWord, isNum, isW, gapBefore, gluedBefore, digits, numVal, charOf, isDash, isApos, de, pad2, fmt, spelled, yearToken, countedAfter, anneeWord, ordinal } from './cursor';

export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
	['vingt', 1920],
	['trente', 1930],
	['quarante', 1940],
	['cinquante', 1950],
	['soixante', 1960],
]);

/** `années 80` → 198X, `années 1990` → 199X, `années 2000` → 200X, `années soixante-dix` → 197X. */
export function decade(i: number): { e: number; value: string } | null {
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
export function decadeNumber(i: number, width: number): number | null {
	if (!isNum(i) || digits(i) !== width || (i + 1 < n && gluedBefore(i + 1) && kind[i + 1] !== PUNCT)) return null;
	const v = numVal(i);
	if (v % 10 !== 0) return null;
	if (width === 2 && v >= 10) return 1900 + v;
	if (width === 4 && v >= 1000 && v <= 2090) return v;
	return null;
}

/** `et 2000`, `, 90` after a decade: the next decades of a list. */
export function decadeList(h: Hit, hits: Hit[]): number {
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
export function monthCount(i: number): Hit | null {
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


/** `premier trimestre 2025` → 2025-Q1, `second semestre` → XXXX-H2, `T1 2025`, `première semaine de 2027` → 2027-W01. */
export function quarter(i: number): Hit | null {
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
export function season(i: number): Hit | null {
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

export const ROMAN: ReadonlyMap<string, number> = new Map([
	['I', 1],
	['V', 5],
	['X', 10],
	['L', 50],
	['C', 100],
]);

export function romanValue(s: string): number {
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
export function century(i: number): Hit | null {
	let c: number;
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
export function yearSpan(i: number): Hit | null {
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


/** `2024-Q1`, `2025-T3`, `2024-H2`, `2025-S1`: a quarter or half written the TIMEX3 way. */
export function isoPeriod(i: number): Hit | null {
	if (!isNum(i) || digits(i) !== 4 || (gluedBefore(i) && kind[i - 1] !== PUNCT)) return null;
	const y = numVal(i);
	if (y < 1900 || y > 2100 || !isDash(i + 1) || !gluedBefore(i + 1) || !isWord(i + 2) || !gluedBefore(i + 2) || digits(i + 2) !== 1) return null;
	if (!isNum(i + 3) || !gluedBefore(i + 3) || digits(i + 3) !== 1) return null;
	const letter = low(i + 2);
	const code = letter === 'q' || letter === 't' ? 'Q' : letter === 'h' || letter === 's' ? 'H' : '';
	const v = numVal(i + 3);
	if (!code || v < 1 || v > (code === 'Q' ? 4 : 2)) return null;
	if (i + 4 < n && gluedBefore(i + 4) && kind[i + 4] !== PUNCT) return null;
	return { s: i, e: i + 4, value: `${y}-${code}${v}` };
}
