// Whose a figure is: an organization, place or named group (guide, « facts »). Names are the
// engine's organizations and runs of capitalized words that are not persons, titles or sentence openers.
import { isAdjective } from '../engine/organizations/chars';
import { CLAUSE_WORDS, DETERMINERS, GROUP_HEADS, isVerb, NOUN_LINKS, NUMBER_WORDS, PERSON_TITLES, TITLE_CAPITALS } from './lexicon';
import { nounWithAdjectives } from './phrases';
import type { Range } from './phrases';
import type { Word } from './words';

/** A name in a sentence: word indices. */
export type Name = Range;

const BOUNDARY_MARKS = new Set([',', ';', ':', '(', ')', '«', '»', '"', '—', '–']);
/** Marks after which a capitalized word may only be capitalized for its position (`« Accompagner`, `– Bâtir`). */
const OPENERS = new Set(['«', '"', '“', '–', '—', '-', ':', '•']);
const SUBJECT_OPENERS = new Set(['que', "qu'", 'et', 'mais', 'dont', 'où', 'lorsque', "lorsqu'"]);

/**
 * The names of a sentence's words. `isConcept` tells the acronyms that stand for a common noun
 * phrase in this document (`investissement direct étranger (IDE)`), not for a holder.
 */
export function namesOf(ws: readonly Word[], isConcept: (acronym: string) => boolean): Name[] {
	const out: Name[] = [];
	let i = 0;
	while (i < ws.length) {
		const w = ws[i];
		if (w.mention?.kind === 'organization') {
			let j = i;
			while (j + 1 < ws.length && ws[j + 1].mention === w.mention) j++;
			if (!(i === j && isConcept(w.text))) out.push({ first: i, last: j });
			i = j + 1;
			continue;
		}
		if (!isNameWord(w)) {
			i++;
			continue;
		}
		let j = i;
		while (j + 1 < ws.length && isNameWord(ws[j + 1]) && !ws[j + 1].mention) j++;
		const name = trimTitles(ws, { first: i, last: j });
		if (name && keepName(ws, name, isConcept)) out.push(name);
		i = j + 1;
	}
	return out;
}

function isNameWord(w: Word): boolean {
	return w.word && w.cap && !w.mention && !/^\d/.test(w.text);
}

function trimTitles(ws: readonly Word[], r: Name): Name | null {
	let { first } = r;
	while (first <= r.last && TITLE_CAPITALS.has(ws[first].low)) first++;
	return first <= r.last ? { first, last: r.last } : null;
}

function keepName(ws: readonly Word[], r: Name, isConcept: (acronym: string) => boolean): boolean {
	if (r.first === r.last && isConcept(ws[r.first].text)) return false;
	if (isPerson(ws, r)) return false;
	// `35 000 Vietnamiens`: the counted noun of a figure, not a holder.
	if (ws[r.first - 1]?.mention?.kind === 'amount') return false;
	// A capitalized sentence opener (`Suite à`, `Actuellement,`, `Accompagner`): a name only when a verb follows.
	if (r.first === 0 || OPENERS.has(ws[r.first - 1].text)) {
		const w = ws[r.first];
		if (DETERMINERS.has(w.low) || NOUN_LINKS.has(w.low) || CLAUSE_WORDS.has(w.low)) return false;
		if (r.first === r.last && !followedByVerb(ws, r)) return false;
	}
	return true;
}

/** `le ministre Pham Minh Chinh`, `M. Ozasa Haruhiko`, `le président de JETRO, Ishiguro Norihiko, a déclaré`. */
function isPerson(ws: readonly Word[], r: Name): boolean {
	let p = r.first - 1;
	if (ws[p]?.text === '.') p--;
	if (p >= 0 && PERSON_TITLES.has(ws[p].low)) return true;
	// `le Premier ministre japonais Takaichi Sanae`: a title, an adjective, the name.
	if (p >= 1 && !ws[p].cap && isAdjective(ws[p].low) && PERSON_TITLES.has(ws[p - 1].low)) return true;
	const before = ws[r.first - 1]?.text;
	const after = ws[r.last + 1]?.text;
	return r.last > r.first && before === ',' && after === ',';
}

/** The first name inside a noun phrase that comes after a preposition (`exportations de Hai Phong`). */
export function nameInPhrase(ws: readonly Word[], names: readonly Name[], phrase: Range): Name | null {
	for (const n of names) {
		if (n.first < phrase.first || n.last > phrase.last) continue;
		let p = n.first - 1;
		while (p >= phrase.first && DETERMINERS.has(ws[p].low) && !NOUN_LINKS.has(ws[p].low)) p--;
		if (p >= phrase.first && NOUN_LINKS.has(ws[p].low)) return n;
	}
	return null;
}

/** `de`, `du`, `des`: the complement that tells whose (not `à la province`, the recipient). */
const OF_LINKS = new Set(['de', "d'", 'du', 'des']);

/** A group noun inside a noun phrase, after a preposition (`chiffre d'affaires du groupe`), with its adjectives. */
export function groupInPhrase(ws: readonly Word[], phrase: Range): Name | null {
	for (let k = phrase.first + 1; k <= phrase.last; k++) {
		if (!GROUP_HEADS.has(ws[k].low) || ws[k].mention) continue;
		let p = k - 1;
		while (p > phrase.first && DETERMINERS.has(ws[p].low) && !NOUN_LINKS.has(ws[p].low)) p--;
		if (OF_LINKS.has(ws[p].low)) return nounWithAdjectives(ws, k);
	}
	return null;
}

