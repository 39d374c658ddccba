// linkFacts: for every amount of a document, what it measures, whose it is and when.
import type { AmountMention, DateMention, Mention } from '../engine/types';
import { CONTINUATIONS } from './lexicon';
import { CONCEPT_ACRONYMS } from '../engine/organizations/lexicon';
import { conceptAcronyms, clauseEnd, clauseStart, groupInPhrase, groupSubject, isSubject, nameAfter, nameBefore, nameInPhrase, namesOf, type Name } from './holder';
import { findMeasure } from './measure';
import type { Range } from './phrases';
import type { Fact, FactSpan } from './types';
import { Sentences, wordsOf, type Sentence, type Word } from './words';

/** `à Quang Ninh`, `au Japon`: a name after these is a place. */
const PLACE_PREPOSITIONS = new Set(['à', 'au', 'aux', 'en', 'dans']);

interface SentenceWords {
	start: number;
	end: number;
	words: Word[];
	names: Name[];
}

interface Context {
	text: string;
	sentences: Sentences;
	mentions: readonly Mention[];
	dates: readonly DateMention[];
	amounts: readonly AmountMention[];
	/** Acronyms standing for a common noun phrase (found on first need). */
	concepts?: ReadonlySet<string>;
	isConcept: (acronym: string) => boolean;
	cache: Map<number, SentenceWords>;
}

/**
 * One fact per amount of `mentions` (the engine's output for `text`, any order), in text order.
 * Pure and linear in the text: sentences are cut once, words only in sentences that hold a figure.
 */
export function linkFacts(text: string, mentions: readonly Mention[]): Fact[] {
	const sorted = isSorted(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
	const amounts = sorted.filter((m): m is AmountMention => m.kind === 'amount');
	if (amounts.length === 0) return [];
	const ctx: Context = {
		text,
		sentences: new Sentences(text),
		mentions: sorted,
		dates: sorted.filter((m): m is DateMention => m.kind === 'date'),
		amounts,
		isConcept: (acronym) => {
			if (CONCEPT_ACRONYMS.has(acronym)) return true;
			if (!/^\p{Lu}{2,8}$/u.test(acronym)) return false;
			ctx.concepts ??= conceptAcronyms(text);
			return ctx.concepts.has(acronym);
		},
		cache: new Map(),
	};
	const facts: Fact[] = [];
	const byAmount = new Map<AmountMention, Fact>();
	const sentenceOf = new Map<Fact, number>();
	for (const amount of amounts) {
		const fact = linkOne(ctx, amount, byAmount, facts, sentenceOf);
		facts.push(fact);
		byAmount.set(amount, fact);
	}
	return facts;
}

function sentenceWords(ctx: Context, span: Sentence | undefined): SentenceWords | undefined {
	if (!span) return undefined;
	let s = ctx.cache.get(span.start);
	if (s) return s;
	const words = wordsOf(ctx.text, span.start, span.end, ctx.mentions);
	s = { start: span.start, end: span.end, words, names: namesOf(words, ctx.isConcept) };
	// Figures come in text order: only the sentences of the last few are kept.
	if (ctx.cache.size >= 4) ctx.cache.delete(ctx.cache.keys().next().value as number);
	ctx.cache.set(span.start, s);
	return s;
}

function linkOne(ctx: Context, amount: AmountMention, byAmount: Map<AmountMention, Fact>, facts: readonly Fact[], sentenceOf: Map<Fact, number>): Fact {
	const sw = sentenceWords(ctx, ctx.sentences.around(amount.start));
	if (!sw) return { amount, measure: null, holder: null, date: null, dateValue: null };
	const ws = sw.words;
	const ai = firstWordEndingAfter(ws, amount.start);
	let aj = ai;
	while (aj + 1 < ws.length && ws[aj + 1].start < amount.end) aj++;
	const found = findMeasure(ws, ai, aj, amount);
	const shared = found.sharedWith ? byAmount.get(found.sharedWith) : undefined;
	const measure = found.measure ? spanOf(ctx.text, ws, found.measure) : (shared?.measure ?? null);
	const holder = findHolder(ctx, sw, ai, aj, found.extent, facts, sentenceOf) ?? null;
	const date = findDate(ctx, sw, amount);
	const fact: Fact = { amount, measure, holder, date: date ? asSpan(date) : null, dateValue: date ? (date.resolved ?? date.value) : null };
	sentenceOf.set(fact, sw.start);
	return fact;
}

function spanOf(text: string, ws: readonly Word[], r: Range): FactSpan {
	const start = ws[r.first].start;
	const end = ws[r.last].end;
	return { start, end, text: text.slice(start, end) };
}

/** Holder rules, first that answers: the measure's complement, the figure's clause, the sentence's subject, the figure before, nearby names, the sentence before. */
function findHolder(ctx: Context, sw: SentenceWords, ai: number, aj: number, extent: Range | null, facts: readonly Fact[], sentenceOf: Map<Fact, number>): FactSpan | undefined {
	const { words: ws, names } = sw;
	const span = (n: Name | null | undefined) => (n ? spanOf(ctx.text, ws, n) : undefined);
	if (extent) {
		const inPhrase = nameInPhrase(ws, names, extent) ?? groupInPhrase(ws, extent);
		if (inPhrase) return span(inPhrase);
	}
	const own = nameBefore(names, clauseStart(ws, ai), ai);
	if (own) return span(own);
	const subjects = names.filter((n) => isSubject(ws, n));
	const subject = nameBefore(subjects, 0, ai) ?? nameAfter(subjects, aj, ws.length) ?? groupSubject(ws, ai);
	if (subject) return span(subject);
	const after = nameAfter(names, aj, clauseEnd(ws, aj));
	if (after) return span(after);
	const previous = facts[facts.length - 1];
	// The figure before, in this sentence or the one before, names the holder: it still holds.
	if (previous?.holder) {
		const at = sentenceOf.get(previous) ?? -1;
		if (at >= sw.start || at >= (ctx.sentences.before(sw)?.start ?? sw.start)) return previous.holder;
	}
	const near = nameBefore(names, 0, ai);
	if (near) return span(near);
	const before = sentenceWords(ctx, ctx.sentences.before(sw));
	if (!before) return undefined;
	const bw = before.words;
	const prev = before.names.find((n) => isSubject(bw, n)) ?? before.names.find((n) => PLACE_PREPOSITIONS.has(bw[n.first - 1]?.low ?? '')) ?? before.names[before.names.length - 1];
	return prev ? spanOf(ctx.text, bw, prev) : undefined;
}

/** The date mention nearest the figure in its sentence; the sentence before's when this one continues it. */
function findDate(ctx: Context, sw: SentenceWords, amount: AmountMention): DateMention | null {
	const own = nearestDate(ctx.text, ctx.dates, ctx.amounts, sw.start, sw.end, amount);
	if (own) return own;
	const first = sw.words[0];
	if (!first || !CONTINUATIONS.has(first.low)) return null;
	const before = ctx.sentences.before(sw);
	if (!before) return null;
	return nearestDate(ctx.text, ctx.dates, ctx.amounts, before.start, before.end, amount) ?? null;
}

function asSpan(m: Mention): FactSpan {
	return { start: m.start, end: m.end, text: m.text };
}

/**
 * Among the dates inside [start, end), the one nearest `amount` (the earlier one on a tie), not one
 * that overlaps it. A date right after the figure (`8 milliards (300 M$) en 2026`) comes first; a date
 * after another figure is that figure's (`8,8 %, contre 6,7 % en 2024`); a comparison base is no
 * figure's date (`une hausse de 9 % par rapport à 2024`).
 */
function nearestDate(text: string, dates: readonly DateMention[], amounts: readonly AmountMention[], start: number, end: number, amount: AmountMention): DateMention | undefined {
	let lo = 0;
	let hi = dates.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (dates[mid].start < start) lo = mid + 1;
		else hi = mid;
	}
	let best: DateMention | undefined;
	let bestGap = Infinity;
	for (let i = lo; i < dates.length && dates[i].start < end; i++) {
		const d = dates[i];
		if (d.end > end || (d.start < amount.end && d.end > amount.start)) continue;
		if (isComparisonBase(text, start, d, amount)) continue;
		let gap: number;
		if (d.end <= amount.start) gap = amount.start - d.end;
		else if (RIGHT_AFTER.test(text.slice(amount.end, d.start))) gap = 0;
		else if (amountBetween(amounts, amount.end, d.start)) continue;
		else gap = d.start - amount.end;
		if (gap < bestGap) {
			best = d;
			bestGap = gap;
		}
	}
	return best;
}

