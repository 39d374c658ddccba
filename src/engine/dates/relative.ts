// The relative layer: deictic words (hier, demain, aujourd'hui), unit phrases
// (la semaine prochaine), weekdays, offsets from the reference date (il y a deux
// ans), loose months and ranges. Values are written against REF (see resolve.ts).
import { kind, low, n, NUM, PUNCT, sigTable, tSig, WORD } from '../tokens';
import type { DateMod } from '../types';
import { LOOSE_MONTH_ABBR, MONTH_WORDS, ORDINALS, SEASONS, TENS, UNITS, WEEKDAYS, WEEKDAY_ABBR } from './lexicon';
import type { Hit } from './cursor';
import { isWord, isNum, isW, gapBefore, gluedBefore, digits, numVal, charOf, isDash, isApos, isUpperInitial, elided, de, pad2, fmt, validDay, spelled, day, month, trailingYear, ordinal } from './cursor';
import { looseNumeric } from './numeric';
import { unresolved } from './resolve';
import type { Production } from './absolute';
import { calendarAt } from './absolute';

// ---------------------------------------------------------------------------
// Relative and loose layer (options.relativeDates)

export const DEICTIC: ReadonlyMap<string, string> = new Map([
	['aujourd', 'REF'],
	['demain', 'REF+1D'],
	['hier', 'REF-1D'],
	['lendemain', 'ANA+1D'],
	['veille', 'ANA-1D'],
	['maintenant', 'REF'],
]);

export const UNIT_CODES: ReadonlyMap<string, string> = new Map([
	['jour', 'D'],
	['jours', 'D'],
	['journée', 'D'],
	['semaine', 'W'],
	['semaines', 'W'],
	['week', 'WE'],
	['weekend', 'WE'],
	['mois', 'M'],
	['année', 'Y'],
	['annee', 'Y'],
	['années', 'Y'],
	['annees', 'Y'],
	['an', 'Y'],
	['ans', 'Y'],
	['décennie', 'DE'],
	['décennies', 'DE'],
	['decennie', 'DE'],
	['trimestre', 'Q'],
	['semestre', 'H'],
]);

export const NEXT_WORDS = new Set(['prochain', 'prochaine', 'prochains', 'prochaines', 'suivant', 'suivante', 'suivants', 'suivantes', 'venir']);
export const LAST_WORDS = new Set(['dernier', 'dernière', 'derniere', 'derniers', 'dernières', 'passé', 'passée', 'passe', 'précédent', 'précédente', 'precedent']);
export const THIS_WORDS = new Set(['ce', 'cet', 'cette', 'ces']);
/** Directions counted from another date of the text (l'année suivante, le mois précédent), not from the reference date. */
export const ANAPHORIC_WORDS: ReadonlySet<string> = new Set(['suivant', 'suivante', 'suivants', 'suivantes', 'précédent', 'précédente', 'precedent', 'precedente']);

/** +1 for next, -1 for last, 0 for this, null otherwise. */
export function direction(i: number): number | null {
	if (!isWord(i)) return null;
	const w = low(i);
	if (NEXT_WORDS.has(w)) return 1;
	if (LAST_WORDS.has(w)) return -1;
	if (THIS_WORDS.has(w) || w === 'même' || w === 'en' || w === 'cours') return 0;
	return null;
}

export const sign = (k: number): string => (k >= 0 ? '+' : '-') + Math.abs(k);

