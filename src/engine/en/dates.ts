// Dates in English text (GUIDE.md read in English, ../shared/gold/en/GUIDE-EN.md): calendar dates,
// months, quarters and halves, stretches (`first ten months of 2025`, `three months through
// September`), years and spans of years, edges (`end-2015`), seasons, decades, and relative dates
// (`Tuesday`, `April last year`, `this year`, `two weeks ago`), whose value is resolved at the
// document level against a reference date (./relative.ts).
// Own rules rather than compromise-dates: measured on ../shared/gold/en, compromise-dates 3.9 (on
// compromise 14) reached date F1 0.74 (precision 0.63, 8 exact spans of 30) and no value right: it
// resolves every expression to a full calendar date, where the guide keeps `XXXX` for a year not
// written, and it needs compromise/three (about 130 KB more). compromise-numbers targets compromise 13;
// compromise 14 reads numbers itself, but its spans run over punctuation (`$5.32 billion (20.3`).
import type { DateMention } from '../types';
import { MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, WEEKDAYS } from './lexicon';
import { parseSpelled } from './numbers';

/** A relative date's offset from the reference date, resolved in the document pass. */
export interface RelativeSpec {
	unit: 'day' | 'weekday' | 'week' | 'month' | 'year';
	n: number;
	/** For `weekday`: 1 (Monday) … 7 (Sunday). */
	weekday?: number;
	/** For a month of a relative year (`April last year`) or a month range (`between January and September this year`). */
	months?: [number, number];
}

/** A date found in a paragraph; `enRel` is read by the document pass, then dropped. */
export interface EnglishDate extends DateMention {
	enRel?: RelativeSpec;
}

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '(?:19\\d\\d|20\\d\\d|2100)(?!\\d)';
const COUNT = `(?:\\d{1,2}|${[...NUMBER_WORDS.keys()].join('|')})`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const ORD = '(first|second|third|fourth|1st|2nd|3rd|4th)';

