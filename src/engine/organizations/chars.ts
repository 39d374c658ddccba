// Characters, tokens and word tests of the organization recognizer.
import { EXTRA_ADJECTIVES, NOT_ADJECTIVES, NOT_INFINITIVES, STOP_WORDS } from './lexicon';
import { toLower } from '../tokens';

/** Longest name, in tokens; bounds the work per candidate. */
export const MAX_TOKENS = 40;

// ---------------------------------------------------------------------------
// Character classes (lazily tabulated: the engine must start fast in a worker).

export const OTHER = 1;
export const DIGIT = 2;
export const LOWER = 3;
export const UPPER = 4;
export const LETTER = 5; // letters without case, combining marks
export const charTable = new Uint8Array(65536);
export const RE_UPPER = /[\p{Lu}\p{Lt}]/u;
export const RE_LOWER = /\p{Ll}/u;
export const RE_LETTER = /[\p{L}\p{M}]/u;
export const RE_DIGIT = /\p{Nd}/u;

for (let code = 0; code < 128; code++) {
	charTable[code] = code >= 0x41 && code <= 0x5a ? UPPER : code >= 0x61 && code <= 0x7a ? LOWER : code >= 0x30 && code <= 0x39 ? DIGIT : OTHER;
}

export function charClass(code: number): number {
	let c = charTable[code];
	if (c === 0) {
		if (code >= 0xd800 && code <= 0xdfff) c = OTHER;
		else {
			const ch = String.fromCharCode(code);
			c = RE_UPPER.test(ch) ? UPPER : RE_LOWER.test(ch) ? LOWER : RE_LETTER.test(ch) ? LETTER : RE_DIGIT.test(ch) ? DIGIT : OTHER;
		}
		charTable[code] = c;
	}
	return c;
}
export const isWordChar = (code: number): boolean => charClass(code) !== OTHER;
export const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;
/** Characters that join two word parts into one token: hyphen, en dash, apostrophe, ampersand. */
export const isJoiner = (code: number): boolean => code === 0x2d || code === 0x2013 || code === 0x27 || code === 0x2019 || code === 0x26;
export const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x0d;

// ---------------------------------------------------------------------------
// Tokens, read lazily from a position.

export const enum Kind {
	Word,
	Number,
	Elision,
	Punct,
}

export class Tok {
	// `declare`: no field initializer to run per token (the constructor sets it).
	declare private low: string | undefined;

	constructor(
		readonly s: number,
		readonly e: number,
		readonly kind: Kind,
		readonly text: string,
		/** First character is an upper-case letter. */
		readonly cap: boolean,
		lower?: string,
	) {
		this.low = lower;
	}

	/** Lower case; for an elision, the letters without the apostrophe (`l`, `d`, `qu`). Computed on demand. */
	get lower(): string {
		if (this.low === undefined) this.low = toLower(this.text);
		return this.low;
	}
}

export const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);

export function readToken(line: string, pos: number): Tok | undefined {
	const n = line.length;
	while (pos < n && isSpace(line.charCodeAt(pos))) pos++;
	if (pos >= n) return undefined;
	const first = charClass(line.charCodeAt(pos));
	if (first === OTHER) {
		const text = line[pos];
		return new Tok(pos, pos + 1, Kind.Punct, text, false, text);
	}
	let e = pos;
	while (e < n && charClass(line.charCodeAt(e)) !== OTHER) e++;
	// `l'Organisation`, `d'USD`, `qu'il`: the elided article is a token of its own.
	if (first !== DIGIT && e < n && isApostrophe(line.charCodeAt(e)) && e + 1 < n && isWordChar(line.charCodeAt(e + 1))) {
		const head = toLower(line.slice(pos, e));
		if (ELISIONS.has(head)) return new Tok(pos, e + 1, Kind.Elision, line.slice(pos, e + 1), false, head);
	}
	while (e + 1 < n && isJoiner(line.charCodeAt(e)) && isWordChar(line.charCodeAt(e + 1))) {
		e++;
		while (e < n && charClass(line.charCodeAt(e)) !== OTHER) e++;
	}
	return new Tok(pos, e, first === DIGIT ? Kind.Number : Kind.Word, line.slice(pos, e), first === UPPER);
}

/** The tokens of a line as the recognizer sees them (elided articles split off: `l'` + `Organisation`). */
export function tokenize(line: string): { text: string; start: number; end: number }[] {
	const out: { text: string; start: number; end: number }[] = [];
	for (let t = readToken(line, 0); t; t = readToken(line, t.e)) out.push({ text: t.text, start: t.s, end: t.e });
	return out;
}

