// English extraction: a paragraph pass (amounts, dates, names; compromise runs here, once per
// paragraph) and a cheap document pass (relative dates resolved against a reference date, years
// inferred, names confirmed across paragraphs, user additions and exclusions, overlaps settled).
//
// The paragraph pass is exported on its own (`extractEnglishParagraph(paragraph, offset)`) so that
// a caller can run it in a worker or in slices of a long document, then call `finishEnglish` on the
// results; `createEnglishExtractor` caches paragraph results by their text, so re-extracting an
// edited document only re-reads the paragraphs that changed.
import { resolveDates } from '../dates/years';
import { byPosition, dropOverlapping } from '../order';
import type { AmountMention, DateMention, ExtractOptions, Mention, MentionKind, OrganizationMention } from '../types';
import { findEnglishAmounts } from './amounts';
import { type EnglishDate, findEnglishDates } from './dates';
import { findEnglishNames, initialsOf, type NameChunk, termsOf, toOrganization } from './organizations';
import { resolveRelative } from './relative';

/** The mentions of one paragraph, at document offsets; names without evidence are candidates for the document pass. */
export interface EnglishParagraph {
	amounts: AmountMention[];
	dates: EnglishDate[];
	names: NameChunk[];
}

/** compromise reads at most this many characters at once: longer paragraphs are cut at sentence ends. */
const MAX_PIECE = 8000;
const MAX_CACHED = 20_000;
/** Paragraphs shorter than this are not cached (their hashing costs more than a read). */
const MIN_CACHED = 16;

/** Reads one paragraph (a line of a seed) found at `offset` in its document. Pure; never throws on any string. */
export function extractEnglishParagraph(paragraph: string, offset = 0): EnglishParagraph {
	if (paragraph.length <= MAX_PIECE) return readPiece(paragraph, offset);
	const out: EnglishParagraph = { amounts: [], dates: [], names: [] };
	let start = 0;
	while (start < paragraph.length) {
		const end = pieceEnd(paragraph, start);
		const r = readPiece(paragraph.slice(start, end), offset + start);
		for (const m of r.amounts) out.amounts.push(m);
		for (const m of r.dates) out.dates.push(m);
		for (const m of r.names) out.names.push(m);
		start = end;
	}
	return out;
}

/** Where a piece of a long paragraph that starts at `start` ends: after a sentence, else after a space, else at the limit. */
function pieceEnd(paragraph: string, start: number): number {
	const limit = start + MAX_PIECE;
	if (limit >= paragraph.length) return paragraph.length;
	const sentence = paragraph.lastIndexOf('. ', limit - 2);
	if (sentence > start + MAX_PIECE / 2) return sentence + 2;
	const space = paragraph.lastIndexOf(' ', limit - 1);
	if (space > start) return space + 1;
	// Never inside a surrogate pair.
	const c = paragraph.charCodeAt(limit - 1);
	return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function readPiece(piece: string, offset: number): EnglishParagraph {
	const amounts = findEnglishAmounts(piece, offset);
	const dates = findEnglishDates(piece, offset);
	const names = /\p{Lu}|\.[a-z]{2}/u.test(piece) ? findEnglishNames(piece, termsOf(piece)) : [];
	if (offset !== 0) for (const n of names) shiftName(n, offset);
	return { amounts, dates, names };
}

function shiftName(n: NameChunk, by: number): void {
	n.start += by;
	n.end += by;
	if (n.longFormStart !== undefined) n.longFormStart += by;
}

/** Lines of a document (each a paragraph) with their offsets. */
export function paragraphsOf(text: string): { text: string; offset: number }[] {
	const out: { text: string; offset: number }[] = [];
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		if (end > start) out.push({ text: text.slice(start, end), offset: start });
		start = end + 1;
	}
	return out;
}

export interface EnglishExtractor {
	extract(text: string, options?: ExtractOptions): Mention[];
	/** Paragraphs read (not taken from the cache) since creation. */
	readonly paragraphsRead: number;
	clear(): void;
}

