// Amounts read with their document: a figure whose currency is left out but carried by its
// context is money (`8 milliards de dollars, contre 6 milliards en 2023`), and unqualified dollars
// or francs take the currency of the economy the article is set in (a Canadian article's dollars
// are CAD). Runs once per extraction over the document's amounts, in document order.
import type { AmountMention } from '../types';

/** A scale word or abbreviation written in the span (`6 milliards`, `2 mrds`). */
const SCALED_TEXT = /(?:millions?|milliards?|billions?|mrds?|mds|Mds|Mrds?|Md)$/i;
/** Words that say a figure is a sum of money even when no currency is written anywhere. */
const SUM_WORDS =
	/\b(?:budgets?|budgétaire|recettes?|bénéfices?|chiffres?\s+d['’]affaires|dépenses?|dettes?|déficits?|excédents?|capital|capitaux|investissements?|investi[rt]?|coûts?|co[uû]tera|prix|salaires?|revenus?|pertes?|financements?|subventions?|montants?|prêts?|dotations?|fonds|sommes?|épargne|PIB|crédits?|factures?|amendes?|rémunérations?|trésorerie|valorisation|capitalisation)\b/iu;
/** How far (characters) a sentence is searched for its boundaries: keeps the pass linear on lines without any. */
const MAX_SENTENCE = 600;
const SUBUNITS = new Set(['cent', 'centime', 'penny', 'pesewa']);

function isBoundary(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c === 0x0a) return true;
	if (c !== 0x2e && c !== 0x21 && c !== 0x3f) return false;
	const d = text.charCodeAt(i + 1);
	return Number.isNaN(d) || d === 0x20 || d === 0x0a || d === 0xa0 || d === 0x0d;
}

/** Start of the sentence holding `pos` (after its `.`, `!`, `?` or line break), searched at most MAX_SENTENCE back. */
function sentenceStart(text: string, pos: number): number {
	const stop = Math.max(0, pos - MAX_SENTENCE);
	for (let i = pos - 1; i >= stop; i--) if (isBoundary(text, i)) return i + 1;
	return stop;
}

function hasBoundary(text: string, from: number, to: number): boolean {
	if (to - from > MAX_SENTENCE) return true;
	for (let i = from; i < to; i++) if (isBoundary(text, i)) return true;
	return false;
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
function contextOf(text: string, amounts: AmountMention[], k: number, latest: AmountMention | undefined, latestMoney: AmountMention | undefined): SeriesOf | undefined {
	const m = amounts[k];
	const start = sentenceStart(text, m.start);
	if (latest && latest.start >= start) return seriesOf(latest);
	for (let j = k + 1; j < amounts.length; j++) {
		const a = amounts[j];
		if (hasBoundary(text, m.end, a.start)) break;
		if (isSeries(a)) return seriesOf(a);
	}
	if (latest && start > 0 && latest.start >= sentenceStart(text, start - 1)) return seriesOf(latest);
	return latestMoney ? seriesOf(latestMoney) : undefined;
}

/** Money without a written currency: `contre 6 milliards`, `Total (5,9 milliards)`. Changes `amounts` in place. */
function elidedCurrencies(text: string, amounts: AmountMention[]): void {
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
		const series = contextOf(text, amounts, k, latest, latestMoney);
		if (series?.unit !== undefined) {
			m.sub = series.sub;
			m.unit = series.unit;
			latest = m;
			if (series.sub === 'money') latestMoney = m;
			continue;
		}
		// No currency before it: a sum only when the sentence says so (`le budget de 2 milliards`).
		const from = sentenceStart(text, m.start);
		if (SUM_WORDS.test(text.slice(from, Math.min(text.length, m.end + MAX_SENTENCE / 4)))) m.sub = 'money';
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
const CANADA = /\b(?:Canada|canadien(?:ne)?s?|Québec|québécois(?:e|es)?|Ontario|ontarien(?:ne)?s?|Montréal|montréalais(?:e|es)?|Toronto|Ottawa|Vancouver|Alberta|albertain(?:e|es)?|Manitoba|Saskatchewan|Colombie-Britannique|Nouvelle-Écosse|Nouveau-Brunswick|Terre-Neuve|Gatineau|Laval|Sherbrooke|Radio-Canada)\b/gu;
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
		cues: /\b(?:Suisse|suisses?|helvétique|Confédération|Genève|genevois(?:e|es)?|Zurich|zurichois(?:e|es)?|Berne|bernois(?:e|es)?|Lausanne|lausannois(?:e|es)?|Bâle|bâlois(?:e|es)?|Lucerne|Lugano|Neuchâtel|Fribourg|Valais|valaisan(?:ne)?s?|Vaud|vaudois(?:e|es)?|Tessin|Vevey|veveysan(?:ne)?s?|Winterthour|Saint-Gall)\b/gu,
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
/** The top of an article (title, dateline, first paragraphs) says where it is set. */
const ECONOMY_WINDOW = 20_000;

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

/** Unqualified dollars (`4557 M$`, `3 milliards de dollars`) and francs take the currency of the article's economy. */
function localCurrencies(text: string, amounts: AmountMention[]): void {
	const dollars = amounts.filter((m) => m.sub === 'money' && m.unit === 'USD' && !QUALIFIED_DOLLAR.test(m.text));
	const francs = amounts.filter((m) => m.sub === 'money' && m.unit === 'FRF' && /francs?$/i.test(m.text));
	if (dollars.length === 0 && francs.length === 0) return;
	const head = text.length > ECONOMY_WINDOW ? text.slice(0, ECONOMY_WINDOW) : text;
	const dollar = dollars.length > 0 ? economyOf(head, DOLLAR_ECONOMIES, count(UNITED_STATES, head), 1) : undefined;
	const franc = francs.length > 0 ? economyOf(head, FRANC_ECONOMIES, 0, 0) : undefined;
	if (dollar) for (const m of dollars) m.unit = dollar;
	if (franc) for (const m of francs) m.unit = franc;
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
