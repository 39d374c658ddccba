// What a figure measures: the noun phrase that names it (guide, « facts »).
import { isAdjective } from '../engine/organizations';
import type { AmountMention, Mention } from '../engine/types';
import { AUXILIARIES, BEFORE_AMOUNT, isAdverbWord, isParticiple, isVerb, TIME_SPAN_ADJECTIVES, TIME_UNITS } from './lexicon';
import { isAuxiliary, isContent, nounWithAdjectives, phraseAfter, phraseBefore, type Range } from './phrases';
import type { Word } from './words';

/** Where the measure is and how far its noun phrase reaches (its complements, read for the holder). */
export interface MeasureFind {
	measure: Range | null;
	/** The whole noun phrase around the measure, complements included. */
	extent: Range | null;
	/** Another amount whose measure this one shares (`passé de X à Y`). */
	sharedWith?: AmountMention;
}

const NONE: MeasureFind = { measure: null, extent: null };
const SHARE_PREPOSITIONS = new Set(['de', "d'", 'du', 'des']);
/** How far back from a figure its verb group may reach. */
const MAX_GAP = 10;

/**
 * The measure of the amount whose words are ws[ai..aj] in its sentence's words.
 * Rules, in order: a duration (`vingt ans de réalisation`), a count (`huit projets`),
 * a share or a unit with its complement (`93 % de la valeur`), then the subject or the noun
 * before the figure (`les exportations devraient atteindre`, `un capital total de`).
 */
export function findMeasure(ws: readonly Word[], ai: number, aj: number, amount: AmountMention): MeasureFind {
	const next = ws[aj + 1];
	if (isDuration(amount, next)) return durationMeasure(ws, ai, aj);
	if (amount.sub === 'quantity' && isCountedNoun(next, amount)) {
		const noun = nounWithAdjectives(ws, aj + 1);
		return { measure: noun, extent: phraseAfter(ws, aj + 1) ?? noun };
	}
	const forward = complementAfter(ws, aj, amount);
	if (forward) return { measure: forward, extent: forward };
	return subjectBefore(ws, ai);
}

function isDuration(amount: AmountMention, next: Word | undefined): boolean {
	if (amount.unit !== undefined && TIME_UNITS.has(amount.unit.toLowerCase())) return true;
	if (!next) return false;
	return TIME_UNITS.has(next.low) || (TIME_SPAN_ADJECTIVES.has(next.low) && amount.sub === 'quantity');
}

function durationMeasure(ws: readonly Word[], ai: number, aj: number): MeasureFind {
	let j = aj + 1;
	if (TIME_SPAN_ADJECTIVES.has(ws[j]?.low ?? '')) return NONE;
	if (TIME_UNITS.has(ws[j]?.low ?? '')) j++;
	const w = ws[j];
	if (w && (w.low === 'de' || w.low === "d'" || w.low === 'après' || w.low === 'avant')) {
		const r = phraseAfter(ws, j + 1);
		if (r) return { measure: r, extent: r };
	}
	return subjectBefore(ws, ai);
}

function isCountedNoun(next: Word | undefined, amount: AmountMention): boolean {
	if (!next || !isContent(next) || next.mention) return false;
	if (next.start < amount.end) return false;
	return !TIME_UNITS.has(next.low) && !TIME_SPAN_ADJECTIVES.has(next.low);
}

/** `93 % de la valeur des exportations`, `3 milliards de dollars d'investissements`, `12 km de routes`. */
function complementAfter(ws: readonly Word[], aj: number, amount: AmountMention): Range | null {
	const prep = ws[aj + 1];
	if (!prep || !SHARE_PREPOSITIONS.has(prep.low)) return null;
	// Without a determiner only `de`/`d'` + noun (`d'investissements`); a percentage also takes `de la`, `du`, `des`.
	if (amount.sub !== 'percent' && !(prep.low === 'de' || prep.low === "d'")) return null;
	if (amount.sub !== 'percent' && !isContent(ws[aj + 2])) return null;
	return phraseAfter(ws, aj + 2);
}

/**
 * Walks back from the figure over its qualifier, preposition and verb group (`ont dépassé les`,
 * `s'élevaient à`, `a augmenté de plus de`) to the noun phrase before it.
 */
