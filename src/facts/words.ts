// Sentences and words of a text, as the fact linker reads them. Sentence boundaries are the engine's
// (src/engine/text.ts), found only around the figures; words are cut here by one scan of the sentence,
// an elided article (`l'`, `d'`) being a word of its own.
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

/** `M. Morel`, `Dr. Tran`, `J. Dupont`: a dot that does not end the sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|St|Ste|Mgr|[A-Z])\.$/;
const MAX_MERGES = 8;
/** A sentence this long on one side of an offset was cut by the engine's limit: the text has no sentence ends here. */
const LONG_RUN = 560;
const BLOCK = 400;
const SNAP = 40;

/** The sentences of a text, found on demand around an offset (the last one is remembered). */
export class Sentences {
	/** The last sentences found, newest first. */
	private recent: Sentence[] = [];

	constructor(readonly text: string) {}

	/** The sentence holding `offset` (an offset inside a word). */
	around(offset: number): Sentence {
		for (const r of this.recent) if (offset >= r.start && offset < r.end) return r;
		const text = this.text;
		let { start, end } = sentenceAround(text, offset, offset);
		if (offset - start >= LONG_RUN || end - offset >= LONG_RUN) return this.remember(this.block(offset, start, end));
		for (let k = 0; k < MAX_MERGES && start > 0; k++) {
			// The sentence before ends with an abbreviation: it goes on here.
			let p = start - 1;
			while (p >= 0 && isSpace(text.charCodeAt(p)) && text.charCodeAt(p) !== 10) p--;
			if (p < 0 || p === start - 1 || !ABBREVIATION.test(text.slice(Math.max(0, p - 5), p + 1))) break;
			start = sentenceAround(text, p, p).start;
		}
		for (let k = 0; k < MAX_MERGES && ABBREVIATION.test(text.slice(Math.max(start, end - 6), end)); k++) {
			let next = end;
			while (next < text.length && isSpace(text.charCodeAt(next)) && text.charCodeAt(next) !== 10) next++;
			if (next >= text.length || next === end || text.charCodeAt(next) === 10) break;
			end = Math.max(sentenceAround(text, next, next).end, next + 1);
		}
		if (end <= offset) end = offset + 1;
		return this.remember({ start, end });
	}

	private remember(found: Sentence): Sentence {
		this.recent.unshift(found);
		if (this.recent.length > 3) this.recent.pop();
		return found;
	}

	/**
	 * A run of text without sentence ends (a list, a table, garbage): fixed blocks cut at spaces stand
	 * for sentences, so that the figures of one block share one cut into words.
	 */
	private block(offset: number, lo: number, hi: number): Sentence {
		const text = this.text;
		const base = offset - (offset % BLOCK);
		let start = Math.max(lo, base);
		while (start > lo && start > base - SNAP && !isSpace(text.charCodeAt(start - 1))) start--;
		let end = Math.min(hi, base + BLOCK);
		while (end < hi && end < base + BLOCK + SNAP && !isSpace(text.charCodeAt(end))) end++;
		if (offset < start) start = lo;
		if (end <= offset) end = Math.min(hi, offset + 1);
		return { start, end };
	}

	/** The sentence before `s`, if any. */
	before(s: Sentence): Sentence | undefined {
		let p = s.start - 1;
		while (p >= 0 && isSpace(this.text.charCodeAt(p))) p--;
		return p >= 0 ? this.around(p) : undefined;
	}
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a);
}

// Character classes, one table lookup per UTF-16 unit after the first time.
const UNKNOWN = 0;
const SPACE = 1;
const LETTER = 2;
const UPPER = 3;
const DIGIT = 4;
const OTHER = 5;
const classes = new Uint8Array(65536);
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LETTER = /^[\p{L}\p{M}]$/u;
const RE_DIGIT = /^\p{N}$/u;

function classOf(c: number): number {
	let k = classes[c];
	if (k !== UNKNOWN) return k;
	if (c >= 0xd800 && c <= 0xdfff) k = OTHER;
	else if (isSpace(c)) k = SPACE;
	else {
		const ch = String.fromCharCode(c);
		k = RE_UPPER.test(ch) ? UPPER : RE_LETTER.test(ch) ? LETTER : RE_DIGIT.test(ch) ? DIGIT : OTHER;
	}
	classes[c] = k;
	return k;
}

const isWordClass = (k: number) => k === LETTER || k === UPPER || k === DIGIT;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isHyphen = (c: number) => c === 45 || c === 0x2011;
/** Words elided before a vowel (`l'`, `qu'`, `jusqu'`). */
const ELIDED = new Set(['l', 'd', 's', 'n', 'c', 'j', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

/** End of the word that starts at `i` (letters, digits, inner hyphens and apostrophes), or of its elided article. */
function wordEnd(text: string, i: number, end: number): number {
	let j = i + 1;
	for (;;) {
		while (j < end && isWordClass(classOf(text.charCodeAt(j)))) j++;
		const c = text.charCodeAt(j);
		if (j + 1 < end && (isHyphen(c) || isApostrophe(c)) && isWordClass(classOf(text.charCodeAt(j + 1)))) {
			// `l'investissement`: the article is a word of its own.
			if (isApostrophe(c) && j - i <= 6 && ELIDED.has(text.slice(i, j).toLowerCase())) return j + 1;
			j++;
			continue;
		}
		return j;
	}
}

/**
 * The words of text[start, end). `mentions` must be sorted by start; a word that overlaps one
 * carries it (the first found).
 */
export function wordsOf(text: string, start: number, end: number, mentions: readonly Mention[]): Word[] {
	const out: Word[] = [];
	let k = firstEndingAfter(mentions, start);
	let i = start;
	while (i < end) {
		const c = text.charCodeAt(i);
		const cls = classOf(c);
		if (cls === SPACE) {
			i++;
			continue;
		}
		const word = isWordClass(cls);
		let e = word ? wordEnd(text, i, end) : i + 1;
		if (!word && c >= 0xd800 && c <= 0xdbff && e < end) e++;
		const s = text.slice(i, e);
		let low = word ? s.toLowerCase() : s;
		if (low === '’' || (word && low.includes('’'))) low = low.replace(/’/g, "'");
		const w: Word = { text: s, low, start: i, end: e, cap: cls === UPPER, word, mention: undefined };
		while (k < mentions.length && mentions[k].end <= i) k++;
		for (let j = k; j < mentions.length && mentions[j].start < e; j++) {
			if (mentions[j].end > i) {
				w.mention = mentions[j];
				break;
			}
		}
		out.push(w);
		i = e;
	}
	return out;
}

/** First index whose mention ends after `offset` (mentions sorted by start; none longer than MAX_MENTION). */
const MAX_MENTION = 2000;
function firstEndingAfter(mentions: readonly Mention[], offset: number): number {
	let lo = 0;
	let hi = mentions.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (mentions[mid].start < offset - MAX_MENTION) lo = mid + 1;
		else hi = mid;
	}
	while (lo < mentions.length && mentions[lo].end <= offset) lo++;
	return lo;
}
