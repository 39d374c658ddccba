// The grammar of a French (or English) institutional name, read token by token from a start position.
import { CAPITAL_STOP, COMPANY_SUFFIXES, CONCEPT_ACRONYMS, CREDIT_WORDS, ENGLISH_EVENTS, ENGLISH_GLUE, ENGLISH_HEADS, GENERIC_BODIES, HEADS, type HeadInfo, KNOWN_NAMES, NOT_NAMES, PRENOMINAL, STOP_WORDS, VIETNAMESE_SURNAMES } from './lexicon';
import { toLower } from '../tokens';
import { isAcronym, isAcronymTok, isAdjective, isArticle, isCapWord, isInfinitive, isLowerWord, isSpace, isWordChar, isYearLike, Kind, MAX_TOKENS, TokenStream } from './chars';

/** A capitalized token that starts a person's name rather than continuing a place (`Hanoï Tran Sy Thanh`). */
export function startsPerson(ts: TokenStream, k: number): boolean {
	const t = ts.at(k);
	if (!t || !VIETNAMESE_SURNAMES.has(t.text)) return false;
	const next = ts.at(k + 1);
	if (!isCapWord(next)) return false;
	// `Hô Chi Minh-Ville` is a place.
	return !(t.lower === 'hô' || t.lower === 'ho' || t.lower === 'hồ') || next.lower !== 'chi';
}

/** Eats lower-case adjectives from k; returns the new index. */
export function eatAdjectives(ts: TokenStream, k: number): number {
	for (let t = ts.at(k); isLowerWord(t) && k < MAX_TOKENS && isAdjective(t.lower); t = ts.at(++k));
	return k;
}

/** Eats a run of proper-noun tokens (capitalized words, acronyms) from k; returns the new index (k when none). */
export function eatProperNouns(ts: TokenStream, k: number, allowHeadFirst: boolean): number {
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
export function acronymInParens(ts: TokenStream, k: number): boolean {
	const open = ts.at(k);
	const acr = ts.at(k + 1);
	const close = ts.at(k + 2);
	return !!open && open.text === '(' && isAcronymTok(acr) && !CONCEPT_ACRONYMS.has(acr.text) && !!close && close.text === ')';
}

// ---------------------------------------------------------------------------
// The grammar of a French institutional name.

export interface NP {
	end: number;
	cap: boolean;
	plural: boolean;
}

/** A noun phrase after a preposition: `Hanoï`, `Hô Chi Minh-Ville`, `Parti communiste`, `ressources marines`, `PCV`. */
export function parseNP(ts: TokenStream, k: number, bare: boolean, needCap: boolean): NP | undefined {
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

export interface Prep {
	/** Index of the noun phrase. */
	np: number;
	bare: boolean;
	needCap: boolean;
}

/** A preposition that can introduce a complement of a name, at k. */
export function parsePrep(ts: TokenStream, k: number, head: HeadInfo): Prep | undefined {
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

export interface NameParse {
	/** Exclusive token index of the name's end. */
	end: number;
	hasAdj: boolean;
	hasComp: boolean;
	hasCap: boolean;
	/** Followed by `(ACR)`. */
	defined: boolean;
}

/** Reads the complements of a name whose head tokens end at k. */
export function parseComplements(ts: TokenStream, k: number, head: HeadInfo): NameParse {
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

export function initialOf(word: string | undefined): string {
	return (word ?? '').normalize('NFD').charAt(0).toUpperCase();
}

export function sentenceInitial(line: string, pos: number): boolean {
	let i = pos - 1;
	while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
	if (i < 0) return true;
	const c = line[i];
	return c === '.' || c === '!' || c === '?' || c === '«' || c === '"' || c === '“';
}

export const GENERIC_FIRST = new Set([...GENERIC_BODIES].map((b) => b.split(' ')[0]));

/** `gouvernement japonais`, `comité populaire provincial`: a lower-case head named by its adjectives, not after an indefinite article. */
function lowerWithAdjectives(ts: TokenStream, line: string, pos: number, head: HeadInfo): boolean {
	if (!head.lowerAdjectives || eatAdjectives(ts, 1) - 1 < head.lowerAdjectives) return false;
	const before = /(\p{L}+)['’\s]*$/u.exec(line.slice(Math.max(0, pos - 12), pos));
	return !before || !INDEFINITE.has(toLower(before[1]));
}
const INDEFINITE = new Set(['un', 'une', 'des', 'chaque', 'tout', 'nouveau', 'nouvel', 'autre', 'futur']);

/** A head-noun name starting at `pos` (the head word). Returns its end offset, or -1. */
export function matchHeadName(line: string, pos: number, head: HeadInfo, lowerCase: boolean): number {
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
		// `ministère des Affaires étrangères`, `université de Ha Long`, `ambassade du Vietnam au Japon`;
		// not a complement of another noun (`Conseil d'administration de …`, `chef de gouvernement`).
		ok = !/(?:^|[^\p{L}])(?:d['’]|de\s+)$/u.test(line.slice(Math.max(0, pos - 4), pos)) && ((r.hasComp && (first.lower.startsWith('minist') || r.hasCap)) || (!r.hasCap && lowerWithAdjectives(ts, line, pos, head)));
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
export function matchEnglishName(line: string, pos: number): number {
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
export const KNOWN_BY_FIRST = new Map<string, string[]>();
for (const name of KNOWN_NAMES.keys()) {
	const first = name.split(' ')[0];
	const list = KNOWN_BY_FIRST.get(first) ?? [];
	list.push(name);
	KNOWN_BY_FIRST.set(first, list);
}
export function matchKnownName(line: string, pos: number, word: string): string | undefined {
	const list = KNOWN_BY_FIRST.get(word);
	if (!list) return undefined;
	for (const name of list) {
		if (line.startsWith(name, pos) && !isWordChar(line.charCodeAt(pos + name.length) || 32)) return name;
	}
	return undefined;
}

/** An acronym used as a media credit: `Photo : VNA`, `Tokyo (VNA) –`, `... -VNA`. */
export function isCredit(line: string, s: number, e: number): boolean {
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
