// Keys and periods that let facts of different documents be compared.
import type { AmountMention } from '../engine/types';

const LEADING_ARTICLES = /^(?:(?:les|le|la|un|une|des|du|de|au|aux)\s+|[ld]'\s*)+/;

/** A name or noun phrase for comparison: lower case, no accents, no leading article, single spaces, no punctuation. */
export function normalizeKey(text: string): string {
	const plain = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’`]/g, "'")
		.replace(/[^\p{L}\p{N}']+/gu, ' ')
		.trim();
	return plain.replace(LEADING_ARTICLES, '').replace(/\s+/g, ' ').trim();
}

/** A period as days since 0000-01-01, both ends inclusive. */
export interface Period {
	from: number;
	to: number;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

function dayNumber(y: number, m: number, d: number): number {
	return y * 366 + DAYS_BEFORE_MONTH[m - 1] + d;
}

/** One end of a date value: `2025`, `2025-10`, `2025-10-16`, `198X` (a decade). Null when the year is unknown. */
function bounds(v: string): Period | null {
	let m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(v);
	if (m) {
		const y = Number(m[1]);
		if (m[3]) {
			const d = dayNumber(y, Number(m[2]), Number(m[3]));
			return { from: d, to: d };
		}
		if (m[2]) {
			const mo = Number(m[2]);
			if (mo < 1 || mo > 12) return null;
			return { from: dayNumber(y, mo, 1), to: dayNumber(y, mo, 1) + DAYS_BEFORE_MONTH[mo] - DAYS_BEFORE_MONTH[mo - 1] - 1 };
		}
		return { from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31) };
	}
	m = /^(\d{3})X$/.exec(v);
	if (m) return { from: dayNumber(Number(m[1]) * 10, 1, 1), to: dayNumber(Number(m[1]) * 10 + 9, 12, 31) };
	return null;
}

/** The period of a date value (`2025-10`, `2021/2025`, `2025-01/2025-10`); null when unknown (`XXXX-10`). */
export function periodOf(value: string | null): Period | null {
	if (!value) return null;
	const [a, b] = value.split('/');
	const start = bounds(a);
	const end = b === undefined ? start : bounds(b);
	if (!start || !end) return null;
	return { from: Math.min(start.from, end.from), to: Math.max(start.to, end.to) };
}

export function overlaps(a: Period, b: Period): boolean {
	return a.from <= b.to && b.from <= a.to;
}

/** The values an amount allows: its range, or a bound from its qualifier (`plus de 20` → [20, ∞)), widened when approximate. */
export function allowedRange(a: AmountMention): { lo: number; hi: number } {
	const q = (a.qualifier ?? '').toLowerCase();
	let lo = a.min ?? a.value;
	let hi = a.max ?? a.value;
	if (/^(?:plus de|au moins|au-delà de|supérieur)/.test(q)) hi = Infinity;
	else if (/^(?:moins de|jusqu'à|au plus|inférieur|pas plus de)/.test(q)) lo = -Infinity;
	else if (/(?:près de|environ|quelque|autour|approximativement|presque|quasi)/.test(q)) {
		lo *= 0.9;
		hi *= 1.1;
	}
	const slack = Math.max(Math.abs(a.value), Math.abs(a.min ?? 0), Math.abs(a.max ?? 0)) * 1e-9;
	return { lo: Math.min(lo, hi) - slack, hi: Math.max(lo, hi) + slack };
}

/** Two amounts that cannot both be true of one fact: same unit, ranges that do not meet. */
export function valuesDisagree(a: AmountMention, b: AmountMention): boolean {
	if (a.sub !== b.sub || (a.unit ?? '') !== (b.unit ?? '')) return false;
	const x = allowedRange(a);
	const y = allowedRange(b);
	return x.hi < y.lo || y.hi < x.lo;
}
