// Organizations in French text.
//
// Line pass (`findOrganizations`): a single left-to-right scan. Only words that
// can start a name are looked at (capitalized words, acronyms, a few lower-case
// heads such as `ministère`, descriptors such as `le groupe`, military units:
// the line's tokens (tokens.ts) list them, so other words are not read);
// from there a small grammar reads the name token by token:
//   HEAD ADJ* [ProperNoun+ | number] (PREP NP)*      PREP: de, du, des, d', de la, de l', pour + article,
//   NP: ProperNoun+ ADJ* | noun ADJ*                  à/au/en + place after ambassade/consulat
// with `et` coordination (`du Plan et de l'Investissement`). Every candidate
// reads at most MAX_TOKENS tokens and the scan never moves backwards past a
// candidate's start, so the pass is linear in the line's length.
// Acronyms are kept when they name a body: well-known ones, media credits
// (`Photo : VNA`), ones defined beside a long form in parentheses, and, at the
// document level, any acronym the document defines or credits elsewhere.
//
// Document pass (`linkOrganizations`): links acronyms and long forms across the
// document, drops acronyms without evidence, propagates names found through
// context (`le groupe Vingroup` → later `Vingroup`), applies user additions and
// exclusions.
import {
	CAPITAL_STOP,
	COMPANY_SUFFIXES,
	CONCEPT_ACRONYMS,
	CREDIT_WORDS,
	DESCRIPTORS,
	ENGLISH_EVENTS,
	ENGLISH_GLUE,
	ENGLISH_HEADS,
	EXTRA_ADJECTIVES,
	GENERIC_BODIES,
	HEADS,
	type HeadInfo,
	KNOWN_ACRONYMS,
	KNOWN_NAMES,
	LOWER_HEADS,
	MILITARY_AFTER_ORDINAL,
	MILITARY_UNITS,
	NOT_ADJECTIVES,
	NOT_INFINITIVES,
	NOT_NAMES,
	PRENOMINAL,
	ROMAN_NUMERAL,
	STOP_WORDS,
	VIETNAMESE_SURNAMES,
} from './organizations-data';
import { divergent, kind, markSignatures, n, nameMarked, nNameMarked, PUNCT, sigTable, src, tEnd, toLower, tSig, tStart, useTokens, WORD } from './tokens';
import type { ExtractOptions, OrganizationMention } from './types';

/** Longest name, in tokens; bounds the work per candidate. */
const MAX_TOKENS = 40;

/**
 * A line-level result. `status` is internal to the two passes and removed by
 * `linkOrganizations`: `pending` acronyms need evidence elsewhere in the
 * document; `propagate` names were found through context and are looked for at
 * their other occurrences.
 */
interface OrgCandidate extends OrganizationMention {
	status?: 'pending' | 'propagate';
}

// ---------------------------------------------------------------------------
// Character classes (lazily tabulated: the engine must start fast in a worker).

const OTHER = 1;
const DIGIT = 2;
const LOWER = 3;
const UPPER = 4;
const LETTER = 5; // letters without case, combining marks
const charTable = new Uint8Array(65536);
const RE_UPPER = /[\p{Lu}\p{Lt}]/u;
const RE_LOWER = /\p{Ll}/u;
const RE_LETTER = /[\p{L}\p{M}]/u;
const RE_DIGIT = /\p{Nd}/u;

for (let code = 0; code < 128; code++) {
	charTable[code] = code >= 0x41 && code <= 0x5a ? UPPER : code >= 0x61 && code <= 0x7a ? LOWER : code >= 0x30 && code <= 0x39 ? DIGIT : OTHER;
}

