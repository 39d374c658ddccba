// Organizations in English text. compromise (its tagger, `compromise/two`) cuts the paragraph into
// terms with offsets and tags; capitalized terms joined by name glue (`of`, `for`, `and`, hyphens)
// make name chunks, which are organizations when they carry evidence:
//  - a head noun (`Ministry of Finance`, `Statistics Office`, `… JSC`), with at least one other word;
//  - compromise's Organization tag on a name that is neither a person nor a place (`Microsoft`);
//  - a well-known acronym, a news agency or newspaper, a site named as source (`cafef.vn`);
//  - context: `merger with X`, `X shareholders`, `X, the global oil consultancy`, `consumer group X`,
//    a place in a list of organizations, a parenthesis after an organization (`(VPBank)`), a
//    ticker-like parenthesis after a name (`Masan High-Tech Materials (MSR)`);
//  - `Vietnamese government` (a nationality + government, as `gouvernement vietnamien`).
// Names without evidence are kept as candidates: the document pass (./extract.ts) confirms them
// when the same name is an organization elsewhere, or an acronym spells an organization's initials.
import nlp from 'compromise/two';
import type { OrganizationMention } from '../types';
import { COMPANY_AFTER, COMPANY_BEFORE, KNOWN_ACRONYMS, MEDIA, MONTHS, NUMBER_WORDS, ORG_HEADS, ORG_NOUNS, SOURCE_DOMAINS, TITLES, WEEKDAYS } from './lexicon';

/** A term of the paragraph, possessive `’s` left out of its span. */
export interface Term {
	text: string;
	start: number;
	end: number;
	tags: ReadonlySet<string>;
	pre: string;
	post: string;
	possessive: boolean;
	sentenceStart: boolean;
}

/** A capitalized name of the paragraph; `org` when it carries evidence of being an organization. */
export interface NameChunk {
	start: number;
	end: number;
	text: string;
	org: boolean;
	/** Set on a name in parentheses right after another name: its start (acronym ↔ long form). */
	longFormStart?: number;
	acronym: boolean;
	person: boolean;
	place: boolean;
}

const LEADING_STOP = new Set([
	'the', 'a', 'an', 'this', 'that', 'these', 'those', 'according', 'among', 'in', 'on', 'at', 'for', 'of', 'with', 'by', 'from', 'as',
	'after', 'before', 'during', 'while', 'when', 'but', 'and', 'or', 'so', 'if', 'since', 'to', 'other', 'others', 'some', 'many', 'most',
	'all', 'both', 'each', 'every', 'its', 'their', 'his', 'her', 'our', 'speaking', 'meanwhile', 'however', 'also', 'under', 'it', 'he',
	'she', 'they', 'we', 'i', 'there', 'here', 'last', 'next', 'more', 'than', 'about', 'over', 'up', 'new',
]);
const SENTENCE_START_NOISE = ['Verb', 'Adjective', 'Adverb', 'Date', 'Value', 'Expression', 'Pronoun', 'Preposition', 'Determiner', 'Conjunction'];
const GLUE = new Set(['of', 'for', 'and', '&', 'on', 'de', 'du', 'des']);
const ORG_TAG_BLOCK = ['Person', 'Place', 'Country', 'City', 'Region', 'Date', 'Month', 'WeekDay', 'Value', 'Demonym'];
const RE_UPPER_START = /^[\p{Lu}]/u;
const RE_ACRONYM = /^[\p{Lu}][\p{Lu}\d&]{1,6}$/u;
const RE_CAMEL = /^(?:[\p{Lu}][\p{Ll}]+[\p{Lu}][\p{L}]*|[\p{Lu}]{2,}[\p{Ll}]{2,}[\p{L}]*)$/u;
const RE_COMMON = /(?:ing|al|ic|ive|ment|tion|sion|ure|ty|ry|ce|ed|ial|ics|ary|ory|ade|ism)$/;
const RE_DEMONYM_GOVERNMENT = /(?<![\p{L}])([\p{Lu}][\p{Ll}]+(?:ese|ian|an|ish|ch|i|ic))\s+government(?![\p{L}])/gu;
const RE_APPOSITION = new RegExp(`^,\\s(?:the|a|an)\\s(?:[\\p{L}-]+\\s){0,3}?(${[...ORG_NOUNS].join('|')})(?![\\p{L}'’])`, 'u');
const RE_BEFORE_NOUN = new RegExp(`(?:^|\\s)(${[...ORG_NOUNS].join('|')})\\s$`, 'u');
const RE_BEFORE_CONTEXT = new RegExp(`(?:^|[^\\p{L}])(?:${COMPANY_BEFORE.join('|')})\\s$`, 'iu');
const MEDIA_NAMES = new Set(MEDIA);
/** `analysts at Morgan Stanley`: a firm even when its name reads as a person's. */
const RE_ANALYSTS_AT = /\b(?:analysts?|economists?|strategists?|researchers?|executives?|bankers?)\sat\s$/;
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Continent', 'Demonym', 'Address']);
let lexicon: Readonly<Record<string, string | string[]>> | undefined;

