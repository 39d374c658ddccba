// Evidence for organizations that no head noun introduces: company names from a
// dictionary, the context around a capitalized name (`le PDG de X`, `les recettes
// de X`, `chez X`, `filiale de X`), an acronym whose letters are the initials of
// the capitalized words before it, coordination with a company found, and the
// outlet's line at the top of an article (`Radio-Canada, 22 février 2023`).
// Evidence against: places (countries in French and English, large cities).
import type { OrganizationEvidence } from '../types';
import { isAcronym, isCapWord, isLowerWord, isSpace, isWordChar, Kind, MAX_TOKENS, type Tok, TokenStream } from './chars';
import { COMPANY_NAMES, PLACE_NAMES } from './generated-lexicons';
import { eatAdjectives, eatProperNouns } from './grammar';
import { CAPITAL_STOP, CONCEPT_ACRONYMS, ENGLISH_HEADS, HEADS } from './lexicon';
import { canonicalName, type OrgCandidate } from './names';

/** One shared array per code: evidence costs a pointer per mention. */
const EVIDENCE = new Map<OrganizationEvidence, readonly OrganizationEvidence[]>();
export function evidenceOf(code: OrganizationEvidence): readonly OrganizationEvidence[] {
	let list = EVIDENCE.get(code);
	if (!list) {
		list = Object.freeze([code]);
		EVIDENCE.set(code, list);
	}
	return list;
}

let places: ReadonlySet<string> | undefined;
const foldPlace = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s-]+/g, '').toLowerCase();
/** A country or a large city (`Belgique`, `Vietnam`, `Hanoï`, `Hai Phong`; accents, spaces and case aside): not an organization. */
export function isPlace(name: string): boolean {
	places ??= new Set(PLACE_NAMES.split('|').map(foldPlace));
	return places.has(foldPlace(name));
}

let companiesByFirst: Map<string, string[]> | undefined;
/** Company names by their first word, longest first. */
function companies(): Map<string, string[]> {
	if (!companiesByFirst) {
		companiesByFirst = new Map();
		for (const name of COMPANY_NAMES.split('|')) {
			// A head noun alone (`Union`, `Bank`) is a word of many names, not a company.
			if (HEADS.has(name) || ENGLISH_HEADS.has(name)) continue;
			const first = name.split(/[\s-]/)[0];
			const list = companiesByFirst.get(first) ?? [];
			list.push(name);
			companiesByFirst.set(first, list);
		}
		for (const list of companiesByFirst.values()) list.sort((a, b) => b.length - a.length);
	}
	return companiesByFirst;
}

/** First words of company names, for the line pass's filter of capitalized words. */
export function companyFirstWords(): Iterable<string> {
	return companies().keys();
}

