// Figures read with the words around them: a change (`passé de 4,5 % à 6 %`) is two amounts, a
// range one; a number may stand for the noun it counts (`35 ont généré`, `8 autres`, `cinq
// d'entre eux`, `18 des 21 secteurs`); `autour de` is no qualifier when it means "built around".
import { isDigitCode, matchDigitsAt, matchSpelledAt, NUMBER_WORDS } from '../numbers';
import type { AmountMention } from '../types';
import { charAt, isSpace, isWordCode, peek, type Before, wordBefore } from './chars';
import { countedNoun } from './context';
import { unitOfWord } from './suffix';

/** Forms of a verb of change from its stem: `-er` verbs (`augment` → augmenté, augmente, augmentait, ...). */
function erForms(stem: string): string[] {
	return ['er', 'é', 'ée', 'és', 'ées', 'e', 'es', 'ent', 'ait', 'aient', 'era', 'eront', 'erait', 'eraient', 'ant', 'a', 'èrent'].map((e) => stem + e);
}

/** Verbs whose `de X à Y` gives a value before and a value after, not a range. */
const CHANGE_VERBS = new Set(
	[
		...'pass grimp augment progress chut recul baiss diminu mont évolu relev abaiss port tomb gliss remont repli gonfl doubl tripl hiss envol effondr redress rehauss corrig ajust amélior dégrad creus plong flamb décoll dégringol rétrograd accélér révis rabot relev'
			.split(' ')
			.flatMap(erForms),
		...'ramené ramenée ramenés ramenées ramène ramènent ramener élevé élevée élevés élevées élève élèvent élever'.split(' '),
		...'bondi bondit bondissent bondissait fléchi fléchit fléchissent grossi grossit rétréci rétrécit ralenti ralentit'.split(' '),
		...'accru accrue accrus accrues accroît accroissent crû cru crue croît croissent descendu descendue descend descendent'.split(' '),
		...'réduit réduite réduits réduites réduisent réduira revu revue revus revues'.split(' '),
	].filter((w) => w !== 'porte' && w !== 'montant' && w !== 'passant' && w !== 'porta'),
);

const CLAUSE_MARKS = new Set([...'.,;:!?()«»"“”[]'].map((c) => c.charCodeAt(0)));
const MAX_WORDS_BACK = 8;

/** A verb of change stands in the clause before `from` (`a grimpé de`, `est passé en un an de`). */
export function changeVerbBefore(line: string, from: number): boolean {
	let pos = from;
	for (let k = 0; k < MAX_WORDS_BACK; k++) {
		const b = wordBefore(line, pos);
		if (b.word === '' || b.start >= pos) return false;
		if (CHANGE_VERBS.has(b.word)) return true;
		// A clause mark between this word and the one after it ends the search.
		for (let i = b.start + b.word.length; i < pos; i++) if (CLAUSE_MARKS.has(line.charCodeAt(i))) return false;
		pos = b.start;
	}
	return false;
}

/** Verbs after which a number is the subject standing for what it counts (`35 ont généré`). */
const AUXILIARIES = new Set(
	(
		'ont sont avaient étaient auront seront auraient seraient furent eurent restent demeurent figurent viennent proviennent ' +
		'concernent comptent emploient devraient doivent pourraient peuvent vont se'
	).split(' '),
);
/** Words after which a number may start a clause. */
const CLAUSE_STARTS = new Set('dont et mais ou puis seuls seules'.split(' '));

/** A number standing for a noun: what it counts when the next words say so (`18 des 21 secteurs` → secteurs). */
export interface StandIn {
	unit?: string;
}

