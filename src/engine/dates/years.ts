// Years not written: which year a reader would give a date whose year is not written.

import type { DateMention } from '../types';


// ---------------------------------------------------------------------------
// Years not written

/**
 * Fills `inferredYear` / `resolved` for dates whose year is not written (`XXXX`). Mutates `dates`.
 *
 * Precedence, for a mention without a year:
 *  1. `previous`: the nearest explicit year written before it in the same paragraph
 *     (the paragraph sets its own time: "En 2024, ... le 16 octobre");
 *  2. `dateline`: a date with a year in the document's head (its first three
 *     non-empty lines, at most 600 characters), even when written after the
 *     mention: news pieces open with their date or event year;
 *  3. `previous`: the nearest explicit year before it anywhere in the document;
 *  4. `reference`: `referenceYear`.
 * Anchors are dates whose value names one year (`2025`, `2025-11-25`,
 * `2025-01/2025-10`); spans of years (`2021/2025`), decades and relative
 * expressions are not anchors. A range that crosses the new year
 * (`du 20 décembre au 5 janvier`) gets the following year on its second end.
 */
export function inferYears(text: string, dates: DateMention[], referenceYear?: number): void {
	if (dates.length === 0) return;
	const order = dates.map((_, k) => k).sort((a, b) => dates[a].start - dates[b].start);
	const headEnd = datelineEnd(text);
	let dateline: { year: number; m: DateMention } | undefined;
	for (const k of order) {
		const m = dates[k];
		if (m.start >= headEnd) break;
		const y = anchorYear(m);
		if (y !== null) {
			dateline = { year: y, m };
			break;
		}
	}
	let lineStart = 0;
	let nextBreak = text.indexOf('\n');
	let lastAnchor: { year: number; m: DateMention } | undefined;
	for (const k of order) {
		const m = dates[k];
		while (nextBreak >= 0 && nextBreak < m.start) {
			lineStart = nextBreak + 1;
			nextBreak = text.indexOf('\n', lineStart);
		}
		if (!m.relative && m.value.includes('XXXX')) {
			let chosen: InferredChoice | undefined;
			if (lastAnchor && lastAnchor.m.start >= lineStart) chosen = { year: lastAnchor.year, source: 'previous', from: lastAnchor.m };
			else if (dateline) chosen = { year: dateline.year, source: 'dateline', from: dateline.m };
			else if (lastAnchor) chosen = { year: lastAnchor.year, source: 'previous', from: lastAnchor.m };
			else if (referenceYear !== undefined && Number.isFinite(referenceYear)) chosen = { year: Math.trunc(referenceYear), source: 'reference' };
			if (chosen) {
				m.inferredYear = chosen.from
					? { year: chosen.year, source: chosen.source, fromText: chosen.from.text, fromStart: chosen.from.start }
					: { year: chosen.year, source: chosen.source };
				m.resolved = resolveValue(m.value, chosen.year);
			}
		}
		const y = anchorYear(m);
		if (y !== null) lastAnchor = { year: y, m };
	}
}

export interface InferredChoice {
	year: number;
	source: 'dateline' | 'previous' | 'reference';
	from?: DateMention;
}

export function anchorYear(m: DateMention): number | null {
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
	return Number(v.slice(0, 4));
}

export function datelineEnd(text: string): number {
	let pos = 0;
	let lines = 0;
	while (pos < text.length && pos < 600) {
		let e = text.indexOf('\n', pos);
		if (e < 0) e = text.length;
		if (text.slice(pos, e).trim().length > 0) lines++;
		pos = e + 1;
		if (lines >= 3) break;
	}
	return Math.min(pos, 600);
}

/** `XXXX-12-20/XXXX-01-05` with 2025 → 2025-12-20/2026-01-05. */
export function resolveValue(value: string, year: number): string {
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
