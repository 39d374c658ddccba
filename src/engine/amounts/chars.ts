// Characters and words around a position in a line: the amount scanner's look-arounds.
import { isDigitCode, isGroupSeparator, isLetterCode } from '../numbers';
import { toLower } from '../tokens';

export const SP = '[\\s\\u00a0\\u202f\\u2009]';
export const APOS = "['’]";
export const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
export const CURRENCY_SIGN_CHARS = new Set([...'$€£¥₫₩₹₽฿₱₺₪₦元'].map((c) => c.charCodeAt(0)));
/** The rest of a phone number or code made of digit groups. */
const DIGIT_RUN_RE = /(?:[\s\u00a0\u202f.\-/]?\d{1,4})*/y;


/** Letters of Latin scripts, by code (the common case); others go through `\p{L}`. */
export const LATIN_LETTER = (() => {
	const t = new Uint8Array(0x250);
	for (let c = 0; c < t.length; c++) t[c] = isLetterCode(c) ? 1 : 0;
	return t;
})();

/** Letters and combining marks: the characters of a word. */
export function isWordCode(c: number): boolean {
	if (c < 0x250) return LATIN_LETTER[c] === 1;
	return (c >= 0x300 && c <= 0x36f) || isLetterCode(c);
}

export function isSpace(c: number): boolean {
	return isGroupSeparator(c) || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x2028 || c === 0x3000;
}

export function charAt(line: string, i: number): number {
	return i >= 0 && i < line.length ? line.charCodeAt(i) : NaN;
}

export const BOUNDARY_CHARS = new Set([...'([{«"“‘\'’:;,!?<>~≈≤≥+'].map((c) => c.charCodeAt(0)));
/** Characters after which a figure may start (a word boundary that is not part of a code or URL). */
export function isFigureBoundary(c: number): boolean {
	return Number.isNaN(c) || isSpace(c) || BOUNDARY_CHARS.has(c) || CURRENCY_SIGN_CHARS.has(c);
}

export const TOKEN_GLUE = new Set([...'.,/-_°:\'’'].map((c) => c.charCodeAt(0)));
/** End of the code-like token at `pos` (letters, digits and the marks that glue codes together). */
export function skipToken(line: string, pos: number): number {
	let i = pos;
	while (i < line.length) {
		const c = line.charCodeAt(i);
		if (isDigitCode(c) || isWordCode(c) || TOKEN_GLUE.has(c)) i++;
		else break;
	}
	return Math.max(i, pos + 1);
}

export function skipDigitRun(line: string, pos: number): number {
	DIGIT_RUN_RE.lastIndex = pos;
	DIGIT_RUN_RE.exec(line);
	return Math.max(DIGIT_RUN_RE.lastIndex, pos + 1);
}

export function sticky(re: RegExp, line: string, pos: number): RegExpExecArray | null {
	re.lastIndex = pos;
	return re.exec(line);
}

/** What comes after a position: the first character after spaces, and the word there if any. */
export interface Peek {
	/** Position of the first character after the spaces. */
	at: number;
	code: number;
	/** The word as written and in lower case ('' when `code` is no letter). */
	raw: string;
	word: string;
	wordEnd: number;
}

export const MAX_PEEK_WORD = 24;
export function peek(line: string, pos: number): Peek {
	let i = pos;
	while (i < line.length && isSpace(line.charCodeAt(i))) i++;
	let j = i;
	while (j < line.length && j - i < MAX_PEEK_WORD && isWordCode(line.charCodeAt(j))) j++;
	const raw = line.slice(i, j);
	return { at: i, code: charAt(line, i), raw, word: toLower(raw), wordEnd: j };
}

/** The word before a position (spaces skipped), lower case; an elided `d'` keeps its apostrophe. */
export interface Before {
	word: string;
	start: number;
	/** The first character of the word is a capital. */
	capital: boolean;
	/** The character just before the figure (after skipping spaces), and where it is. */
	code: number;
	codeAt: number;
}

export function wordBefore(line: string, pos: number): Before {
	let i = pos - 1;
	while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
	const spaces = pos - 1 - i;
	const code = charAt(line, i);
	let end = i + 1;
	if (code === 0x27 || code === 0x2019) i--;
	while (i >= 0 && end - i <= MAX_PEEK_WORD && isWordCode(line.charCodeAt(i))) i--;
	const start = i + 1;
	if (start === end - 1 && (code === 0x27 || code === 0x2019)) end = start;
	let word = toLower(line.slice(start, end));
	if (code === 0x2019) word = word.slice(0, -1) + "'";
	const first = line[start] ?? '';
	return { word, start, capital: start < end && first !== toLower(first), code, codeAt: pos - 1 - spaces };
}

/** `word === word.toUpperCase()`, without building the upper case when a Latin-1 letter already says no. */
export function isUpperCase(word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c >= 0x100) return word === word.toUpperCase();
		// Latin-1 characters that upper-casing changes: a-z, µ, ß-ÿ but ÷.
		if ((c >= 0x61 && c <= 0x7a) || c === 0xb5 || (c >= 0xdf && c !== 0xf7)) return false;
	}
	return true;
}

/** End of the word at `i`, hyphenated parts included (`main-d`, `sud-coréens`). */
export function hyphenatedEnd(line: string, i: number): number {
	let j = i;
	for (let parts = 0; parts < 4; parts++) {
		while (j < line.length && isWordCode(line.charCodeAt(j))) j++;
		if (line.charCodeAt(j) === 0x2d && isWordCode(charAt(line, j + 1))) j++;
		else break;
	}
	return j;
}