/** A unit phrase with its direction: `la semaine prochaine`, `cette année`, `le mois dernier`, `ce mois-ci`, `l'année dernière`. */
export function unitPhrase(i: number): { e: number; value: string } | null {
	let j = i;
	let dir: number | null = null;
	let anaphoric = false;
	// cette / ce / prochain / dernier before the unit
	const pre = direction(j);
	if (pre !== null && !isW(j, 'en') && !isW(j, 'cours')) {
		// ces jours, ces années: a stretch, not a calendar unit; le dernier mois, la prochaine semaine: the past
		// or coming stretch (la semaine dernière, le mois prochain name the calendar unit)
		if (isW(j, 'ces') || pre !== 0) return null;
		// à ce jour, jusqu'à ce jour: so far
		if (isW(j, 'ce') && isW(j + 1, 'jour') && isW(j - 1, 'à')) return null;
		dir = pre;
		anaphoric = ANAPHORIC_WORDS.has(low(j));
		j++;
	} else {
		if (isW(j, 'la') || isW(j, 'le')) j++;
		else if (elided(j, 'l') >= 0) j += 2;
	}
	const word = low(j);
	let u = UNIT_CODES.get(word);
	if (!u || !isWord(j)) return null;
	// Plural units (les années à venir, les prochains jours) are stretches of time, not a day, week, month or year.
	if (word !== 'mois' && word.endsWith('s')) return null;
	let e = j + 1;
	if (u === 'WE' && isDash(e) && isW(e + 1, 'end')) e += 2;
	else if (u === 'WE' && isW(e, 'end')) e++;
	else if (u === 'WE' && word === 'week') return null;
	if (isDash(e) && (isW(e + 1, 'ci') || isW(e + 1, 'là') || isW(e + 1, 'la'))) {
		// cette année-là: the year of another date of the text
		if (!isW(e + 1, 'ci')) anaphoric = true;
		e += 2;
		if (dir === null) dir = 0;
	}
	const post = direction(e);
	if (post !== null) {
		if (isW(e, 'en') && isW(e + 1, 'cours')) e += 2;
		else if (isW(e, 'à') && isW(e + 1, 'venir')) e += 2;
		else if (!isW(e, 'en') && !isW(e, 'cours')) {
			if (ANAPHORIC_WORDS.has(low(e))) anaphoric = true;
			e++;
		}
		dir = post === 0 ? (dir ?? 0) : post;
	} else if (isW(e, 'à') && isW(e + 1, 'venir')) {
		e += 2;
		dir = 1;
	}
	if (dir === null) return null;
	if (u === 'WE') u = 'W';
	return { e, value: `${anaphoric ? 'ANA' : 'REF'}${sign(dir)}${u}` };
}

/** Words ending like a future verb that are not verbs. */
const NOT_FUTURE: ReadonlySet<string> = new Set(['opéra', 'caméra', 'extra', 'ultra', 'contra', 'mantra', 'cobra', 'sutra', 'agora', 'zebra', 'zébra', 'tiara', 'sierra', 'chimera', 'terra']);
const FUTURE_WORDS: ReadonlySet<string> = new Set(['prévu', 'prévue', 'prévus', 'prévues', 'doit', 'doivent', 'devrait', 'devraient', 'va', 'vont', 'prochainement']);
const MAX_TENSE_WINDOW = 12;

/** A verb in the future (se réunira, auront lieu, doit, est prévu) in the sentence around tokens [s, e). */
export function futureNear(s: number, e: number): boolean {
	const stop = (k: number): boolean => {
		const c = charOf(k);
		return c === '.' || c === '!' || c === '?' || c === ';';
	};
	const future = (k: number): boolean => {
		if (!isWord(k) || isUpperInitial(k)) return false;
		const w = low(k);
		if (FUTURE_WORDS.has(w)) return true;
		if (w.length < 4 || NOT_FUTURE.has(w)) return false;
		return w.endsWith('ra') || w.endsWith('ront') || w.endsWith('rons') || w.endsWith('rez');
	};
	for (let k = s - 1; k >= 0 && k >= s - MAX_TENSE_WINDOW && !stop(k); k--) if (future(k)) return true;
	for (let k = e; k < n && k < e + MAX_TENSE_WINDOW && !stop(k); k++) if (future(k)) return true;
	return false;
}

