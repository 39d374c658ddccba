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
import { CAPITAL_STOP, COMPANY_SUFFIXES, CONCEPT_ACRONYMS, DESCRIPTORS, ENGLISH_GLUE, ENGLISH_HEADS, HEADS, KNOWN_ACRONYMS, KNOWN_NAMES, LOWER_HEADS, MILITARY_AFTER_ORDINAL, ROMAN_NUMERAL } from './lexicon';
import { divergent, kind, markSignatures, n, nameMarked, nNameMarked, PUNCT, sigTable, src, tEnd, tSig, tStart, useTokens, WORD } from '../tokens';
import type { OrganizationMention } from '../types';
import { charClass, charTable, DIGIT, isAcronym, isApostrophe, isLowerWord, isCapWord, isSpace, isWordChar, Kind, LOWER, MAX_TOKENS, OTHER, TokenStream, UPPER } from './chars';
import { eatAdjectives, eatProperNouns, isCredit, KNOWN_BY_FIRST, matchEnglishName, matchHeadName, matchKnownName, parseComplements } from './grammar';
import { addCoordinated, companyFirstWords, describedInParentheses, CORPORATE_NOUNS, CORPORATE_TITLES, defineByInitials, evidenceOf, isPlace, matchCompany, matchCorporateContext, matchEnumeration, NUMBERED_MEDIA, PLURAL_DESCRIPTORS } from './evidence';
import { canonicalName, linkPairs, type OrgCandidate } from './names';
import type { OrganizationEvidence } from '../types';

// ---------------------------------------------------------------------------
// The line pass.

/** Lower-case words that can start a name, by a hash of their characters (so that other words are never sliced). */
const LOWER_TRIGGERS = new Map<number, string[]>();
function wordHash(s: string, from: number, to: number): number {
	let h = 0;
	for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
	return h;
}
for (const w of [...LOWER_HEADS.keys(), ...DESCRIPTORS, ...CORPORATE_NOUNS.keys(), ...PLURAL_DESCRIPTORS]) {
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

function mention(line: string, s: number, e: number, code: OrganizationEvidence, canonical?: string, status?: OrgCandidate['status']): OrgCandidate {
	const text = line.slice(s, e);
	const m: OrgCandidate = { kind: 'organization', start: s, end: e, text, canonical: canonical ?? canonicalName(text), evidence: evidenceOf(code) };
	if (status) m.status = status;
	return m;
}

/** Hashes of capitalized words that can start a French name (heads, first words of known names). */
const CAP_TRIGGERS = new Set<number>([...HEADS.keys(), ...KNOWN_BY_FIRST.keys(), ...companyFirstWords()].map((w) => wordHash(w, 0, w.length)));
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
	defineByInitials(line, found);
	addDescribed(line, found);
	addCoordinated(line, found);
	// Acronyms without evidence on this line are not kept (a line of capitals would give one object
	// per word): the document pass finds every occurrence of those that the document confirms.
	let kept = 0;
	for (const m of found) {
		if (m.status === 'pending') continue;
		m.start += base;
		m.end += base;
		found[kept++] = m;
	}
	found.length = kept;
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
				found.push(mention(line, ts.at(0)!.s, last.e, 'apposition', undefined, 'propagate'));
				return last.e;
			}
			return -1;
		}
		if (CORPORATE_TITLES.has(word)) return pushContext(line, i, word, found);
		if (!isAcronym(word) || ROMAN_NUMERAL.test(word) || CONCEPT_ACRONYMS.has(word)) return -1;
		const e = matchEnglish(line, i, j, found, state);
		if (e > 0) return e;
		const expansion = KNOWN_ACRONYMS.get(word);
		if (expansion !== undefined) found.push(mention(line, i, j, 'known-acronym', expansion || word));
		else if (isCredit(line, i, j)) found.push(mention(line, i, j, 'credit', word));
		else if (besideParenthesis(line, i, j)) found.push(mention(line, i, j, 'acronym-defined', word, 'pending')); // linkPairs decides
		return j;
	}
	// `Le`, `La`, `Selon`, `Photo`...: a sentence-initial function word starts no name, and English runs start after it.
	const filter = HASH_FILTER[h & 0xffff];
	if ((filter & 1) !== 0 && CAP_STOP_HASHES.has(h)) {
		// `Le Monde`, `La Tribune`: a known name may start with an article.
		const known = (filter & 2) !== 0 ? matchKnownName(line, i, line.slice(i, j)) : undefined;
		if (!known) return -1;
		found.push(mention(line, i, i + known.length, 'known-name', KNOWN_NAMES.get(known)));
		return i + known.length;
	}
	if ((filter & 2) !== 0 && CAP_TRIGGERS.has(h)) {
		// Hyphenated words are one token for the grammar (`Haut-Commissariat`, `Hô Chi Minh-Ville`).
		const word = line.slice(i, j);
		const head = HEADS.get(word);
		if (head) {
			const e = matchHeadName(line, i, head, false);
			if (e > 0) {
				found.push(mention(line, i, e, 'head-noun'));
				return e;
			}
		}
		const known = matchKnownName(line, i, word);
		if (known) {
			found.push(mention(line, i, i + known.length, 'known-name', KNOWN_NAMES.get(known)));
			return i + known.length;
		}
		const english = matchEnglish(line, i, j, found, state);
		if (english > 0) return english;
		const company = matchCompany(line, i, word);
		if (company) {
			found.push(mention(line, i, i + company.length, 'known-company', undefined, 'propagate'));
			return i + company.length;
		}
		return -1;
	}
	return matchEnglish(line, i, j, found, state);
}