/**
 * A group noun that opens a clause as its subject (`Le titre compte`, `les deux parties pouvaient`),
 * the nearest before word `i`, else the first after it.
 */
export function groupSubject(ws: readonly Word[], i: number): Name | null {
	let found: Name | null = null;
	for (let k = 0; k < ws.length; k++) {
		if (!GROUP_HEADS.has(ws[k].low) || ws[k].mention) continue;
		let p = k - 1;
		while (p >= 0 && (DETERMINERS.has(ws[p].low) || NUMBER_WORDS.has(ws[p].low) || /^\d/.test(ws[p].low) || ws[p].mention?.kind === 'amount')) p--;
		if (p >= 0 && !BOUNDARY_MARKS.has(ws[p].text) && !SUBJECT_OPENERS.has(ws[p].low)) continue;
		const noun = nounWithAdjectives(ws, k);
		if (!followedByVerb(ws, skipRelative(ws, noun))) continue;
		if (k < i) found = noun;
		else return found ?? noun;
	}
	return found;
}

/** `Le pôle édition, dont fait partie X, a généré`: the name's range extended over a relative clause set off by commas. */
function skipRelative(ws: readonly Word[], n: Name): Name {
	let q = n.last + 1;
	while (q < ws.length && (ws[q].cap || ws[q].mention?.kind === 'organization')) q++;
	if (ws[q]?.text !== ',' || !/^(?:qui|dont|que|qu')$/.test(ws[q + 1]?.low ?? '')) return { first: n.first, last: q - 1 };
	for (let r = q + 2; r < ws.length && r - q < 40; r++) if (ws[r].text === ',') return { first: n.first, last: r };
	return n;
}

/** Start of the clause word `i` lies in: after the last comma, relative or conjunction before it. */
export function clauseStart(ws: readonly Word[], i: number): number {
	for (let j = i - 1; j >= 0; j--) {
		if (BOUNDARY_MARKS.has(ws[j].text) || ws[j].low === 'que' || ws[j].low === "qu'" || ws[j].low === 'qui' || ws[j].low === 'dont' || ws[j].low === 'tandis') return j + 1;
	}
	return 0;
}

/** End (exclusive) of the clause word `i` lies in. */
export function clauseEnd(ws: readonly Word[], i: number): number {
	for (let j = i + 1; j < ws.length; j++) if (BOUNDARY_MARKS.has(ws[j].text)) return j;
	return ws.length;
}

/** A name that opens its clause and is followed by a verb: the clause's subject (`le Vietnam a promulgué`). */
export function isSubject(ws: readonly Word[], n: Name): boolean {
	let p = n.first - 1;
	if (p >= 0 && DETERMINERS.has(ws[p].low)) p--;
	const opens = p < 0 || BOUNDARY_MARKS.has(ws[p].text) || SUBJECT_OPENERS.has(ws[p].low);
	if (!opens) return false;
	return followedByVerb(ws, n);
}

/** The word after the name (past `se`, `y`, `ne`) is a verb. */
function followedByVerb(ws: readonly Word[], n: Name): boolean {
	let q = n.last + 1;
	while (q < ws.length && CLITICS.has(ws[q].low)) q++;
	return q < ws.length && ws[q].word && isVerb(ws[q].low);
}
const CLITICS = new Set(['se', "s'", 'y', 'ne', "n'", 'en']);

/** The name nearest before word `i`, from word `from` on. */
export function nameBefore(names: readonly Name[], from: number, i: number): Name | null {
	let best: Name | null = null;
	for (const n of names) if (n.first >= from && n.last < i) best = n;
	return best;
}

/** The first name after word `i`, before word `to`. */
export function nameAfter(names: readonly Name[], i: number, to: number): Name | null {
	for (const n of names) if (n.first > i && n.last < to) return n;
	return null;
}

/**
 * Acronyms that a document defines for a common noun phrase: `investissement direct étranger (IDE)`
 * (lower-case words whose initials spell the acronym, right before it in parentheses).
 */
export function conceptAcronyms(text: string): Set<string> {
	const out = new Set<string>();
	for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
		const close = text.indexOf(')', open + 1);
		if (close < 0) break;
		if (close - open < 3 || close - open > 9) continue;
		const acronym = text.slice(open + 1, close);
		if (!/^\p{Lu}+$/u.test(acronym)) continue;
		const words = text
			.slice(Math.max(0, open - 100), open)
			.split(/[\s'’]+/)
			.filter(Boolean)
			.slice(-8);
		const content = words.filter((w) => !NOUN_LINKS.has(w.toLowerCase()) && !DETERMINERS.has(w.toLowerCase()) && !/^[ldj]$/i.test(w));
		const tail = content.slice(-acronym.length);
		if (tail.length === acronym.length && tail.every((w) => /^\p{Ll}/u.test(w)) && initials(tail) === acronym) out.add(acronym);
	}
	return out;
}

/** Upper-case initials without accents (`étranger` → `E`). */
function initials(words: readonly string[]): string {
	return words
		.map((w) => w[0])
		.join('')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toUpperCase();
}