/** A weekday with its context: `vendredi`, `vendredi prochain`, `ce vendredi`, `vendredi de la semaine prochaine`. */
export function weekdayPhrase(i: number): Hit | null {
	let j = i;
	const s = i;
	if (THIS_WORDS.has(low(j)) || NEXT_WORDS.has(low(j)) || LAST_WORDS.has(low(j))) j++;
	let o: { r: number; e: number } | null = null;
	if (j === i) {
		o = ordinal(i);
		if (o && o.r >= 1 && o.r <= 10) j = o.e;
		else o = null;
	}
	if (!isWord(j)) return null;
	const name = low(j);
	const wd = WEEKDAYS.get(name);
	// Full names only (mar, mer, sam are words too), singular (le lundi, les lundis: habits, not days).
	if (wd === undefined || name.endsWith('s')) return null;
	let e = j + 1;
	const pre = j > i ? direction(i) : null;
	let value = pre === 1 || pre === -1 ? `REF${sign(pre)}W-WXX-${wd}` : futureNear(i, e) ? `WDAY+${wd}` : `WDAY-${wd}`;
	// jeudi le 21 / samedi le 2
	if (isW(e, 'le') || (charOf(e) === ',' && isW(e + 1, 'le'))) {
		const k = isW(e, 'le') ? e + 1 : e + 2;
		const dy = day(k, true);
		if (dy) {
			return { s, e: dy.e, value: `XXXX-XX-${pad2(dy.d)}`, relative: true };
		}
	}
	// vendredi 2 (au jeudi 6)
	if (isNum(e) && digits(e) <= 2 && !isNum(e + 1)) {
		const dy = day(e, false);
		if (dy && !month(dy.e, true)) return { s, e: dy.e, value: `XXXX-XX-${pad2(dy.d)}`, relative: true };
	}
	// le premier vendredi de juillet / du mois / de ce mois
	if (o) {
		const d = de(e);
		if (d >= 0) {
			const mo = month(d, true);
			if (mo) return { s, e: mo.e, value: `XXXX-${pad2(mo.m)}-WXX-${wd}#${o.r}`, relative: true };
			const up = unitPhrase(d);
			if (up) return { s, e: up.e, value: `${up.value}-WXX-${wd}#${o.r}`, relative: true };
		}
		const up = unitPhrase(e);
		if (up) return { s, e: up.e, value: `${up.value}-WXX-${wd}#${o.r}`, relative: true };
		value = `XXXX-WXX-${wd}#${o.r}`;
	}
	const dir = direction(e);
	// vendredi prochain / vendredi dernier (vendredi cette semaine: below, with its unit)
	if (dir !== null && dir !== 0) {
		value = `REF${sign(dir)}W-WXX-${wd}`;
		e++;
	} else {
		// vendredi (de) cette semaine / de la semaine prochaine / la semaine dernière
		let k = e;
		const d = de(k);
		if (d >= 0) k = d;
		const up = unitPhrase(k);
		if (up && up.value.endsWith('W') && up.value.startsWith('REF')) {
			// the weekday of that week (REF+1W-5), not the next such weekday (REF+1W-WXX-5)
			value = `${up.value}-${wd}`;
			e = up.e;
		}
	}
	// le mardi, chaque mardi: a habit, not a day (le mardi suivant / prochain is a day)
	if (value.startsWith('WDAY') && j === i && (isW(i - 1, 'le') || isW(i - 1, 'chaque') || isW(i - 1, 'les'))) return null;
	return { s, e, value, relative: true };
}

/** `le 27`, `pour le 27e`, `le vingt-deux`, `le 20 du mois prochain`, `le 31 de ce mois`. */
export function bareDay(i: number): Hit | null {
	if (!isW(i, 'le')) return null;
	const dy = day(i + 1, true);
	if (!dy) {
		const o = ordinal(i + 1);
		if (!o || o.r < 1 || o.r > 31 || isWord(o.e)) return null;
		return { s: i, e: o.e, value: `XXXX-XX-${pad2(o.r)}`, relative: true };
	}
	const e = dy.e;
	// 20 du mois prochain / 31 de ce mois
	let k = e;
	if (isW(k, 'du')) k++;
	else {
		const d = de(k);
		if (d >= 0) k = d;
	}
	if (k > e) {
		const up = unitPhrase(k);
		if (up && up.value.endsWith('M')) return { s: i + 1, e: up.e, value: `${up.value}-${pad2(dy.d)}`, relative: true };
	}
	const up = unitPhrase(e);
	if (up && up.value.endsWith('M')) return { s: i + 1, e: up.e, value: `${up.value}-${pad2(dy.d)}`, relative: true };
	// Only at the end of a clause: "le 27." but not "le 27 mars" (calendar) or "le 14 Congrès".
	if (e < n && kind[e] !== PUNCT) return null;
	if (e < n && (charOf(e) === '%' || charOf(e) === '/' || charOf(e) === ',' && isNum(e + 1))) return null;
	return { s: i, e, value: `XXXX-XX-${pad2(dy.d)}`, relative: true };
}

