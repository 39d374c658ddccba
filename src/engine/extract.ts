// The engine's entry point: text → mentions.
//
// Extraction runs in two passes:
//  1. local: each line (a paragraph in a seed) is scanned on its own by the
//     amount, date and organization recognizers, which share one cut of the
//     line into tokens (tokens.ts). Results depend only on the line's text, so
//     they are cached by it: re-extracting an edited document only re-scans the
//     lines that changed.
//  2. document: cheap passes that need the whole text (years inferred for
//     dates, acronyms linked to long forms, organization names propagated,
//     user additions and exclusions), then overlaps between kinds are settled.
import { findAmounts } from './amounts';
import { resolveAmounts } from './amounts/document';
import { findDates, findRelativeDates } from './dates/find';
import { resolveDates } from './dates/years';
import { createEnglishExtractor } from './en/extract';
import { resolveLanguage } from './language';
import { findOrganizations } from './organizations/candidates';
import { linkOrganizations } from './organizations/propagation';
import { byPosition, dropOverlapping } from './order';
import { releaseTokens } from './tokens';
import type { AmountMention, DateMention, ExtractOptions, Mention, MentionKind, OrganizationMention } from './types';

export type { AmountMention, DateMention, ExtractOptions, Mention, MentionKind, OrganizationMention } from './types';
// The bundle's entry (dist/engine.js): language detection and the English paragraph pass are part of its API.
export { detectLanguage, resolveLanguage } from './language';
export { byPosition } from './order';
export { extractEnglishParagraph, finishEnglish } from './en/extract';

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
	/** Characters of the lines held by the line cache (bounded by MAX_CACHED_CHARS). */
	readonly cachedCharacters: number;
	clear(): void;
}

const MAX_CACHED_LINES = 20_000;
/** Read only. */
const NONE: never[] = [];
const MIN_CACHED_LINE = 24;
/** Longer lines are not cached: one long line (a file without line breaks) must not stay in memory after its extraction. */
const MAX_CACHED_LINE = 1 << 16;
/** The cache starts afresh when its lines would exceed this many characters (their mentions weigh a few times more). */
const MAX_CACHED_CHARS = 1 << 23;

/** The three lists one extraction fills, and what it keeps. */
interface DocumentLists {
	amounts: AmountMention[];
	dates: DateMention[];
	organizations: OrganizationMention[];
	withAmounts: boolean;
	withOrganizations: boolean;
	/** Relative dates asked for (options.relativeDates !== false). */
	relative: boolean;
}

/** A cached line's mentions, copied at its offset. */
function addLineCopies(lists: DocumentLists, local: LineResult, line: string, at: number): void {
	if (lists.withAmounts) for (const m of local.amounts) lists.amounts.push(shiftAmount(m, at));
	// Dates are always found: amounts that are really dates (years) are dropped at the end.
	for (const m of local.dates) lists.dates.push(shiftDate(m, at));
	if (lists.relative) {
		local.relativeDates ??= findRelativeDates(line);
		for (const m of local.relativeDates) lists.dates.push(shiftDate(m, at));
	}
	if (lists.withOrganizations) for (const m of local.organizations) lists.organizations.push(shiftOrganization(m, at));
}

/** The same line earlier in this document (its record at `at` in `scanned`): its mentions, moved to `lineStart`. */
function copyEarlierLine(lists: DocumentLists, scanned: readonly number[], at: number, lineStart: number): void {
	const { amounts, dates, organizations } = lists;
	const by = lineStart - scanned[at + S_START];
	for (let k = scanned[at + S_AMOUNTS]; k < scanned[at + S_AMOUNTS_END]; k++) amounts.push(shiftAmount(amounts[k], by));
	for (let k = scanned[at + S_DATES]; k < scanned[at + S_DATES_END]; k++) dates.push(shiftDate(dates[k], by));
	for (let k = scanned[at + S_ORGANIZATIONS]; k < scanned[at + S_ORGANIZATIONS_END]; k++) organizations.push(shiftOrganization(organizations[k], by));
}

