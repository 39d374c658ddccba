// Entry points of the date recognizer for one line.
import { low, n, src, tEnd, tStart, useTokens } from '../tokens';
import type { DateMention } from '../types';
import type { Hit } from './cursor';
import { isWord } from './cursor';
import { scanCalendar } from './absolute';
import { relativeAt } from './relative';

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
 * Relative expressions in the gaps the calendar layer left; a relative range may
 * take in whole calendar dates (`du 1er août 2019 à aujourd'hui`), which it replaces.
 */
export function addRelative(hits: Hit[], added?: Hit[]): void {
	const calendar = hits.slice();
	const replaced = new Set<Hit>();
	let c = 0;
	for (let i = 0; i < n; ) {
		while (c < calendar.length && calendar[c].e <= i) c++;
		if (c < calendar.length && calendar[c].s <= i) {
			const directed = withDirection(calendar[c]);
			if (directed) {
				replaced.add(calendar[c]);
				hits.push(directed);
				added?.push(directed);
				i = directed.e;
			} else i = calendar[c].e;
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
		added?.push(h);
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

/** Finds only the dates of a line that the relative layer adds to `findDates(line)` (for callers that cached the latter). */
export function findRelativeDates(line: string): DateMention[] {
	useTokens(line);
	const hits: Hit[] = [];
	scanCalendar(hits);
	const added: Hit[] = [];
	addRelative(hits, added);
	return added.sort((a, b) => a.s - b.s).map((h) => toMention(h, 0));
}