/** A month alone or with a deictic: `septembre`, `ce mai`, `juin prochain`, `septembre dernier`, `Jan`, `Mar`. */
export function looseMonth(i: number): Hit | null {
	let j = i;
	let dir: number | null = null;
	if (THIS_WORDS.has(low(j)) || NEXT_WORDS.has(low(j)) || LAST_WORDS.has(low(j))) {
		dir = direction(j);
		j++;
	}
	if (!isWord(j)) return null;
	let m: number | undefined;
	let e = j + 1;
	const mw = MONTH_WORDS.get(low(j));
	if (mw) {
		m = mw.month;
		if (mw.abbr && charOf(e) === '.' && gluedBefore(e)) e++;
		// A capitalized short form followed by a capitalized word is a name (Jan Peeters, Mai Lan).
		if ((mw.abbr || low(j) === 'mai' || low(j) === 'mars') && isUpperInitial(j) && isWord(e) && isUpperInitial(e)) return null;
		// French writes months in lower case: a capitalized one alone inside a sentence is a name (Mars, la planète).
		if (isUpperInitial(j) && j === i && !sentenceOpening(j)) return null;
		if ((low(j) === 'sept' || low(j) === 'sep') && e === j + 1 && dir === null) {
			// "sept" is also seven; only as a month at the end of a clause.
			if (e < n && kind[e] !== PUNCT) return null;
		}
	} else {
		const lm = LOOSE_MONTH_ABBR.get(low(j));
		if (lm === undefined || !isUpperInitial(j)) return null;
		if (isWord(e) && isUpperInitial(e)) return null;
		m = lm;
	}
	if (dir === null) {
		const ty = trailingYear(e);
		if (ty) return { s: i, e: ty.e, value: fmt({ y: ty.y, m }), relative: true };
	}
	const post = direction(e);
	if (post !== null && !isW(e, 'en') && !isW(e, 'cours')) {
		dir = post;
		e++;
	}
	// juin de l'année prochaine
	const d = de(e);
	if (d >= 0) {
		const up = unitPhrase(d);
		if (up && up.value.endsWith('Y')) return { s: i, e: up.e, value: `${up.value}-${pad2(m)}`, relative: true };
	}
	// Jan-1, Jan/1
	if ((isDash(e) || charOf(e) === '/') && gluedBefore(e) && isNum(e + 1) && gluedBefore(e + 1)) {
		const dy = day(e + 1, false);
		if (dy && validDay(m, dy.d)) return { s: i, e: dy.e, value: fmt({ m, d: dy.d }), relative: true };
	}
	// Novembre 19-20 / Octobre 22 (English order)
	if (isNum(e) && gapBefore(e) && digits(e) <= 2) {
		const d1 = day(e, false);
		if (d1 && validDay(m, d1.d)) {
			const k = d1.e;
			if ((isDash(k) || isW(k, 'à') || isW(k, 'a') || isW(k, 'au')) && isNum(k + 1)) {
				const d2 = day(k + 1, false);
				if (d2 && d2.d > d1.d && validDay(m, d2.d)) return { s: i, e: d2.e, value: `${fmt({ m, d: d1.d })}/${fmt({ m, d: d2.d })}`, relative: true };
			}
			if (elided(k, 'jusqu') >= 0 && isNum(k + 3)) {
				const d2 = day(k + 3, false);
				if (d2) return { s: i, e: d2.e, value: `${fmt({ m, d: d1.d })}/${fmt({ m, d: d2.d })}`, relative: true };
			}
			if (!isNum(k)) return { s: i, e: k, value: fmt({ m, d: d1.d }), relative: true };
		}
	}
	const value = dir === null ? fmt({ m }) : `REF${sign(dir)}Y-${pad2(m)}`;
	return { s: i, e, value, relative: true };
}