function charClass(code: number): number {
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
const isWordChar = (code: number): boolean => charClass(code) !== OTHER;
const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;
/** Characters that join two word parts into one token: hyphen, en dash, apostrophe, ampersand. */
const isJoiner = (code: number): boolean => code === 0x2d || code === 0x2013 || code === 0x27 || code === 0x2019 || code === 0x26;
const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x0d;

// ---------------------------------------------------------------------------
// Tokens, read lazily from a position.

const enum Kind {
	Word,
	Number,
	Elision,
	Punct,
}

class Tok {
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

const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);

function readToken(line: string, pos: number): Tok | undefined {
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
class TokenStream {
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

const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d]*(?:[-&]\p{Lu}[\p{Lu}\d]*)*|G\d{1,2})$/u;

/** `JETRO`, `G20`, `G-NETS`, `AT&T`: at least two capitals (or G + digits). */
export function isAcronym(word: string): boolean {
	if (word.length < 2 || word.length > 12) return false;
	let a = acronymCache.get(word);
	if (a === undefined) {
		a = ACRONYM.test(word) && (countCapitals(word) >= 2 || /^G\d/.test(word));
		if (acronymCache.size >= WORD_CACHE_SIZE) acronymCache.clear();
		acronymCache.set(word, a);
	}
	return a;
}
const acronymCache = new Map<string, boolean>();

function countCapitals(word: string): number {
	let caps = 0;
	for (let i = 0; i < word.length; i++) if (charClass(word.charCodeAt(i)) === UPPER) caps++;
	return caps;
}

const ADJ_SUFFIX = /(?:al|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ais|aise|aises|ois|oise|oises|ique|iques|aire|aires|if|ive|ifs|ives|iste|istes|ain|aine|ains|aines|ier|ière|iers|ières|eux|euse|euses|ial|iale)$/;

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
const WORD_CACHE_SIZE = 4096;
const adjectiveCache = new Map<string, boolean>();

const INF_RE_WORDS = new Set(['faire', 'plaire', 'taire', 'extraire', 'distraire', 'soustraire', 'refaire', 'défaire', 'satisfaire', 'croire', 'boire', 'conclure', 'exclure', 'inclure']);

/** A verb in the infinitive (`de continuer`, `de promouvoir`, `de construire`): ends a name after a bare `de`. */
export function isInfinitive(lower: string): boolean {
	if (lower.length < 4 || NOT_INFINITIVES.has(lower)) return false;
	if (lower.endsWith('er') || lower.endsWith('ir')) return true;
	if (INF_RE_WORDS.has(lower)) return true;
	if (lower.endsWith('aire') || lower.endsWith('oire') || lower.endsWith('ure')) return false;
	return /(?:dre|tre|vre|cre|ire|ître)$/.test(lower);
}

const isCapWord = (t: Tok | undefined): t is Tok => !!t && t.kind === Kind.Word && t.cap;
const isLowerWord = (t: Tok | undefined): t is Tok => !!t && t.kind === Kind.Word && !t.cap;
const isAcronymTok = (t: Tok | undefined): t is Tok => !!t && t.kind === Kind.Word && isAcronym(t.text);
const isYearLike = (t: Tok): boolean => /^(?:19|20|21)\d\d$/.test(t.text);
const isArticle = (t: Tok | undefined): boolean => !!t && ((t.kind === Kind.Word && (t.lower === 'la' || t.lower === 'le' || t.lower === 'les')) || (t.kind === Kind.Elision && t.lower === 'l'));

/** A capitalized token that starts a person's name rather than continuing a place (`Hanoï Tran Sy Thanh`). */
function startsPerson(ts: TokenStream, k: number): boolean {
	const t = ts.at(k);
	if (!t || !VIETNAMESE_SURNAMES.has(t.text)) return false;
	const next = ts.at(k + 1);
	if (!isCapWord(next)) return false;
	// `Hô Chi Minh-Ville` is a place.
	return !(t.lower === 'hô' || t.lower === 'ho' || t.lower === 'hồ') || next.lower !== 'chi';
}

/** Eats lower-case adjectives from k; returns the new index. */
function eatAdjectives(ts: TokenStream, k: number): number {
	for (let t = ts.at(k); isLowerWord(t) && k < MAX_TOKENS && isAdjective(t.lower); t = ts.at(++k));
	return k;
}

/** Eats a run of proper-noun tokens (capitalized words, acronyms) from k; returns the new index (k when none). */
function eatProperNouns(ts: TokenStream, k: number, allowHeadFirst: boolean): number {
	const start = k;
	for (let t = ts.at(k); k < MAX_TOKENS && isCapWord(t); t = ts.at(++k)) {
		// Function words start a sentence only at the start of a run (`Lang Son` is a province, `Son` a possessive).
		if ((k === start && CAPITAL_STOP.has(t.text)) || startsPerson(ts, k)) break;
		if (k === start && !allowHeadFirst && HEADS.has(t.text)) break;
		// `Bill & Melinda Gates`
		if (ts.at(k + 1)?.text === '&' && isCapWord(ts.at(k + 2))) k++;
	}
	return k;
}

/** `( ACR )` right after token index k (exclusive end of a name). */
function acronymInParens(ts: TokenStream, k: number): boolean {
	const open = ts.at(k);
	const acr = ts.at(k + 1);
	const close = ts.at(k + 2);
	return !!open && open.text === '(' && isAcronymTok(acr) && !CONCEPT_ACRONYMS.has(acr.text) && !!close && close.text === ')';
}

// ---------------------------------------------------------------------------
// The grammar of a French institutional name.

interface NP {
	end: number;
	cap: boolean;
	plural: boolean;
}

/** A noun phrase after a preposition: `Hanoï`, `Hô Chi Minh-Ville`, `Parti communiste`, `ressources marines`, `PCV`. */
function parseNP(ts: TokenStream, k: number, bare: boolean, needCap: boolean): NP | undefined {
	const t = ts.at(k);
	if (!t) return undefined;
	if (t.kind === Kind.Word && t.cap) {
		const e = eatProperNouns(ts, k, true);
		if (e === k) return undefined;
		return { end: eatAdjectives(ts, e), cap: true, plural: false };
	}
	if (needCap) return undefined;
	if (t.kind === Kind.Number && !bare && /^\d{1,3}$/.test(t.text)) return { end: k + 1, cap: false, plural: true }; // Groupe des 77
	// `nouvelles technologies`, `petites et moyennes entreprises`
	let n = k;
	for (let p = ts.at(n); isLowerWord(p) && PRENOMINAL.has(p.lower) && n < MAX_TOKENS; p = ts.at(n)) {
		n++;
		const q = ts.at(n);
		if (isLowerWord(q) && q.lower === 'et' && PRENOMINAL.has(ts.at(n + 1)?.lower ?? '')) n++;
	}
	const noun = ts.at(n);
	if (!isLowerWord(noun) || STOP_WORDS.has(noun.lower) || (bare && n === k && isInfinitive(noun.lower))) return undefined;
	let end = eatAdjectives(ts, n + 1);
	// `d'amitié Japon–Vietnam`, `de politique Ho Chi Minh`: a proper noun can close the name.
	end = eatAdjectives(ts, eatProperNouns(ts, end, false));
	return { end, cap: false, plural: /[sx]$/.test(noun.lower) };
}

interface Prep {
	/** Index of the noun phrase. */
	np: number;
	bare: boolean;
	needCap: boolean;
}

/** A preposition that can introduce a complement of a name, at k. */
function parsePrep(ts: TokenStream, k: number, head: HeadInfo): Prep | undefined {
	const t = ts.at(k);
	if (!t) return undefined;
	if (t.kind === Kind.Elision) return t.lower === 'd' ? { np: k + 1, bare: true, needCap: false } : undefined;
	if (t.kind !== Kind.Word) return undefined;
	switch (t.lower) {
		case 'de': {
			const n = ts.at(k + 1);
			if (n && n.kind === Kind.Word && n.lower === 'la') return { np: k + 2, bare: false, needCap: false };
			if (n && n.kind === Kind.Elision && n.lower === 'l') return { np: k + 2, bare: false, needCap: false };
			return { np: k + 1, bare: true, needCap: false };
		}
		case 'du':
		case 'des':
			return { np: k + 1, bare: false, needCap: false };
		case 'pour':
			return isArticle(ts.at(k + 1)) ? { np: k + 2, bare: false, needCap: false } : undefined;
		case 'à':
		case 'au':
		case 'aux':
		case 'en':
			return head.located ? { np: k + 1, bare: false, needCap: true } : undefined;
		default:
			return undefined;
	}
}

interface NameParse {
	/** Exclusive token index of the name's end. */
	end: number;
	hasAdj: boolean;
	hasComp: boolean;
	hasCap: boolean;
	/** Followed by `(ACR)`. */
	defined: boolean;
}

/** Reads the complements of a name whose head tokens end at k. */
function parseComplements(ts: TokenStream, k: number, head: HeadInfo): NameParse {
	let end = k;
	let hasAdj = false;
	let hasComp = false;
	let hasCap = false;
	k = eatAdjectives(ts, k);
	if (k > end) {
		hasAdj = true;
		end = k;
	}
	// A proper noun or a number right after the head: `Bureau Japon`, `Comité mixte Vietnam-Union européenne`, `Comité directeur national 515`.
	const direct = eatProperNouns(ts, k, false);
	if (direct > k) {
		k = eatAdjectives(ts, direct);
		end = k;
		hasComp = hasCap = true;
	} else {
		// A number only after an adjective (`Comité directeur national 515`), not `Centre 3` or `Groupe 5 ans après`.
		const t = ts.at(k);
		if (hasAdj && t && t.kind === Kind.Number && /^\d{1,4}$/.test(t.text) && !isYearLike(t)) {
			k++;
			end = k;
			hasComp = true;
		}
	}
	let lastPlural = false;
	let lastLower = false;
	let lastCap = hasCap;
	let tentative = -1;
	while (k < MAX_TOKENS) {
		let p = k;
		const t = ts.at(p);
		if (!t) break;
		if (t.kind === Kind.Word && t.lower === 'et') {
			const n = ts.at(p + 1);
			if (parsePrep(ts, p + 1, head)) {
				p++;
			} else if (lastLower && lastPlural && isLowerWord(n) && /[sx]$/.test(n.lower) && !STOP_WORDS.has(n.lower)) {
				// `des sciences et technologies`
				k = eatAdjectives(ts, p + 2);
				end = k;
				continue;
			} else if (isArticle(n) && tentative < 0 && !STOP_WORDS.has(ts.at(p + 2)?.lower ?? 'le')) {
				// `pour l'innovation et les nouvelles technologies énergétiques (IETI)`: kept only if an acronym follows.
				const np = parseNP(ts, p + 2, false, false);
				if (!np) break;
				tentative = end;
				k = end = np.end;
				hasCap ||= np.cap;
				lastCap = np.cap;
				lastLower = !np.cap;
				lastPlural = np.plural;
				continue;
			} else break;
		}
		if (t.kind === Kind.Word && t.lower === 'par' && ts.at(p + 1)?.lower === 'actions') {
			// `Banque commerciale par actions Saigon`: the joint-stock form, then the name.
			k = eatProperNouns(ts, p + 2, false);
			end = k;
			continue;
		}
		if (t.kind === Kind.Word && t.lower === 'sur' && isArticle(ts.at(p + 1)) && tentative < 0) {
			// `Institut de recherche sur le développement (IRD)`: kept only if an acronym follows.
			const np = parseNP(ts, p + 2, false, false);
			if (!np) break;
			tentative = end;
			k = end = np.end;
			lastCap = np.cap;
			lastLower = !np.cap;
			lastPlural = np.plural;
			continue;
		}
		const prep = parsePrep(ts, p, head);
		if (!prep) break;
		const np = parseNP(ts, prep.np, prep.bare, prep.needCap);
		if (!np) break;
		// `Comité populaire de Hanoï de concert avec ...`: after a place, a bare `de` + common noun is not part of the name.
		if (prep.bare && lastCap && !np.cap) break;
		lastCap = np.cap;
		k = end = np.end;
		hasComp = true;
		hasCap ||= np.cap;
		lastLower = !np.cap;
		lastPlural = np.plural;
	}
	let defined = acronymInParens(ts, end);
	// A coordination kept on the strength of a following acronym must be that acronym's long form: its
	// first letter is the name's (`Institut ... et les nouvelles technologies (IETI)`, not
	// `Office national du tourisme et l'Organisation coréenne du tourisme (KTO)`).
	if (tentative >= 0 && defined && initialOf(ts.at(0)?.text) !== initialOf(ts.at(end + 1)?.text)) defined = false;
	if (tentative >= 0 && !defined) {
		end = tentative;
		defined = acronymInParens(ts, end);
	}
	return { end, hasAdj, hasComp, hasCap, defined };
}

function initialOf(word: string | undefined): string {
	return (word ?? '').normalize('NFD').charAt(0).toUpperCase();
}

function sentenceInitial(line: string, pos: number): boolean {
	let i = pos - 1;
	while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
	if (i < 0) return true;
	const c = line[i];
	return c === '.' || c === '!' || c === '?' || c === '«' || c === '"' || c === '“';
}

const GENERIC_FIRST = new Set([...GENERIC_BODIES].map((b) => b.split(' ')[0]));

/** A head-noun name starting at `pos` (the head word). Returns its end offset, or -1. */
function matchHeadName(line: string, pos: number, head: HeadInfo, lowerCase: boolean): number {
	const ts = new TokenStream(line, pos);
	const first = ts.at(0);
	if (!first) return -1;
	// `Conseil d'administration de X`: a generic board; X is the name.
	// (`le Comité de pilotage national pour ...` is named by what follows and stays.)
	const second = ts.at(1);
	const third = ts.at(2);
	const fourth = ts.at(3);
	if (second && third && fourth && GENERIC_FIRST.has(first.lower) && GENERIC_BODIES.has(`${first.lower} ${second.lower} ${third.lower}`) && /^(?:de|du|des|d)$/.test(fourth.lower)) return -1;
	const r = parseComplements(ts, 1, head);
	let ok: boolean;
	if (lowerCase) {
		// `ministère des Affaires étrangères`, `université de Ha Long`, `ambassade du Vietnam au Japon`.
		ok = r.hasComp && (first.lower.startsWith('minist') || r.hasCap);
	} else if (r.end === 1) {
		ok = !!head.alone && !sentenceInitial(line, pos);
	} else {
		ok = r.hasComp || (head.strong && r.hasAdj) || (r.hasAdj && r.defined);
	}
	if (!ok) return -1;
	const endTok = ts.at(r.end - 1);
	if (!endTok) return -1;
	const text = line.slice(pos, endTok.e);
	return NOT_NAMES.has(toLower(text)) ? -1 : endTok.e;
}

/** A run of capitalized English words containing a head: `Japan International Cooperation Agency`, `Vingroup JSC`. Returns its end, or -1. */
function matchEnglishName(line: string, pos: number): number {
	const ts = new TokenStream(line, pos);
	let k = 0;
	let last = -1;
	let hasHead = false;
	let isEvent = false;
	let words = 0;
	for (let t = ts.at(0); t && k < MAX_TOKENS; t = ts.at(++k)) {
		if (t.kind === Kind.Word && (t.cap || isAcronym(t.text))) {
			if (CAPITAL_STOP.has(t.text)) break;
			const bare = t.text.replace(/['’]s$/, '');
			if (ENGLISH_HEADS.has(bare) || COMPANY_SUFFIXES.has(bare)) hasHead = true;
			if (ENGLISH_EVENTS.has(bare)) isEvent = true;
			last = k;
			words++;
			// `Co., Ltd`
			if (t.text === 'Co' && ts.at(k + 1)?.text === '.' && ts.at(k + 2)?.text === ',' && ts.at(k + 3)?.text === 'Ltd') {
				k += 3;
				last = k;
				if (ts.at(k + 1)?.text === '.') last = ++k;
			}
		} else if (t.kind === Kind.Word && ENGLISH_GLUE.has(t.lower) && isCapWord(ts.at(k + 1))) {
			continue;
		} else if (t.text === '&' && isCapWord(ts.at(k + 1))) {
			continue;
		} else break;
	}
	const lastTok = last >= 0 ? ts.at(last) : undefined;
	if (!hasHead || isEvent || words < 2 || !lastTok) return -1;
	let end = lastTok.e;
	if (ts.at(last + 1)?.text === '.' && COMPANY_SUFFIXES.has(lastTok.text)) end++; // `Inc.`
	return end;
}

/** A well-known multi-word name starting at `pos`. */
const KNOWN_BY_FIRST = new Map<string, string[]>();
for (const name of KNOWN_NAMES.keys()) {
	const first = name.split(' ')[0];
	const list = KNOWN_BY_FIRST.get(first) ?? [];
	list.push(name);
	KNOWN_BY_FIRST.set(first, list);
}
function matchKnownName(line: string, pos: number, word: string): string | undefined {
	const list = KNOWN_BY_FIRST.get(word);
	if (!list) return undefined;
	for (const name of list) {
		if (line.startsWith(name, pos) && !isWordChar(line.charCodeAt(pos + name.length) || 32)) return name;
	}
	return undefined;
}

/** An acronym used as a media credit: `Photo : VNA`, `Tokyo (VNA) –`, `... -VNA`. */
function isCredit(line: string, s: number, e: number): boolean {
	let i = s - 1;
	while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
	if (i >= 0 && line[i] === ':') {
		let j = i - 1;
		while (j >= 0 && isSpace(line.charCodeAt(j))) j--;
		let w = j;
		while (w >= 0 && isWordChar(line.charCodeAt(w))) w--;
		return CREDIT_WORDS.has(line.slice(w + 1, j + 1));
	}
	let k = e;
	while (k < line.length && isSpace(line.charCodeAt(k))) k++;
	if (i >= 0 && line[i] === '(' && line[k] === ')') {
		k++;
		while (k < line.length && isSpace(line.charCodeAt(k))) k++;
		return line[k] === '–' || line[k] === '-' || line[k] === '—';
	}
	if (i >= 0 && (line[i] === '-' || line[i] === '–' || line[i] === '—')) return /^[\s.]*$/.test(line.slice(e, e + 8)) && e + 8 >= line.length;
	return false;
}

// ---------------------------------------------------------------------------
// Canonical names and acronym definitions.

/** Normalized name: single spaces, straight apostrophes, hyphens, first letter upper case. */
export function canonicalName(text: string): string {
	let c = canonicalCache.get(text);
	if (c === undefined) {
		const t = NEEDS_NORMALIZING.test(text) ? text.replace(/\s+/g, ' ').replace(/[’‘`]/g, "'").replace(/[–—]/g, '-').trim() : text;
		c = charClass(t.charCodeAt(0)) === LOWER ? t.charAt(0).toUpperCase() + t.slice(1) : t;
		if (canonicalCache.size >= NAME_CACHE_SIZE) canonicalCache.clear();
		canonicalCache.set(text, c);
	}
	return c;
}
const NEEDS_NORMALIZING = /[^\S ]|\s\s|^\s|\s$|[’‘`–—]/;
/** Names repeat across lines and documents: normalizing each distinct one once is enough. */
const NAME_CACHE_SIZE = 4096;
const canonicalCache = new Map<string, string>();
const keyCache = new Map<string, string>();
function key(text: string): string {
	let k = keyCache.get(text);
	if (k === undefined) {
		k = canonicalName(text).toLowerCase();
		if (keyCache.size >= NAME_CACHE_SIZE) keyCache.clear();
		keyCache.set(text, k);
	}
	return k;
}

const INITIAL_SKIP = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'pour', 'à', 'au', 'aux', 'en', 'sur', 'of', 'for', 'and', 'the']);
const stripAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Content words of a long form with their offsets, for matching an acronym's letters. */
function contentWords(text: string): { initial: string; start: number }[] {
	const out: { initial: string; start: number }[] = [];
	const re = /[\p{L}\p{N}]+/gu;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (INITIAL_SKIP.has(m[0].toLowerCase())) continue;
		out.push({ initial: stripAccents(m[0][0]).toUpperCase(), start: m.index });
	}
	return out;
}

/**
 * What an acronym in parentheses stands for, given the name before it:
 * the whole name (`Service européen pour l'action extérieure (SEAE)`, or a
 * translated acronym sharing most letters: `... commerce extérieur (JETRO)`),
 * the tail of the name (`Comité central du Parti communiste du Vietnam (PCV)`
 * → `Parti communiste du Vietnam`), or nothing.
 */
export function acronymTarget(longForm: string, acronym: string): string | undefined {
	const cacheKey = `${acronym}\u0000${longForm}`;
	let r = targetCache.get(cacheKey);
	if (r === undefined) {
		r = computeAcronymTarget(longForm, acronym) ?? '';
		if (targetCache.size >= NAME_CACHE_SIZE) targetCache.clear();
		targetCache.set(cacheKey, r);
	}
	return r || undefined;
}
const targetCache = new Map<string, string>();

function computeAcronymTarget(longForm: string, acronym: string): string | undefined {
	const letters = stripAccents(acronym.replace(/[^\p{L}]/gu, '')).toUpperCase();
	if (!letters) return undefined;
	const known = KNOWN_ACRONYMS.get(acronym);
	if (known && key(known) === key(longForm)) return longForm;
	const words = contentWords(longForm);
	const initials = words.map((w) => w.initial).join('');
	if (initials === letters) return longForm;
	for (let i = 1; i < words.length; i++) {
		if (initials.slice(i) === letters) return longForm.slice(words[i].start);
	}
	if (known !== undefined || words.length < 2) return undefined;
	const set = new Set(initials);
	const distinct = [...new Set(letters)];
	return distinct.filter((c) => set.has(c)).length * 2 >= distinct.length ? longForm : undefined;
}

/** Links `Long Form (ACR)` and `ACR (Long Form)` pairs found on one line. */
function linkPairs(line: string, found: OrgCandidate[]): void {
	for (let i = 0; i + 1 < found.length; i++) {
		const a = found[i];
		const b = found[i + 1];
		if (!/^\s*\(\s*$/.test(line.slice(a.end, b.start)) || !/^\s*\)/.test(line.slice(b.end, b.end + 4))) continue;
		const aAcr = isAcronym(a.text);
		const bAcr = isAcronym(b.text);
		if (aAcr === bAcr) continue;
		const [long, acr] = aAcr ? [b, a] : [a, b];
		const target = acronymTarget(long.text, acr.text);
		if (!target) continue;
		const longForm = canonicalName(target);
		acr.status = undefined;
		acr.canonical = longForm;
		acr.acronym = acr.text;
		acr.longForm = longForm;
		if (target === long.text) {
			long.acronym = acr.text;
			long.longForm = longForm;
		}
	}
}

// ---------------------------------------------------------------------------
// The line pass.

/** Lower-case words that can start a name, by a hash of their characters (so that other words are never sliced). */
const LOWER_TRIGGERS = new Map<number, string[]>();
function wordHash(s: string, from: number, to: number): number {
	let h = 0;
	for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
	return h;
}
for (const w of [...LOWER_HEADS.keys(), ...DESCRIPTORS, ...MILITARY_UNITS]) {
	const h = wordHash(w, 0, w.length);
	const list = LOWER_TRIGGERS.get(h) ?? [];
	if (!list.includes(w)) list.push(w);
	LOWER_TRIGGERS.set(h, list);
}

/**
 * For each first character (low byte of its code) a bit mask of the lengths of
 * the lower-case trigger words starting with it: a cheap filter before hashing.
 */
const TRIGGER_SHAPES = new Uint32Array(256);
let MAX_TRIGGER_LENGTH = 0;
for (const list of LOWER_TRIGGERS.values()) {
	for (const w of list) {
		TRIGGER_SHAPES[w.charCodeAt(0) & 0xff] |= 1 << w.length;
		MAX_TRIGGER_LENGTH = Math.max(MAX_TRIGGER_LENGTH, w.length);
	}
}

/** Signatures (tokens.ts) of the lower-case trigger words. */
const TRIGGER_SIG = sigTable([...LOWER_TRIGGERS.values()].flat());
// Their first parts too (`start` of `start-up`): the walk must stop at a word's first token.
markSignatures(sigTable([...LOWER_TRIGGERS.values()].flat().map((w) => w.split('-')[0])), true);

const ORDINAL = /^(?:\d{1,3}(?:e|er|re|ère|ème|è))$/;

function mention(line: string, s: number, e: number, canonical?: string, status?: OrgCandidate['status']): OrgCandidate {
	const text = line.slice(s, e);
	const m: OrgCandidate = { kind: 'organization', start: s, end: e, text, canonical: canonical ?? canonicalName(text) };
	if (status) m.status = status;
	return m;
}

/** Hashes of capitalized words that can start a French name (heads, first words of known names). */
const CAP_TRIGGERS = new Set<number>([...HEADS.keys(), ...KNOWN_BY_FIRST.keys()].map((w) => wordHash(w, 0, w.length)));
/** Hashes of the English heads and company suffixes, and of the glue words allowed between capitalized words. */
const ENGLISH_HEAD_HASHES = new Set<number>([...ENGLISH_HEADS, ...COMPANY_SUFFIXES].map((w) => wordHash(w, 0, w.length)));
const GLUE_HASHES = new Set<number>([...ENGLISH_GLUE].map((w) => wordHash(w, 0, w.length)));
const CAP_STOP_HASHES = new Set<number>([...CAPITAL_STOP].map((w) => wordHash(w, 0, w.length)));
/** Low 16 bits of the hashes in those sets (1 stop, 2 trigger, 4 English head, 8 glue): most words are looked up in none. */
const HASH_FILTER = (() => {
	const t = new Uint8Array(1 << 16);
	for (const [set, bit] of [
		[CAP_STOP_HASHES, 1],
		[CAP_TRIGGERS, 2],
		[ENGLISH_HEAD_HASHES, 4],
		[GLUE_HASHES, 8],
	] as const) {
		for (const h of set) t[h & 0xffff] |= bit;
	}
	return t;
})();

/**
 * Cheap look-ahead over the run of capitalized words from `pos` (no allocation):
 * whether it holds an English head word, and where it ends.
 */
function englishRun(line: string, pos: number): { head: boolean; end: number } {
	const n = line.length;
	let i = pos;
	let end = pos;
	let head = false;
	for (let words = 0; words < MAX_TOKENS && i < n; words++) {
		while (i < n && isSpace(line.charCodeAt(i))) i++;
		if (i >= n) break;
		const c = charClass(line.charCodeAt(i));
		if (c === OTHER) {
			if (line.charCodeAt(i) === 0x26) {
				i++;
				continue;
			}
			break;
		}
		let j = i;
		let h = 0;
		for (; j < n; j++) {
			const cj = line.charCodeAt(j);
			if (charClass(cj) === OTHER && !(cj === 0x2d && j + 1 < n && isWordChar(line.charCodeAt(j + 1)))) break;
			h = (Math.imul(h, 31) + cj) | 0;
		}
		if (c === UPPER) {
			if ((HASH_FILTER[h & 0xffff] & 4) !== 0 && ENGLISH_HEAD_HASHES.has(h)) head = true;
			end = j;
			// `Army’s`
			if (j + 1 < n && isApostrophe(line.charCodeAt(j)) && line.charCodeAt(j + 1) === 0x73 && (j + 2 >= n || !isWordChar(line.charCodeAt(j + 2)))) j += 2;
		} else if (c !== LOWER || (HASH_FILTER[h & 0xffff] & 8) === 0 || !GLUE_HASHES.has(h)) break;
		i = j;
	}
	return { head, end };
}

/** Finds organization names in one line; offsets are relative to `line`, plus `base` (the line's offset in a document). */
export function findOrganizations(line: string, base = 0): OrganizationMention[] {
	const found: OrgCandidate[] = [];
	const state = { runEnd: -1 };
	useTokens(line);
	if (divergent) scanChars(line, found, state);
	else scanTokens(line, found, state);
	linkPairs(line, found);
	if (base !== 0) {
		for (const m of found) {
			m.start += base;
			m.end += base;
		}
	}
	return found;
}

/**
 * The words of the line, from the shared tokens (tokens.ts): a word is a run of
 * letters and digits, hyphens inside (apostrophes end it, so `l'Organisation`
 * gives `Organisation`). Visits, in order, the words `scanChars` visits that can
 * start a name (capitalized, numbers, lower-case triggers: the `nameMarked`
 * tokens), without reading the others.
 */
function scanTokens(line: string, found: OrgCandidate[], state: { runEnd: number }): void {
	const list = nameMarked;
	const count = nNameMarked;
	let i = 0;
	for (let c = 0; c < count; c++) {
		const k = list[c];
		// Inside a name found, or inside a word that starts before it.
		if (tStart[k] < i || joinedBefore(k)) continue;
		i = wordAt(line, k, tStart[k], found, state);
		// After a name, the walk resumes at its end: the next word starts there even inside a hyphenated word.
		for (let f = firstWordFrom(k + 1, i); f >= 0 && (tStart[f] < i || joinedBefore(f)); f = firstWordFrom(f + 1, i)) {
			i = wordAt(line, f, Math.max(tStart[f], i), found, state);
		}
	}
}

/** Token k continues the word of the tokens before it (glued to a letter or digit run, or to a hyphen glued to one). */
function joinedBefore(k: number): boolean {
	if (k === 0 || tStart[k] !== tEnd[k - 1]) return false;
	if (kind[k - 1] !== PUNCT) return true;
	return k >= 2 && src.charCodeAt(tStart[k - 1]) === 0x2d && tStart[k - 1] === tEnd[k - 2] && kind[k - 2] !== PUNCT;
}

/** The first letter or digit token from index k that ends after `pos`, or -1. */
function firstWordFrom(k: number, pos: number): number {
	for (; k < n; k++) if (tEnd[k] > pos && kind[k] !== PUNCT) return k;
	return -1;
}

/** The word that starts at `s` in token k (glued runs and hyphens between them); returns where the walk resumes. */
function wordAt(line: string, k: number, s: number, found: OrgCandidate[], state: { runEnd: number }): number {
	let last = k;
	while (last + 1 < n) {
		const x = last + 1;
		if (tStart[x] !== tEnd[last]) break;
		if (kind[x] !== PUNCT) last = x;
		else if (line.charCodeAt(tStart[x]) === 0x2d && x + 1 < n && tStart[x + 1] === tEnd[x] && kind[x + 1] !== PUNCT) last = x + 1;
		else break;
	}
	const j = tEnd[last];
	// A one-token word: its signature tells at once whether it can be a lower-case trigger.
	const end = atWord(line, s, j, found, state, last !== k || s !== tStart[k] || kind[k] !== WORD || TRIGGER_SIG[tSig[k]] === 1);
	return end > s ? end : j;
}

/** The same walk over the characters, for lines whose tokens do not fit (see `divergent`). */
function scanChars(line: string, found: OrgCandidate[], state: { runEnd: number }): void {
	const n = line.length;
	let i = 0;
	while (i < n) {
		const ci = line.charCodeAt(i);
		if ((charTable[ci] || charClass(ci)) === OTHER) {
			i++;
			continue;
		}
		let j = i + 1;
		for (; j < n; j++) {
			const cj = line.charCodeAt(j);
			if ((charTable[cj] || charClass(cj)) === OTHER && !(cj === 0x2d && j + 1 < n && isWordChar(line.charCodeAt(j + 1)))) break;
		}
		const end = atWord(line, i, j, found, state, true);
		i = end > i ? end : j;
	}
}

/** A name may start at the word [i, j); returns the end of the name found, or -1. */
function atWord(line: string, i: number, j: number, found: OrgCandidate[], state: { runEnd: number }, mayTrigger: boolean): number {
	const ci = line.charCodeAt(i);
	const c = charTable[ci] || charClass(ci);
	if (c === UPPER) return matchCapitalized(line, i, j, wordHash(line, i, j), found, state);
	if (c === DIGIT) {
		const last = line.charCodeAt(j - 1);
		if (last === 0x65 || last === 0x72 || last === 0xe8) return matchOrdinalUnit(line, i, j, found); // 5e, 1er, 3è
	} else if (c === LOWER && mayTrigger && j - i <= MAX_TRIGGER_LENGTH && (TRIGGER_SHAPES[ci & 0xff] & (1 << (j - i))) !== 0) {
		// Most words are lower case and no trigger: skipped without hashing.
		const list = LOWER_TRIGGERS.get(wordHash(line, i, j));
		if (list) {
			const word = line.slice(i, j);
			if (list.includes(word)) return matchLowerTrigger(line, i, word, found);
		}
	}
	return -1;
}

function matchCapitalized(line: string, i: number, j: number, h: number, found: OrgCandidate[], state: { runEnd: number }): number {
	const c2 = j > i + 1 ? charClass(line.charCodeAt(i + 1)) : OTHER;
	const acronymLike = c2 === UPPER || c2 === DIGIT || (c2 === OTHER && j > i + 2 && charClass(line.charCodeAt(i + 2)) === UPPER);
	if (acronymLike) {
		const word = line.slice(i, j);
		if (word === 'ONG' || word === 'NGO') {
			// `l'ONG Oxfam`: the name after the descriptor.
			const ts = new TokenStream(line, j);
			const e = eatProperNouns(ts, 0, true);
			if (e > 0) {
				const last = ts.at(e - 1)!;
				found.push(mention(line, ts.at(0)!.s, last.e, undefined, 'propagate'));
				return last.e;
			}
			return -1;
		}
		if (!isAcronym(word) || ROMAN_NUMERAL.test(word) || CONCEPT_ACRONYMS.has(word)) return -1;
		const e = matchEnglish(line, i, j, found, state);
		if (e > 0) return e;
		const expansion = KNOWN_ACRONYMS.get(word);
		if (expansion !== undefined) found.push(mention(line, i, j, expansion || word));
		else found.push(mention(line, i, j, word, isCredit(line, i, j) ? undefined : 'pending'));
		return j;
	}
	// `Le`, `La`, `Selon`, `Photo`...: a sentence-initial function word starts no name, and English runs start after it.
	const filter = HASH_FILTER[h & 0xffff];
	if ((filter & 1) !== 0 && CAP_STOP_HASHES.has(h)) return -1;
	if ((filter & 2) !== 0 && CAP_TRIGGERS.has(h)) {
		// Hyphenated words are one token for the grammar (`Haut-Commissariat`, `Hô Chi Minh-Ville`).
		const word = line.slice(i, j);
		const head = HEADS.get(word);
		if (head) {
			const e = matchHeadName(line, i, head, false);
			if (e > 0) {
				found.push(mention(line, i, e));
				return e;
			}
		}
		const known = matchKnownName(line, i, word);
		if (known) {
			found.push(mention(line, i, i + known.length, KNOWN_NAMES.get(known)));
			return i + known.length;
		}
	}
	return matchEnglish(line, i, j, found, state);
}

/** A capitalized run holding an English head: `Japan International Cooperation Agency`, `FPT Corporation`. */
function matchEnglish(line: string, i: number, j: number, found: OrgCandidate[], state: { runEnd: number }): number {
	if (i < state.runEnd) return -1; // inside a run already found to hold none
	// A name needs two words: most capitalized words are followed by a lower-case one that is no glue word.
	let k = j;
	while (k < line.length && charClass(line.charCodeAt(k)) !== OTHER) k++;
	while (k < line.length && isSpace(line.charCodeAt(k))) k++;
	const next = line.charCodeAt(k);
	if (charClass(next) === LOWER && next !== 0x6f && next !== 0x66 && next !== 0x61 && next !== 0x74) return -1; // of, for, and, the
	if (charClass(next) === OTHER && next !== 0x26 && next !== 0x2d && !isApostrophe(next)) return -1;
	const run = englishRun(line, i);
	state.runEnd = run.end;
	if (!run.head) return -1;
	const e = matchEnglishName(line, i);
	if (e > 0) found.push(mention(line, i, e));
	return e;
}

/** `5e région militaire`, `2e division`. */
function matchOrdinalUnit(line: string, i: number, j: number, found: OrgCandidate[]): number {
	if (!ORDINAL.test(line.slice(i, j))) return -1;
	const ts = new TokenStream(line, i);
	const unit = ts.at(1);
	if (!isLowerWord(unit) || !MILITARY_AFTER_ORDINAL.has(unit.lower)) return -1;
	const need = MILITARY_AFTER_ORDINAL.get(unit.lower);
	let k = 2;
	if (need) {
		const t = ts.at(2);
		if (!t || t.lower !== need) return -1;
		k = 3;
	}
	const r = parseComplements(ts, k, { strong: true });
	const last = ts.at(r.end - 1);
	if (!last) return -1;
	found.push(mention(line, i, last.e));
	return last.e;
}

/** `ministère des Affaires étrangères`, `le groupe Vingroup`, `régiment 917 de l'armée de l'air`. */
function matchLowerTrigger(line: string, i: number, word: string, found: OrgCandidate[]): number {
	const lowerHead = LOWER_HEADS.get(word);
	if (lowerHead) {
		const e = matchHeadName(line, i, HEADS.get(lowerHead)!, true);
		if (e > 0) {
			found.push(mention(line, i, e));
			return e;
		}
		return -1;
	}
	const ts = new TokenStream(line, i);
	if (MILITARY_UNITS.has(word)) {
		const num = ts.at(1);
		if (num && num.kind === Kind.Number && /^\d{1,4}$/.test(num.text)) {
			const r = parseComplements(ts, 2, { strong: true });
			const last = ts.at(r.end - 1)!;
			found.push(mention(line, i, last.e));
			return last.e;
		}
	}
	if (DESCRIPTORS.has(word)) {
		// `le groupe Vingroup`, `l'agence de presse Xinhua`, `le quotidien Le Monde`: the name after the descriptor.
		let k = eatAdjectives(ts, 1);
		if (word === 'agence' && ts.at(k)?.lower === 'de' && ts.at(k + 1)?.lower === 'presse') k += 2;
		const first = ts.at(k);
		if (!isCapWord(first) || HEADS.has(first.text)) return -1;
		let e = k;
		const media = word === 'journal' || word === 'quotidien' || word === 'hebdomadaire' || word === 'magazine';
		if (media && (first.text === 'Le' || first.text === 'La' || first.text === 'Les')) e++;
		e = eatProperNouns(ts, e, false);
		const suffix = ts.at(e);
		if (suffix && COMPANY_SUFFIXES.has(suffix.text)) e++;
		if (e === k || (e === k + 1 && media && first.text.length <= 3 && CAPITAL_STOP.has(first.text))) return -1;
		// `la société Hoa Phat Co., Ltd`: an English company form may run further.
		const english = matchEnglishName(line, first.s);
		if (english > ts.at(e - 1)!.e) {
			found.push(mention(line, first.s, english, undefined, 'propagate'));
			return english;
		}
		const last = ts.at(e - 1)!;
		if (last.e - first.s < 2 || CONCEPT_ACRONYMS.has(line.slice(first.s, last.e))) return -1;
		found.push(mention(line, first.s, last.e, undefined, 'propagate'));
		return last.e;
	}
	return -1;
}

// ---------------------------------------------------------------------------
// The document pass.

/** Occurrences of `name` in `text` on word boundaries. */
function occurrences(text: string, name: string): number[] {
	const out: number[] = [];
	if (!name) return out;
	for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
		const before = i > 0 ? text.charCodeAt(i - 1) : 32;
		const after = i + name.length < text.length ? text.charCodeAt(i + name.length) : 32;
		if (!isWordChar(before) && !isWordChar(after)) out.push(i);
	}
	return out;
}

const ignoreKey = (s: string): string => key(s).replace(/^(?:l'|la |le |les )/, '');

/** Document-level pass: links acronyms to long forms, propagates names, applies user additions and exclusions. */
export function linkOrganizations(text: string, organizations: OrganizationMention[], options: ExtractOptions): OrganizationMention[] {
	const cands = organizations as OrgCandidate[];
	const ignore = new Set((options.organizationsIgnore ?? []).map(ignoreKey));
	const additions = (options.organizationsAdd ?? []).map((s) => s.trim()).filter((s) => s.length > 0);

	// Acronyms the document defines (`Long Form (ACR)`) or that a known acronym's long form confirms.
	const defs = new Map<string, string>(); // acronym → long form
	const confirmed = new Set<string>(additions);
	const canonicals = new Set<string>();
	let knownAcronyms = false;
	for (const m of cands) {
		if (m.acronym && m.longForm && !defs.has(m.acronym)) defs.set(m.acronym, m.longForm);
		if (m.status !== 'pending') confirmed.add(m.text);
		canonicals.add(m.canonical);
		knownAcronyms ||= KNOWN_ACRONYMS.has(m.text);
	}
	if (knownAcronyms) {
		// `UE` and `Union européenne` both in the document: one entity.
		const keys = new Set<string>();
		for (const c of canonicals) keys.add(key(c));
		for (const m of cands) {
			const expansion = KNOWN_ACRONYMS.get(m.text);
			if (expansion && !defs.has(m.text) && keys.has(key(expansion)) && key(m.canonical) === key(expansion)) defs.set(m.text, canonicalName(expansion));
		}
	}
	const acronymOf = new Map<string, string>(); // key(long form) → acronym
	for (const [acr, long] of defs) if (!acronymOf.has(key(long))) acronymOf.set(key(long), acr);

	const finish = (m: OrgCandidate): OrganizationMention | undefined => {
		if (m.status === 'pending' && !confirmed.has(m.text) && !defs.has(m.text)) return undefined;
		const out: OrganizationMention = { kind: 'organization', start: m.start, end: m.end, text: m.text, canonical: m.canonical };
		const long = defs.get(m.text);
		if (long) {
			out.canonical = long;
			out.acronym = m.text;
			out.longForm = long;
		} else if (acronymOf.size > 0) {
			const acr = acronymOf.get(key(m.canonical));
			if (acr) {
				out.acronym = acr;
				out.longForm = defs.get(acr);
			}
		}
		if (ignore.size > 0 && (ignore.has(ignoreKey(out.text)) || ignore.has(ignoreKey(out.canonical)))) return undefined;
		return out;
	};

	const out: OrganizationMention[] = [];
	const propagate = new Set<string>();
	for (const m of cands) {
		const f = finish(m);
		if (!f) continue;
		out.push(f);
		if (m.status === 'propagate') propagate.add(m.text);
	}

	// Names found through context, and user additions, at their other occurrences.
	if (propagate.size > 0 || additions.length > 0) {
		const taken = out.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
		const overlaps = (s: number, e: number): boolean => {
			let lo = 0;
			let hi = taken.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (taken[mid][0] < e) lo = mid + 1;
				else hi = mid;
			}
			// Spans are short: look back a few entries for one that reaches past s.
			for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (taken[k][1] > s) return true;
			return false;
		};
		for (const name of propagate) {
			for (const s of occurrences(text, name)) {
				if (overlaps(s, s + name.length)) continue;
				const f = finish({ kind: 'organization', start: s, end: s + name.length, text: name, canonical: canonicalName(name) });
				if (f) out.push(f);
			}
		}
		// User additions win over overlapping detections.
		const added: OrganizationMention[] = [];
		for (const name of additions) {
			for (const s of occurrences(text, name)) {
				const long = defs.get(name);
				const m: OrganizationMention = { kind: 'organization', start: s, end: s + name.length, text: name, canonical: long ?? canonicalName(name) };
				if (long) {
					m.acronym = name;
					m.longForm = long;
				}
				added.push(m);
			}
		}
		if (added.length > 0) {
			// One sweep over both lists, sorted by start (additions of different names may overlap one another: keep the first).
			added.sort((a, b) => a.start - b.start || b.end - a.end);
			const addedKept: OrganizationMention[] = [];
			for (const a of added) if (addedKept.length === 0 || addedKept[addedKept.length - 1].end <= a.start) addedKept.push(a);
			out.sort((a, b) => a.start - b.start);
			const kept: OrganizationMention[] = [];
			let k = 0;
			for (const m of out) {
				while (k < addedKept.length && addedKept[k].end <= m.start) k++;
				if (k < addedKept.length && addedKept[k].start < m.end) continue;
				kept.push(m);
			}
			// (No spread: documents can hold more mentions than a call takes arguments.)
			return kept.concat(addedKept).sort((a, b) => a.start - b.start || b.end - a.end);
		}
	}
	return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