/** Names described in parentheses by a company noun (`Hachette Livre (premier éditeur français)`), where nothing was found. */
function addDescribed(line: string, found: OrgCandidate[]): void {
	const n = found.length;
	for (let open = line.indexOf('('); open > 0; open = line.indexOf('(', open + 1)) {
		const c = describedInParentheses(line, open, DESCRIPTORS);
		if (c && !found.some((m) => m.start < c.end && m.end > c.start)) found.push(c);
	}
	if (found.length > n) found.sort((a, b) => a.start - b.start);
}

/** A corporate noun or title and the company after it (`le PDG d'Hydro-Québec`, `chez Airbus`). */
function pushContext(line: string, i: number, word: string, found: OrgCandidate[]): number {
	const c = matchCorporateContext(line, new TokenStream(line, i), word);
	if (!c) return -1;
	found.push(c);
	return c.end;
}

/** `le Canadien Enbridge`, `l'Allemand Siemens`: a capitalized demonym after an article introduces the name, it is not part of it. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ien|ienne|ais|aise|ois|oise|and|ande|ain|aine|on|one|ois|ol|ole|in|ine|ique|e)$/u;
function demonymAfterArticle(line: string, i: number, j: number): boolean {
	if (!DEMONYM.test(line.slice(i, j))) return false;
	const before = line.slice(Math.max(0, i - 4), i);
	return /(?:^|\s)(?:le|la|les)\s+$|(?:^|[\s(])l['’]$/i.test(before) && isPlace(line.slice(i, j)) === false;
}

/** `(ACR` or `ACR (`: the only places where linkPairs can pair an acronym with a long form on its line. */
function besideParenthesis(line: string, i: number, j: number): boolean {
	let b = i - 1;
	while (b >= 0 && isSpace(line.charCodeAt(b))) b--;
	if (b >= 0 && line.charCodeAt(b) === 0x28) return true;
	while (j < line.length && isSpace(line.charCodeAt(j))) j++;
	return j < line.length && line.charCodeAt(j) === 0x28;
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
	if (demonymAfterArticle(line, i, j)) {
		state.runEnd = j; // the name starts at the next word
		return -1;
	}
	const e = matchEnglishName(line, i);
	if (e > 0) found.push(mention(line, i, e, legalForm(line, i, e) ? 'legal-form' : 'english-name'));
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
	found.push(mention(line, i, last.e, 'head-noun'));
	return last.e;
}

/** The name ends with a company form (`Vingroup JSC`, `Hoa Phat Co., Ltd`, `Enbridge Inc.`). */
function legalForm(line: string, s: number, e: number): boolean {
	const m = /([\p{L}]+)\.?$/u.exec(line.slice(Math.max(s, e - 8), e));
	return !!m && COMPANY_SUFFIXES.has(m[1]);
}

/** `ministère des Affaires étrangères`, `le groupe Vingroup`. */
function matchLowerTrigger(line: string, i: number, word: string, found: OrgCandidate[]): number {
	const lowerHead = LOWER_HEADS.get(word);
	if (lowerHead) {
		const e = matchHeadName(line, i, HEADS.get(lowerHead)!, true);
		if (e > 0) {
			found.push(mention(line, i, e, 'head-noun'));
			return e;
		}
		return -1;
	}
	if (CORPORATE_NOUNS.has(word)) return pushContext(line, i, word, found);
	if (PLURAL_DESCRIPTORS.has(word)) {
		const list = matchEnumeration(line, new TokenStream(line, i));
		for (const c of list) found.push(c);
		return list.length > 0 ? list[list.length - 1].end : -1;
	}
	const ts = new TokenStream(line, i);
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
		else if (suffix && e > k && NUMBERED_MEDIA.has(word) && suffix.kind === Kind.Number && suffix.text.length <= 2) e++; // `la radio Europe 1`
		if (e === k || (e === k + 1 && media && first.text.length <= 3 && CAPITAL_STOP.has(first.text))) return -1;
		// `la société Hoa Phat Co., Ltd`: an English company form may run further.
		const english = matchEnglishName(line, first.s);
		if (english > ts.at(e - 1)!.e) {
			found.push(mention(line, first.s, english, 'apposition', undefined, 'propagate'));
			return english;
		}
		const last = ts.at(e - 1)!;
		if (last.e - first.s < 2 || CONCEPT_ACRONYMS.has(line.slice(first.s, last.e)) || isPlace(line.slice(first.s, last.e))) return -1;
		found.push(mention(line, first.s, last.e, 'apposition', undefined, 'propagate'));
		return last.e;
	}
	return -1;
}

