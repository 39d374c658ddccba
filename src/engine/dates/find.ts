// Entry points of the date recognizer for one line.
import { kind, low, marked, markSignatures, nMarked, NUM, sigTable, src, tEnd, tSig, tStart, useTokens, WORD } from '../tokens';
import type { DateMention } from '../types';
import type { Hit } from './cursor';
import { isWord } from './cursor';
import { scanCalendar } from './absolute';
import { LOOSE_MONTH_ABBR, MONTH_WORDS, SEASONS, WEEKDAYS } from './lexicon';
import { DEICTIC, relativeAt, UNIT_CODES } from './relative';

export interface FindDatesOptions {
	/** Also return relative and loose expressions (extract() asks for them unless ExtractOptions.relativeDates is false). */
	relativeDates?: boolean;
}

/**
 * A value still to be resolved against the reference date (REF…), another date of the
 * text (ANA…) or the weekday of the reference (WDAY…): see resolve.ts.
 */
export function isRelativeValue(value: string): boolean {
	return value.includes('REF') || value.includes('ANA') || value.includes('WDAY');
}

// ---------------------------------------------------------------------------
// Entry points

export function toMention(h: Hit, base: number): DateMention {
	const start = tStart[h.s];
	const end = tEnd[h.e - 1];
	const m: DateMention = { kind: 'date', start: start + base, end: end + base, text: src.slice(start, end), value: h.value };
	if (h.mod) m.mod = h.mod;
	if (h.relative && isRelativeValue(h.value)) m.relative = true;
	return m;
}

/** The calendar hits of the line findDates saw last: extract() asks for its relative dates right after. */
let lastLine: string | null = null;
let lastCalendar: Hit[] = [];

/** Finds dates in one line; offsets are relative to `line`, plus `base` (the line's offset in a document). */
export function findDates(line: string, options: FindDatesOptions = {}, base = 0): DateMention[] {
	useTokens(line);
	const hits: Hit[] = [];
	scanCalendar(hits);
	lastLine = line;
	lastCalendar = hits.slice();
	if (options.relativeDates) addRelative(hits);
	const out: DateMention[] = [];
	for (const h of hits) out.push(toMention(h, base));
	return out;
}

const NEXT_LAST: ReadonlyMap<string, number> = new Map([
	['prochain', 1],
	['prochaine', 1],
	['dernier', -1],
	['dernière', -1],
	['derniere', -1],
	['passé', -1],
	['passée', -1],
]);

/**
 * A calendar date without its year followed by `prochain` / `dernier` (`31 décembre prochain`,
 * `fin décembre dernier`, `novembre dernier`): the next or last such day or month from the
 * reference date (REF+1Y-12-31, REF-1Y-12).
 */
function withDirection(h: Hit): Hit | null {
	const v = h.value;
	if (!v.startsWith('XXXX-') || v.includes('/') || v.length < 7 || v[5] === 'W' || v[5] === 'Q' || v[5] === 'H' || !isWord(h.e)) return null;
	if (v.charCodeAt(5) < 48 || v.charCodeAt(5) > 57) return null;
	const dir = NEXT_LAST.get(low(h.e));
	if (dir === undefined) return null;
	const out: Hit = { s: h.s, e: h.e + 1, value: `REF${dir > 0 ? '+' : '-'}1Y${v.slice(4)}`, relative: true };
	if (h.mod) out.mod = h.mod;
	return out;
}

/**
 * Every relative expression holds one of these tokens (a number, a unit, a weekday, a deictic
 * word, a month or a season: `le vingt-deux` alone is left out), and none starts more than
 * MAX_PREFIX tokens before its first one (`il y a deux ans`, `fin de l'année en cours`).
 */
const RELATIVE_ANCHORS: ReadonlySet<string> = new Set([
	...UNIT_CODES.keys(), ...DEICTIC.keys(), 'hui', ...WEEKDAYS.keys(), ...MONTH_WORDS.keys(), ...LOOSE_MONTH_ABBR.keys(),
	...SEASONS.keys(), 'quart', 'quarts',
]);
const RELATIVE_ANCHOR_SIG = sigTable(RELATIVE_ANCHORS);
markSignatures(RELATIVE_ANCHOR_SIG);
const MAX_PREFIX = 10;

function isRelativeAnchor(i: number): boolean {
	const k = kind[i];
	if (k === NUM) return true;
	return k === WORD && RELATIVE_ANCHOR_SIG[tSig[i]] === 1 && RELATIVE_ANCHORS.has(low(i));
}

/**
 * Relative expressions in the gaps the calendar layer left, tried near anchor tokens only; a
 * relative range may take in whole calendar dates (`du 1er août 2019 à aujourd'hui`), which it
 * replaces; a calendar date followed by `prochain` / `dernier` becomes relative (withDirection).
 */
export function addRelative(hits: Hit[], added?: Hit[]): void {
	const calendar = hits.slice();
	const replaced = new Set<Hit>();
	for (let x = 0; x < calendar.length; x++) {
		const directed = withDirection(calendar[x]);
		if (!directed) continue;
		replaced.add(calendar[x]);
		calendar[x] = directed;
		hits.push(directed);
		added?.push(directed);
	}
	let c = 0;
	let i = 0;
	let tried = -1;
	for (let mk = 0; mk < nMarked; mk++) {
		const a = marked[mk];
		if (a < i || !isRelativeAnchor(a)) continue;
		for (let s = Math.max(i, a - MAX_PREFIX, tried + 1); s <= a; s++) {
			tried = s;
			while (c < calendar.length && calendar[c].e <= s) c++;
			// Inside a calendar date: go on after it.
			if (c < calendar.length && calendar[c].s <= s) {
				s = calendar[c].e - 1;
				continue;
			}
			const h = relativeAt(s);
			if (!h) continue;
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
			if (!ok) continue;
			for (let x = c; x < k; x++) replaced.add(calendar[x]);
			hits.push(h);
			added?.push(h);
			c = k;
			i = h.e;
			tried = h.e - 1;
			break;
		}
	}
	if (replaced.size > 0) {
		let w = 0;
		for (const h of hits) if (!replaced.has(h)) hits[w++] = h;
		hits.length = w;
	}
	hits.sort((a, b) => a.s - b.s);
}

/** Finds only the dates of a line that the relative layer adds to `findDates(line)` (for callers that cached the latter). */
export function findRelativeDates(line: string): DateMention[] {
	useTokens(line);
	let hits: Hit[];
	if (line === lastLine) hits = lastCalendar.slice();
	else {
		hits = [];
		scanCalendar(hits);
	}
	const added: Hit[] = [];
	addRelative(hits, added);
	return added.sort((a, b) => a.s - b.s).map((h) => toMention(h, 0));
}
