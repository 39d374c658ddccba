// What a figure measures: the noun phrase that names it (guide, « facts »).
import { isAdjective } from '../engine/organizations/chars';
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
	const walk = walkBack(ws, ai);
	if (walk.shared) return { measure: null, extent: null, sharedWith: walk.shared };
	if (!walk.purpose && walk.j >= 0 && isContent(ws[walk.j])) return phraseMeasure(ws, walk.j);
	// `Les profits ont augmenté ..., pour s'établir à 4,55 milliards`: the subject of an earlier clause.
	const subject = walk.verb ? clauseSubject(ws, walk.j) : null;
	return subject ? { measure: subject, extent: subject } : NONE;
}

interface Walk {
	/** The word the walk stopped at. */
	j: number;
	/** A verb was passed. */
	verb: boolean;
	/** `pour` + infinitive was passed: the figure belongs to the main clause's subject. */
	purpose: boolean;
	/** Another figure whose measure this one shares. */
	shared?: AmountMention;
}

const DISLOCATED = new Set(['elle', 'elles', 'il', 'ils', 'lui', 'eux']);

/** Back from the figure over what stands between it and its noun phrase (see subjectBefore). */
function walkBack(ws: readonly Word[], ai: number): Walk {
	let j = ai - 1;
	let participle = false;
	let verb = false;
	let purpose = false;
	for (let gap = 0; j >= 0 && gap < MAX_GAP; gap++) {
		const w = ws[j];
		if (w.mention?.kind === 'amount') return { j, verb, purpose, shared: w.mention };
		if (w.mention?.kind === 'date' || w.text === ')') {
			const k = skipNoise(ws, j);
			if (k === j) break;
			j = k;
			continue;
		}
		// `Les recettes, elles, s'amélioreront de 3,5 %`: a subject taken up by a pronoun.
		if (w.text === ',' && DISLOCATED.has(ws[j - 1]?.low ?? '') && ws[j - 2]?.text === ',') {
			j -= 3;
			continue;
		}
		// `4557 M$, comparativement à 3564 M$`, `2,8 millions en 2013 et 14 millions`: a second figure of the same measure.
		if (w.text === ',' || w.low === 'et' || w.low === 'ou') {
			const m = ws[skipNoise(ws, j - 1)]?.mention;
			return m?.kind === 'amount' ? { j, verb, purpose, shared: m } : { j, verb, purpose };
		}
		// `a reculé de 2,4 % sur un an à 67,1 milliards`: a span of time.
		if (TIME_UNITS.has(w.low) && INDEFINITE.has(ws[j - 1]?.low ?? '') && (ws[j - 2]?.low === 'sur' || ws[j - 2]?.low === 'en')) {
			j -= 3;
			continue;
		}
		if (w.low === 'pour' && isInfinitiveAfter(ws, j + 1)) purpose = true;
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
	return { j, verb, purpose };
}

const INDEFINITE = new Set(['un', 'une']);

/** `pour s'établir`, `pour atteindre`: an infinitive at word `k` (past a clitic). */
function isInfinitiveAfter(ws: readonly Word[], k: number): boolean {
	while (k < ws.length && (ws[k].low === "s'" || ws[k].low === 'se' || ws[k].low === 'en' || ws[k].low === 'y')) k++;
	const w = ws[k];
	return !!w && isVerb(w.low) && /(?:er|ir|re)$/.test(w.low);
}

/** Skips back over date phrases and parenthetical remarks ending at word `j`; the index before them. */
function skipNoise(ws: readonly Word[], j: number): number {
	for (let n = 0; n < 4 && j >= 0; n++) {
		if (ws[j].mention?.kind === 'date') {
			j = skipDate(ws, j);
			continue;
		}
		if (ws[j].text !== ')') break;
		let k = j - 1;
		while (k >= 0 && j - k < 16 && ws[k].text !== '(') k--;
		if (k < 0 || ws[k].text !== '(') break;
		j = k - 1;
	}
	return j;
}

/** The measure given by the noun phrase ending at word `j`. */
function phraseMeasure(ws: readonly Word[], j: number): MeasureFind {
	const r = phraseBefore(ws, j);
	if (!r) return NONE;
	// `Le Comité populaire de Hanoï a investi 3 millions`: a name before the verb is the holder, not a measure.
	if (isNameOnly(ws, r)) return { measure: null, extent: r };
	if (r.first === r.last && CHANGE_NOUNS.has(ws[r.first].low)) {
		const change = changeOf(ws, r.first);
		if (change) return change;
	}
	// `son résultat est ressorti positif (200 000 euros)`: an attribute; what is measured is the subject.
	if (isPredicate(ws, r)) {
		const subject = clauseSubject(ws, r.first - 1);
		if (subject) return { measure: subject, extent: subject };
	}
	return { measure: r, extent: r };
}

/**
 * A change describes what comes before it: `1,3 milliard de chiffre d'affaires, en hausse de 5 %`
 * (the phrase before), `16 milliards de dinars, soit une augmentation de 9,9 %` (the figure before).
 */
function changeOf(ws: readonly Word[], k: number): MeasureFind | null {
	const p = k - 1;
	if (ws[p]?.low === 'en') return phraseBeforeChange(ws, p - 1);
	if (INDEFINITE.has(ws[p]?.low ?? '') && ws[p - 1]?.low === 'soit') {
		for (let q = p - 2; q >= 0 && p - q < 16; q--) {
			const m = ws[q].mention;
			if (m?.kind === 'amount') return { measure: null, extent: null, sharedWith: m };
		}
	}
	return null;
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
		// `Les recettes, elles, s'amélioreront`.
		if (ws[q]?.text === ',' && DISLOCATED.has(ws[q + 1]?.low ?? '') && ws[q + 2]?.text === ',') q += 3;
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

