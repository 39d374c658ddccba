// Calendar arithmetic for relative dates: the values the relative layer writes against
// a reference (REF…, ANA…, WDAY…) turned into ISO values, with their unit and offset.
//
// Values written by the relative layer (relative.ts, find.ts), before resolution:
//   REF                 the reference day itself (aujourd'hui, ce jour)
//   REF±kU              k units from the reference: U = D W M Q H Y DE (hier REF-1D, l'an dernier REF-1Y)
//   ANA±kU              the same, counted from another date of the text (le lendemain, le même jour)
//   WDAY-d / WDAY+d     weekday d (1 = Monday): the nearest one on or before / on or after the reference
//   REF±1W-WXX-d        weekday d after `prochain` / `dernier`: the next / last one, never the reference day
//   REF+0W-WXX-d        weekday d of the reference's week
//   REF±kW-d            weekday d of the week k weeks from the reference's (vendredi de la semaine prochaine)
//   REF±1Y-TAIL         the next / last TAIL (MM, MM-DD or a season code) from the reference: novembre dernier
//   REF+0Y-TAIL         TAIL in the reference's year
//   REF±kM-DD           day DD of a month counted from the reference (le 20 du mois prochain)
//   A/B                 a range whose ends are any of the above or calendar values
// Anything else (ordinal weekdays `XXXX-07-WXX-5#1`, calendar values) is kept, with REF written XXXX.
import type { RelativeOffset } from '../types';

/** A reference date, as precise as its source: a year, a month or a day. */
export interface RefPoint {
	y: number;
	m?: number;
	d?: number;
	/** The year is not known (`Hanoï, 16 octobre (VNA) –`): `y` is a stand-in, and values keep XXXX. */
	noYear?: boolean;
}

export interface Resolution {
	value: string;
	rel?: RelativeOffset;
}

const UNIT_NAMES: Readonly<Record<string, RelativeOffset['unit']>> = { D: 'day', W: 'week', M: 'month', Q: 'quarter', H: 'half', Y: 'year' };
const SEASON_MONTH: Readonly<Record<string, number>> = { SP: 4, SU: 7, FA: 10, WI: 1 };
const DAY_MS = 86_400_000;

const pad2 = (x: number): string => (x < 10 ? '0' : '') + x;
const pad4 = (x: number): string => String(x).padStart(4, '0');

