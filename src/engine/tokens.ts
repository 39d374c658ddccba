// The tokens of one line, shared by the recognizers: a line is cut once into
// letter runs, digit runs and single other characters, kept in reused typed
// arrays. `findAmounts`, `findDates` and `findOrganizations` run on the same
// line one after the other (see extract.ts): `useTokens` cuts it only the first
// time, so the characters of a line are walked by JavaScript once, not three times.

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

let cap = 0;
/** Token kinds, start and (exclusive) end offsets, for tokens 0 .. n-1 of `src`. */
export let kind = new Uint8Array(0);
export let tStart = new Int32Array(0);
export let tEnd = new Int32Array(0);
/** Signatures of WORD tokens (see sigOf). */
export let tSig = new Uint16Array(0);
/** The line the tokens are of. */
export let src = '';
/** Number of tokens. */
export let n = 0;
/**
 * The line holds a character on which the recognizers' own character classes
 * differ from the tokens' (a combining mark outside U+0300–U+036F, a digit
 * other than 0–9): recognizers that read the tokens fall back to their own scan.
 */
export let divergent = false;
/**
 * Indices of the tokens a recognizer may start at: every NUM token and the WORD
 * tokens whose signature a recognizer marked (markSignatures), in order, so
 * that a recognizer need not visit every token of the line.
 */
export let marked = new Int32Array(0);
export let nMarked = 0;
/** The same for names (organizations/candidates.ts): NUM tokens, marked WORD tokens and every capitalized WORD token. */
export let nameMarked = new Int32Array(0);
export let nNameMarked = 0;
/** Per signature: 1 to list in `marked`, 2 in `nameMarked`. */
const MARKS = new Uint8Array(1 << 16);
/** Per code unit: 1 for a capital ([\p{Lu}\p{Lt}]), 2 for any other, 0 not yet known. */
const CAPITAL = new Uint8Array(65536);
const RE_CAPITAL = /[\p{Lu}\p{Lt}]/u;
function isCapital(c: number): boolean {
	let v = CAPITAL[c];
	if (v === 0) {
		v = c < 0xd800 || c > 0xdfff ? (RE_CAPITAL.test(String.fromCharCode(c)) ? 1 : 2) : 2;
		CAPITAL[c] = v;
	}
	return v === 1;
}
let lows: string[] = [];
/** `lows[i]` holds token i's lower-case text when `lowGen[i] === gen`. */
let lowGen = new Int32Array(0);
let gen = 0;
let valid = false;
/** Entries of `lows` written since the last release. */
let lowsUsed = 0;

// Character classes, one table lookup per character.
const C_UNKNOWN = 0;
const C_SPACE = 1;
const C_DIGIT = 2;
const C_LETTER = 3;
const C_OTHER = 4;
const C_HIGH = 5;
const charClass = new Uint8Array(65536);
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;

function classify(c: number): number {
	let v: number;
	if (c >= 48 && c <= 57) v = C_DIGIT;
	else if (c >= 0xd800 && c <= 0xdbff) v = C_HIGH;
	else if (c >= 0xdc00 && c <= 0xdfff) v = C_OTHER;
	else {
		const ch = String.fromCharCode(c);
		v = SPACE.test(ch) || c === 0x200b || c === 0xfeff ? C_SPACE : LETTER.test(ch) ? C_LETTER : C_OTHER;
		if ((v === C_LETTER && (c < 0x300 || c > 0x36f) && MARK.test(ch)) || (v === C_OTHER && DIGIT.test(ch))) {
			// Not tabulated: every occurrence comes back here and raises the flag.
			divergent = true;
			return v;
		}
	}
	charClass[c] = v;
	return v;
}
for (let c = 0; c < 0x250; c++) classify(c);

/**
 * A cheap signature of a word (its first, second and last code units and its
 * length) so that most words are rejected without slicing the line. Tables hold
 * the signatures of the lower-case, capitalized and upper-case forms.
 */
export function sigOf(first: number, second: number, last: number, len: number): number {
	return ((((first * 31 + second) * 31 + last) << 4) | (len > 15 ? 15 : len)) & 0xffff;
}

/** Lists in `marked` (or `nameMarked`, for names) the WORD tokens whose signature is in `table` (a sigTable). */
export function markSignatures(table: Uint8Array, forNames = false): void {
	const bit = forNames ? 2 : 1;
	for (let i = 0; i < table.length; i++) if (table[i] !== 0) MARKS[i] |= bit;
	valid = false;
}

export function sigTable(words: Iterable<string>): Uint8Array {
	const t = new Uint8Array(1 << 16);
	for (const w of words) {
		if (w.length === 0) continue;
		for (const f of [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]) {
			t[sigOf(f.charCodeAt(0), f.length > 1 ? f.charCodeAt(1) : 0, f.charCodeAt(f.length - 1), f.length)] = 1;
		}
	}
	return t;
}

function ensure(size: number): void {
	if (size <= cap) return;
	allocate(Math.max(size, cap * 2, 64));
}

/**
 * Buffers are sized for the tokens a line is likely to have (a word and its space take about five
 * characters), not one per character: a 10 MB line then needs some 60 MB of them, not 300.
 */
function guessTokens(len: number): number {
	return Math.min(len + 1, (len >> 2) + 64);
}

