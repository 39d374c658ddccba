// The calendar layer: points (day month year, month year, a year alone), ranges,
// lists of days, `fin`/`début`/`mi-` periods; scanned left to right near anchor tokens.
import { kind, low, marked, markSignatures, n, nMarked, NUM, PUNCT, sigTable, src, tEnd, tSig, tStart, WORD } from '../tokens';
import type { DateMod } from '../types';
import { MONTH_WORDS, ORDINALS, SEASONS, TENS, UNITS, WEEKDAYS, WEEKDAY_ABBR } from './lexicon';
import type { Hit, Point } from './cursor';
import { isWord, isNum, isW, gluedBefore, charOf, isDash, isApos, elided, de, fmt, validDay, day, month, yearToken, bareYear, anneeWord, trailingYear } from './cursor';
import { numericDate, dateCueBefore } from './numeric';
import { century, decade, decadeList, isoPeriod, monthCount, quarter, season, yearSpan } from './periods';

/**
 * Words before a month standing alone that make it a date (`en octobre`, `depuis mars`):
 * 1; `au mois de`, `à partir de`: 2 (strong enough for an abbreviation: `mois de nov.`); else 0.
 */
export function monthCueBefore(i: number): number {
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
export const POINT_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), ...WEEKDAY_ABBR.keys(), ...MONTH_WORDS.keys(), ...UNITS.keys(), ...TENS.keys(), 'dix', 'premier']);

/**
 * A point in time starting at i: [weekday [,] [le]] day month [year], numeric
 * date, month year; a day alone, a month alone or a year alone when `opts` allow.
 */
export function point(i: number, opts: { partialDay?: boolean; bareMonth?: boolean; bareAbbr?: boolean; bareYear?: boolean }): Point | null {
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
export function joinRange(a: Point, b: Point): string | null {
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
export function range(i: number): Hit | null {
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
export function dayList(i: number): Hit | null {
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

export const MOD_WORDS: ReadonlyMap<string, DateMod> = new Map([
	['fin', 'end'],
	['début', 'start'],
	['debut', 'start'],
	['milieu', 'mid'],
	['mi', 'mid'],
]);

/** `Fin octobre 2025`, `début 2024`, `mi-mars`, `fin de l'année 2025`, `début des années 2000`. */
export function modified(i: number): Hit | null {
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
		// fin du premier trimestre 2025, début du second semestre
		const q = quarter(j);
		if (q && !q.value.includes('-W')) return { s: i, e: q.e, value: q.value, mod };
	}
	const p = point(j, { bareMonth: true, bareYear: true });
	if (!p || p.d !== undefined || p.wd !== undefined) return null;
	return { s: i, e: p.e, value: fmt(p), mod };
}


/** A single point: day month [year], weekday + date, numeric date, month year, month after a cue, year. */
export function single(i: number): Hit | null {
	const cue = monthCueBefore(i);
	const sept = low(i) === 'sept' || low(i) === 'sep';
	const p = point(i, { bareMonth: cue > 0, bareAbbr: cue === 2 || (cue === 1 && !sept), bareYear: true });
	if (!p) return null;
	return { s: p.s, e: p.e, value: fmt(p) };
}

export type Production = (i: number) => Hit | null;

export const NUM_CALENDAR: readonly Production[] = [dayList, monthCount, quarter, century, yearSpan, isoPeriod, single];

/** Which productions can start at a word (lower case). */
export const WORD_CALENDAR: ReadonlyMap<string, readonly Production[]> = (() => {
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

export function decadeHit(i: number): Hit | null {
	const d = decade(i);
	return d ? { s: i, e: d.e, value: d.value, decade: true } : null;
}

export function bestAt(i: number, productions: readonly ((i: number) => Hit | null)[]): Hit | null {
	let best: Hit | null = null;
	for (const f of productions) {
		const h = f(i);
		if (h && h.e > h.s && (!best || h.e > best.e)) best = h;
	}
	return best;
}

export const START_SIG = sigTable(WORD_CALENDAR.keys());

/**
 * Every calendar match holds one of these tokens (a number, a month, `années`...),
 * and none starts more than MAX_PREFIX tokens before its first one.
 */
export const ANCHOR_WORDS: ReadonlySet<string> = new Set([...MONTH_WORDS.keys(), 'années', 'annees', 'siècle', 'siecle', 'trimestre', 'semestre', 'semaine', 'mois']);
export const ANCHOR_SIG = sigTable(ANCHOR_WORDS);
markSignatures(ANCHOR_SIG);
export const MAX_PREFIX = 10;

export function isAnchor(i: number): boolean {
	const k = kind[i];
	if (k === NUM) return true;
	return k === WORD && ANCHOR_SIG[tSig[i]] === 1 && ANCHOR_WORDS.has(low(i));
}

export function calendarAt(i: number): Hit | null {
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
export function scanCalendar(hits: Hit[]): void {
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