/** The number ending at `end` stands for a noun named elsewhere: `8 autres`, `cinq d'entre eux`, `18 des 21`, `35 ont`. */
export function standsForNoun(line: string, end: number, before: Before): StandIn | undefined {
	const w = peek(line, end);
	// `…, dont 3 à la prison ferme`: a part of the count just given.
	if (before.word === 'dont' && w.at > end) return {};
	if (w.at === end || w.word === '') return undefined;
	if (w.word === 'autres') return {};
	if (w.word === 'd' && (charAt(line, w.wordEnd) === 0x27 || charAt(line, w.wordEnd) === 0x2019)) return peek(line, w.wordEnd + 1).word === 'entre' ? {} : undefined;
	if (w.word === 'des' || w.word === 'parmi') {
		const n = peek(line, w.wordEnd);
		if (n.at === w.wordEnd || !(isDigitCode(n.code) || (NUMBER_WORDS.has(n.word) && n.word !== 'un' && n.word !== 'une'))) return undefined;
		const whole = isDigitCode(n.code) ? matchDigitsAt(line, n.at) : matchSpelledAt(line, n.at);
		return { unit: whole ? countedNoun(line, whole.end, true, false)?.unit : undefined };
	}
	if (!AUXILIARIES.has(w.word)) return undefined;
	if (w.word === 'se' && !/^(?:sont|seront|étaient)$/.test(peek(line, w.wordEnd).word)) return undefined;
	const clause = before.word === '' ? !isDigitCode(before.code) && !isWordCode(before.code) : CLAUSE_STARTS.has(before.word);
	return clause ? {} : undefined;
}

const MAX_SERIES_GAP = 400;

/** Start of the sentence holding `pos`, searched at most MAX_SERIES_GAP back. */
function sentenceStart(line: string, pos: number): number {
	const stop = Math.max(0, pos - MAX_SERIES_GAP);
	for (let i = pos - 1; i >= stop; i--) {
		const c = line.charCodeAt(i);
		if ((c === 0x2e || c === 0x21 || c === 0x3f) && (i + 1 >= line.length || isSpace(line.charCodeAt(i + 1)))) return i + 1;
	}
	return stop;
}

/** The counted noun of the latest count before `start` in the same sentence (`Sur 228 projets, 35 ont…` → projets). */
export function nounOfSeries(line: string, found: AmountMention[], start: number): string | undefined {
	const from = sentenceStart(line, start);
	for (let k = found.length - 1; k >= 0; k--) {
		const m = found[k];
		if (m.end > start) continue;
		if (m.start < from) return undefined;
		if (m.sub !== 'quantity' || m.unit === undefined) continue;
		// A measure (`km`, `ans`) is written in the span; a counted noun is not.
		if (m.text.endsWith(m.unit) || unitOfWord(m.unit) !== undefined) continue;
		return m.unit;
	}
	return undefined;
}

/** Words before `autour de` that make it mean "built around" (`articulé autour de cinq priorités`). */
const AROUND_STEMS = ['articul', 'structur', 'organis', 'centr', 'axé', 'axée', 'constru', 'bâti', 'tourn', 'gravit', 'rassembl', 'réuni', 'regroup', 'orient', 'concentr', 'pivot', 'conç', 'pens'];

/** `autour de` before a figure means "about" only when nothing says "built around". */
export function aroundMeansAbout(line: string, before: Before, spelledCount: boolean): boolean {
	if (spelledCount) return false;
	const autour = wordBefore(line, before.start);
	let w = wordBefore(line, autour.start);
	// `s'articule autour de`, `se sont organisés autour de`
	if (w.word === 'sont' || w.word === 'est') w = wordBefore(line, w.start);
	return !AROUND_STEMS.some((s) => w.word.startsWith(s));
}

/** Words before `N heures` that make it a time of day (`à 9 heures`, `vers 18 heures`, `Il est 10 heures`). */
const CLOCK_BEFORE = new Set(['à', 'vers', 'dès', 'est', 'avant', 'sonnent', 'sonné']);
const CLOCK_AFTER_RE = /[\s\u00a0]+(?:\d{1,2}(?!\d)(?![\s\u00a0]*min)|du\s+(?:matin|soir)|de\s+l['’]apr[èe]s-midi|GMT|UTC|heure\s+(?:locale|de\s+Paris))/y;

/** `N heures` (N a whole number up to 24) names a time of day, which is no amount (GUIDE.md: times are not annotated). */
export function timeOfDay(line: string, value: number, plain: boolean, before: Before, unitEnd: number): boolean {
	if (!plain || value > 24 || !Number.isInteger(value)) return false;
	if (CLOCK_BEFORE.has(before.word)) return true;
	if (before.word === 'de' && wordBefore(line, before.start).word === 'partir') return true;
	CLOCK_AFTER_RE.lastIndex = unitEnd;
	return CLOCK_AFTER_RE.test(line);
}