/** Token j opens a sentence, a line, a quotation or a parenthesis. */
function sentenceOpening(j: number): boolean {
	if (j === 0) return true;
	const c = charOf(j - 1);
	return c === '.' || c === '!' || c === '?' || c === ':' || c === '«' || c === '"' || c === '(' || c === '–' || c === '-' || c === '—' || c === '\n';
}

/**
 * An offset from the reference date: `il y a deux ans`, `dans trois semaines`, `d'ici deux mois`.
 * Offsets from another date of the text (`deux ans après`, `un mois plus tôt`) and stretches
 * (`les cinq prochaines années`) are amounts (durations), not dates: GUIDE.md.
 */
export function offsetPhrase(i: number): Hit | null {
	let j: number;
	let dir: number;
	if (isW(i, 'il') && isW(i + 1, 'y') && isW(i + 2, 'a')) {
		dir = -1;
		j = i + 3;
	} else if (isW(i, 'dans')) {
		dir = 1;
		j = i + 1;
	} else if (elided(i, 'd') >= 0 && isW(i + 2, 'ici')) {
		dir = 1;
		j = i + 3;
	} else return null;
	let count: number;
	let k: number;
	if (isNum(j) && digits(j) <= 3 && !gluedBefore(j + 1)) {
		count = numVal(j);
		k = j + 1;
	} else if (isW(j, 'un') || isW(j, 'une')) {
		count = 1;
		k = j + 1;
	} else {
		const sp = spelled(j);
		if (!sp) return null;
		count = sp.v;
		k = sp.e;
	}
	const u = UNIT_CODES.get(low(k));
	if (!u || !isWord(k) || u === 'WE' || u === 'DE') return null;
	const e = k + 1;
	// un an et demi, deux ans et trois mois: not a calendar unit any more
	if (isW(e, 'et') || charOf(e) === ',' && isNum(e + 1)) return null;
	// "il y a deux ans que ...", "dans deux ans, ..." are fine; "dans 3 jours ouvrés" is a stretch of working days.
	if (isW(e, 'ouvrés') || isW(e, 'ouvrables')) return null;
	if (count < 1) return null;
	return { s: i, e, value: `REF${sign(dir * count)}${u}`, relative: true };
}

/** `aujourd'hui`, `demain`, `hier`, `avant-hier`, `après-demain`, `le lendemain`, `le jour suivant`, `ce jour`, `dernier jour`. */
export function deictic(i: number): Hit | null {
	const w = low(i);
	if (!isWord(i)) return null;
	if ((w === 'avant' || w === 'après' || w === 'apres') && (isW(i + 1, 'hier') || isW(i + 1, 'demain') || (isDash(i + 1) && (isW(i + 2, 'hier') || isW(i + 2, 'demain'))))) {
		const e = isDash(i + 1) ? i + 3 : i + 2;
		return { s: i, e, value: w === 'avant' ? 'REF-2D' : 'REF+2D', relative: true };
	}
	const v = DEICTIC.get(w);
	if (v !== undefined) {
		if (w === 'aujourd') {
			if (!(isApos(i + 1) && isW(i + 2, 'hui'))) return null;
			let e = i + 3;
			// aujourd'hui jusqu'à demain / au 22 octobre
			const rest = rangeTail(e);
			if (rest) e = rest;
			return { s: i, e, value: v, relative: true };
		}
		if (w === 'veille' && !isW(i - 1, 'la')) return null;
		// à la veille de l'élection, au lendemain de la guerre: relative to an event, often figurative
		if ((w === 'veille' || w === 'lendemain') && (de(i + 1) >= 0 || isW(i + 1, 'du') || isW(i + 1, 'des'))) return null;
		if (w === 'maintenant') return null;
		let e = i + 1;
		const rest = rangeTail(e);
		if (rest) e = rest;
		return { s: i, e, value: v, relative: true };
	}
	// le jour suivant / le jour précédent / le même jour: the day of another date of the text (ANA, see resolve.ts)
	if (w === 'jour' && (isW(i + 1, 'suivant') || isW(i + 1, 'précédent'))) return { s: i, e: i + 2, value: isW(i + 1, 'suivant') ? 'ANA+1D' : 'ANA-1D', relative: true };
	// ce jour (today); "à ce jour", "jusqu'à ce jour" mean "so far"
	if (w === 'ce' && isW(i + 1, 'jour') && !isW(i - 1, 'à') && !isDash(i + 2)) return { s: i, e: i + 2, value: 'REF', relative: true };
	if (w === 'même' && isWord(i + 1)) {
		const u = UNIT_CODES.get(low(i + 1));
		if (u === 'D' || u === 'M' || u === 'Y') return { s: i, e: i + 2, value: `ANA+0${u}`, relative: true };
	}
	return null;
}