/** Scans a line found at `lineStart` straight into the lists; returns how many absolute dates it held. */
function scanInPlace(lists: DocumentLists, line: string, lineStart: number): number {
	const a = findAmounts(line, lineStart);
	const d = findDates(line, undefined, lineStart);
	const o = findOrganizations(line, lineStart);
	if (lists.withAmounts) for (const m of a) lists.amounts.push(m);
	// Dates are always found: amounts that are really dates (years) are dropped at the end.
	for (const m of d) lists.dates.push(m);
	if (lists.relative) for (const m of findRelativeDates(line)) lists.dates.push(shiftDate(m, lineStart));
	if (lists.withOrganizations) for (const m of o) lists.organizations.push(m);
	return d.length;
}

/** The document passes, then overlaps between kinds settled, sorted by position. */
function finishDocument(text: string, lists: DocumentLists, options: ExtractOptions, withDates: boolean): Mention[] {
	const { amounts, dates, organizations } = lists;
	resolveAmounts(text, amounts);
	resolveDates(text, dates, options);
	const orgs = lists.withOrganizations ? linkOrganizations(text, organizations, options) : [];
	// concat, not push(...spread): a 10 MB line yields more mentions than a call's argument limit.
	const out: Mention[] = ([] as Mention[]).concat(dropOverlapping(dropCovered(amounts, dates)), withDates ? dropOverlapping(dates) : [], dropOverlapping(orgs));
	out.sort(byPosition);
	// RegExp's legacy statics (`RegExp.input`, `$_`) keep the last string matched: the document's last line.
	FORGET_INPUT.exec('');
	return out;
}