/** Tokens from a start position, read on demand and at most MAX_TOKENS + a few. */
export class TokenStream {
	private readonly toks: Tok[] = [];
	private pos: number;
	private done = false;

	constructor(
		private readonly line: string,
		start: number,
	) {
		this.pos = start;
	}

	at(i: number): Tok | undefined {
		while (this.toks.length <= i && !this.done) {
			if (this.toks.length > MAX_TOKENS + 8) {
				this.done = true;
				break;
			}
			const t = readToken(this.line, this.pos);
			if (!t) this.done = true;
			else {
				this.toks.push(t);
				this.pos = t.e;
			}
		}
		return this.toks[i];
	}
}

// ---------------------------------------------------------------------------
// Word tests.

/** `JETRO`, `G20`, `G-NETS`, `AT&T`: at least two capitals (or G + digits). No regular expression and no cache: words of a text of capitals are all distinct. */
export function isAcronym(word: string): boolean {
	const len = word.length;
	if (len < 2 || len > 12) return false;
	if (word.charCodeAt(0) === 0x47 && len <= 3 && isDigits(word, 1)) return true; // G7, G20
	let caps = 0;
	let segmentStart = true;
	for (let i = 0; i < len; i++) {
		const code = word.charCodeAt(i);
		const c = charClass(code);
		if (c === UPPER) caps++;
		else if (code === 0x2d || code === 0x26) {
			if (segmentStart || i === len - 1) return false;
			segmentStart = true;
			continue;
		} else if (c !== DIGIT || segmentStart || code > 0x7f) return false;
		segmentStart = false;
	}
	return caps >= 2;
}

function isDigits(word: string, from: number): boolean {
	for (let i = from; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c < 0x30 || c > 0x39) return false;
	}
	return word.length > from;
}

export const ADJ_SUFFIX = /(?:al|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ais|aise|aises|ois|oise|oises|ique|iques|aire|aires|if|ive|ifs|ives|iste|istes|ain|aine|ains|aines|ier|ière|iers|ières|eux|euse|euses|ial|iale)$/;

/** A lower-case word that can be an adjective inside a name (`populaire`, `japonaise`, `sud-coréen`). */
export function isAdjective(lower: string): boolean {
	let a = adjectiveCache.get(lower);
	if (a === undefined) {
		a = lower.length >= 3 && !STOP_WORDS.has(lower) && !NOT_ADJECTIVES.has(lower) && (EXTRA_ADJECTIVES.has(lower) || ADJ_SUFFIX.test(lower));
		if (adjectiveCache.size >= WORD_CACHE_SIZE) adjectiveCache.clear();
		adjectiveCache.set(lower, a);
	}
	return a;
}
/** Words come back all the time: each is tested once. */
export const WORD_CACHE_SIZE = 4096;
export const adjectiveCache = new Map<string, boolean>();

export const INF_RE_WORDS = new Set(['faire', 'plaire', 'taire', 'extraire', 'distraire', 'soustraire', 'refaire', 'défaire', 'satisfaire', 'croire', 'boire', 'conclure', 'exclure', 'inclure']);

/** A verb in the infinitive (`de continuer`, `de promouvoir`, `de construire`): ends a name after a bare `de`. */
export function isInfinitive(lower: string): boolean {
	if (lower.length < 4 || NOT_INFINITIVES.has(lower)) return false;
	if (lower.endsWith('er') || lower.endsWith('ir')) return true;
	if (INF_RE_WORDS.has(lower)) return true;
	if (lower.endsWith('aire') || lower.endsWith('oire') || lower.endsWith('ure')) return false;
	return /(?:dre|tre|vre|cre|ire|ître)$/.test(lower);
}

export const isCapWord = (t: Tok | undefined): t is Tok => !!t && t.kind === Kind.Word && t.cap;
export const isLowerWord = (t: Tok | undefined): t is Tok => !!t && t.kind === Kind.Word && !t.cap;
export const isAcronymTok = (t: Tok | undefined): t is Tok => !!t && t.kind === Kind.Word && isAcronym(t.text);
export const isYearLike = (t: Tok): boolean => /^(?:19|20|21)\d\d$/.test(t.text);
export const isArticle = (t: Tok | undefined): boolean => !!t && ((t.kind === Kind.Word && (t.lower === 'la' || t.lower === 'le' || t.lower === 'les')) || (t.kind === Kind.Elision && t.lower === 'l'));