/** `par rapport à 2021`, `comparé à 2020`, `supérieur à 2021`, with no clause break before the date. */
const COMPARISON_BASE = /(?:par rapport (?:à|aux?)|compar(?:é|ée|és|ées|ativement) (?:à|aux?)|(?:supérieure?s?|inférieure?s?) (?:à|aux?))[^,;.:]*$/i;
/** A cheap test first: most text before a date holds none of these. */
const COMPARISON_WORD = /rapport|compar|rieur/;
/** Only a parenthesis and a preposition between a figure and its date. */
const RIGHT_AFTER = /^\s*(?:\([^()]{0,80}\))?\s*(?:en|au|à la fin de|d'ici|pour)?\s*$/;

/** `par rapport à 2021`: the date is a comparison base, unless a clause on it holds the figure (`2021, où le dividende ...`). */
function isComparisonBase(text: string, start: number, d: DateMention, amount: AmountMention): boolean {
	const before = text.slice(Math.max(start, d.start - 100), d.start);
	if (!COMPARISON_WORD.test(before) || !COMPARISON_BASE.test(before)) return false;
	return !(d.end <= amount.start && /^\s*,\s*(?:où|quand|lorsque)(?=\s)/.test(text.slice(d.end, amount.start)));
}

function amountBetween(amounts: readonly AmountMention[], from: number, to: number): boolean {
	let lo = 0;
	let hi = amounts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (amounts[mid].start < from) lo = mid + 1;
		else hi = mid;
	}
	return lo < amounts.length && amounts[lo].start < to;
}

function isSorted(mentions: readonly Mention[]): boolean {
	for (let i = 1; i < mentions.length; i++) {
		const a = mentions[i - 1];
		const b = mentions[i];
		if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
	}
	return true;
}

/** Index of the first word that ends after `offset` (words in text order). */
function firstWordEndingAfter(ws: readonly Word[], offset: number): number {
	let lo = 0;
	let hi = ws.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ws[mid].end <= offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
