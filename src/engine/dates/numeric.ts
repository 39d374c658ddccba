// Numeric dates: 16/10/2025, 16.10.2025, 2025-10-16, 11/2016, and the loose
// forms (22/04, 4-22, 1-Jan) of the relative layer.
import { kind, low, n, PUNCT, tEnd, tStart } from '../tokens';
import { WEEKDAYS, COUNT_WORDS } from './lexicon';
import type { Hit, Point } from './cursor';
import { isWord, isNum, gapBefore, gluedBefore, digits, numVal, charOf, isDash, fmt, validDay, month } from './cursor';

/** Numeric dates: 16/10/2025, 16.10.2025, 2025-10-16, 2015/08/12, 11/2016, 2016-11, and day/month when allowed. */
export function numericDate(i: number, allowDayMonth: boolean): Point | null {
	if (!isNum(i)) return null;
	if (gluedBefore(i)) {
		const l = i - 1;
		if (kind[l] !== PUNCT) return null;
		const c = charOf(l);
		if (c === '/' || c === '.' || c === ',' || isDash(l) || c === '°') return null;
	}
	const a = i;
	const s1 = i + 1;
	const b = i + 2;
	if (!(s1 < n && gluedBefore(s1) && isNum(b) && gluedBefore(b))) return null;
	const sep = charOf(s1);
	if (sep !== '/' && sep !== '.' && sep !== '-') return null;
	const s2 = i + 3;
	const c3 = i + 4;
	const three = s2 < n && gluedBefore(s2) && charOf(s2) === sep && isNum(c3) && gluedBefore(c3);
	const end = three ? c3 + 1 : b + 1;
	// Glued on the right to more of an identifier: 12/2025/ND-CP, 1.2.3.4
	if (end < n && gluedBefore(end)) {
		if (kind[end] !== PUNCT) return null;
		const c = charOf(end);
		if ((c === '/' || c === '.' || c === '-' || c === ',') && end + 1 < n && gluedBefore(end + 1) && kind[end + 1] !== PUNCT) return null;
	}
	if (three) {
		const da = digits(a);
		const dc = digits(c3);
		if (da === 4) {
			const y = numVal(a);
			const m = numVal(b);
			const d = numVal(c3);
			if (digits(b) <= 2 && dc <= 2 && validDay(m, d) && y >= 1000) return { s: a, e: end, y, m, d };
			return null;
		}
		if (da > 2 || digits(b) > 2 || (dc !== 4 && dc !== 2)) return null;
		// 15.05.99: a dotted date with a two-digit year needs two digits everywhere (not a version number 1.2.3)
		if (sep === '.' && dc !== 4 && (da !== 2 || digits(b) !== 2)) return null;
		const d = numVal(a);
		const m = numVal(b);
		let y = numVal(c3);
		if (dc === 2) y += y < 50 ? 2000 : 1900;
		if (!validDay(m, d) || y < 1000) return null;
		return { s: a, e: end, y, m, d };
	}
	// Two parts.
	const da = digits(a);
	const db = digits(b);
	if (sep !== '.' && da <= 2 && db === 4) {
		const m = numVal(a);
		const y = numVal(b);
		if (m >= 1 && m <= 12 && y >= 1900 && y <= 2100) return { s: a, e: end, y, m };
		return null;
	}
	if (sep === '-' && da === 4 && db === 2) {
		const y = numVal(a);
		const m = numVal(b);
		// 2011-12 is a season (2011/2012), 2016-11 a month.
		if (y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && m !== (y + 1) % 100) return { s: a, e: end, y, m };
		return null;
	}
	if (allowDayMonth && sep === '/' && da <= 2 && db <= 2) {
		const d = numVal(a);
		const m = numVal(b);
		// le 3/4 des voix, 1/3 du budget, 1/2 %: fractions
		const next = low(end);
		if (next === 'des' || next === 'de' || next === 'du' || next === 'd' || next === '%') return null;
		if (validDay(m, d)) return { s: a, e: end, m, d };
	}
	return null;
}

