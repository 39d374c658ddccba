// Sentences and words of a text, as the fact linker reads them. Sentence boundaries are the engine's
// (src/engine/text.ts); words are cut here, an elided article (`l'`, `d'`) being a word of its own.
import { sentenceAround } from '../engine/text';
import type { Mention } from '../engine/types';

export interface Word {
	text: string;
	/** Lower case, `’` written `'`. */
	low: string;
	start: number;
	end: number;
	/** Starts with a capital letter. */
	cap: boolean;
	/** Letters or digits (not punctuation). */
	word: boolean;
	/** The mention this word lies in, if any. */
	mention?: Mention;
}

export interface Sentence {
	start: number;
	end: number;
}

/** The sentences of a text, found once, looked up by offset. */
export class SentenceIndex {
	private readonly starts: number[] = [];
	private readonly ends: number[] = [];

	constructor(readonly text: string) {
		let pos = 0;
		const len = text.length;
		while (pos < len) {
			while (pos < len && isSpace(text.charCodeAt(pos))) pos++;
			if (pos >= len) break;
			const start = pos;
			let end = Math.max(sentenceAround(text, pos, pos).end, pos + 1);
			// `M. Morel`, `Dr. Tran`: an abbreviation's dot does not end the sentence.
			while (end < len && ABBREVIATION.test(text.slice(Math.max(start, end - 6), end)) && text.charCodeAt(end) !== 10) {
				let next = end;
				while (next < len && isSpace(text.charCodeAt(next)) && text.charCodeAt(next) !== 10) next++;
				if (next >= len || text.charCodeAt(next) === 10) break;
				end = Math.max(sentenceAround(text, next, next).end, next + 1);
			}
			this.starts.push(start);
			this.ends.push(end);
			pos = end;
		}
	}

	get count(): number {
		return this.starts.length;
	}

	/** Index of the sentence holding `offset` (the last one starting at or before it). */
	indexAt(offset: number): number {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	at(i: number): Sentence | undefined {
		return i >= 0 && i < this.starts.length ? { start: this.starts[i], end: this.ends[i] } : undefined;
	}
}

const ABBREVIATION = /(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|St|Ste|Mgr|[A-Z])\.$/;

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

// An elision (`l'`, `qu'`, `jusqu'`), a word (letters, digits, inner hyphens or apostrophes), or one other character.
const WORD_RE = /(?:[lLdDsSnNcCjJmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{L})|[\p{L}\p{M}\p{N}]+(?:[-‑][\p{L}\p{M}\p{N}]+)*(?:['’][\p{L}\p{M}]+)*|\S/gu;
const CAPITAL = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * The words of text[start, end). `mentions` must be sorted by start; a word that overlaps one
 * carries it (the first found).
 */
export function wordsOf(text: string, start: number, end: number, mentions: readonly Mention[]): Word[] {
	const out: Word[] = [];
	const slice = text.slice(start, end);
	let k = firstEndingAfter(mentions, start);
	for (const m of slice.matchAll(WORD_RE)) {
		const s = start + (m.index ?? 0);
		const e = s + m[0].length;
		while (k < mentions.length && mentions[k].end <= s) k++;
		const low = m[0].toLowerCase().replace(/’/g, "'");
		const w: Word = { text: m[0], low, start: s, end: e, cap: CAPITAL.test(m[0]), word: LETTER_OR_DIGIT.test(m[0]) };
		for (let j = k; j < mentions.length && mentions[j].start < e; j++) {
			if (mentions[j].end > s) {
				w.mention = mentions[j];
				break;
			}
		}
		out.push(w);
	}
	return out;
}

/** First index whose mention ends after `offset` (mentions sorted by start, none nested deeply). */
function firstEndingAfter(mentions: readonly Mention[], offset: number): number {
	let lo = 0;
	let hi = mentions.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (mentions[mid].start < offset - 400) lo = mid + 1;
		else hi = mid;
	}
	while (lo < mentions.length && mentions[lo].end <= offset) lo++;
	return lo;
}