/** More room for a line with more tokens than guessed: the `used` first entries are kept. */
function grow(used: number, size: number): void {
	const old = [kind, tStart, tEnd, tSig, marked, nameMarked, lowGen] as const;
	lows.fill('', 0, Math.min(lowsUsed, lows.length));
	lowsUsed = 0;
	allocate(Math.max(size, used + 2));
	const now = [kind, tStart, tEnd, tSig, marked, nameMarked, lowGen] as const;
	for (let b = 0; b < old.length; b++) (now[b] as Int32Array).set((old[b] as Int32Array).subarray(0, used));
}

/** Makes the tokens those of `line` (cut only when the last line cut was another). */
export function useTokens(line: string): void {
	if (!valid || line !== src) tokenize(line);
}

/**
 * Buffers of up to this many entries are kept between extractions (about 2 MB); larger ones, grown
 * for a long line, are let go when the extraction ends, so that one 10 MB line does not hold
 * hundreds of megabytes until the process ends (issue 14, defect 8).
 */
export const KEEP_CAPACITY = 1 << 16;

/** Forgets the last line (and the strings taken from it), so that a document is not kept alive after its extraction. */
export function releaseTokens(): void {
	lows.fill('', 0, Math.min(lowsUsed, lows.length));
	lowsUsed = 0;
	src = '';
	n = 0;
	valid = false;
	if (cap > KEEP_CAPACITY) allocate(0);
}

/** Entries the token buffers can hold now (0 until a line is cut): for tests of `releaseTokens`. */
export function tokenCapacity(): number {
	return cap;
}

function allocate(size: number): void {
	cap = size;
	kind = new Uint8Array(cap);
	tStart = new Int32Array(cap);
	tEnd = new Int32Array(cap);
	tSig = new Uint16Array(cap);
	marked = new Int32Array(cap);
	nameMarked = new Int32Array(cap);
	lowGen = new Int32Array(cap);
	lows = new Array<string>(cap).fill('');
}

function tokenize(line: string): void {
	src = line;
	n = 0;
	valid = false;
	divergent = false;
	gen = (gen + 1) | 0;
	if (gen === 0) {
		lowGen.fill(-1);
		gen = 1;
	}
	const len = line.length;
	ensure(guessTokens(len));
	const cls = charClass;
	// Locals: the module's buffers are reassigned when they grow.
	let tk = kind;
	let ts = tStart;
	let te = tEnd;
	let tg = tSig;
	let mk = marked;
	let nm = nameMarked;
	// One entry stays free past the last token.
	let room = cap - 1;
	const marks = MARKS;
	let i = 0;
	let t = 0;
	let m = 0;
	let o = 0;
	while (i < len) {
		const c = line.charCodeAt(i);
		let k = cls[c];
		if (k === C_UNKNOWN) k = classify(c);
		if (k === C_SPACE) {
			i++;
			continue;
		}
		if (t >= room) {
			grow(t, Math.min(len + 1, cap * 2));
			[tk, ts, te, tg, mk, nm] = [kind, tStart, tEnd, tSig, marked, nameMarked];
			room = cap - 1;
		}
		const s = i;
		i++;
		if (k === C_DIGIT) {
			while (i < len && cls[line.charCodeAt(i)] === C_DIGIT) i++;
			tk[t] = NUM;
			mk[m++] = t;
			nm[o++] = t;
		} else if (k === C_LETTER) {
			// The second and last letters are kept on the way, for the signature.
			let second = 0;
			let last = c;
			if (i < len) {
				const d = line.charCodeAt(i);
				const dc = cls[d];
				if (dc === C_LETTER || (dc === C_UNKNOWN && classify(d) === C_LETTER)) {
					second = d;
					last = d;
					for (i++; i < len; i++) {
						const e = line.charCodeAt(i);
						const ec = cls[e];
						if (ec !== C_LETTER && (ec !== C_UNKNOWN || classify(e) !== C_LETTER)) break;
						last = e;
					}
				}
			}
			tk[t] = WORD;
			const sig = sigOf(c, second, last, i - s);
			tg[t] = sig;
			const f = marks[sig];
			if ((f & 1) !== 0) mk[m++] = t;
			if ((f & 2) !== 0 || isCapital(c)) nm[o++] = t;
		} else {
			if (k === C_HIGH && i < len) {
				const d = line.charCodeAt(i);
				if (d >= 0xdc00 && d <= 0xdfff) i++;
			}
			tk[t] = PUNCT;
		}
		ts[t] = s;
		te[t] = i;
		t++;
	}
	n = t;
	nMarked = m;
	nNameMarked = o;
	valid = true;
}

/**
 * `s.toLowerCase()`, without the call when `s` holds no capital of Latin-1 nor any
 * character beyond it (most words): the string itself then comes back, its own lower case.
 */
export function toLower(s: string): string {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x41) continue;
		if (c <= 0x5a) return s.toLowerCase();
		if (c < 0xc0) continue;
		if ((c <= 0xde && c !== 0xd7) || c >= 0x100) return s.toLowerCase();
	}
	return s;
}

/** Lower-cased text of token i ('' past the end). */
export function low(i: number): string {
	if (i < 0 || i >= n) return '';
	if (lowGen[i] === gen) return lows[i];
	let s = src.slice(tStart[i], tEnd[i]);
	if (kind[i] === WORD) s = toLower(s);
	lows[i] = s;
	lowGen[i] = gen;
	if (i >= lowsUsed) lowsUsed = i + 1;
	return s;
}