function subjectBefore(ws: readonly Word[], ai: number): MeasureFind {
	let j = ai - 1;
	let participle = false;
	let verb = false;
	for (let gap = 0; j >= 0 && gap < MAX_GAP; gap++) {
		const w = ws[j];
		if (w.mention?.kind === 'amount') return { measure: null, extent: null, sharedWith: w.mention };
		if (w.mention?.kind === 'date') {
			j = skipDate(ws, j);
			continue;
		}
		// `4557 M$, comparativement à 3564 M$`, `2,8 millions en 2013 et 14 millions`: a second figure of the same measure.
		if (w.text === ',' || w.low === 'et' || w.low === 'ou') {
			const k = ws[j - 1]?.mention?.kind === 'date' ? skipDate(ws, j - 1) : j - 1;
			const m = ws[k]?.mention;
			if (m?.kind === 'amount') return { measure: null, extent: null, sharedWith: m };
			break;
		}
		if (w.text === '(' || BEFORE_AMOUNT.has(w.low) || AUXILIARIES.has(w.low) || isAdverbWord(w.low)) {
			j--;
			continue;
		}
		if (isVerb(w.low) || (isParticiple(w.low) && !participle && followsFigureLink(ws, j))) {
			verb = true;
			participle ||= isParticiple(w.low);
			j--;
			// `commerce bilatéral, passé de ...`: a participle set off by a comma still has its noun before.
			if (participle && ws[j]?.text === ',') j--;
			continue;
		}
		break;
	}
	if (j >= 0 && isContent(ws[j])) {
		const r = phraseBefore(ws, j);
		if (!r) return NONE;
		// `Le Comité populaire de Hanoï a investi 3 millions`: a name before the verb is the holder, not a measure.
		if (isNameOnly(ws, r)) return { measure: null, extent: r };
		// `1,3 milliard de chiffre d'affaires, en hausse de 5%`: a change describes the phrase before it.
		if (r.first === r.last && CHANGE_NOUNS.has(ws[r.first].low) && ws[r.first - 1]?.low === 'en') {
			const before = phraseBeforeChange(ws, r.first - 2);
			if (before) return before;
		}
		// `son résultat est ressorti positif (200 000 euros)`: an attribute; what is measured is the subject.
		if (isPredicate(ws, r)) {
			const subject = clauseSubject(ws, r.first - 1);
			if (subject) return { measure: subject, extent: subject };
		}
		return { measure: r, extent: r };
	}
	// `Les profits nets ont augmenté ..., pour s'établir à 4,55 milliards`: the subject of an earlier clause.
	const subject = verb ? clauseSubject(ws, j) : null;
	return subject ? { measure: subject, extent: subject } : NONE;
}

/** Nouns of a change (`en hausse de 5 %`). */
const CHANGE_NOUNS = new Set(['hausse', 'baisse', 'progression', 'recul', 'augmentation', 'diminution', 'croissance', 'repli', 'chute', 'retrait']);

/** The noun phrase before `en hausse`, past a comma; or the measure of a figure there. */
function phraseBeforeChange(ws: readonly Word[], j: number): MeasureFind | null {
	if (ws[j]?.text === ',') j--;
	const m = ws[j]?.mention;
	if (m?.kind === 'amount') return { measure: null, extent: null, sharedWith: m };
	if (!isContent(ws[j])) return null;
	const r = phraseBefore(ws, j);
	return r ? { measure: r, extent: r } : null;
}

/** Adjectives and adverbs only, after a verb: `est ressorti très légèrement positif`. */
function isPredicate(ws: readonly Word[], r: Range): boolean {
	for (let k = r.first; k <= r.last; k++) if (!isAdjective(ws[k].low) || ws[k].cap) return false;
	let k = r.first - 1;
	while (k >= 0 && isAdverbWord(ws[k].low)) k--;
	const before = ws[k];
	return !!before && (isVerb(before.low) || isParticiple(before.low) || isAuxiliary(ws[k - 1]));
}

/** Every word of the phrase is capitalized or inside an organization mention. */
function isNameOnly(ws: readonly Word[], r: Range): boolean {
	for (let k = r.first; k <= r.last; k++) {
		const w = ws[k];
		if (isContent(w) && !w.cap && w.mention?.kind !== 'organization') return false;
	}
	return true;
}

const CLAUSE_OPENERS = new Set([',', ';', ':', 'que', "qu'"]);

/** The nearest noun phrase before word `i` that opens a clause and is followed by a verb. */
function clauseSubject(ws: readonly Word[], i: number): Range | null {
	for (let p = i; p >= 0; p--) {
		if (p > 0 && !CLAUSE_OPENERS.has(ws[p - 1].text) && !CLAUSE_OPENERS.has(ws[p - 1].low)) continue;
		const r = phraseAfter(ws, p);
		if (!r) continue;
		let q = r.last + 1;
		while (q < ws.length && (ws[q].low === 'se' || ws[q].low === "s'" || ws[q].low === 'ne' || ws[q].low === "n'")) q++;
		if (q < ws.length && isVerb(ws[q].low)) return r;
	}
	return null;
}

/** A participle that governs what follows it: `passé de`, `remontant à`, `représentant près de`. */
function followsFigureLink(ws: readonly Word[], j: number): boolean {
	const n = ws[j + 1];
	return !!n && (BEFORE_AMOUNT.has(n.low) || n.mention?.kind === 'amount');
}

/** Skips a date mention and the preposition and article before it (`dans les années 1990`, `en 2023`). */
function skipDate(ws: readonly Word[], j: number): number {
	const date = ws[j].mention as Mention;
	while (j >= 0 && ws[j].mention === date) j--;
	if (j >= 0 && /^(?:les|la|le|l')$/.test(ws[j].low)) j--;
	if (j >= 0 && /^(?:en|dans|depuis|à|au|d'ici|jusqu'|pour|sur)$/.test(ws[j].low)) j--;
	return j;
}