/** Before a name: a capitalized word (the name runs longer), a preposition of place, `sur` (a platform: `sur Facebook`, `sur YouTube et TikTok`), `province d'`. */
const PLATFORM_LIST = /[sS]ur\s+\p{Lu}\p{L}*(?:\s*,\s*\p{Lu}\p{L}*)*\s*(?:,|\bet)\s+$/u;
const PLACE_BEFORE = /(?:\p{Lu}\p{L}*\s+|(?:^|[^\p{L}])(?:[àÀ]|[eE]n|[aA]u|[aA]ux|[vV]ers|[dD]epuis|[sS]ur)\s+|(?:ville|province|préfecture|région|île|[ée]tat|district|département|festival|forum|salon|foire|sommet|conférence|Festival|Forum|Salon|Foire|Sommet|Conférence)\s+(?:de\s+|d['’]))$/u;

/**
 * The longest company name of the dictionary starting at `pos`, whose first word is `word`;
 * not when it is part of a longer run of capitalized words (`Hai Phong`) or follows a
 * preposition of place (`à Hokkaido`).
 */
export function matchCompany(line: string, pos: number, word: string): string | undefined {
	const list = companies().get(word);
	if (!list) return undefined;
	for (const name of list) {
		const end = pos + name.length;
		if (!line.startsWith(name, pos) || (end < line.length && isWordChar(line.charCodeAt(end)))) continue;
		if (/^\s+\p{Lu}/u.test(line.slice(end, end + 3)) || PLACE_BEFORE.test(line.slice(Math.max(0, pos - 24), pos)) || PLATFORM_LIST.test(line.slice(Math.max(0, pos - 48), pos))) return undefined;
		return name;
	}
	return undefined;
}

/**
 * Nouns of a company's life followed by `de` / `d'` + its name: `le PDG d'Hydro-Québec`,
 * `les recettes de Nestlé`, `les livraisons d'Airbus`, `la filiale d'EDF`, `le rachat par LVMH`.
 */
export const CORPORATE_NOUNS: ReadonlyMap<string, OrganizationEvidence> = new Map([
	['recettes', 'corporate-noun'],
	['livraisons', 'corporate-noun'],
	['profits', 'corporate-noun'],
	['bénéfice', 'corporate-noun'],
	['bénéfices', 'corporate-noun'],
	['actionnaires', 'corporate-noun'],
	['actionnaire', 'corporate-noun'],
	['salariés', 'corporate-noun'],
	['filiale', 'apposition'],
	['filiales', 'apposition'],
	['rachat', 'corporate-noun'],
	['patron', 'corporate-noun'],
	['fondateur', 'corporate-noun'],
	['chez', 'apposition'],
]);

/** Upper-case titles that take a company after `de`: `la PDG d'Hydro-Québec`. */
export const CORPORATE_TITLES: ReadonlySet<string> = new Set(['PDG', 'CEO', 'DG']);

/** `de X`, `d'X`, (`par X` after `rachat`; X directly after `chez` or a title's `de`): the index of X's first token, or -1. */
function complementStart(ts: TokenStream, k: number, word: string): number {
	if (word === 'chez' || ((word === 'filiale' || word === 'filiales') && isCapWord(ts.at(k)))) return k;
	k = eatAdjectives(ts, k);
	const t = ts.at(k);
	if (!t) return -1;
	if (t.kind === Kind.Elision && t.lower === 'd') return k + 1;
	if (t.kind === Kind.Word && (t.lower === 'de' || (word === 'rachat' && t.lower === 'par'))) return k + 1;
	return -1;
}

/** A corporate noun or title at token 0 of `ts`, then a company's name: the candidate, or undefined. */
export function matchCorporateContext(line: string, ts: TokenStream, word: string): OrgCandidate | undefined {
	const code = CORPORATE_NOUNS.get(word) ?? (CORPORATE_TITLES.has(word) ? 'corporate-noun' : undefined);
	if (!code) return undefined;
	const k = complementStart(ts, 1, word);
	if (k < 0) return undefined;
	const first = ts.at(k);
	if (!isCapWord(first) || HEADS.has(first.text)) return undefined;
	const e = eatProperNouns(ts, k, false);
	if (e === k || e - k > 4) return undefined;
	// `le PDG Arnaud Lagardère`, `chez Marie Curie`: two capitalized words after a title or `chez` are likely a person.
	if (e - k > 1 && (word === 'chez' || CORPORATE_TITLES.has(word)) && !isAcronym(first.text)) return undefined;
	return nameCandidate(line, first, ts.at(e - 1)!, code);
}

/** A candidate from the first to the last token, unless it is a place, a concept or a function word. */
export function nameCandidate(line: string, first: Tok, last: Tok, code: OrganizationEvidence): OrgCandidate | undefined {
	const text = line.slice(first.s, last.e);
	if (text.length < 2 || isPlace(text) || CAPITAL_STOP.has(text) || CONCEPT_ACRONYMS.has(text)) return undefined;
	return { kind: 'organization', start: first.s, end: last.e, text, canonical: canonicalName(text), evidence: evidenceOf(code), status: 'propagate' };
}

/** Media descriptors whose names may end with a channel number (`la radio Europe 1`, `la chaîne France 2`). */
export const NUMBERED_MEDIA: ReadonlySet<string> = new Set(['radio', 'chaîne', 'télévision', 'station']);

/**
 * `Siemens Gamesa Renewable Energy (SGRE)`: the capitalized words just before a
 * parenthesized acronym whose initials spell it are a name defined by it. Adds the
 * long form and marks the acronym defined; for acronyms linkPairs left pending.
 */
export function defineByInitials(line: string, found: OrgCandidate[]): void {
	for (let f = 0; f < found.length; f++) {
		const acr = found[f];
		if (acr.status !== 'pending') continue;
		let p = acr.start - 1;
		while (p >= 0 && isSpace(line.charCodeAt(p))) p--;
		if (p < 0 || line.charCodeAt(p) !== 0x28) continue;
		const letters = acr.text.replace(/[^\p{Lu}]/gu, '');
		const words = capitalizedWordsBefore(line, p, letters.length);
		if (!words || words.map((w) => line[w]).join('') !== letters) continue;
		if (found.some((m) => m !== acr && m.end > words[0] && m.start < p)) continue; // already read otherwise
		const end = wordEnd(line, words[words.length - 1]);
		const long = line.slice(words[0], end);
		if (isPlace(long)) continue;
		const longForm = canonicalName(long);
		found.splice(f, 0, { kind: 'organization', start: words[0], end, text: long, canonical: longForm, acronym: acr.text, longForm, evidence: evidenceOf('acronym-defined') });
		f++;
		acr.status = undefined;
		acr.canonical = longForm;
		acr.acronym = acr.text;
		acr.longForm = longForm;
		acr.evidence = evidenceOf('acronym-defined');
	}
}

/** Starts of the `count` words before `end`, all capitalized (`&` and spaces between), or undefined. */
function capitalizedWordsBefore(line: string, end: number, count: number): number[] | undefined {
	if (count < 2 || count > 8) return undefined;
	const starts: number[] = [];
	let p = end - 1;
	while (starts.length < count) {
		while (p >= 0 && (isSpace(line.charCodeAt(p)) || line.charCodeAt(p) === 0x26)) p--;
		if (p < 0 || !isWordChar(line.charCodeAt(p))) return undefined;
		while (p > 0 && (isWordChar(line.charCodeAt(p - 1)) || line.charCodeAt(p - 1) === 0x2d)) p--;
		const c = line.charCodeAt(p);
		if (!(c >= 0x41 && c <= 0x5a) && !/\p{Lu}/u.test(line[p])) return undefined;
		starts.unshift(p);
		p--;
	}
	return starts;
}

function wordEnd(line: string, start: number): number {
	let e = start;
	while (e < line.length && (isWordChar(line.charCodeAt(e)) || (line.charCodeAt(e) === 0x2d && isWordChar(line.charCodeAt(e + 1) || 32)))) e++;
	return e;
}

/** Evidence that names a company (not a head-noun body): its coordinated names are companies too. */
const COMPANY_EVIDENCE: ReadonlySet<OrganizationEvidence> = new Set(['known-company', 'apposition', 'corporate-noun', 'legal-form', 'english-name', 'source']);

/** `Toyota et Honda`, `Saipem et Boskalis`: a capitalized name joined by `et` to a company found on the line. */
export function addCoordinated(line: string, found: OrgCandidate[]): void {
	const n = found.length;
	for (let f = 0; f < n; f++) {
		const m = found[f];
		if (!m.evidence || !COMPANY_EVIDENCE.has(m.evidence[0])) continue;
		const ts = new TokenStream(line, m.end);
		const et = ts.at(0);
		if (!isLowerWord(et) || et.lower !== 'et') continue;
		const first = ts.at(1);
		if (!isCapWord(first) || HEADS.has(first.text)) continue;
		const e = Math.min(eatProperNouns(ts, 1, false), MAX_TOKENS);
		if (e <= 1 || e - 1 > 3) continue;
		const last = ts.at(e - 1)!;
		if (found.some((o) => o.start < last.e && o.end > first.s)) continue;
		const c = nameCandidate(line, first, last, 'coordination');
		if (c) found.push(c);
	}
	if (found.length > n) found.sort((a, b) => a.start - b.start);
}

const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const SOURCE_LINE = new RegExp(
	`^[ \\t]*(\\p{Lu}[^,\\n]{1,60}?|\\p{Lu}?\\p{Ll}+\\d+),[ \\t]+(?:(?:\\d{1,2}(?:er)?[ \\t]+)?(?:${MONTHS})[ \\t]+\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})[ \\t]*(?:\\([^)\\n]{2,12}\\))?[ \\t.]*$`,
	'iu',
);

/**
 * The outlet named on a line of its own near the top of an article, before the
 * date: `Radio-Canada, 22 février 2023`, `Boursorama, 23 juillet 2024 (AFP)`.
 * (A dateline in capitals, `HANOÏ, 16 octobre 2025`, is a place; so is a city or country.)
 */
export function sourceOutlet(text: string): { start: number; end: number; text: string } | undefined {
	let lineStart = 0;
	for (let k = 0; k < 4 && lineStart < text.length; k++) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd < 0) lineEnd = text.length;
		if (lineEnd - lineStart <= 100) {
			const line = text.slice(lineStart, lineEnd);
			const m = SOURCE_LINE.exec(line);
			if (m) {
				const name = m[1].trim();
				const words = name.split(/\s+/).length;
				if (words <= 6 && name !== name.toUpperCase() && !isPlace(name) && !/\d{4}/.test(name)) {
					const start = lineStart + line.indexOf(name);
					return { start, end: start + name.length, text: name };
				}
			}
		}
		lineStart = lineEnd + 1;
	}
	return undefined;
}

/** Plural nouns that introduce a list of companies or media: `les médias (JDD, Paris Match, Elle, Europe 1, etc.)`. */
export const PLURAL_DESCRIPTORS: ReadonlySet<string> = new Set([
	'médias', 'journaux', 'quotidiens', 'hebdomadaires', 'magazines', 'radios', 'chaînes', 'groupes', 'sociétés', 'entreprises',
	'banques', 'constructeurs', 'opérateurs', 'assureurs', 'compagnies', 'filiales', 'laboratoires', 'équipementiers', 'géants',
]);

/** `(`, `:`, `comme`, `tels que`, `dont`: where a list starts after a plural descriptor (and adjectives); the index of its first item, or -1. */
function listStart(ts: TokenStream, k: number): number {
	k = eatAdjectives(ts, k);
	const t = ts.at(k);
	if (!t) return -1;
	if (t.text === '(' || t.text === ':') return k + 1;
	if (t.kind !== Kind.Word) return -1;
	if (t.lower === 'comme' || t.lower === 'dont') return k + 1;
	if ((t.lower === 'tels' || t.lower === 'telles') && ts.at(k + 1)?.lower === 'que') return k + 2;
	return -1;
}

/** The names listed after a plural descriptor at token 0 of `ts` (two at least, or one in parentheses). */
export function matchEnumeration(line: string, ts: TokenStream): OrgCandidate[] {
	const out: OrgCandidate[] = [];
	let k = listStart(ts, 1);
	if (k < 0) return out;
	const parenthesized = ts.at(k - 1)?.text === '(';
	while (k < MAX_TOKENS) {
		const first = ts.at(k);
		if (!isCapWord(first) || HEADS.has(first.text)) break;
		let e = eatProperNouns(ts, k, false);
		if (e === k) break;
		const after = ts.at(e);
		if (after && after.kind === Kind.Number && after.text.length <= 2) e++; // `Europe 1`
		const c = nameCandidate(line, first, ts.at(e - 1)!, 'apposition');
		if (c) out.push(c);
		const sep = ts.at(e);
		if (!sep || !(sep.text === ',' || (sep.kind === Kind.Word && sep.lower === 'et'))) break;
		k = e + 1;
		if (ts.at(k)?.kind === Kind.Word && ts.at(k)!.lower === 'et') k++; // `, et`
	}
	return out.length >= 2 || (parenthesized && out.length === 1) ? out : [];
}

const PAREN_LEAD = new Set(['premier', 'première', 'deuxième', 'second', 'seconde', 'troisième', 'le', 'la', 'l', 'un', 'une', 'ex', 'numéro']);

/**
 * `Hachette Livre (premier éditeur français …)`, `Voltaris (le groupe énergétique …)`: a capitalized name
 * described in parentheses by a company noun. Returns the candidate for the run before `(` at `open`.
 */
export function describedInParentheses(line: string, open: number, descriptors: ReadonlySet<string>): OrgCandidate | undefined {
	const after = new TokenStream(line, open + 1);
	let k = 0;
	while (k < 3 && PAREN_LEAD.has(after.at(k)?.lower ?? '')) k++;
	const noun = after.at(k);
	if (k === 0 || !isLowerWord(noun) || !descriptors.has(noun.lower)) return undefined;
	const starts = [];
	let p = open - 1;
	while (starts.length < 4) {
		while (p >= 0 && isSpace(line.charCodeAt(p))) p--;
		const end = p + 1;
		while (p >= 0 && (isWordChar(line.charCodeAt(p)) || line.charCodeAt(p) === 0x2d)) p--;
		const word = line.slice(p + 1, end);
		if (!word || !/^\p{Lu}/u.test(word) || CAPITAL_STOP.has(word) || HEADS.has(word)) break;
		starts.unshift(p + 1);
	}
	if (starts.length === 0) return undefined;
	// The run must start the name: a sentence start or a lower-case word before it, not a longer capitalized run.
	const s = starts[0];
	let end = open;
	while (end > s && isSpace(line.charCodeAt(end - 1))) end--;
	const text = line.slice(s, end);
	if (text.length < 2 || isPlace(text)) return undefined;
	return { kind: 'organization', start: s, end, text, canonical: canonicalName(text), evidence: evidenceOf('apposition'), status: 'propagate' };
}