/** compromise's lexicon tag of a lower-case word or phrase (`exxonmobil` → Organization, `vietnam` → Country). */
function lexiconTag(phrase: string): string | undefined {
	lexicon ??= (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
	const tag = lexicon[phrase.toLowerCase()];
	return Array.isArray(tag) ? tag[0] : tag;
}

const PIPELINE = ['alias', 'machine', 'index', 'id', 'lexicon', 'preTagger', 'offset'];

/** The terms of a paragraph, as compromise's tagger reads them. */
export function termsOf(text: string): Term[] {
	// The tokenizer, the lexicon and the pre-tagger only: the post-tagger's corrections (about 80 % of
	// compromise's time) change none of what is read here (name words, persons, places, word classes of
	// a sentence's first word) in a way the rules need.
	const doc = nlp.tokenize(text) as unknown as { compute(names: string[]): void; docs: RawTerm[][] };
	doc.compute(PIPELINE);
	const out: Term[] = [];
	for (const sentence of doc.docs) {
		sentence.forEach((t, k) => {
			if (!t.offset) return;
			let start = t.offset.start;
			let end = start + t.offset.length;
			// compromise's offsets index the text it was given; keep only those that agree with it.
			if (end > text.length || text.slice(start, end) !== t.text) {
				const found = text.indexOf(t.text, out.length ? out[out.length - 1].end : 0);
				if (found < 0) return;
				start = found;
				end = found + t.text.length;
			}
			const possessive = /['’]s$/.test(t.text) && t.text.length > 2;
			if (possessive) end -= 2;
			out.push({ text: text.slice(start, end), start, end, tags: t.tags, pre: t.pre, post: t.post, possessive, sentenceStart: k === 0 });
		});
	}
	return out;
}

interface RawTerm {
	text: string;
	pre: string;
	post: string;
	tags: Set<string>;
	offset?: { start: number; length: number };
}

/** The capitalized names of a paragraph, those with evidence marked `org`. */
export function findEnglishNames(text: string, terms: readonly Term[]): NameChunk[] {
	const chunks: NameChunk[] = [];
	for (const span of chunkSpans(terms)) for (const part of splitTitles(terms, dropPerson(terms, span))) {
		const trimmed = trim(terms, part[0], part[1]);
		if (trimmed) chunks.push(chunkOf(text, terms, trimmed[0], trimmed[1]));
	}
	for (const c of chunks) if (!c.org) c.org = hasEvidence(text, c);
	linkParentheses(text, chunks);
	coordinate(text, chunks);
	return [...chunks, ...demonymGovernments(text)].sort((a, b) => a.start - b.start);
}

/** Runs of capitalized terms, joined by glue words and hyphens, within a sentence. */
function chunkSpans(terms: readonly Term[]): [number, number][] {
	const spans: [number, number][] = [];
	let i = 0;
	while (i < terms.length) {
		if (!isNameWord(terms[i])) {
			i++;
			continue;
		}
		let j = i;
		for (;;) {
			const t = terms[j];
			// `People's Committee`, `People's Bank of China`: a possessive inside a name.
			const next = terms[j + 1];
			const innerPossessive = next !== undefined && isNameWord(next) && (t.text === 'People' || (/s$/.test(t.text) && /^['’]\s$/.test(t.post)));
			if (!innerPossessive && (t.possessive || !joins(t.post))) break;
			if (!next || next.sentenceStart || /[(]/.test(next.pre)) break;
			if (isNameWord(next)) {
				j++;
				continue;
			}
			const after = terms[j + 2];
			const glue = next.text.toLowerCase();
			if (GLUE.has(glue) && joins(next.post) && after && !after.sentenceStart && isNameWord(after) && !/[(]/.test(after.pre)) {
				j += 2;
				continue;
			}
			if (glue === 'of' && after?.text.toLowerCase() === 'the' && terms[j + 3] && isNameWord(terms[j + 3])) {
				j += 3;
				continue;
			}
			break;
		}
		for (const s of splitAnd(terms, i, j)) spans.push(s);
		i = j + 1;
	}
	return spans;
}

function isNameWord(t: Term): boolean {
	return RE_UPPER_START.test(t.text) || SOURCE_DOMAINS.test(t.text) || /^\p{Ll}+[\p{Lu}]/u.test(t.text);
}

function joins(post: string): boolean {
	return post === '' || post === ' ' || post === '-' || post === '\u00a0';
}

/** `Toyota and Honda` are two names; `Refining and Petrochemical Corporation`, `Bank for Industry and Trade` one. */
function splitAnd(terms: readonly Term[], i: number, j: number): [number, number][] {
	const out: [number, number][] = [];
	let from = i;
	for (let k = i + 1; k < j; k++) {
		if (terms[k].text.toLowerCase() !== 'and' && terms[k].text !== '&') continue;
		const hasComplement = terms.slice(from, k).some((t) => t.text === 'of' || t.text === 'for');
		const left = terms[k - 1].text;
		const right = terms[k + 1].text;
		if (hasComplement || terms[k].text === '&' || (isCommonWord(left) && isCommonWord(right))) continue;
		out.push([from, k - 1]);
		from = k + 1;
	}
	out.push([from, j]);
	return out;
}

function isCommonWord(w: string): boolean {
	return RE_COMMON.test(w.toLowerCase()) || ORG_HEADS.has(w);
}

/** `Tran Van Minh of Hanoi University`: a person's name before `of` is not part of the body's name. */
function dropPerson(terms: readonly Term[], [i, j]: [number, number]): [number, number] {
	for (let k = i + 1; k < j; k++) {
		if (terms[k].text !== 'of') continue;
		const before = terms.slice(i, k);
		if (before.some((t) => t.tags.has('Person')) && !before.some((t) => ORG_HEADS.has(t.text))) return [k + 1, j];
		break;
	}
	return [i, j];
}

/** A title splits a name: `World Bank President …` keeps `World Bank`; `Minister of Finance` keeps nothing. */
function splitTitles(terms: readonly Term[], [i, j]: [number, number]): [number, number][] {
	const out: [number, number][] = [];
	let from = i;
	for (let k = i; k <= j; k++) {
		if (!TITLES.has(terms[k].text)) continue;
		if (k > from) out.push([from, k - 1]);
		from = k + 1;
		// `Vice Chairman of the Central Economic Commission`: the complement is read on its own (a body
		// when it has a head; `Minister of Planning and Investment` names a portfolio and has none).
		if (terms[from]?.text === 'of' || terms[from]?.text === 'for') from++;
		if (terms[from]?.text === 'the') from++;
	}
	if (from <= j) out.push([from, j]);
	return out;
}

function trim(terms: readonly Term[], i: number, j: number): [number, number] | undefined {
	while (i <= j && isLeadingNoise(terms[i])) i++;
	// `Shares of FPT Corporation`: a sentence's first word before `of` is a common noun, not the name's head.
	if (i + 2 <= j && terms[i].sentenceStart && terms[i + 1].text === 'of' && !ORG_HEADS.has(terms[i].text) && !terms[i].tags.has('Organization') && !RE_ACRONYM.test(terms[i].text)) i += 2;
	while (j >= i && (GLUE.has(terms[j].text.toLowerCase()) || terms[j].text.toLowerCase() === 'the' || isCalendar(terms[j]))) j--;
	return i <= j ? [i, j] : undefined;
}

function isLeadingNoise(t: Term): boolean {
	const w = t.text.toLowerCase();
	if (LEADING_STOP.has(w) || NUMBER_WORDS.has(w) || GLUE.has(w) || isCalendar(t)) return true;
	// A sentence's first word is capitalized whatever it is: kept only when it may be a name.
	if (t.sentenceStart && SENTENCE_START_NOISE.some((tag) => t.tags.has(tag)) && !ORG_HEADS.has(t.text) && !RE_ACRONYM.test(t.text)) return true;
	return t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Adverb');
}

function isCalendar(t: Term): boolean {
	const w = t.text.toLowerCase().replace(/\.$/, '');
	return MONTHS.has(w) || WEEKDAYS.has(w);
}

function chunkOf(text: string, terms: readonly Term[], i: number, j: number): NameChunk {
	const words = terms.slice(i, j + 1);
	const start = words[0].start;
	const end = words[words.length - 1].end;
	const every = (tag: string): boolean => words.every((t) => t.tags.has(tag) || t.text === 'of');
	const single = words.length === 1 ? words[0].text : '';
	const acronym = single !== '' && RE_ACRONYM.test(single);
	const name = text.slice(start, end);
	const place = every('Place') || PLACE_TAGS.has(lexiconTag(name) ?? '');
	const c: NameChunk = { start, end, text: name, org: false, acronym, person: words.some((t) => t.tags.has('Person')) && !hasHead(words), place };
	c.org = hasHead(words) || isKnown(c, words);
	return c;
}

/** A head noun with another word of the name before it or an `of` complement after it. */
function hasHead(words: readonly Term[]): boolean {
	if (words.length < 2) return false;
	for (let k = 0; k < words.length; k++) {
		if (!ORG_HEADS.has(words[k].text)) continue;
		if (k === words.length - 1 && k > 0) return true;
		const next = words[k + 1]?.text;
		if (next === 'of' || next === 'for' || next === 'on' || next === '&' || next === 'and') return true;
	}
	return false;
}

function isKnown(c: NameChunk, words: readonly Term[]): boolean {
	if (MEDIA_NAMES.has(c.text)) return true;
	if (KNOWN_ACRONYMS.has(c.text)) return true;
	if (c.acronym) return false;
	if (words.length === 1 && SOURCE_DOMAINS.test(c.text) && !/[/:@]/.test(words[0].pre + words[0].post)) return true;
	if (c.place || words.some((t) => ORG_TAG_BLOCK.some((tag) => t.tags.has(tag)))) return false;
	if (lexiconTag(c.text) === 'Organization') return true;
	return words.length === 1 && RE_CAMEL.test(c.text);
}

/** Context that says a name is a company or a body. */
function hasEvidence(text: string, c: NameChunk): boolean {
	const before = text.slice(Math.max(0, c.start - 30), c.start);
	if (RE_ANALYSTS_AT.test(before) && !c.place) return true;
	if (c.person || c.place) return false;
	const after = text.slice(c.end, c.end + 60);
	const nextWord = /^(?:['’]s)?\s([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase();
	if (nextWord && COMPANY_AFTER.has(nextWord)) return true;
	if (RE_BEFORE_CONTEXT.test(before)) return true;
	if (RE_APPOSITION.test(after)) return true;
	if (!c.acronym && RE_BEFORE_NOUN.test(before)) return true;
	return false;
}

/** `Long Form (ACR)`: the parenthesis names the same body (or its ticker) as the name before it. */
function linkParentheses(text: string, chunks: NameChunk[]): void {
	for (let k = 1; k < chunks.length; k++) {
		const prev = chunks[k - 1];
		const c = chunks[k];
		if (!/^\s?\($/.test(text.slice(prev.end, c.start)) || text[c.end] !== ')') continue;
		if (c.person || prev.person || c.place) continue;
		const words = prev.text.split(/\s+/).length;
		if (prev.org) {
			c.org = true;
			c.longFormStart = prev.start;
		} else if (c.acronym && words >= 2 && !prev.place && /\p{Ll}/u.test(prev.text) && !KNOWN_ACRONYMS.has(c.text) && !abbreviates(c.text, prev.text)) {
			// A ticker after a company name: `Masan High-Tech Materials (MSR)`; not a dateline's `HÀ NỘI (VNA)`.
			prev.org = true;
			c.org = true;
			c.longFormStart = prev.start;
		}
	}
}

/** A name listed with organizations (`Vietnam Airlines, Vietjet and …`) is one too. */
function coordinate(text: string, chunks: NameChunk[]): void {
	for (let round = 0; round < 2; round++) {
		for (let k = 0; k < chunks.length; k++) {
			const c = chunks[k];
			if (c.org || c.person || c.place) continue;
			const prev = chunks[k - 1];
			const next = chunks[k + 1];
			const listed = (a: NameChunk | undefined, gap: string | undefined): boolean => !!a && a.org && gap !== undefined && /^(?:,\s|\sand\s|,\sand\s|\sor\s)$/.test(gap);
			if (listed(prev, prev && text.slice(prev.end, c.start)) || listed(next, next && text.slice(c.end, next.start))) c.org = true;
		}
	}
}

function demonymGovernments(text: string): NameChunk[] {
	const out: NameChunk[] = [];
	RE_DEMONYM_GOVERNMENT.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = RE_DEMONYM_GOVERNMENT.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], org: true, acronym: false, person: false, place: false });
	return out;
}

/** `CPTPP` abbreviates `Comprehensive and Progressive Agreement for Trans-Pacific Partnership`: its letters are
 * initials of the name's words, in order (some may be skipped). A ticker (`MSR` for Masan High-Tech Materials) is not. */
function abbreviates(acronym: string, name: string): boolean {
	const initials = initialsOf(name);
	let k = 0;
	for (const ch of initials) if (k < acronym.length && ch === acronym[k]) k++;
	return k === acronym.length;
}

/** Initials of a long form's capitalized words: `General Statistics Office` → GSO. */
export function initialsOf(name: string): string {
	return name
		.split(/[\s-]+/)
		.filter((w) => RE_UPPER_START.test(w))
		.map((w) => w[0])
		.join('');
}

/** An organization mention from a confirmed chunk (offsets shifted by `base`). */
export function toOrganization(c: NameChunk, base: number): OrganizationMention {
	return { kind: 'organization', start: c.start + base, end: c.end + base, text: c.text, canonical: c.text.replace(/\s+/g, ' ') };
}