/** Words before a day/month that show the numbers are a date (`le 22/04`). */
export function dateCueBefore(i: number): boolean {
	const p = i - 1;
	if (!isWord(p)) {
		if (charOf(p) === '(' && isWord(p - 1) && WEEKDAYS.has(low(p - 1))) return true;
		return false;
	}
	const w = low(p);
	return w === 'le' || w === 'du' || w === 'au' || w === 'dès' || w === 'depuis' || w === 'jusqu' || WEEKDAYS.has(w);
}


/** Loose numeric forms: `22/04`, `4/22`, `4-22`, `4.22`, `9-18-15`, `11 / 2016`, `2016/11`, `2015-3`, `1-Jan`, `28-Nov`. */
export function looseNumeric(i: number): Hit | null {
	if (!isNum(i) || (gluedBefore(i) && kind[i - 1] !== PUNCT)) return null;
	if (gluedBefore(i) && (charOf(i - 1) === '/' || charOf(i - 1) === '.' || charOf(i - 1) === ',')) return null;
	const a = numVal(i);
	const da = digits(i);
	let k = i + 1;
	const spaced = gapBefore(k);
	const sep = charOf(k);
	if (sep !== '/' && sep !== '-' && sep !== '.') {
		// 1-Jan handled below; "en 15": a bare day in a sentence like "je reviens en 15"
		return null;
	}
	k++;
	// 1-Jan / 28-Nov
	if (sep === '-' && !spaced && isWord(k) && gluedBefore(k)) {
		const mo = month(k, true);
		if (mo && da <= 2 && validDay(mo.m, a)) return { s: i, e: mo.e, value: fmt({ m: mo.m, d: a }), relative: true };
		return null;
	}
	if (!isNum(k)) return null;
	if (spaced !== gapBefore(k) && !(sep === '/' && tStart[k] - tEnd[k - 1] <= 1)) return null;
	const b = numVal(k);
	const db = digits(k);
	let e = k + 1;
	// three parts: 9-18-15 (month first); dotted triples (3.14.15, 1.2.3) are figures or versions
	if (charOf(e) === sep && gluedBefore(e) && isNum(e + 1) && gluedBefore(e + 1) && !spaced) {
		if (sep === '.') return null;
		const c = numVal(e + 1);
		const dc = digits(e + 1);
		e += 2;
		if (da <= 2 && db <= 2 && (dc === 2 || dc === 4)) {
			const y = dc === 2 ? c + (c < 50 ? 2000 : 1900) : c;
			if (validDay(a, b)) return { s: i, e, value: fmt({ y, m: a, d: b }), relative: true };
		}
		return null;
	}
	if (e < n && gluedBefore(e) && kind[e] !== PUNCT) return null;
	if (e < n && gluedBefore(e) && (charOf(e) === '/' || charOf(e) === '.' || isDash(e)) && isNum(e + 1)) return null;
	// 6 1/4 %, 3/4 des voix: fractions
	if (isNum(i - 1) && gapBefore(i)) return null;
	if (e < n && (charOf(e) === '%' || (isWord(e) && COUNT_WORDS.has(low(e))))) return null;
	if (da === 4 && db <= 2 && b >= 1 && b <= 12 && a >= 1900 && a <= 2100) return { s: i, e, value: fmt({ y: a, m: b }), relative: true };
	if (db === 4 && da <= 2 && a >= 1 && a <= 12 && b >= 1900 && b <= 2100) return { s: i, e, value: fmt({ y: b, m: a }), relative: true };
	// Two small numbers without a year (2-1, 3/4, 24/7, 9-11, 4.22) are scores, fractions, ranges or
	// figures far more often than dates: only the calendar layer's `le 22/04` (after a date word) is one.
	return null;
}