export let nesting = 0;

/** After a relative start: `jusqu'à demain`, `au 22 octobre`, `à lendemain`. Returns the new end or 0. */
export function rangeTail(e: number): number {
	// One level only: "demain au demain au ..." must not recurse along the line.
	if (nesting > 0) return 0;
	nesting++;
	try {
		return rangeTailOnce(e);
	} finally {
		nesting--;
	}
}

export function rangeTailOnce(e: number): number {
	let k = e;
	if (elided(k, 'jusqu') >= 0) {
		k += 2;
		if (isW(k, 'à') || isW(k, 'a') || isW(k, 'au')) k++;
		else return 0;
	} else if (isW(k, 'au') || isW(k, 'à') || isW(k, 'a')) k++;
	else return 0;
	if (elided(k, 'l') >= 0) k += 2;
	if (isW(k, 'le') || isW(k, 'la')) k++;
	const h = relativeAt(k, true) ?? calendarAt(k);
	return h && h.s === k ? h.e : 0;
}

/** `reste de la semaine`, `plus tard ce mois-ci`, `début de la semaine prochaine`, `fin du mars`, `milieu de l'été`, `cet été`. */
export function periodPhrase(i: number): Hit | null {
	const w = low(i);
	if (!isWord(i)) return null;
	let j = i;
	let mod: DateMod | undefined;
	if (w === 'reste') {
		j++;
	} else if ((w === 'plus' && (isW(i + 1, 'tard') || isW(i + 1, 'tôt'))) || w === 'début' || w === 'fin' || w === 'milieu' || w === 'debut') {
		j += w === 'plus' ? 2 : 1;
		mod = w === 'fin' || (w === 'plus' && isW(i + 1, 'tard')) ? 'end' : w === 'milieu' ? 'mid' : 'start';
	} else return null;
	let k = j;
	const d = de(k);
	if (d >= 0) k = d;
	else if (isW(k, 'du')) k++;
	// début de la semaine prochaine, reste de cette semaine
	const up = unitPhrase(k);
	if (up) return { s: i, e: up.e, value: up.value, mod, relative: true };
	// reste du mois, reste de ma semaine, reste de semaine en cours
	if (isW(k, 'ma') || isW(k, 'la')) k++;
	const u = UNIT_CODES.get(low(k));
	if (u && isWord(k)) {
		const e = k + 1;
		if (isW(e, 'en') && isW(e + 1, 'cours')) return { s: i, e: e + 2, value: `REF+0${u}`, mod, relative: true };
		// fin du mois, reste de la semaine: the month or week the text is about, not the reference's
		return { s: i, e, value: unresolved(`REF+0${u}`), mod, relative: true };
	}
	if (elided(k, 'l') >= 0) {
		const u2 = UNIT_CODES.get(low(k + 2));
		// fin de l'année: the year the text is about (GUIDE.md: `l'année` → XXXX)
		if (u2) return { s: i, e: k + 3, value: unresolved(`REF+0${u2}`), mod, relative: true };
		const se = SEASONS.get(low(k + 2));
		if (se) return { s: i, e: k + 3, value: `XXXX-${se}`, mod, relative: true };
	}
	const mo = month(k, true);
	if (mo && mod) return { s: i, e: mo.e, value: fmt({ m: mo.m }), mod, relative: true };
	return null;
}