function isoDay(t: number): string {
	const d = new Date(t);
	return `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function dayTime(p: RefPoint): number | null {
	return p.m !== undefined && p.d !== undefined ? Date.UTC(p.y, p.m - 1, p.d) : null;
}

/** ISO 8601 week of a day: `2024-W45`. */
export function isoWeek(t: number): string {
	const d = new Date(t);
	const weekday = (d.getUTCDay() + 6) % 7;
	const thursday = t + (3 - weekday) * DAY_MS;
	const y = new Date(thursday).getUTCFullYear();
	const week = Math.floor((thursday - Date.UTC(y, 0, 1)) / (7 * DAY_MS)) + 1;
	return `${y}-W${pad2(week)}`;
}

/** The value without a reference: `X` where the reference would have given digits. */
export function unresolved(value: string): string {
	if (value.includes('/')) return value.split('/').map(unresolved).join('/');
	const wday = /^WDAY[+-](\d)$/.exec(value);
	if (wday) return `XXXX-WXX-${wday[1]}`;
	const unit = /^(?:REF|ANA)(?:[+-]\d+(DE|[DWMQHY]))?$/.exec(value);
	if (unit) {
		const u = unit[1] ?? 'D';
		return u === 'D' ? 'XXXX-XX-XX' : u === 'W' ? 'XXXX-WXX' : u === 'M' ? 'XXXX-XX' : u === 'Q' ? 'XXXX-QX' : u === 'H' ? 'XXXX-HX' : 'XXXX';
	}
	if (/^REF[+-]\d+W-\d$/.test(value)) return `XXXX-WXX-${value.slice(-1)}`;
	const tail = /^(?:REF|ANA)[+-]\d+[DWMQHY]-(.*)$/.exec(value);
	if (tail) return /^\d\d$/.test(tail[1]) && /M-\d\d$/.test(value) ? `XXXX-XX-${tail[1]}` : `XXXX-${tail[1]}`;
	return value;
}

/** Resolves one relative value against `ref` (null: no reference). Calendar values come back unchanged. */
export function resolveRelative(value: string, ref: RefPoint | null): Resolution {
	if (value.includes('/')) {
		const [a, b] = value.split('/');
		const ra = resolveRelative(a, ref);
		const rb = resolveRelative(b, ref);
		return { value: `${ra.value}/${rb.value}`, rel: ra.rel ?? rb.rel };
	}
	if (!ref) return { value: unresolved(value), rel: fixedOffset(value) };
	if (ref.noYear) return resolveWithoutYear(value, ref);
	return resolveWithRef(value, ref) ?? { value: unresolved(value), rel: fixedOffset(value) };
}

/**
 * Against a day and month without a year, days and months can be counted (`hier` → XXXX-10-15)
 * but not years, ISO weeks or weekdays, which keep their X.
 */
function resolveWithoutYear(value: string, ref: RefPoint): Resolution {
	const needsYear = value.startsWith('WDAY') || /^REF[+-]\d+(?:Y|W)(?:$|-WXX|-\d$)/.test(value);
	const r = needsYear ? null : resolveWithRef(value, { y: ref.m === 2 && ref.d === 29 ? 2000 : 2001, m: ref.m, d: ref.d });
	if (!r) return { value: unresolved(value), rel: fixedOffset(value) };
	return { value: `XXXX${r.value.slice(4)}`, rel: r.rel };
}

/** The offset of `REF±kU`, known without a reference. */
function fixedOffset(value: string): RelativeOffset | undefined {
	if (value === 'REF' || value === 'ANA') return { unit: 'day', n: 0 };
	const m = /^(?:REF|ANA)([+-]\d+)([DWMQHY])$/.exec(value);
	return m ? { unit: UNIT_NAMES[m[2]], n: Number(m[1]) } : undefined;
}

function resolveWithRef(value: string, ref: RefPoint): Resolution | null {
	if (value === 'REF' || value === 'ANA') return offsetBy(ref, 'D', 0);
	const unit = /^(?:REF|ANA)([+-]\d+)(DE|[DWMQHY])$/.exec(value);
	if (unit) return unit[2] === 'DE' ? null : offsetBy(ref, unit[2], Number(unit[1]));
	const wday = /^WDAY([+-])(\d)$/.exec(value);
	if (wday) return weekday(ref, Number(wday[2]), wday[1] === '+' ? 1 : -1, true);
	const week = /^REF([+-]\d+)W-WXX-(\d)$/.exec(value);
	if (week) {
		const k = Number(week[1]);
		if (k === 0) return weekOf(ref, Number(week[2]));
		return weekday(ref, Number(week[2]), k > 0 ? 1 : -1, false);
	}
	const ofWeek = /^REF([+-]\d+)W-(\d)$/.exec(value);
	if (ofWeek) {
		const t = dayTime(ref);
		if (t === null) return null;
		const shifted = new Date(t + Number(ofWeek[1]) * 7 * DAY_MS);
		return weekOf({ y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() }, Number(ofWeek[2]), t);
	}
	const year = /^REF([+-]\d+)Y-(\d\d(?:-\d\d)?|SP|SU|FA|WI|Q\d|H\d)$/.exec(value);
	if (year) return occurrence(ref, Number(year[1]), year[2]);
	const monthDay = /^REF([+-]\d+)M-(\d\d)$/.exec(value);
	if (monthDay && ref.m !== undefined) {
		const shifted = offsetBy(ref, 'M', Number(monthDay[1]));
		return shifted ? { value: `${shifted.value}-${monthDay[2]}`, rel: shifted.rel } : null;
	}
	return null;
}

/** The reference moved by k units, written at the unit's precision. */
export function offsetBy(ref: RefPoint, u: string, k: number): Resolution | null {
	const rel: RelativeOffset = { unit: UNIT_NAMES[u], n: k };
	if (u === 'Y') return { value: pad4(ref.y + k), rel };
	if (ref.m === undefined) return null;
	if (u === 'M' || u === 'Q' || u === 'H') {
		const size = u === 'M' ? 1 : u === 'Q' ? 3 : 6;
		const index = ref.y * 12 + (ref.m - 1) - ((ref.m - 1) % size) + k * size;
		const y = Math.floor(index / 12);
		const m = (index % 12) + 1;
		const value = u === 'M' ? `${pad4(y)}-${pad2(m)}` : `${pad4(y)}-${u}${Math.floor((m - 1) / size) + 1}`;
		return { value, rel };
	}
	const t = dayTime(ref);
	if (t === null) return null;
	if (u === 'D') return { value: isoDay(t + k * DAY_MS), rel };
	return { value: isoWeek(t + k * 7 * DAY_MS), rel };
}

/** Weekday `wd` nearest the reference in direction `dir`; the reference day itself when `orSame`. */
function weekday(ref: RefPoint, wd: number, dir: number, orSame: boolean): Resolution | null {
	const t = dayTime(ref);
	if (t === null) return null;
	const refWd = ((new Date(t).getUTCDay() + 6) % 7) + 1;
	let n = dir > 0 ? (wd - refWd + 7) % 7 : -((refWd - wd + 7) % 7);
	if (n === 0) n = orSame ? 0 : 7 * dir;
	return { value: isoDay(t + n * DAY_MS), rel: { unit: 'day', n } };
}

/** Weekday `wd` of the reference's ISO week (`vendredi de cette semaine`). */
function weekOf(ref: RefPoint, wd: number, from?: number): Resolution | null {
	const t = dayTime(ref);
	if (t === null) return null;
	const refWd = ((new Date(t).getUTCDay() + 6) % 7) + 1;
	const day = t + (wd - refWd) * DAY_MS;
	return { value: isoDay(day), rel: { unit: 'day', n: Math.round((day - (from ?? t)) / DAY_MS) } };
}

/** `novembre dernier`, `31 décembre prochain`, `l'été dernier`, `ce mois de mai`: the last, next or current TAIL. */
function occurrence(ref: RefPoint, k: number, tail: string): Resolution | null {
	if (k === 0) return { value: `${pad4(ref.y)}-${tail}`, rel: { unit: 'year', n: 0 } };
	if (ref.m === undefined) return null;
	const season = SEASON_MONTH[tail];
	const q = /^([QH])(\d)$/.exec(tail);
	const m = season ?? (q ? (q[1] === 'Q' ? Number(q[2]) * 3 - 1 : Number(q[2]) * 6 - 3) : Number(tail.slice(0, 2)));
	const d = tail.length === 5 ? Number(tail.slice(3)) : undefined;
	const refKey = ref.m * 100 + (d !== undefined ? (ref.d ?? 0) : 0);
	const key = m * 100 + (d ?? 0);
	let y = ref.y;
	if (k > 0 && key <= refKey) y++;
	if (k < 0 && key >= refKey) y--;
	const value = `${pad4(y)}-${tail}`;
	if (d !== undefined) {
		const t = dayTime(ref);
		if (t === null) return { value };
		return { value, rel: { unit: 'day', n: Math.round((Date.UTC(y, m - 1, d) - t) / DAY_MS) } };
	}
	if (season !== undefined || q) return { value, rel: { unit: 'year', n: y - ref.y } };
	return { value, rel: { unit: 'month', n: y * 12 + m - (ref.y * 12 + ref.m) } };
}

/** A reference point from an ISO-like value (`2025-10-16`, `2025-10`, `2025`), or null. */
export function refPoint(value: string): RefPoint | null {
	const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(value);
	if (!m) return null;
	const p: RefPoint = { y: Number(m[1]) };
	if (m[2] !== undefined) {
		const month = Number(m[2]);
		if (month < 1 || month > 12) return null;
		p.m = month;
	}
	if (m[3] !== undefined) {
		const day = Number(m[3]);
		if (day < 1 || day > 31) return null;
		p.d = day;
	}
	return p;
}
