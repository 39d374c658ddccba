// Noun phrases around a figure, read on the words of its sentence (words.ts).
import { isAdjective } from '../engine/organizations/chars';
import { AUXILIARIES, CLAUSE_WORDS, DETERMINERS, isAdverbWord, isVerb, NOUN_LINKS } from './lexicon';

const INDEFINITE = new Set(['un', 'une']);
const CLITICS = new Set(['se', "s'", 'y', 'en', 'ne', "n'", 'être', 'avoir']);

/** A finite auxiliary or modal (`a`, `est`, `devrait`), not a clitic. */
export function isAuxiliary(w: Word | undefined): boolean {
	return !!w && AUXILIARIES.has(w.low) && !CLITICS.has(w.low);
}
import type { Word } from './words';

/** Most words a noun phrase may span (head, adjectives and complements). */
const MAX_PHRASE = 16;

/** A word that can be part of a noun phrase: a noun, adjective or name, not a function word, verb, figure or date. */
export function isContent(w: Word | undefined): boolean {
	if (!w || !w.word) return false;
	if (w.mention && w.mention.kind !== 'organization') return false;
	if (w.mention?.kind === 'organization') return true;
	return !DETERMINERS.has(w.low) && !NOUN_LINKS.has(w.low) && !CLAUSE_WORDS.has(w.low) && !isVerb(w.low) && !isAdverbWord(w.low) && !/^\d/.test(w.low);
}

/** Inclusive word indices of a phrase. */
export interface Range {
	first: number;
	last: number;
}

/**
 * The noun phrase that starts at word `i` (after any determiners): its head, adjectives and
 * complements (`de`, `vers`, `au`...), up to a verb, a relative, a punctuation mark, a figure or a date.
 */
export function phraseAfter(ws: readonly Word[], i: number): Range | null {
	let j = i;
	while (j < ws.length && DETERMINERS.has(ws[j].low) && !isContent(ws[j])) j++;
	if (!isContent(ws[j])) return null;
	const first = j;
	let last = j;
	j++;
	while (j < ws.length && j - first < MAX_PHRASE) {
		if (isContent(ws[j])) {
			last = j++;
			continue;
		}
		if (NOUN_LINKS.has(ws[j].low)) {
			let k = j + 1;
			while (k < ws.length && DETERMINERS.has(ws[k].low) && !isContent(ws[k])) k++;
			if (isContent(ws[k])) {
				last = k;
				j = k + 1;
				continue;
			}
		}
		break;
	}
	return { first, last };
}

/** The noun phrase that ends at word `i` (a content word), walking back over its complements. */
export function phraseBefore(ws: readonly Word[], i: number): Range | null {
	if (!isContent(ws[i])) return null;
	let first = i;
	let j = i - 1;
	while (j >= 0 && i - j < MAX_PHRASE) {
		const w = ws[j];
		// `est ressorti`, `a généré`: a participle after an auxiliary is the verb, not the phrase.
		if (isContent(w) && !isAuxiliary(ws[j - 1])) {
			first = j--;
			continue;
		}
		// `capital très modeste`: an adverb between a noun and its adjective.
		if (w.word && isAdverbWord(w.low) && isContent(ws[j - 1]) && !isAuxiliary(ws[j - 2])) {
			j--;
			continue;
		}
		// `des exportations`, `de Hai Phong`: a complement, if a noun comes before it.
		if (NOUN_LINKS.has(w.low) && isContent(ws[j - 1])) {
			j--;
			continue;
		}
		// `vers la Belgique`, `au rang de`: a determiner after a preposition.
		// Not after an indefinite article (`fait état d'une perte`, `correspond à une hausse`): that is a verb's object.
		if (DETERMINERS.has(w.low) && !INDEFINITE.has(w.low) && NOUN_LINKS.has(ws[j - 1]?.low ?? '') && isContent(ws[j - 2])) {
			j -= 2;
			continue;
		}
		break;
	}
	return { first, last: i };
}

/** Word `i` and the adjectives after it (`entreprises vietnamiennes opérationnelles`). */
export function nounWithAdjectives(ws: readonly Word[], i: number): Range {
	let last = i;
	while (last + 1 < ws.length && last - i < 3) {
		const w = ws[last + 1];
		if (!w.word || w.cap || w.mention || !isAdjective(w.low) || isVerb(w.low)) break;
		last++;
	}
	return { first: i, last };
}