export function createExtractor(): Extractor {
	let cache = new Map<string, LineResult>();
	// Lines scanned by the last call, entered in `cache` when the next call starts: a single
	// extraction (a file read once) does not pay for hashing lines into a cache it never reads.
	let pendingLines: string[] = [];
	let pendingResults: LineResult[] = [];
	let linesScanned = 0;
	let cachedChars = 0;
	// English documents (options.language, or detected) are read by the English extractor, with its own paragraph cache.
	const english = createEnglishExtractor();

	function flush(): void {
		for (let k = 0; k < pendingLines.length; k++) {
			const line = pendingLines[k];
			if (cache.size >= MAX_CACHED_LINES || cachedChars + line.length > MAX_CACHED_CHARS) {
				cache = new Map();
				cachedChars = 0;
			}
			if (!cache.has(line)) cachedChars += line.length;
			cache.set(line, pendingResults[k]);
		}
		pendingLines = [];
		pendingResults = [];
	}

	function lookup(line: string): LineResult | undefined {
		return line.length >= MIN_CACHED_LINE && line.length <= MAX_CACHED_LINE && cache.size > 0 ? cache.get(line) : undefined;
	}

	function scanLine(line: string): LineResult {
		linesScanned++;
		const amounts = findAmounts(line);
		const dates = findDates(line);
		const organizations = findOrganizations(line);
		// Most lines lack one kind or another: the cache keeps one shared empty list for them.
		return {
			amounts: amounts.length > 0 ? amounts : NONE,
			dates: dates.length > 0 ? dates : NONE,
			organizations: organizations.length > 0 ? organizations : NONE,
		};
	}

	return {
		extract(text: string, options: ExtractOptions = {}): Mention[] {
			if (resolveLanguage(text, options.language) === 'en') return english.extract(text, options);
			flush();
			const kinds = new Set<MentionKind>(options.kinds ?? ['amount', 'date', 'organization']);
			const withAmounts = kinds.has('amount');
			const withOrganizations = kinds.has('organization');
			const amounts: AmountMention[] = [];
			const dates: DateMention[] = [];
			const organizations: OrganizationMention[] = [];
			// The lines scanned here, and where their mentions went in the three lists: when every kind is
			// asked for, their cache entries are copied from those lists at the end, so that the line
			// results need not be kept (and moved by the collector) while the document is read.
			const snapshot = withAmounts && withOrganizations;
			const scannedLines: string[] = [];
			/** Per scanned line, SCANNED_FIELDS numbers: see the S_ constants. */
			const scanned: number[] = [];
			/** Lines scanned in this call by fingerprint (see `fingerprint`): the index of their record, for repeated lines. */
			const seen = new Map<number, number>();
			const lists: DocumentLists = { amounts, dates, organizations, withAmounts, withOrganizations, relative: options.relativeDates !== false };
			const addCopies = (local: LineResult, line: string, at: number) => addLineCopies(lists, local, line, at);
			let lineStart = 0;
			while (lineStart <= text.length) {
				let lineEnd = text.indexOf('\n', lineStart);
				if (lineEnd < 0) lineEnd = text.length;
				if (lineEnd > lineStart) {
					const line = text.slice(lineStart, lineEnd);
					const cacheable = line.length >= MIN_CACHED_LINE && line.length <= MAX_CACHED_LINE;
					const hit = lookup(line);
					const fp = cacheable ? fingerprint(line) : 0;
					const earlier = cacheable ? seen.get(fp) : undefined;
					if (hit) addCopies(hit, line, lineStart);
					else if (earlier !== undefined && snapshot && scannedLines[earlier] === line) {
						copyEarlierLine(lists, scanned, earlier * SCANNED_FIELDS, lineStart);
					} else if (earlier !== undefined && !snapshot && pendingLines[earlier] === line) addCopies(pendingResults[earlier], line, lineStart);
					else if (snapshot || !cacheable) {
						// Found at the line's offset in the document: the mentions go into the lists as they
						// are (a cacheable line's entry is copied back from them at the end).
						linesScanned++;
						const record = cacheable;
						if (record) {
							if (scannedLines.length >= MAX_CACHED_LINES) {
								scannedLines.length = 0;
								scanned.length = 0;
								seen.clear();
							}
							seen.set(fp, scannedLines.length);
							scannedLines.push(line);
							scanned.push(lineStart, amounts.length, dates.length, organizations.length);
						}
						const datesFound = scanInPlace(lists, line, lineStart);
						if (record) scanned.push(datesFound, amounts.length, dates.length, organizations.length, options.relativeDates !== false ? 1 : 0);
					} else {
						const local = scanLine(line);
						if (pendingLines.length >= MAX_CACHED_LINES) {
							pendingLines = [];
							pendingResults = [];
							seen.clear();
						}
						seen.set(fp, pendingLines.length);
						pendingLines.push(line);
						pendingResults.push(local);
						addCopies(local, line, lineStart);
					}
				}
				lineStart = lineEnd + 1;
			}
			releaseTokens();
			// Before inferYears and the caller touch the copies (only the fields a recognizer sets are copied back).
			for (let k = 0; k < scannedLines.length; k++) {
				pendingLines.push(scannedLines[k]);
				pendingResults.push(relativeResult(scanned, k * SCANNED_FIELDS, amounts, dates, organizations));
			}
			return finishDocument(text, lists, options, kinds.has('date'));
		},
		get linesScanned() {
			return linesScanned;
		},
		get cachedCharacters() {
			let pending = 0;
			for (const line of pendingLines) pending += line.length;
			return cachedChars + pending;
		},
		clear() {
			english.clear();
			cache = new Map();
			cachedChars = 0;
			pendingLines = [];
			pendingResults = [];
		},
	};
}

// What is kept of a scanned line while the document is read: where it starts, the lengths of the
// three lists before its mentions were added, its number of calendar dates, the lengths after, and
// whether its relative dates were added (after its calendar ones).
const S_START = 0;
const S_AMOUNTS = 1;
const S_DATES = 2;
const S_ORGANIZATIONS = 3;
const S_CALENDAR = 4;
const S_AMOUNTS_END = 5;
const S_DATES_END = 6;
const S_ORGANIZATIONS_END = 7;
const S_RELATIVE = 8;
const SCANNED_FIELDS = 9;

