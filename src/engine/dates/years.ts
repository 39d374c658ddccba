// The document pass over dates: relative dates resolved against a reference date, and
// years not written filled in where a reader would agree, with the place each came from.
import type { DateMention, ExtractOptions, InferredYear, ReferenceDate } from '../types';
import { articleStarts, isNameYear, sentenceEnd, sentenceStart } from './articles';
import type { RefPoint } from './resolve';
import { refPoint, resolveRelative } from './resolve';

/** How far from the top of an article its dateline may be: three non-empty lines, 600 characters. */
const HEAD_LINES = 3;
const HEAD_CHARS = 600;
/** A year not written puts the date between 8 months before and 3 months after the reference date. */
const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 3;

/** One article of the page: where it starts and the date at its top (its dateline), if any. */
interface Article {
	start: number;
	dateline?: { m: DateMention; point: RefPoint };
}

/** What the pass knows of the document; built once per extract, and the state of its sweep over the dates. */
interface Context {
	text: string;
	dates: DateMention[];
	articles: Article[];
	sidecar: RefPoint | null;
	referenceYear?: number;
	/** The line (paragraph) of the current date. */
	lineStart: number;
	lineEnd: number;
	/** In the current article, before the current date: the latest date with a day, with a month, and the latest year anchor. */
	lastDay?: DateMention;
	lastMonth?: DateMention;
	lastAnchor?: { year: number; from: DateMention };
}

/** Dates looked back at, at most, for the date a `le même jour` refers to. */
const MAX_ANAPHORA = 20;

/**
 * Resolves the relative dates of a document and infers the years it does not write. Mutates `dates`.
 * The reference date of a relative date is the dateline of its article, else options.referenceDate,
 * else the latest full date written before it in its article, else options.referenceYear.
 */
export function resolveDates(text: string, dates: DateMention[], options: ExtractOptions = {}): void {
	if (dates.length === 0) return;
	// As extract() keeps them: the earlier, then the longer, of overlapping dates (only those serve as evidence).
	dates.sort((a, b) => a.start - b.start || b.end - a.end);
	let kept = 0;
	let lastEnd = -1;
	for (const m of dates) {
		if (m.start >= lastEnd && m.end > m.start) {
			dates[kept++] = m;
			lastEnd = m.end;
		}
	}
	dates.length = kept;
	if (!dates.some((m) => m.relative || m.value.includes('XXXX'))) return;
	const year = options.referenceYear;
	const ctx: Context = {
		text,
		dates,
		articles: findArticles(text, dates),
		sidecar: options.referenceDate ? refPoint(options.referenceDate) : null,
		referenceYear: year !== undefined && Number.isFinite(year) ? Math.trunc(year) : undefined,
		lineStart: 0,
		lineEnd: -1,
	};
	let a = 0;
	for (let k = 0; k < dates.length; k++) {
		const m = dates[k];
		if (a + 1 < ctx.articles.length && ctx.articles[a + 1].start <= m.start) {
			while (a + 1 < ctx.articles.length && ctx.articles[a + 1].start <= m.start) a++;
			ctx.lastDay = ctx.lastMonth = ctx.lastAnchor = undefined;
		}
		moveLine(ctx, m);
		if (m.relative) resolveOne(ctx, k, a);
		else if (m.value.includes('XXXX') && !m.inferredYear) inferYear(ctx, k, a);
		remember(ctx, m);
	}
}

/** The line of `m`, found forward from the previous one (dates are sorted: the text is walked once). */
function moveLine(ctx: Context, m: DateMention): void {
	while (ctx.lineEnd < m.start) {
		if (ctx.lineEnd >= 0) ctx.lineStart = ctx.lineEnd + 1;
		const e = ctx.text.indexOf('\n', ctx.lineStart);
		ctx.lineEnd = e < 0 ? ctx.text.length : e;
		if (e < 0) break;
	}
}

function remember(ctx: Context, m: DateMention): void {
	if (m.relative) return;
	const p = refPoint(m.value);
	if (p?.m !== undefined) {
		ctx.lastMonth = m;
		if (p.d !== undefined) ctx.lastDay = m;
	}
	const y = anchorOf(ctx.text, m);
	if (y) ctx.lastAnchor = y;
}