/** `l'été`, `cet été`, `au printemps`, `le printemps prochain`; a season needs a determiner (`a été` is a verb). */
export function seasonPhrase(i: number): Hit | null {
	let j = i;
	let dir = 0;
	if (THIS_WORDS.has(low(j)) || NEXT_WORDS.has(low(j)) || LAST_WORDS.has(low(j))) {
		dir = direction(j) ?? 0;
		j++;
	} else if (elided(j, 'l') >= 0) j += 2;
	else if (isW(j, 'le') || isW(j, 'au') || isW(j, 'en')) j++;
	const code = SEASONS.get(low(j));
	if (!code || !isWord(j)) return null;
	let e = j + 1;
	const post = direction(e);
	if (post !== null && post !== 0) {
		dir = post;
		e++;
	}
	if (j === i && e === j + 1) return null;
	// cet été: this year's; l'été, au printemps: the season the text is about
	const value = dir !== 0 ? `REF${sign(dir)}Y-${code}` : THIS_WORDS.has(low(i)) ? `REF+0Y-${code}` : `XXXX-${code}`;
	// The article stays out of the span (`été dernier`, `printemps`); demonstratives stay in (`cet été`).
	const demonstrative = THIS_WORDS.has(low(i)) || NEXT_WORDS.has(low(i)) || LAST_WORDS.has(low(i));
	return { s: demonstrative ? i : j, e, value, relative: true };
}


/** `de ce vendredi au dimanche prochain`, `du vendredi au dimanche`, `d'aujourd'hui au lendemain`, `du vendredi 2 au jeudi 6`, `du 4 au 22 de ce mois`. */
export function looseRange(i: number): Hit | null {
	let j: number;
	if (isW(i, 'du') || isW(i, 'de')) j = i + 1;
	else if (elided(i, 'd') >= 0) j = i + 2;
	else if (isW(i, 'entre')) j = i + 1;
	else return null;
	const between = isW(i, 'entre');
	if (isW(j, 'le') || isW(j, 'la')) j++;
	// Most `de` start no range: its first end starts with a number, a weekday, a deictic or a direction word.
	if (!isNum(j) && !(isWord(j) && (WEEKDAYS.has(low(j)) || DEICTIC.has(low(j)) || MONTH_WORDS.has(low(j)) || THIS_WORDS.has(low(j)) || ORDINALS.has(low(j)) || UNITS.has(low(j))))) return null;
	const a = rangeEnd(j);
	if (!a) return null;
	let k = a.e;
	if (between) {
		if (!isW(k, 'et') && !isW(k, 'à')) return null;
		k++;
	} else if (isW(k, 'au') || isW(k, 'à') || isW(k, 'a')) k++;
	else if (elided(k, 'jusqu') >= 0) k += isW(k + 2, 'au') || isW(k + 2, 'à') ? 3 : 2;
	else return null;
	if (isW(k, 'le') || isW(k, 'la')) k++;
	if (elided(k, 'l') >= 0) k += 2;
	const b = rangeEnd(k);
	if (!b) return null;
	let e = b.e;
	// du 4 au 22 de ce mois / le 4 au 23 le mois prochain
	const d = de(e);
	let t = d >= 0 ? d : isW(e, 'du') ? e + 1 : e;
	if (isW(t, 'le') || isW(t, 'la')) t++;
	const up = unitPhrase(t);
	if (up) e = up.e;
	// entre 13 et 22 km, de 3 à 5 ans: two bare numbers are a range of figures, unless the day article or a unit says days
	const bare = (h: Hit): boolean => h.value.startsWith('XXXX-XX-');
	if (bare(a) && bare(b) && !up && !isW(j - 1, 'le') && !isW(k - 1, 'le')) return null;
	return { s: i, e, value: `${a.value}/${b.value}`, relative: true };
}

/** One end of a loose range: the longest of a calendar date, a relative date, a bare day or a weekday. */
export function rangeEnd(j: number): Hit | null {
	let best = calendarAt(j);
	if (best && best.s !== j) best = null;
	const r = relativeAt(j, true);
	if (r && (!best || r.e > best.e)) best = r;
	if (!best) {
		const dy = day(j, true);
		if (dy) return { s: j, e: dy.e, value: `XXXX-XX-${pad2(dy.d)}` };
		const wd = isWord(j) ? WEEKDAYS.get(low(j)) : undefined;
		if (wd !== undefined) return { s: j, e: j + 1, value: `XXXX-WXX-${wd}` };
	}
	return best;
}

