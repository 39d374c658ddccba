// Relative English dates (`Tuesday`, `last week`, `April last year`, `two years ago`) resolved
// against the document's reference date: the latest full calendar date (year, month and day)
// written before them, a dateline's included (GUIDE.md); else, for year-level expressions, the
// user's reference year; else their value keeps `X` where it is unknown.
import type { EnglishDate, RelativeSpec } from './dates';

const pad = (n: number): string => String(n).padStart(2, '0');
const RE_FULL = /^(\d{4})-(\d\d)-(\d\d)$/;

/** Sets the value of relative dates (in place); `dates` in any order. */
export function resolveRelative(dates: EnglishDate[], referenceYear?: number): void {
	const order = [...dates].sort((a, b) => a.start - b.start);
	let reference: Date | undefined;
	for (const d of order) {
		if (d.enRel) {
			const v = reference ? valueOn(d.enRel, reference) : referenceYear !== undefined && Number.isFinite(referenceYear) ? yearValue(d.enRel, Math.trunc(referenceYear)) : undefined;
			if (v) d.value = v;
			continue;
		}
		const full = RE_FULL.exec(d.value);
		if (full) reference = new Date(Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])));
	}
}

function valueOn(rel: RelativeSpec, ref: Date): string {
	switch (rel.unit) {
		case 'day':
			return iso(addDays(ref, rel.n));
		case 'weekday':
			return iso(weekdayFrom(ref, rel.weekday ?? 1, rel.n));
		case 'week':
			return isoWeek(addDays(ref, 7 * rel.n));
		case 'month': {
			const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + rel.n, 1));
			return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
		}
		default:
			return yearValue(rel, ref.getUTCFullYear() + 0) as string;
	}
}

/** Year-level values (`this year`, `April last year`); undefined for finer units. */
function yearValue(rel: RelativeSpec, year: number): string | undefined {
	if (rel.unit !== 'year') return undefined;
	const y = year + rel.n;
	if (!rel.months) return String(y);
	const [a, b] = rel.months;
	return a === b ? `${y}-${pad(a)}` : `${y}-${pad(a)}/${y}-${pad(b)}`;
}

function addDays(d: Date, n: number): Date {
	return new Date(d.getTime() + n * 86_400_000);
}

/** A bare weekday is the latest such day on or before the reference; `last` the one before that; `next` the first after. */
function weekdayFrom(ref: Date, weekday: number, n: number): Date {
	const today = ((ref.getUTCDay() + 6) % 7) + 1;
	if (n > 0) return addDays(ref, ((weekday - today + 7) % 7 || 7) + 7 * (n - 1));
	const back = (today - weekday + 7) % 7;
	return addDays(ref, -(back + (n < 0 && back === 0 ? 7 : 0)) - 7 * Math.max(0, -n - 1));
}

function iso(d: Date): string {
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO 8601 week: `2016-W36`. */
function isoWeek(d: Date): string {
	const day = ((d.getUTCDay() + 6) % 7) + 1;
	const thursday = addDays(d, 4 - day);
	const year = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
	return `${year}-W${pad(week)}`;
}