interface Pattern {
	re: RegExp;
	make: (m: RegExpExecArray) => Omit<EnglishDate, 'kind' | 'start' | 'end' | 'text'> | undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthOf = (s: string): number => MONTHS.get(s.replace(/\.$/, '').toLowerCase()) ?? 0;
const dayOf = (s: string): number => Number.parseInt(s, 10);
const countOf = (s: string): number | undefined => (/^\d/.test(s) ? Number(s) : parseSpelled(s));
const yearOr = (y: string | undefined): string => y ?? 'XXXX';
const re = (src: string, flags = 'gu'): RegExp => new RegExp(src, flags);

const PATTERNS: Pattern[] = [
	// 2025-10-16
	{ re: re(`${B}(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])${E}`), make: (m) => ({ value: `${m[1]}-${m[2]}-${m[3]}` }) },
	// Dec. 5, 2025 · December 5 · Dec 21
	{ re: re(`${B}(${MONTH})\\s(${DAY})(?:,?\\s(${YEAR}))?${E}`), make: (m) => dayValue(m[3], monthOf(m[1]), dayOf(m[2])) },
	// Jan. 1-5, 2025 · 15-18 October
	{ re: re(`${B}(${MONTH})\\s(${DAY})\\s?[-–]\\s?(${DAY})(?:,?\\s(${YEAR}))?${E}`), make: (m) => dayRange(m[4], monthOf(m[1]), dayOf(m[2]), dayOf(m[3])) },
	{ re: re(`${B}(${DAY})\\s?[-–]\\s?(${DAY})\\s(${MONTH})(?:,?\\s(${YEAR}))?${E}`), make: (m) => dayRange(m[4], monthOf(m[3]), dayOf(m[1]), dayOf(m[2])) },
	// 15 February 2016 · 7 Nov.
	{ re: re(`${B}(${DAY})\\s(${MONTH})(?:,?\\s(${YEAR}))?${E}`), make: (m) => dayValue(m[3], monthOf(m[2]), dayOf(m[1])) },
	// January-September 2019 · Jan.-Dec.
	{ re: re(`${B}(${MONTH})\\s?[-–]\\s?(${MONTH})(?:,?\\s(${YEAR}))?${E}`), make: (m) => monthRange(m[3], monthOf(m[1]), monthOf(m[2])) },
	// October 2025 · October of 2025
	{ re: re(`${B}(${MONTH})(?:,|\\sof)?\\s(${YEAR})${E}`), make: (m) => ({ value: `${m[2]}-${pad(monthOf(m[1]))}` }) },
	// April last year
	{ re: re(`${B}(${MONTH_FULL})\\s(this|last|next)\\syear${E}`), make: (m) => relYear(m[2], [monthOf(m[1]), monthOf(m[1])]) },
	// end-October, late October 2025, early 2015, mid-2015, start-2015
	{ re: re(`${B}(start|end|mid|early|late|Early|Late|Mid|End)[-\\s](${MONTH_FULL})(?:\\s(${YEAR}))?${E}`), make: (m) => ({ value: `${yearOr(m[3])}-${pad(monthOf(m[2]))}`, mod: modOf(m[1]) }) },
	{ re: re(`${B}(start|end|mid|early|late|Early|Late|Mid|End)[-\\s](${YEAR})${E}`), make: (m) => ({ value: m[2], mod: modOf(m[1]) }) },
	{ re: re(`${B}(start|end|beginning|middle)\\sof\\s(${YEAR})${E}`), make: (m) => ({ value: m[2], mod: modOf(m[1]) }) },
	// first ten months of 2025 · first nine months · last three months of 2024
	{ re: re(`${B}(first|last|past)\\s(${COUNT})\\smonths(?:\\sof\\s(?:the\\syear\\s)?(${YEAR}))?${E}`, 'giu'), make: (m) => monthsStretch(m[1], m[2], m[3]) },
	// three months through September · the 12 months to June 2024
	{ re: re(`${B}(${COUNT})\\smonths\\s(?:through|to|ending|ended|until)\\s(${MONTH_FULL})(?:\\s(${YEAR}))?${E}`, 'giu'), make: (m) => monthsThrough(m[1], m[2], m[3]) },
	// third quarter of 2024 · third-quarter · Q3 2024 · 2024 Q3 · first half
	{ re: re(`${B}${ORD}[-\\s]quarter(?:(?:\\sof)?\\s(${YEAR}))?${E}`, 'giu'), make: (m) => ({ value: `${yearOr(m[2])}-Q${ORDINALS.get(m[1].toLowerCase())}` }) },
	{ re: re(`${B}Q([1-4])(?:[\\s/]?(${YEAR}))?${E}`), make: (m) => ({ value: `${yearOr(m[2])}-Q${m[1]}` }) },
	{ re: re(`${B}(${YEAR})\\s?Q([1-4])${E}`), make: (m) => ({ value: `${m[1]}-Q${m[2]}` }) },
	{ re: re(`${B}(first|second|1st|2nd)[-\\s]half(?:(?:\\sof)?\\s(${YEAR}))?${E}`, 'giu'), make: (m) => ({ value: `${yearOr(m[2])}-H${ORDINALS.get(m[1].toLowerCase())}` }) },
	{ re: re(`${B}H([12])(?:\\s(${YEAR}))?${E}`), make: (m) => ({ value: `${yearOr(m[2])}-H${m[1]}` }) },
	// fiscal year 2016 · 2016 fiscal year · FY2016
	{ re: re(`${B}(?:fiscal|financial)\\syear\\s(${YEAR})${E}`, 'giu'), make: (m) => ({ value: m[1] }) },
	{ re: re(`${B}(${YEAR})\\s(?:fiscal|financial)\\syear${E}`, 'giu'), make: (m) => ({ value: m[1] }) },
	{ re: re(`${B}FY\\s?(${YEAR})${E}`), make: (m) => ({ value: m[1] }) },
	// 2016-2017 · 2021–25
	{ re: re(`${B}(${YEAR})\\s?[-–/]\\s?(\\d{4}|\\d{2})${E}`), make: (m) => yearSpan(m[1], m[2]) },
	// spring 2022 · the 1980s
	{ re: re(`${B}(spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)(?:\\sof)?\\s(${YEAR})${E}`), make: (m) => ({ value: `${m[2]}-${SEASONS.get(m[1].toLowerCase())}` }) },
	{ re: re(`${B}(1[89]|20)(\\d)0s${E}`), make: (m) => ({ value: `${m[1]}${m[2]}X` }) },
	// a bare month (May and March only after a preposition: they are also a verb and a noun)
	{ re: re(`${B}(${MONTH_FULL})${E}`), make: (m) => ({ value: `XXXX-${pad(monthOf(m[1]))}` }) },
	// relative: today, yesterday, last week, next month, this year, two weeks ago, (last) Tuesday
	{ re: re(`${B}(today|yesterday|tomorrow)${E}`, 'giu'), make: (m) => relDay(m[1]) },
	{ re: re(`${B}(this|last|next)\\s(week|month|year)${E}`, 'giu'), make: (m) => relUnit(m[1], m[2]) },
	{ re: re(`${B}(${COUNT}|a|one)\\s(day|week|month|year)s?\\sago${E}`, 'giu'), make: (m) => relAgo(m[1], m[2]) },
	{ re: re(`${B}(?:(last|next|this)\\s)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)${E}`, 'gu'), make: (m) => relWeekday(m[1], m[2]) },
];

/** A bare year, checked on its context by `yearStands`. */
const RE_YEAR = re(`${B}(${YEAR})${E}`);
const MODAL_MONTHS = new Set(['May', 'March']);
const RE_MONTH_PREP = /\b(?:in|since|by|until|till|of|from|through|to|last|next|this|early|late|mid|end|and|or|between|before|after|during)\s$/i;

/** The dates of one paragraph, offsets shifted by `base`. */
export function findEnglishDates(text: string, base = 0): EnglishDate[] {
	const found: EnglishDate[] = [];
	for (const p of PATTERNS) {
		p.re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = p.re.exec(text))) {
			if (!acceptable(text, m)) continue;
			const v = p.make(m);
			if (v) found.push({ kind: 'date', start: m.index, end: m.index + m[0].length, text: m[0], ...v });
		}
	}
	RE_YEAR.lastIndex = 0;
	let y: RegExpExecArray | null;
	while ((y = RE_YEAR.exec(text))) if (yearStands(text, y.index, y.index + 4)) found.push({ kind: 'date', start: y.index, end: y.index + 4, text: y[0], value: y[0] });
	const chosen = mergeRanges(text, pickLongest(found));
	return chosen.map((d) => (base === 0 ? d : { ...d, start: d.start + base, end: d.end + base }));
}