/** `la dixième semaine`, `le troisième quart`, `deuxième trimestre de l'année prochaine`: an ordinal period without a year. */
export function ordinalPeriod(i: number): Hit | null {
	const o = ordinal(i);
	if (!o || o.r < 1) return null;
	const w = low(o.e);
	const code = w === 'semaine' ? 'W' : w === 'trimestre' || w === 'quart' || w === 'quarts' ? 'Q' : w === 'semestre' ? 'H' : '';
	if (!code || o.r > (code === 'W' ? 53 : code === 'Q' ? 4 : 2)) return null;
	let e = o.e + 1;
	let base = 'XXXX';
	let k = e;
	const d = de(k);
	if (d >= 0) k = d;
	else if (isW(k, 'du')) k++;
	const up = unitPhrase(k);
	if (up && k > e) {
		base = up.value;
		e = up.e;
	}
	return { s: i, e, value: `${base}-${code}${code === 'W' ? pad2(o.r) : o.r}`, relative: true };
}

export function unitHit(i: number): Hit | null {
	const u = unitPhrase(i);
	if (!u) return null;
	// The definite article stays out of the span (`an dernier`, `semaine prochaine`); demonstratives stay in.
	const s = isW(i, 'la') || isW(i, 'le') ? i + 1 : elided(i, 'l') >= 0 ? i + 2 : i;
	return { s, e: u.e, value: u.value, relative: true };
}

export const NUM_RELATIVE: readonly Production[] = [offsetPhrase, looseNumeric, ordinalPeriod];

export const WORD_RELATIVE: ReadonlyMap<string, readonly Production[]> = (() => {
	const m = new Map<string, Production[]>();
	const add = (words: Iterable<string>, ...prods: Production[]): void => {
		for (const w of words) {
			const list = m.get(w) ?? [];
			for (const p of prods) if (!list.includes(p)) list.push(p);
			m.set(w, list);
		}
	};
	const dirWords = [...THIS_WORDS, ...NEXT_WORDS, ...LAST_WORDS];
	add([...DEICTIC.keys(), 'avant', 'après', 'apres', 'jour', 'ce', 'dernier', 'même'], deictic);
	add([...dirWords, 'la', 'le', 'les', 'l', ...UNIT_CODES.keys()], unitHit);
	add([...dirWords, ...ORDINALS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_ABBR.keys()], weekdayPhrase);
	add(['le'], bareDay);
	add([...dirWords, ...MONTH_WORDS.keys(), ...LOOSE_MONTH_ABBR.keys()], looseMonth);
	add(['il', 'dans', 'les', 'des', 'ces', 'quelques', ...UNITS.keys(), ...TENS.keys(), ...NEXT_WORDS, ...LAST_WORDS], offsetPhrase);
	add(['reste', 'plus', 'début', 'debut', 'fin', 'milieu'], periodPhrase);
	add([...dirWords, 'l', 'le', 'au', 'en', ...SEASONS.keys()], seasonPhrase);
	add(['du', 'de', 'd', 'entre'], looseRange);
	add(ORDINALS.keys(), ordinalPeriod);
	return m;
})();
export const RELATIVE_SIG = sigTable(WORD_RELATIVE.keys());

export function relativeAt(i: number, nested = false): Hit | null {
	if (i >= n) return null;
	let prods: readonly Production[] | undefined;
	if (kind[i] === NUM) prods = NUM_RELATIVE;
	else if (kind[i] === WORD && RELATIVE_SIG[tSig[i]] === 1) prods = WORD_RELATIVE.get(low(i));
	if (!prods) return null;
	let best: Hit | null = null;
	for (const f of prods) {
		if (nested && f === looseRange) continue;
		const h = f(i);
		if (h && h.e > h.s && (!best || h.e > best.e)) best = h;
	}
	return best;
}