/** An English extractor that remembers the results of the paragraphs it has read. */
export function createEnglishExtractor(): EnglishExtractor {
	let cache = new Map<string, EnglishParagraph>();
	let paragraphsRead = 0;
	const read = (p: string, offset: number): EnglishParagraph => {
		if (p.length < MIN_CACHED) {
			paragraphsRead++;
			return extractEnglishParagraph(p, offset);
		}
		let local = cache.get(p);
		if (!local) {
			paragraphsRead++;
			local = extractEnglishParagraph(p, 0);
			if (cache.size >= MAX_CACHED) cache = new Map();
			cache.set(p, local);
		}
		return shiftParagraph(local, offset);
	};
	return {
		extract(text: string, options: ExtractOptions = {}): Mention[] {
			return finishEnglish(text, paragraphsOf(text).map((p) => read(p.text, p.offset)), options);
		},
		get paragraphsRead() {
			return paragraphsRead;
		},
		clear() {
			cache = new Map();
		},
	};
}

/** Copies of a cached paragraph's results at `by` (the document pass mutates what it is given). Built field by
 * field: object spread is several times slower, and a 1 MB document has tens of thousands of mentions. */
function shiftParagraph(p: EnglishParagraph, by: number): EnglishParagraph {
	const amounts: AmountMention[] = new Array(p.amounts.length);
	for (let k = 0; k < amounts.length; k++) amounts[k] = shiftAmount(p.amounts[k], by);
	const dates: EnglishDate[] = new Array(p.dates.length);
	for (let k = 0; k < dates.length; k++) dates[k] = shiftDate(p.dates[k], by);
	const names: NameChunk[] = new Array(p.names.length);
	for (let k = 0; k < names.length; k++) {
		const n = p.names[k];
		names[k] = { start: n.start + by, end: n.end + by, text: n.text, org: n.org, longFormStart: n.longFormStart === undefined ? undefined : n.longFormStart + by, acronym: n.acronym, person: n.person, place: n.place };
	}
	return { amounts, dates, names };
}

function shiftAmount(m: AmountMention, by: number): AmountMention {
	const c: AmountMention = { kind: 'amount', sub: m.sub, start: m.start + by, end: m.end + by, text: m.text, value: m.value };
	if (m.unit !== undefined) c.unit = m.unit;
	if (m.qualifier !== undefined) c.qualifier = m.qualifier;
	if (m.min !== undefined) c.min = m.min;
	if (m.max !== undefined) c.max = m.max;
	return c;
}

/** The mention returned: the relative spec is internal to the document pass. */
function withoutRel(m: EnglishDate): DateMention {
	const c: DateMention = { kind: 'date', start: m.start, end: m.end, text: m.text, value: m.value };
	if (m.mod !== undefined) c.mod = m.mod;
	if (m.inferredYear !== undefined) c.inferredYear = m.inferredYear;
	if (m.resolved !== undefined) c.resolved = m.resolved;
	if (m.relative !== undefined) c.relative = m.relative;
	return c;
}

function shiftDate(m: EnglishDate, by: number): EnglishDate {
	const c: EnglishDate = { kind: 'date', start: m.start + by, end: m.end + by, text: m.text, value: m.value };
	if (m.mod !== undefined) c.mod = m.mod;
	if (m.relative !== undefined) c.relative = m.relative;
	if (m.enRel !== undefined) c.enRel = m.enRel;
	return c;
}

const defaultEnglish = createEnglishExtractor();

/** Finds every amount, date and organization of an English document. */
export function extractEnglish(text: string, options?: ExtractOptions): Mention[] {
	return defaultEnglish.extract(text, options);
}

/** The document pass over the paragraphs' results (given in document order). */
export function finishEnglish(text: string, paragraphs: readonly EnglishParagraph[], options: ExtractOptions = {}): Mention[] {
	const kinds = new Set<MentionKind>(options.kinds ?? ['amount', 'date', 'organization']);
	const dates: EnglishDate[] = paragraphs.flatMap((p) => p.dates);
	if (options.relativeDates === false) dates.splice(0, dates.length, ...dates.filter((d) => !d.relative));
	resolveRelative(dates, options.referenceYear);
	// Years not written are inferred as in French (per article, never across a name's year); relative
	// dates were resolved above by the English rules, so only the others go to the French pass.
	resolveDates(
		text,
		dates.filter((d) => !d.relative),
		{ referenceYear: options.referenceYear, referenceDate: options.referenceDate },
	);
	const cleanDates: DateMention[] = dates.map(withoutRel);
	const amounts = kinds.has('amount') ? carryCurrencies(text, dropCovered(paragraphs.flatMap((p) => p.amounts), cleanDates)) : [];
	const orgs = kinds.has('organization') ? confirmNames(text, paragraphs.flatMap((p) => p.names), options) : [];
	const out: Mention[] = ([] as Mention[]).concat(dropOverlapping(amounts), kinds.has('date') ? dropOverlapping(cleanDates) : [], dropOverlapping(orgs));
	return out.sort(byPosition);
}

