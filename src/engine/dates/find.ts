// Entry points of the date recognizer for one line.
import { kind, n, src, tEnd, tStart, useTokens } from '../tokens';
import type { DateMention } from '../types';
import type { Hit } from './cursor';
import { scanCalendar } from './absolute';
import { relativeAt } from './relative';

export interface FindDatesOptions {
	/** Also return relative and loose expressions. */
	relativeDates?: boolean;
}

// ---------------------------------------------------------------------------
// Entry points

export function toMention(h: Hit, base: number): DateMention {
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
export function addRelative(hits: Hit[]): void {
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