function acceptable(text: string, m: RegExpExecArray): boolean {
	const word = m[0];
	if (MODAL_MONTHS.has(word) && !RE_MONTH_PREP.test(text.slice(Math.max(0, m.index - 10), m.index))) return false;
	// `a year earlier`, `from a year ago` are comparisons, not dates.
	if (/^a\s/i.test(word) && /^\s(?:earlier|before)/.test(text.slice(m.index + word.length))) return false;
	return true;
}

/** A four-digit year used as a time reference: not money, a count, a percentage or part of a number. */
function yearStands(text: string, s: number, e: number): boolean {
	const before = text.slice(Math.max(0, s - 6), s);
	const after = text.slice(e, e + 14);
	if (/[$€£¥₫]\s?$|(?:No|no|Nos)\.?\s?$|[\d.,]$|#$/.test(before)) return false;
	if (/^(?:[.,]\d|\s?%|\s(?:per ?cent|percent|million|billion|thousand|trillion|bn|tonnes|tons|km|hectares|ha|MW)\b)/.test(after)) return false;
	if (/^-?\s?[\p{L}]/u.test(after.replace(/^\s(?:fiscal|financial)/, '')) && /^[\p{L}]/u.test(after)) return false;
	const counted = /^\s([a-z]+s)\b/.exec(after);
	if (counted && !/\b(?:in|since|by|of|until|from|to|before|after|during|for|through|between|and|or)\s$/i.test(before)) return false;
	return true;
}

/** Longest spans first; a span that overlaps one already chosen is dropped. */
function pickLongest(found: EnglishDate[]): EnglishDate[] {
	const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const chosen: EnglishDate[] = [];
	for (const d of sorted) if (!chosen.some((c) => c.start < d.end && d.start < c.end)) chosen.push(d);
	return chosen.sort((a, b) => a.start - b.start);
}

/** `between January and September this year`, `from 2020 to 2025`, `January and February`: one date. */
function mergeRanges(text: string, dates: EnglishDate[]): EnglishDate[] {
	const out: EnglishDate[] = [];
	for (let k = 0; k < dates.length; k++) {
		const a = dates[k];
		const b = dates[k + 1];
		if (b && a.enRel?.unit === 'weekday' && a.enRel.n === 0 && /^,?\s$/.test(text.slice(a.end, b.start)) && /^(?:\d{4}|XXXX)-\d\d-\d\d$/.test(b.value)) {
			// `Monday, December 2, 2024`: the weekday names the date that follows it.
			out.push({ kind: 'date', start: a.start, end: b.end, text: text.slice(a.start, b.end), value: b.value });
			k++;
			continue;
		}
		if (b) {
			const gap = text.slice(a.end, b.start);
			const lead = /(?:between|from)\s$/i.exec(text.slice(Math.max(0, a.start - 8), a.start));
			const linked = lead ? /^\s(?:and|to|until|till|through)\s$/i.test(gap) : /^\s(?:and|to)\s$/.test(gap) && /^XXXX-\d\d$/.test(a.value) && /^XXXX-\d\d$/.test(b.value);
			const merged = linked ? rangeValue(a, b) : undefined;
			if (merged) {
				const start = lead ? a.start - lead[0].length : a.start;
				out.push({ ...merged, kind: 'date', start, end: b.end, text: text.slice(start, b.end) });
				k++;
				continue;
			}
		}
		out.push(a);
	}
	return out;
}

function rangeValue(a: EnglishDate, b: EnglishDate): Omit<EnglishDate, 'kind' | 'start' | 'end' | 'text'> | undefined {
	if (a.value.includes('/') || b.value.includes('/')) return undefined;
	const monthA = /^XXXX-(\d\d)$/.exec(a.value);
	if (b.enRel && b.enRel.months && monthA && !a.enRel) {
		const months: [number, number] = [Number(monthA[1]), b.enRel.months[1]];
		return { value: `XXXX-${monthA[1]}/${b.value}`, relative: true, enRel: { ...b.enRel, months } };
	}
	if (a.enRel || b.enRel) return undefined;
	let left = a.value;
	const year = /^(\d{4})/.exec(b.value);
	if (left.startsWith('XXXX') && year) left = year[1] + left.slice(4);
	return { value: `${left}/${b.value}` };
}

function dayValue(year: string | undefined, month: number, day: number): { value: string } | undefined {
	if (!month || day < 1 || day > 31) return undefined;
	return { value: `${yearOr(year)}-${pad(month)}-${pad(day)}` };
}

function dayRange(year: string | undefined, month: number, a: number, b: number): { value: string } | undefined {
	if (!month || a < 1 || b > 31 || b <= a) return undefined;
	const y = yearOr(year);
	return { value: `${y}-${pad(month)}-${pad(a)}/${y}-${pad(month)}-${pad(b)}` };
}

function monthRange(year: string | undefined, a: number, b: number): { value: string } | undefined {
	if (!a || !b || a === b) return undefined;
	const y = yearOr(year);
	return { value: `${y}-${pad(a)}/${y}-${pad(b)}` };
}

function monthsStretch(which: string, count: string, year: string | undefined): { value: string } | undefined {
	const n = countOf(count);
	if (n === undefined || n < 1 || n > 12) return undefined;
	const y = yearOr(year);
	if (which.toLowerCase() === 'first') return { value: `${y}-01/${y}-${pad(n)}` };
	// `the last three months of 2024` closes a year; `the past 12 months` is a duration up to now (a quantity).
	return which.toLowerCase() === 'last' && year ? { value: `${y}-${pad(13 - n)}/${y}-12` } : undefined;
}

function monthsThrough(count: string, month: string, year: string | undefined): { value: string } | undefined {
	const n = countOf(count);
	const last = monthOf(month);
	if (n === undefined || n < 1 || n > 12 || !last) return undefined;
	const first = last - n + 1;
	const y = yearOr(year);
	if (first >= 1) return { value: `${y}-${pad(first)}/${y}-${pad(last)}` };
	const prev = year ? String(Number(year) - 1) : 'XXXX';
	return { value: `${prev}-${pad(first + 12)}/${y}-${pad(last)}` };
}

function yearSpan(a: string, b: string): { value: string } | undefined {
	const end = b.length === 2 ? Number(a.slice(0, 2) + b) : Number(b);
	if (end <= Number(a) || end > 2100) return undefined;
	return { value: `${a}/${end}` };
}

function modOf(word: string): 'start' | 'mid' | 'end' {
	const w = word.toLowerCase();
	return w === 'mid' || w === 'middle' ? 'mid' : w === 'end' || w === 'late' ? 'end' : 'start';
}

const signOf = (w: string): number => (w.toLowerCase() === 'last' ? -1 : w.toLowerCase() === 'next' ? 1 : 0);

function relYear(which: string, months: [number, number]) {
	return { value: `XXXX-${pad(months[0])}`, relative: true, enRel: { unit: 'year' as const, n: signOf(which), months } };
}

function relDay(word: string) {
	const w = word.toLowerCase();
	return { value: 'XXXX-XX-XX', relative: true, enRel: { unit: 'day' as const, n: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 } };
}

function relUnit(which: string, unit: string) {
	const u = unit.toLowerCase() as 'week' | 'month' | 'year';
	return { value: u === 'year' ? 'XXXX' : u === 'month' ? 'XXXX-XX' : 'XXXX-WXX', relative: true, enRel: { unit: u, n: signOf(which) } };
}

function relAgo(count: string, unit: string) {
	const n = /^(?:a|one)$/i.test(count) ? 1 : countOf(count.toLowerCase());
	if (n === undefined) return undefined;
	const u = unit.toLowerCase() as 'day' | 'week' | 'month' | 'year';
	return { value: u === 'year' ? 'XXXX' : u === 'month' ? 'XXXX-XX' : u === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX', relative: true, enRel: { unit: u, n: -n } };
}

function relWeekday(which: string | undefined, day: string) {
	const n = which === undefined || which.toLowerCase() === 'this' ? 0 : signOf(which);
	return { value: 'XXXX-XX-XX', relative: true, enRel: { unit: 'weekday' as const, n, weekday: WEEKDAYS.get(day.toLowerCase()) } };
}
