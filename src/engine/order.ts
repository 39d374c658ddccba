// Ordering and overlap rules shared by the French and English extractors.
import type { Mention } from './types';

/** Document order: earlier first, then longer, then by kind (a stable, total order). */
export function byPosition(a: Mention, b: Mention): number {
	return a.start - b.start || b.end - a.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

/** Keeps mentions of one kind from overlapping: the earlier one wins, then the longer. */
export function dropOverlapping<T extends Mention>(mentions: T[]): T[] {
	const sorted = [...mentions].sort(byPosition);
	const out: T[] = [];
	let lastEnd = -1;
	for (const m of sorted) {
		if (m.start >= lastEnd && m.end > m.start) {
			out.push(m);
			lastEnd = m.end;
		}
	}
	return out;
}