function findArticles(text: string, dates: DateMention[]): Article[] {
	const articles: Article[] = articleStarts(text).map((start) => ({ start }));
	let d = 0;
	for (let a = 0; a < articles.length; a++) {
		const start = articles[a].start;
		const next = a + 1 < articles.length ? articles[a + 1].start : text.length;
		const end = Math.min(headEnd(text, start), next);
		while (d < dates.length && dates[d].start < start) d++;
		let best: { m: DateMention; point: RefPoint } | undefined;
		for (let k = d; k < dates.length && dates[k].start < end; k++) {
			const m = dates[k];
			if (m.relative) continue;
			const p = refPoint(m.value);
			if (!p || p.m === undefined) continue;
			if (p.d !== undefined) {
				best = { m, point: p };
				break;
			}
			best ??= { m, point: p };
		}
		best ??= yearlessDateline(text, dates, d, end);
		if (best) articles[a].dateline = best;
	}
	return articles;
}

/** Characters a dateline's place may take before its day (`HANOÏ, ` / `Da Nang, le `). */
const MAX_PLACE = 40;

/**
 * `Da Nang, 12 décembre (VNA) –`: a day and month without a year opening a line of the head.
 * The one year written in the head (a title's `en 2024`) completes it; without one, it still
 * counts days and months (`hier` → XXXX-12-11).
 */
function yearlessDateline(text: string, dates: DateMention[], from: number, end: number): { m: DateMention; point: RefPoint } | undefined {
	let years: { year: number; from: DateMention }[] = [];
	let found: DateMention | undefined;
	for (let k = from; k < dates.length && dates[k].start < end; k++) {
		const m = dates[k];
		const y = anchorOf(text, m);
		if (y) years.push(y);
		if (found || m.relative || !/^XXXX-\d\d-\d\d$/.test(m.value)) continue;
		const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
		const before = text.slice(lineStart, m.start);
		if (m.start - lineStart <= MAX_PLACE && /^[^.!?:;]*,\s*(?:le\s+)?$/i.test(before)) found = m;
	}
	if (!found) return undefined;
	const point = refPoint(`2001${found.value.slice(4)}`);
	if (!point) return undefined;
	years = years.filter((y, i) => years.findIndex((z) => z.year === y.year) === i);
	if (years.length === 1) {
		const y = years[0];
		found.inferredYear = { year: y.year, source: 'previous', fromText: y.from.text, fromStart: y.from.start };
		found.resolved = fillYear(found.value, y.year);
		return { m: found, point: { y: y.year, m: point.m, d: point.d } };
	}
	return { m: found, point: { ...point, noYear: true } };
}

function headEnd(text: string, start: number): number {
	let pos = start;
	let lines = 0;
	const limit = start + HEAD_CHARS;
	while (pos < text.length && pos < limit) {
		let e = text.indexOf('\n', pos);
		if (e < 0) e = text.length;
		if (text.slice(pos, Math.min(e, pos + 80)).trim().length > 0) lines++;
		pos = e + 1;
		if (lines >= HEAD_LINES) break;
	}
	return Math.min(pos, limit);
}

// ---------------------------------------------------------------------------
// Relative dates

function resolveOne(ctx: Context, k: number, a: number): void {
	const m = ctx.dates[k];
	if (m.value.startsWith('ANA')) {
		resolveAnaphoric(ctx, k, a);
		return;
	}
	const ref = referenceFor(ctx, k, a);
	const r = resolveRelative(m.value, ref?.point ?? null);
	m.value = r.value;
	if (r.rel) m.rel = r.rel;
	if (ref) m.reference = ref.reference;
}

function referenceFor(ctx: Context, k: number, a: number): { point: RefPoint; reference: ReferenceDate } | null {
	const article = ctx.articles[a];
	if (article.dateline) {
		const { m, point } = article.dateline;
		return { point, reference: { date: point.noYear ? m.value : (m.resolved ?? m.value), source: 'dateline', fromText: m.text, fromStart: m.start } };
	}
	if (ctx.sidecar) return { point: ctx.sidecar, reference: { date: pointValue(ctx.sidecar), source: 'sidecar' } };
	const d = ctx.lastDay;
	if (d) {
		const p = refPoint(d.value);
		if (p) return { point: p, reference: { date: d.value, source: 'text', fromText: d.text, fromStart: d.start } };
	}
	if (ctx.referenceYear !== undefined) return { point: { y: ctx.referenceYear }, reference: { date: String(ctx.referenceYear), source: 'setting' } };
	return null;
}