/** The cache entry of a scanned line, copied back from its mentions in the lists (relative to the line again). */
function relativeResult(scanned: number[], at: number, amounts: AmountMention[], dates: DateMention[], organizations: OrganizationMention[]): LineResult {
	const by = -scanned[at + S_START];
	const a = scanned[at + S_AMOUNTS];
	const d = scanned[at + S_DATES];
	const o = scanned[at + S_ORGANIZATIONS];
	const calendar = scanned[at + S_CALENDAR];
	const aEnd = scanned[at + S_AMOUNTS_END];
	const dEnd = scanned[at + S_DATES_END];
	const oEnd = scanned[at + S_ORGANIZATIONS_END];
	const result: LineResult = {
		amounts: aEnd > a ? copyRange(amounts, a, aEnd, by, shiftAmount) : NONE,
		dates: calendar > 0 ? copyRange(dates, d, d + calendar, by, shiftDate) : NONE,
		organizations: oEnd > o ? copyRange(organizations, o, oEnd, by, shiftOrganization) : NONE,
	};
	if (scanned[at + S_RELATIVE] === 1) result.relativeDates = dEnd > d + calendar ? copyRange(dates, d + calendar, dEnd, by, shiftDate) : NONE;
	return result;
}

/** A cheap hash of a line of at least MIN_CACHED_LINE characters (its length and six of them): repeated lines share it. */
function fingerprint(line: string): number {
	const n = line.length;
	let h = Math.imul(n ^ line.charCodeAt(0), 0x9e3779b1);
	h = Math.imul(h ^ line.charCodeAt(1), 0x85ebca77);
	h = Math.imul(h ^ line.charCodeAt(n >> 1), 0xc2b2ae3d);
	h = Math.imul(h ^ line.charCodeAt(n - 3), 0x27d4eb2f);
	h = Math.imul(h ^ line.charCodeAt(n - 2), 0x165667b1);
	return Math.imul(h ^ line.charCodeAt(n - 1), 0x9e3779b1);
}

function copyRange<T>(list: T[], from: number, to: number, by: number, copy: (m: T, by: number) => T): T[] {
	const out: T[] = [];
	for (let k = from; k < to; k++) out.push(copy(list[k], by));
	return out;
}

/** Matches the empty string: run on '' so that RegExp.input no longer holds a line of the document. */
const FORGET_INPUT = /(?:)/;

const defaultExtractor = createExtractor();

/** Finds every amount, date and organization in `text`. Never throws on any string. */
export function extract(text: string, options?: ExtractOptions): Mention[] {
	return defaultExtractor.extract(text, options);
}

// Copies of a line's mentions at document offsets (the cached ones stay relative to their line).
// Each builds its properties in the order the recognizer does, so the copies are alike in shape.

function shiftAmount(m: AmountMention, by: number): AmountMention {
	const c: AmountMention = { kind: 'amount', sub: m.sub, start: m.start + by, end: m.end + by, text: m.text, value: m.value };
	if (m.unit !== undefined) c.unit = m.unit;
	if (m.qualifier !== undefined) c.qualifier = m.qualifier;
	if (m.min !== undefined) c.min = m.min;
	if (m.max !== undefined) c.max = m.max;
	return c;
}

function shiftDate(m: DateMention, by: number): DateMention {
	const c: DateMention = { kind: 'date', start: m.start + by, end: m.end + by, text: m.text, value: m.value };
	if (m.mod !== undefined) c.mod = m.mod;
	if (m.relative !== undefined) c.relative = m.relative;
	return c;
}

/** Organizations go through linkOrganizations, which reads these fields and builds the mentions returned. */
function shiftOrganization(m: OrganizationMention, by: number): OrganizationMention {
	const o = m as OrganizationMention & { status?: string };
	return { kind: 'organization', start: m.start + by, end: m.end + by, text: m.text, canonical: m.canonical, acronym: m.acronym, longForm: m.longForm, evidence: m.evidence, status: o.status } as OrganizationMention;
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