/** Names confirmed by the document: the same name or its initials is an organization elsewhere. */
function confirmNames(text: string, names: NameChunk[], options: ExtractOptions): OrganizationMention[] {
	const known = new Map<string, NameChunk>();
	const initials = new Map<string, NameChunk>();
	const learn = (n: NameChunk): void => {
		if (known.has(n.text)) return;
		known.set(n.text, n);
		if (!n.acronym && /\s/.test(n.text)) {
			const i = initialsOf(n.text);
			if (i.length >= 2 && !initials.has(i)) initials.set(i, n);
		}
	};
	for (const n of names) if (n.org) learn(n);
	for (let round = 0; round < 2; round++) {
		for (const n of names) {
			if (n.org || n.person) continue;
			if (known.has(n.text) || (n.acronym && initials.has(n.text))) {
				n.org = true;
				learn(n);
			}
		}
	}
	const ignore = new Set((options.organizationsIgnore ?? []).map((s) => s.toLowerCase()));
	const byStart = new Map(names.map((n) => [n.start, n]));
	const out: OrganizationMention[] = [];
	for (const n of names) {
		if (!n.org || ignore.has(n.text.toLowerCase())) continue;
		const m = toOrganization(n, 0);
		const long = n.longFormStart !== undefined ? byStart.get(n.longFormStart) : n.acronym ? initials.get(n.text) : undefined;
		if (long && long !== n && long.org) {
			m.longForm = long.text;
			m.canonical = long.text.replace(/\s+/g, ' ');
		}
		out.push(m);
	}
	const acronymOf = new Map<string, string>();
	for (const m of out) if (m.longForm !== undefined && !acronymOf.has(m.longForm)) acronymOf.set(m.longForm, m.text);
	for (const m of out) {
		const acr = m.longForm === undefined ? acronymOf.get(m.text) : undefined;
		if (acr !== undefined) m.acronym = acr;
	}
	return out.concat(userAdditions(text, options, ignore));
}

function userAdditions(text: string, options: ExtractOptions, ignore: ReadonlySet<string>): OrganizationMention[] {
	const out: OrganizationMention[] = [];
	for (const name of options.organizationsAdd ?? []) {
		if (!name.trim() || ignore.has(name.toLowerCase())) continue;
		let at = text.indexOf(name);
		while (at >= 0) {
			const end = at + name.length;
			if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '')) out.push({ kind: 'organization', start: at, end, text: name, canonical: name });
			at = text.indexOf(name, end);
		}
	}
	return out;
}

/** A scaled figure without currency after a money figure of the same sentence is money in that currency. */
function carryCurrencies(text: string, amounts: AmountMention[]): AmountMention[] {
	let lastMoney: AmountMention | undefined;
	for (const a of amounts) {
		if (lastMoney && /[.!?]\s+\p{Lu}|\n/u.test(text.slice(lastMoney.end, a.start))) lastMoney = undefined;
		if (a.sub === 'money') lastMoney = a;
		else if (lastMoney && a.sub === 'quantity' && a.unit === undefined && /\s(?:thousand|million|billion|trillion|bn|mn|tn)$/i.test(a.text)) {
			a.sub = 'money';
			a.unit = lastMoney.unit;
		}
	}
	return amounts;
}

/** Amounts inside a date (`Dec. 5`, `first ten months`) are parts of the date. Dates do not overlap one another, so
 * the last date starting before an amount's end is the only one that can cover it: one sweep. */
function dropCovered(amounts: AmountMention[], dates: readonly DateMention[]): AmountMention[] {
	if (dates.length === 0) return amounts;
	const sorted = [...dates].sort((a, b) => a.start - b.start);
	const out: AmountMention[] = [];
	let j = 0;
	for (const a of [...amounts].sort((x, y) => x.start - y.start)) {
		while (j < sorted.length && sorted[j].start < a.end) j++;
		if (!(j > 0 && sorted[j - 1].end > a.start)) out.push(a);
	}
	return out;
}