function pointValue(p: RefPoint): string {
	const pad = (x: number): string => (x < 10 ? '0' : '') + x;
	return `${p.y}${p.m !== undefined ? `-${pad(p.m)}` : ''}${p.d !== undefined ? `-${pad(p.d)}` : ''}`;
}

/** `le même jour`, `le lendemain`, `l'année suivante`: counted from the nearest earlier date of the article precise enough. */
function resolveAnaphoric(ctx: Context, k: number, a: number): void {
	const m = ctx.dates[k];
	const unit = m.value.slice(-1);
	const need = unit === 'D' || unit === 'W' ? 3 : unit === 'Y' ? 1 : 2;
	const start = ctx.articles[a].start;
	for (let j = k - 1; j >= 0 && j >= k - MAX_ANAPHORA && ctx.dates[j].start >= start; j--) {
		const d = ctx.dates[j];
		if (d.value.includes('/') || d.value.includes('REF') || d.value.includes('ANA') || d.value.includes('WDAY')) continue;
		const written = /^(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?$/.exec(d.value);
		if (!written || (written[2] ? (written[3] ? 3 : 2) : 1) < need) continue;
		const unknownYear = written[1] === 'XXXX';
		// A year is needed for the arithmetic; 2000 has a 29 February.
		const point = refPoint(unknownYear ? `2000${d.value.slice(4)}` : d.value);
		if (!point) continue;
		const r = resolveRelative(m.value.replace('ANA', 'REF'), point);
		m.value = unknownYear ? `XXXX${r.value.slice(4)}` : r.value;
		if (r.rel) m.rel = r.rel;
		m.reference = { date: d.value, source: 'anchor', fromText: d.text, fromStart: d.start };
		if (unknownYear && d.inferredYear && d.resolved) {
			m.inferredYear = d.inferredYear;
			m.resolved = `${d.inferredYear.year}${m.value.slice(4)}`;
		}
		return;
	}
	m.value = resolveRelative(m.value, null).value;
}

// ---------------------------------------------------------------------------
// Years not written

/**
 * A year for a date that does not write it, from the strongest evidence a reader would use:
 *  1. `sentence`: years written in the same sentence, before or after it (not inside a name);
 *     two different ones leave the year open;
 *  2. `previous`: the nearest year written before it in its paragraph;
 *  3. `dateline`: the date at the top of its article: the year that puts it within 8 months
 *     before to 3 months after that date;
 *  4. `previous`: the latest date with a month and a year written before it in its article;
 *  5. `sidecar`: options.referenceDate, as a dateline; 6. `reference`: options.referenceYear.
 * A year from another article of the page is never used, nor a year inside a name
 * (`G-NETS 2024`), nor a stretch of years or a decade.
 */
function inferYear(ctx: Context, k: number, a: number): void {
	const m = ctx.dates[k];
	const choice = yearEvidence(ctx, k, a);
	if (!choice) return;
	const inferred: InferredYear = { year: choice.year, source: choice.source };
	if (choice.from) {
		inferred.fromText = choice.from.text;
		inferred.fromStart = choice.from.start;
	}
	m.inferredYear = inferred;
	m.resolved = fillYear(m.value, choice.year);
}

interface YearChoice {
	year: number;
	source: InferredYear['source'];
	from?: DateMention;
}

function yearEvidence(ctx: Context, k: number, a: number): YearChoice | null {
	const { text, dates } = ctx;
	const m = dates[k];
	const articleStart = ctx.articles[a].start;
	const articleEnd = a + 1 < ctx.articles.length ? ctx.articles[a + 1].start : text.length;
	const { lineStart, lineEnd } = ctx;
	const sStart = Math.max(sentenceStart(text, m.start, lineStart), articleStart);
	const sEnd = Math.min(sentenceEnd(text, m.end, lineEnd), articleEnd);
	// 1. the same sentence
	let sentence: YearChoice | null = null;
	for (let j = k - 1; j >= 0 && dates[j].start >= sStart; j--) sentence = mergeSentence(sentence, anchorOf(text, dates[j]));
	for (let j = k + 1; j < dates.length && dates[j].end <= sEnd; j++) sentence = mergeSentence(sentence, anchorOf(text, dates[j]));
	if (sentence) return sentence.year < 0 ? null : { ...sentence, source: 'sentence' };
	// 2. earlier in the paragraph
	if (ctx.lastAnchor && ctx.lastAnchor.from.start >= lineStart) return { ...ctx.lastAnchor, source: 'previous' };
	// 3. the article's dateline
	const dateline = ctx.articles[a].dateline;
	if (dateline) {
		const y = windowYear(m.value, dateline.point);
		if (y !== null) return { year: y, source: 'dateline', from: dateline.m };
	}
	// 4. the latest full date earlier in the article
	if (ctx.lastMonth) return { year: Number(ctx.lastMonth.value.slice(0, 4)), source: 'previous', from: ctx.lastMonth };
	if (ctx.sidecar) {
		const y = windowYear(m.value, ctx.sidecar);
		if (y !== null) return { year: y, source: 'sidecar' };
	}
	if (ctx.referenceYear !== undefined) return { year: ctx.referenceYear, source: 'reference' };
	return null;
}

/** Two different years in one sentence: a conflict, marked by a negative year. */
function mergeSentence(acc: YearChoice | null, next: { year: number; from: DateMention } | null): YearChoice | null {
	if (!next) return acc;
	if (!acc) return { year: next.year, source: 'sentence', from: next.from };
	if (acc.year !== next.year) return { year: -1, source: 'sentence' };
	return acc;
}

/** The one year a date writes (`2025`, `2025-11-25`, `2025-01/2025-10`), unless it is inside a name. */
function anchorOf(text: string, m: DateMention): { year: number; from: DateMention } | null {
	if (m.relative) return null;
	const v = m.value;
	if (v.length < 4) return null;
	for (let k = 0; k < 4; k++) {
		const c = v.charCodeAt(k);
		if (c < 48 || c > 57) return null;
	}
	// 198X is a decade; 2021/2025 spans years: neither names one year.
	if (v.length > 4 && v[4] !== '-' && v[4] !== '/') return null;
	const slash = v.indexOf('/');
	if (slash >= 0 && v.slice(slash + 1, slash + 5) !== v.slice(0, 4)) return null;
	if (v.length === 4 && isNameYear(text, m.start, m.end)) return null;
	return { year: Number(v.slice(0, 4)), from: m };
}

/** The year that puts `value` (XXXX-…) between WINDOW_BEFORE months before and WINDOW_AFTER months after `ref`. */
function windowYear(value: string, ref: RefPoint): number | null {
	if (ref.m === undefined || ref.noYear) return null;
	const month = middleMonth(value);
	if (month === null) return ref.y;
	const refIndex = ref.y * 12 + ref.m;
	for (const y of [ref.y, ref.y - 1, ref.y + 1]) {
		const diff = y * 12 + month - refIndex;
		if (diff >= -WINDOW_BEFORE && diff <= WINDOW_AFTER) return y;
	}
	return null;
}

/** The month a value without a year stands for (the middle of a quarter, half or season), or null for none. */
function middleMonth(value: string): number | null {
	const first = value.split('/')[0];
	const tail = first.slice(5);
	if (/^\d\d/.test(tail)) return Number(tail.slice(0, 2));
	const q = /^Q(\d)$/.exec(tail);
	if (q) return Number(q[1]) * 3 - 1;
	const h = /^H(\d)$/.exec(tail);
	if (h) return Number(h[1]) * 6 - 3;
	const seasons: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };
	return seasons[tail] ?? null;
}

/** `XXXX-12-20/XXXX-01-05` with 2025 → 2025-12-20/2026-01-05. */
function fillYear(value: string, year: number): string {
	const slash = value.indexOf('/');
	if (slash < 0) return value.replace('XXXX', String(year));
	const a = value.slice(0, slash);
	const b = value.slice(slash + 1);
	const ra = a.replace('XXXX', String(year));
	let yb = year;
	if (a.startsWith('XXXX') && b.startsWith('XXXX') && b.slice(4) < a.slice(4)) yb = year + 1;
	else if (!a.startsWith('XXXX') && b.startsWith('XXXX')) {
		yb = Number(a.slice(0, 4));
		if (b.slice(4) < a.slice(4)) yb++;
	}
	return `${ra}/${b.replace('XXXX', String(yb))}`;
}
