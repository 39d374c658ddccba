// The engine's entry point: text → mentions.
//
// Extraction runs in two passes:
//  1. local: each line (a paragraph in a seed) is scanned on its own by the
//     amount, date and organization recognizers. Results depend only on the
//     line's text, so they are cached by it: re-extracting an edited document
//     only re-scans the lines that changed.
//  2. document: cheap passes that need the whole text (years inferred for
//     dates, acronyms linked to long forms, organization names propagated,
//     user additions and exclusions), then overlaps between kinds are settled.
import { findAmounts } from './amounts';
import { findDates, findRelativeDates, inferYears } from './dates';
import { findOrganizations, linkOrganizations } from './organizations';
import type { AmountMention, DateMention, ExtractOptions, Mention, MentionKind, OrganizationMention } from './types';

export type { AmountMention, DateMention, ExtractOptions, Mention, MentionKind, OrganizationMention } from './types';

interface LineResult {
	amounts: AmountMention[];
	dates: DateMention[];
	organizations: OrganizationMention[];
	/** Relative dates (options.relativeDates), found on first demand. */
	relativeDates?: DateMention[];
}

/** An extractor that remembers the mentions of the lines it has seen. */
export interface Extractor {
	extract(text: string, options?: ExtractOptions): Mention[];
	/** Number of lines scanned (not taken from the cache) since creation. */
	readonly linesScanned: number;
	clear(): void;
}

const MAX_CACHED_LINES = 20_000;
const MIN_CACHED_LINE = 24;

export function createExtractor(): Extractor {
	let cache = new Map<string, LineResult>();
	let linesScanned = 0;

	function scanLine(line: string): LineResult {
		const cacheable = line.length >= MIN_CACHED_LINE;
		if (cacheable) {
			const hit = cache.get(line);
			if (hit) return hit;
		}
		linesScanned++;
		const result: LineResult = {
			amounts: findAmounts(line),
			dates: findDates(line),
			organizations: findOrganizations(line),
		};
		if (cacheable) {
			if (cache.size >= MAX_CACHED_LINES) cache = new Map();
			cache.set(line, result);
		}
		return result;
	}

	return {
		extract(text: string, options: ExtractOptions = {}): Mention[] {
			const kinds = new Set<MentionKind>(options.kinds ?? ['amount', 'date', 'organization']);
			const amounts: AmountMention[] = [];
			const dates: DateMention[] = [];
			const organizations: OrganizationMention[] = [];
			let lineStart = 0;
			while (lineStart <= text.length) {
				let lineEnd = text.indexOf('\n', lineStart);
				if (lineEnd < 0) lineEnd = text.length;
				if (lineEnd > lineStart) {
					const line = text.slice(lineStart, lineEnd);
					const local = scanLine(line);
					if (kinds.has('amount')) for (const m of local.amounts) amounts.push(shift(m, lineStart));
					// Dates are always found: amounts that are really dates (years) are dropped below.
					for (const m of local.dates) dates.push(shift(m, lineStart));
					if (options.relativeDates) {
						local.relativeDates ??= findRelativeDates(line);
						for (const m of local.relativeDates) dates.push(shift(m, lineStart));
					}
					if (kinds.has('organization')) for (const m of local.organizations) organizations.push(shift(m, lineStart));
				}
				lineStart = lineEnd + 1;
			}
			inferYears(text, dates, options.referenceYear);
			const orgs = kinds.has('organization') ? linkOrganizations(text, organizations, options) : [];
			// concat, not push(...spread): a 10 MB line yields more mentions than a call's argument limit.
			const out: Mention[] = ([] as Mention[]).concat(
				dropOverlapping(dropCovered(amounts, options.relativeDates ? dates.filter((d) => !d.relative) : dates)),
				kinds.has('date') ? dropOverlapping(dates) : [],
				dropOverlapping(orgs),
			);
			return out.sort(byPosition);
		},
		get linesScanned() {
			return linesScanned;
		},
		clear() {
			cache = new Map();
		},
	};
}

const defaultExtractor = createExtractor();

/** Finds every amount, date and organization in `text`. Never throws on any string. */
export function extract(text: string, options?: ExtractOptions): Mention[] {
	return defaultExtractor.extract(text, options);
}

function shift<T extends Mention>(m: T, by: number): T {
	return by === 0 ? { ...m } : { ...m, start: m.start + by, end: m.end + by };
}

export function byPosition(a: Mention, b: Mention): number {
	return a.start - b.start || b.end - a.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

/** Drops amounts that overlap a date (a year is a date, never an amount). */
function dropCovered(amounts: AmountMention[], dates: DateMention[]): AmountMention[] {
	if (dates.length === 0) return amounts;
	const sorted = [...dates].sort(byPosition);
	const out: AmountMention[] = [];
	let j = 0;
	for (const a of [...amounts].sort(byPosition)) {
		while (j < sorted.length && sorted[j].end <= a.start) j++;
		let overlaps = false;
		for (let k = j; k < sorted.length && sorted[k].start < a.end; k++) {
			if (sorted[k].end > a.start) {
				overlaps = true;
				break;
			}
		}
		if (!overlaps) out.push(a);
	}
	return out;
}

/** Keeps mentions of one kind from overlapping: the earlier one wins, then the longer. */
function dropOverlapping<T extends Mention>(mentions: T[]): T[] {
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
