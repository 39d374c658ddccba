// Amounts in English text: money, percentages, quantities (GUIDE.md, read in English in
// ../shared/gold/en/GUIDE-EN.md). A scan over the paragraph's figures (digits or spelled-out
// numbers); each figure reads what is written before it (qualifier, sign, currency) and after it
// (a second bound, a scale, a currency, `per cent`, a unit of measure, a counted noun).
import type { AmountMention } from '../types';
import {
	CURRENCY_NAMES,
	CURRENCY_PREFIXES,
	CURRENCY_QUALIFIED,
	GLUED_SCALES,
	GLUED_UNITS,
	ISO_CODES,
	NUMBER_WORDS,
	ONE,
	QUALIFIERS,
	SCALES,
	UNITS,
} from './lexicon';
import { parseFigure, parseSpelled, scale } from './numbers';

const SPELLED = [...NUMBER_WORDS.keys(), ONE].join('|');
/** Figures: digits with `,` and `.` inside, or spelled numbers (one word, or tens-units joined by a hyphen). */
const RE_FIGURE = new RegExp(`\\d+(?:[.,]\\d+)*|(?<![\\p{L}\\p{N}-])(?:${SPELLED})(?:-(?:${SPELLED}))?(?![\\p{L}\\p{N}])`, 'giu');
const RE_SCALE = /\s*(thousand|million|billion|trillion|quadrillion|lakh|crore|bn|mn|mln|bln|tn|trn)(?![\p{L}\d])/iuy;
const RE_GLUED_SCALE = /([kmbKMB]|bn|mn|tn|trn)(?![\p{L}\d])/uy;
const RE_PERCENT = /(\s?%|\s(?:per ?cent|percent|pct)(?![\p{L}])|\s(?:percentage points?|pp)(?![\p{L}]))/iuy;
const RE_WORDS = /\s?([\p{L}°$][\p{L}\d/²³.]*)(?:\s([\p{L}][\p{L}\d/²³]*))?(?:\s([\p{L}][\p{L}\d/²³]*))?/uy;
const RE_RANGE_TAIL = /\s?[-–]\s?(\d+(?:[.,]\d+)*)/uy;
const RE_HYPHEN_UNIT = /-(year|month|week|day|hour|minute|kilometre|kilometer|km|metre|meter|storey|story|floor|member|seat|nation|country)s?(?![\p{L}])/iuy;
const RE_COUNTED = /\s((?:(?:[a-z][\p{L}'’-]*|of|the)\s){0,3}?)([a-z][\p{L}-]*s|people|children|men|women|staff|personnel|cattle|police|sheep|fish)(?![\p{L}'’])/uy;
const QUALIFIER_RE = new RegExp(`(?:^|[^\\p{L}])(${QUALIFIERS.map((q) => q.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
const RE_EXCLUDED_BEFORE = /(?:\b(?:no|nos|number)\.?\s*|#|\b(?:the|these|those|both|all|its|their|our|his|her|every|each|a|an)\s)$/iu;
/** A number that refers rather than counts: `No. 1`, `Article 5`, `Decree 15`, `Flight 370`. */
const RE_REFERENCE_BEFORE = /(?:\b(?:No|Nos|no|nos|number|Number|Article|Articles|Decree|Resolution|Circular|Decision|Law|Chapter|Section|Clause|Room|Route|Highway|Road|Terminal|Gate|Flight|Page|Vol|Level|Zone|Block|Unit|District|Ward|Lot|Phase|Stage|Tier|Group|Line|Model|Version|Series)\.?\s*|#)$/u;
/** Times of day are not annotated: `9 am`, `10.30pm`, `8 a.m.`. */
const RE_TIME_AFTER = /^\s?(?:am|pm|a\.m\.|p\.m\.|GMT|UTC|hrs|h\d)(?![\p{L}])/u;
const RE_YEAR_PREP = /\b(?:in|since|by|of|until|till|from|to|before|after|during|for|through|between|and|or|early|late|mid|end|start)\s$/iu;
const NOT_COUNTED = new Set(['was', 'is', 'has', 'does', 'this', 'its', 'as', 'us', 'thus', 'plus', 'always', 'perhaps', 'whereas', 'less', 'across', 'various', 'previous', 'serious', 'yes', 'his', 'hers', 'ours', 'theirs', 'yours']);
const PREFIXES = [...CURRENCY_PREFIXES.keys(), ...ISO_CODES].sort((a, b) => b.length - a.length);

interface Figure {
	start: number;
	end: number;
	value: number;
	spelled: boolean;
}

interface Reading {
	start: number;
	end: number;
	sub: AmountMention['sub'];
	value: number;
	unit?: string;
	max?: number;
	scaled: boolean;
}

/** Amounts of one paragraph, offsets shifted by `base`. */
export function findEnglishAmounts(text: string, base = 0): AmountMention[] {
	const out: AmountMention[] = [];
	RE_FIGURE.lastIndex = 0;
	let m: RegExpExecArray | null;
	let from = 0;
	while ((m = RE_FIGURE.exec(text))) {
		if (m.index < from) continue;
		const fig = figureOf(text, m);
		if (!fig) continue;
		const r = readAmount(text, fig);
		if (!r) continue;
		from = r.end;
		RE_FIGURE.lastIndex = r.end;
		out.push(toMention(text, r, base));
	}
	return mergeRanges(text, out, base);
}

function figureOf(text: string, m: RegExpExecArray): Figure | undefined {
	const raw = m[0];
	const start = m.index;
	const end = start + raw.length;
	if (/^\d/.test(raw)) {
		const value = parseFigure(raw);
		if (value === undefined) return undefined;
		return { start, end, value, spelled: false };
	}
	const value = parseSpelled(raw);
	if (value === undefined) return undefined;
	return { start, end, value, spelled: true };
}

function readAmount(text: string, fig: Figure): Reading | undefined {
	if (!fig.spelled && !digitsStandAlone(text, fig)) return undefined;
	const before = text.slice(Math.max(0, fig.start - 12), fig.start);
	const prefix = fig.spelled ? undefined : currencyBefore(text, fig.start);
	let start = prefix ? prefix.start : fig.start;
	let value = fig.value;
	const sign = signBefore(text, start);
	if (sign) {
		start--;
		if (sign === '-') value = -value;
	}
	// `the two countries` names the parties already met; `the nine-month period` is a duration.
	RE_HYPHEN_UNIT.lastIndex = fig.end;
	const hyphenUnit = RE_HYPHEN_UNIT.test(text);
	if (fig.spelled && RE_EXCLUDED_BEFORE.test(before) && !hyphenUnit) return undefined;
	// `two-way`, `three-pronged`: a compound adjective, not a count.
	if (fig.spelled && !hyphenUnit && /^-\p{L}/u.test(text.slice(fig.end, fig.end + 2))) return undefined;
	if (!fig.spelled && RE_REFERENCE_BEFORE.test(text.slice(Math.max(0, fig.start - 14), fig.start))) return undefined;
	if (!fig.spelled && RE_TIME_AFTER.test(text.slice(fig.end, fig.end + 6))) return undefined;
	let end = fig.end;
	let max: number | undefined;
	RE_RANGE_TAIL.lastIndex = end;
	const range = !fig.spelled ? RE_RANGE_TAIL.exec(text) : null;
	if (range && !/^\d{4}$/.test(String(fig.value))) {
		const second = parseFigure(range[1]);
		// `2-1` (a score), `15-3` (a reference): not a range, not an amount.
		if (second === undefined || second <= value) return undefined;
		max = second;
		end = RE_RANGE_TAIL.lastIndex;
	}
	return readTail(text, { start, end, fig, value, max, currency: prefix?.code });
}

interface Head {
	start: number;
	end: number;
	fig: Figure;
	value: number;
	max?: number;
	currency?: string;
}

/** What follows the figure: scale, then percent, currency, unit or counted noun. */
function readTail(text: string, h: Head): Reading | undefined {
	let end = h.end;
	let factor = 1;
	RE_SCALE.lastIndex = end;
	let s = RE_SCALE.exec(text);
	if (s && (s[0].startsWith(' ') || s[0].length === s[1].length) && !(s[0].length === s[1].length && !h.currency && !/^(?:bn|mn|tn|trn)$/i.test(s[1]))) {
		factor = SCALES.get(s[1].toLowerCase()) ?? 1;
		end = RE_SCALE.lastIndex;
	} else if (h.currency && !h.fig.spelled) {
		RE_GLUED_SCALE.lastIndex = end;
		s = RE_GLUED_SCALE.exec(text);
		if (s) {
			factor = GLUED_SCALES.get(s[1].toLowerCase()) ?? 1;
			end = RE_GLUED_SCALE.lastIndex;
		}
	}
	const v = scale(h.value, factor);
	const mx = h.max === undefined ? undefined : scale(h.max, factor);
	const base = { start: h.start, value: v, max: mx, scaled: factor > 1 };
	if (h.currency) return { ...base, end, sub: 'money', unit: h.currency };
	RE_PERCENT.lastIndex = end;
	const p = RE_PERCENT.exec(text);
	if (p) return { ...base, value: h.value, max: h.max, end: RE_PERCENT.lastIndex, sub: 'percent', unit: /point|pp/i.test(p[1]) ? 'pp' : '%' };
	const named = currencyAfter(text, end);
	if (named) return { ...base, end: named.end, sub: 'money', unit: named.code };
	if (h.fig.spelled && h.fig.value === 1 && factor === 1) return undefined;
	return readUnit(text, h, base, end, factor);
}

function readUnit(text: string, h: Head, base: { start: number; value: number; max?: number; scaled: boolean }, end: number, factor: number): Reading | undefined {
	RE_HYPHEN_UNIT.lastIndex = end;
	const hy = factor === 1 ? RE_HYPHEN_UNIT.exec(text) : null;
	if (hy) {
		const word = hy[1].toLowerCase();
		return { ...base, end: RE_HYPHEN_UNIT.lastIndex, sub: 'quantity', unit: UNITS.get(`${word}s`) ?? UNITS.get(word) ?? `${word}s` };
	}
	const unit = unitAfter(text, end);
	if (unit) return { ...base, end: unit.end, sub: 'quantity', unit: unit.unit };
	// Letters glued to a figure that are no unit (`3G`, `4x`, `5pc`?): a name or a code, not a count.
	if (isLetterOrDigit(text.charCodeAt(end)) && !/^\d/.test(text[end])) return undefined;
	if (h.fig.spelled && h.fig.value === 1) return undefined;
	if (isBareYear(text, h, factor)) return undefined;
	// `737 MAX`, `3 GPUs`? No: an all-capitals word after a bare figure makes a model or a reference.
	if (factor === 1 && /^\s[A-Z]{2,}(?![\p{L}])/u.test(text.slice(end, end + 12)) && !h.fig.spelled) return undefined;
	const counted = countedAfter(text, end);
	if (!counted && factor === 1 && /^\d{4}$/.test(text.slice(h.fig.start, h.fig.end)) && isYearValue(h.value)) return undefined;
	return { ...base, end, sub: 'quantity', unit: counted };
}

/** A figure written with digits that is not part of an identifier, a time or a word. */
function digitsStandAlone(text: string, fig: Figure): boolean {
	const prev = text.charCodeAt(fig.start - 1);
	const next = text.charCodeAt(fig.end);
	if (isLetterOrDigit(prev) && !currencyBefore(text, fig.start)) return false;
	if ((prev === 0x2d || prev === 0x2b) && isLetterOrDigit(text.charCodeAt(fig.start - 2))) return false; // COVID-19, 59-NQ, GMT+7
	// An index or a model after a name in capitals: `FTSE 100`, `S&P 500`, `VN30`.
	if (/[A-Z&]{2,}\s$/.test(text.slice(Math.max(0, fig.start - 8), fig.start)) && !currencyBefore(text, fig.start)) return false;
	if (next === 0x3a && isDigit(text.charCodeAt(fig.end + 1))) return false; // 10:30
	if (prev === 0x3a && isDigit(text.charCodeAt(fig.start - 2))) return false;
	if (next === 0x2f && isDigit(text.charCodeAt(fig.end + 1))) return false; // 04/2025
	if (prev === 0x2f && isDigit(text.charCodeAt(fig.start - 2))) return false;
	if (next === 0x2d && /^-[A-Z]/.test(text.slice(fig.end, fig.end + 2))) return false; // 59-NQ
	if (/^(?:st|nd|rd|th|s)(?![\p{L}])/u.test(text.slice(fig.end, fig.end + 3))) return false; // 21st, 1990s
	return true;
}

function isBareYear(text: string, h: Head, factor: number): boolean {
	if (factor !== 1 || h.max !== undefined) return false;
	if (!/^\d{4}$/.test(text.slice(h.fig.start, h.fig.end)) || !isYearValue(h.value)) return false;
	return RE_YEAR_PREP.test(text.slice(Math.max(0, h.fig.start - 10), h.fig.start)) || h.fig.start === 0 || /^[,.;)]/.test(text.slice(h.fig.end));
}

function isYearValue(v: number): boolean {
	return Number.isInteger(v) && v >= 1900 && v <= 2100;
}

function currencyBefore(text: string, at: number): { start: number; code: string } | undefined {
	const window = text.slice(Math.max(0, at - 6), at);
	for (const p of PREFIXES) {
		for (const gap of ['', ' ', '\u00a0']) {
			const written = p + gap;
			if (!window.endsWith(written)) continue;
			const start = at - written.length;
			const code = CURRENCY_PREFIXES.get(p) ?? p;
			if (gap === '' && /^[A-Z]{3}$/.test(p) && !ISO_CODES.has(p)) continue;
			if (/[\p{L}]$/u.test(p) && isLetterOrDigit(text.charCodeAt(start - 1))) continue;
			if (p === 'đ' && gap === '') continue;
			return { start, code: code === 'RMB' ? 'CNY' : code };
		}
	}
	return undefined;
}

function signBefore(text: string, at: number): '-' | '+' | undefined {
	const c = text[at - 1];
	if (c !== '-' && c !== '−' && c !== '+') return undefined;
	const before = text.charCodeAt(at - 2);
	if (at >= 2 && (isLetterOrDigit(before) || before === 0x2d)) return undefined;
	return c === '+' ? '+' : '-';
}

function currencyAfter(text: string, at: number): { end: number; code: string } | undefined {
	RE_WORDS.lastIndex = at;
	const w = RE_WORDS.exec(text);
	if (!w || !/^\s/.test(w[0]) || w.index !== at) return undefined;
	const words = [w[1], w[2], w[3]].filter((x): x is string => x !== undefined).map((x) => x.replace(/\.$/, ''));
	let pos = at + 1;
	const ends: number[] = [];
	for (const word of words) {
		pos = text.indexOf(word, pos) + word.length;
		ends.push(pos);
	}
	for (let n = Math.min(3, words.length); n >= 2; n--) {
		const key = words.slice(0, n).join(' ').toLowerCase().replace(/s$/, '');
		const code = CURRENCY_QUALIFIED.get(key);
		if (code) return { end: ends[n - 1], code };
	}
	const first = words[0];
	if (ISO_CODES.has(first)) return { end: ends[0], code: first === 'RMB' ? 'CNY' : first };
	const named = CURRENCY_NAMES.get(first.toLowerCase());
	if (named && (first === first.toLowerCase() || /^[A-Z][a-z]+$/.test(first))) return { end: ends[0], code: named };
	return undefined;
}

function unitAfter(text: string, at: number): { end: number; unit: string } | undefined {
	const glued = /^([\p{L}°][\p{L}\d/²³]*)/u.exec(text.slice(at, at + 8));
	if (glued && !isLetterOrDigit(text.charCodeAt(at + glued[1].length))) {
		const u = glued[1].toLowerCase();
		const canonical = UNITS.get(u) ?? glued[1];
		// Case matters when glued: `300MW`, `5km`, but `3G` is a network, not grams.
		if (GLUED_UNITS.has(u) && (glued[1] === u || glued[1] === canonical)) return { end: at + glued[1].length, unit: canonical };
		return undefined;
	}
	RE_WORDS.lastIndex = at;
	const w = RE_WORDS.exec(text);
	if (!w || w.index !== at || !/^\s/.test(w[0])) return undefined;
	const two = w[2] !== undefined ? `${w[1]} ${w[2]}`.toLowerCase() : undefined;
	if (two && UNITS.has(two)) return { end: at + 1 + w[1].length + 1 + (w[2]?.length ?? 0), unit: UNITS.get(two) as string };
	const one = w[1].replace(/\.$/, '');
	const u = UNITS.get(one.toLowerCase());
	if (u && (one === one.toLowerCase() || one === u || /^[A-Z]+[a-z]*$/.test(one) || /°/.test(one))) return { end: at + 1 + one.length, unit: u };
	return undefined;
}

function countedAfter(text: string, at: number): string | undefined {
	RE_COUNTED.lastIndex = at;
	const c = RE_COUNTED.exec(text);
	if (!c) return undefined;
	const skipped = c[1].trim().split(/\s+/).filter(Boolean);
	if (skipped.some((w) => /^(?:to|from|in|on|at|by|which|that|who|was|were|is|are|and|or|but|than|per|with|as|a|an|have|has|had|be|been|will|would|could|should|may|might)$/.test(w))) return undefined;
	const noun = c[2];
	if (NOT_COUNTED.has(noun) || /(?:ss|us|is)$/.test(noun)) return undefined;
	return noun;
}

function toMention(text: string, r: Reading, base: number): AmountMention {
	const m: AmountMention = { kind: 'amount', sub: r.sub, start: r.start + base, end: r.end + base, text: text.slice(r.start, r.end), value: r.value };
	if (r.unit !== undefined) m.unit = r.unit;
	const q = QUALIFIER_RE.exec(text.slice(Math.max(0, r.start - 24), r.start));
	if (q) m.qualifier = q[1].toLowerCase().replace(/\s+/g, ' ');
	if (r.max !== undefined) {
		m.min = r.value;
		m.max = r.max;
	}
	return m;
}

/** `between 73 per cent and 96 per cent`, `20 and 30 per cent`: one amount with min and max. */
function mergeRanges(text: string, amounts: AmountMention[], base: number): AmountMention[] {
	const out: AmountMention[] = [];
	for (let k = 0; k < amounts.length; k++) {
		const a = amounts[k];
		const b = amounts[k + 1];
		if (b && a.min === undefined && b.min === undefined) {
			const gap = text.slice(a.end - base, b.start - base);
			const lead = text.slice(Math.max(0, a.start - base - 9), a.start - base);
			const linked = /^\s(?:and|to|-|–)\s$/.test(gap);
			if (linked && /\bbetween\s$/i.test(lead) && (a.sub === b.sub || (a.sub === 'quantity' && a.unit === undefined))) {
				const scaled = a.sub === 'quantity' && a.unit === undefined && b.sub !== 'quantity' ? { ...a, value: a.value * scaleIn(b.text) } : a;
				out.push(rangeOf(text, scaled, b, base));
				k++;
				continue;
			}
			const bare = a.sub === 'quantity' && a.unit === undefined && (b.sub !== 'quantity' || b.unit !== undefined);
			if (linked && bare && /^\s(?:to|-|–)\s$/.test(gap) && !/\bfrom\s$/i.test(lead)) {
				// `5 to 7 per cent`, `3 to 5 billion dollars`: one range.
				out.push(rangeOf(text, { ...a, value: a.value * scaleIn(b.text) }, b, base));
				k++;
				continue;
			}
			if (linked && bare && b.sub !== 'quantity') {
				// `from 4.5 to 6 per cent`: a change, two amounts of the second's kind.
				out.push({ ...a, sub: b.sub, unit: b.unit, value: b.sub === 'percent' ? a.value : a.value * scaleIn(b.text) });
				continue;
			}
		}
		out.push(a);
	}
	return out;
}

/** The scale written in an amount's text (`7 billion dollars` → 1e9), 1 when none. */
function scaleIn(text: string): number {
	const m = /\s(thousand|million|billion|trillion|quadrillion|bn|mn|tn)\b/i.exec(text);
	return m ? (SCALES.get(m[1].toLowerCase()) ?? 1) : 1;
}

function rangeOf(text: string, a: AmountMention, b: AmountMention, base: number): AmountMention {
	const m: AmountMention = { kind: 'amount', sub: b.sub, start: a.start, end: b.end, text: text.slice(a.start - base, b.end - base), value: a.value };
	if (b.unit !== undefined) m.unit = b.unit;
	if (a.qualifier !== undefined) m.qualifier = a.qualifier;
	m.min = a.value;
	m.max = b.max ?? b.value;
	return m;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

function isLetterOrDigit(c: number): boolean {
	if (Number.isNaN(c)) return false;
	if (isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
	return c >= 0xc0 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}
