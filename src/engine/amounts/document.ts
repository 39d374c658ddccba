// Amounts read with their document: a figure whose currency is left out but carried by its
// context is money (`8 milliards de dollars, contre 6 milliards en 2023`), and unqualified dollars
// or francs take the currency of the economy the article is set in (a Canadian article's dollars
// are CAD). Runs once per extraction over the document's amounts, in document order.
import type { AmountMention } from '../types';

/** A scale word or abbreviation written in the span (`6 milliards`, `2 mrds`). */
const SCALED_TEXT = /(?:millions?|milliards?|billions?|mrds?|mds|Mds|Mrds?|Md)$/i;
/** Words that say a figure is a sum of money even when no currency is written anywhere. */
const SUM_WORDS =
	/(?<![\p{L}\p{N}])(?:budgets?|budgétaire|recettes?|bénéfices?|chiffres?\s+d['’]affaires|dépenses?|dettes?|déficits?|excédents?|capital|capitaux|investissements?|investi[rt]?|coûts?|co[uû]tera|prix|salaires?|revenus?|pertes?|financements?|subventions?|montants?|prêts?|dotations?|fonds|sommes?|épargne|PIB|crédits?|factures?|amendes?|rémunérations?|trésorerie|valorisation|capitalisation)(?![\p{L}\p{N}])/giu;
const SUBUNITS = new Set(['cent', 'centime', 'penny', 'pesewa']);
/** The end of a sentence: `.`, `!` or `?` before a space or the end, or a line break. */
const BOUNDARY = /[.!?](?=[\s\u00a0]|$)|\n/g;
/** Amounts looked at after an elided figure for the series it belongs to. */
const MAX_LOOK_AHEAD = 8;

/** Sentences are looked for in chunks of the text, only around the figures that need them. */
const CHUNK = 1 << 16;
/** Chunks searched on either side of a figure for its sentence's ends: a longer sentence is cut there. */
const MAX_CHUNKS = 2;

/** Positions in [from, to) where `re` (global) matches: after the match (sentence ends) or at its start (sum words). */
function positionsIn(text: string, re: RegExp, from: number, to: number, atEnd: boolean): number[] {
	const out: number[] = [];
	re.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null && m.index < to) out.push(atEnd ? m.index + m[0].length : m.index);
	return out;
}

/** Index of the first element of the sorted `xs` greater than `x`. */
function upper(xs: number[], x: number): number {
	let lo = 0;
	let hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (xs[mid] <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Sentences of a document, found chunk by chunk (one regex pass per chunk) where elided figures need them. */
class Sentences {
	private readonly ends = new Map<number, number[]>();
	private readonly sums = new Map<number, number[]>();
	constructor(private readonly text: string) {}

	private chunk(cache: Map<number, number[]>, re: RegExp, atEnd: boolean, c: number): number[] {
		let found = cache.get(c);
		if (found === undefined) {
			found = positionsIn(this.text, re, c * CHUNK, Math.min(this.text.length, (c + 1) * CHUNK), atEnd);
			cache.set(c, found);
		}
		return found;
	}

	/** [start of the sentence before, start, end) of the sentence holding [from, to). */
	around(from: number, to: number): [number, number, number] {
		const starts: number[] = [];
		const first = Math.floor(from / CHUNK);
		let c = first;
		for (; c >= 0 && c >= first - MAX_CHUNKS && starts.length < 2; c--) {
			const ends = this.chunk(this.ends, BOUNDARY, true, c);
			for (let k = upper(ends, from) - 1; k >= 0 && starts.length < 2; k--) starts.push(ends[k]);
		}
		const floor = Math.max(0, (c + 1) * CHUNK);
		const start = starts[0] ?? floor;
		const before = starts[1] ?? floor;
		const last = Math.floor(Math.max(to - 1, 0) / CHUNK);
		for (let d = last; d <= last + MAX_CHUNKS && d * CHUNK < this.text.length; d++) {
			const ends = this.chunk(this.ends, BOUNDARY, true, d);
			const k = upper(ends, to - 1);
			if (k < ends.length) return [before, start, ends[k]];
		}
		return [before, start, Math.min(this.text.length, (last + MAX_CHUNKS + 1) * CHUNK)];
	}

	/** A word saying "sum" (SUM_WORDS) starts in [from, to). */
	saysSum(from: number, to: number): boolean {
		for (let c = Math.floor(from / CHUNK); c * CHUNK < to; c++) {
			const sums = this.chunk(this.sums, SUM_WORDS, false, c);
			const k = upper(sums, from - 1);
			if (k < sums.length && sums[k] < to) return true;
		}
		return false;
	}
}

/** A figure that may be a sum whose currency is elided: a scaled quantity with no unit. */
function elided(m: AmountMention): boolean {
	return m.sub === 'quantity' && m.unit === undefined && (SCALED_TEXT.test(m.text) || Math.abs(m.value) >= 1e6);
}

function isMoney(m: AmountMention): boolean {
	return m.sub === 'money' && m.unit !== undefined && !SUBUNITS.has(m.unit);
}

/** A figure that sets what a series counts: a sum of money, or a scaled count of a noun (`100 millions d'habitants`). */
function isSeries(m: AmountMention): boolean {
	if (isMoney(m)) return true;
	return m.sub === 'quantity' && m.unit !== undefined && (SCALED_TEXT.test(m.text) || Math.abs(m.value) >= 1e6);
}

/** What an elided figure is taken to be: the sum (or count) its series states. */
interface SeriesOf {
	sub: 'money' | 'quantity';
	unit?: string;
}

function seriesOf(m: AmountMention): SeriesOf {
	return { sub: m.sub === 'money' ? 'money' : 'quantity', unit: m.unit };
}

/**
 * The series an elided figure belongs to: the latest series figure of the same sentence, else the
 * next one in it, else the latest of the sentence before; else the latest sum earlier in the article.
 */
function contextOf(amounts: AmountMention[], k: number, sentence: [number, number, number], latest: AmountMention | undefined, latestMoney: AmountMention | undefined): SeriesOf | undefined {
	const [before, start, end] = sentence;
	if (latest && latest.start >= start) return seriesOf(latest);
	for (let j = k + 1; j < amounts.length && j <= k + MAX_LOOK_AHEAD && amounts[j].start < end; j++) {
		if (isSeries(amounts[j])) return seriesOf(amounts[j]);
	}
	if (latest && latest.start >= before) return seriesOf(latest);
	return latestMoney ? seriesOf(latestMoney) : undefined;
}

/** Money without a written currency: `contre 6 milliards`, `Total (5,9 milliards)`. Changes `amounts` in place. */
function elidedCurrencies(text: string, amounts: AmountMention[]): void {
	const sentences = new Sentences(text);
	let latest: AmountMention | undefined;
	let latestMoney: AmountMention | undefined;
	let firstMoney = -1;
	for (let k = 0; k < amounts.length; k++) {
		const m = amounts[k];
		if (isSeries(m)) {
			latest = m;
			if (isMoney(m)) {
				latestMoney = m;
				if (firstMoney < 0) firstMoney = k;
			}
			continue;
		}
		if (!elided(m)) continue;
		const sentence = sentences.around(m.start, m.end);
		const series = contextOf(amounts, k, sentence, latest, latestMoney);
		if (series?.unit !== undefined) {
			m.sub = series.sub;
			m.unit = series.unit;
			latest = m;
			if (series.sub === 'money') latestMoney = m;
		} else if (sentences.saysSum(sentence[1], sentence[2])) {
			// No currency before it: a sum only when the sentence says so (`le budget de 2 milliards`).
			m.sub = 'money';
		}
	}
	// A sum before the article's first currency takes that currency (a headline before its text).
	if (firstMoney > 0) {
		const unit = amounts[firstMoney].unit;
		for (let k = 0; k < firstMoney; k++) if (amounts[k].sub === 'money' && amounts[k].unit === undefined) amounts[k].unit = unit;
	}
}

// ---------------------------------------------------------------------------------------------
// The economy an article is set in: which dollar, which franc. Dollars stay USD on one cue (the usual
// dollar of the press); francs, whose French franc is gone, follow a single cue.

interface Economy {
	code: string;
	cues: RegExp;
}
const CANADA = /\b(?:Canada|canadien(?:ne)?s?|Québec|québécois(?:e|es)?|Ontario|ontarien(?:ne)?s?|Montréal|montréalais(?:e|es)?|Toronto|Ottawa|Vancouver|Alberta|albertain(?:e|es)?|Manitoba|Saskatchewan|Colombie-Britannique|Nouvelle-Écosse|Nouveau-Brunswick|Terre-Neuve|Gatineau|Laval|Sherbrooke)\b/gu;
const UNITED_STATES = /\b(?:États-Unis|Etats-Unis|américain(?:e|es|s)?|Washington|New York|Wall Street)\b/gu;
const DOLLAR_ECONOMIES: Economy[] = [
	{ code: 'CAD', cues: CANADA },
	{ code: 'AUD', cues: /\b(?:Australie|australien(?:ne)?s?|Sydney|Melbourne|Canberra)\b/gu },
	{ code: 'NZD', cues: /\b(?:Nouvelle-Zélande|néo-zélandais(?:e|es)?|Wellington|Auckland)\b/gu },
	{ code: 'HKD', cues: /\b(?:Hong Kong|hongkongais(?:e|es)?)\b/gu },
	{ code: 'SGD', cues: /\b(?:Singapour|singapourien(?:ne)?s?)\b/gu },
];
const FRANC_ECONOMIES: Economy[] = [
	{
		code: 'CHF',
		cues: /\b(?:Suisse|suisses?|helvétique|Confédération|Genève|genevois(?:e|es)?|Zurich|zurichois(?:e|es)?|Berne|bernois(?:e|es)?|Lausanne|lausannois(?:e|es)?|Bâle|bâlois(?:e|es)?|Lucerne|Lugano|Neuchâtel|Fribourg|Valais|valaisan(?:ne)?s?|Vaud|vaudois(?:e|es)?|Tessin|Winterthour|Saint-Gall)\b/gu,
	},
	{
		code: 'XOF',
		cues: /\b(?:Sénégal|sénégalais(?:e|es)?|Dakar|Côte d['’]Ivoire|ivoirien(?:ne)?s?|Abidjan|Mali|malien(?:ne)?s?|Bamako|Burkina|burkinabè|Ouagadougou|Niger|nigérien(?:ne)?s?|Niamey|Bénin|béninois(?:e|es)?|Cotonou|Togo|togolais(?:e|es)?|Lomé|Guinée-Bissau|UEMOA|BCEAO)\b/gu,
	},
	{
		code: 'XAF',
		cues: /\b(?:Cameroun|camerounais(?:e|es)?|Yaoundé|Douala|Gabon|gabonais(?:e|es)?|Libreville|Tchad|tchadien(?:ne)?s?|Centrafrique|centrafricain(?:e|es)?|Brazzaville|Guinée équatoriale|CEMAC|BEAC)\b/gu,
	},
];
/** The title and dateline of a document say where it is set... */
const HEAD = 400;
/** ... and so do the paragraph of a figure and its neighbours (a page may hold several articles): at most this far. */
const NEAR = 1500;
function count(re: RegExp, s: string): number {
	re.lastIndex = 0;
	let n = 0;
	while (re.exec(s) !== null) n++;
	return n;
}

/** The economy with the most cues (more than `floor` and than the rival's), if any. */
function economyOf(head: string, economies: Economy[], rival: number, floor: number): string | undefined {
	let best: string | undefined;
	let most = Math.max(floor, rival);
	for (const e of economies) {
		const n = count(e.cues, head);
		if (n > most) {
			most = n;
			best = e.code;
		}
	}
	return best;
}

const QUALIFIED_DOLLAR = /am[ée]ricain|\bUS|USD|É\.?-?U|\bE\.?-?U/iu;

/** The text a figure's economy is read from: the document's head and the paragraphs around the figure. */
function economyText(text: string, m: AmountMention): string {
	const from = Math.max(HEAD, text.lastIndexOf('\n', Math.max(0, text.lastIndexOf('\n', m.start) - 1)), m.start - NEAR);
	let to = text.indexOf('\n', m.end);
	to = to < 0 ? text.length : text.indexOf('\n', to + 1);
	to = Math.min(to < 0 ? text.length : to, m.end + NEAR);
	return from < to ? `${text.slice(0, HEAD)}\n${text.slice(from, to)}` : text.slice(0, Math.max(HEAD, to));
}

/**
 * Unqualified dollars (`4557 M$`, `3 milliards de dollars`) and francs take the currency of the
 * economy their article is set in, read from the document's head and the figure's paragraphs
 * (one reading per paragraph: figures of one paragraph share it).
 */
function localCurrencies(text: string, amounts: AmountMention[]): void {
	let lastKey = -2;
	let dollar: string | undefined;
	let franc: string | undefined;
	for (const m of amounts) {
		if (m.sub !== 'money') continue;
		const isDollar = m.unit === 'USD' && !QUALIFIED_DOLLAR.test(m.text);
		const isFranc = m.unit === 'FRF' && /francs?$/i.test(m.text);
		if (!isDollar && !isFranc) continue;
		const key = text.lastIndexOf('\n', m.start);
		if (key !== lastKey) {
			lastKey = key;
			const near = economyText(text, m);
			dollar = economyOf(near, DOLLAR_ECONOMIES, count(UNITED_STATES, near), 1);
			franc = economyOf(near, FRANC_ECONOMIES, 0, 0);
		}
		const local = isDollar ? dollar : franc;
		if (local) m.unit = local;
	}
}

/**
 * The document pass over amounts (after every line is read): local currencies, then elided ones
 * (which copy them). `amounts` are the extraction's own copies, in document order.
 */
export function resolveAmounts(text: string, amounts: AmountMention[]): void {
	if (amounts.length === 0) return;
	localCurrencies(text, amounts);
	elidedCurrencies(text, amounts);
}
