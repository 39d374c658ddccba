// Figure checks a careful editor makes, on one document: each finding has a check id so that a
// setting (or `check --disable ID`) can turn the check off. Pure.
import { currencyCode } from '../engine/currencies';
import type { AmountMention, DateMention, Mention } from '../engine/types';
import type { Fact } from './types';

export type FigureCheckId = 'ambiguous-separator' | 'currency-not-taken' | 'relative-date' | 'percent-points';
export const FIGURE_CHECKS: readonly FigureCheckId[] = ['ambiguous-separator', 'currency-not-taken', 'relative-date', 'percent-points'];

export function isFigureCheckId(s: string): s is FigureCheckId {
	return (FIGURE_CHECKS as readonly string[]).includes(s);
}

export interface FigureFinding {
	check: FigureCheckId;
	start: number;
	end: number;
	/** The text checked (a figure, a date). */
	text: string;
	/** Plain-text explanation (English; the extension translates by check id). */
	message: string;
}

export interface FigureCheckOptions {
	/** Checks turned off. */
	disabled?: readonly FigureCheckId[];
}

/** A group of three digits after one dot or comma, and no other separator: `1.200`, `3,500`. */
const AMBIGUOUS = /(?<![\d.,])\d{1,3}([.,])\d{3}(?![\d.,])/;

function ambiguousSeparator(a: AmountMention): FigureFinding | null {
	const m = AMBIGUOUS.exec(a.text);
	if (!m) return null;
	const reading = m[1] === '.' ? 'a thousands separator' : 'a decimal comma';
	return {
		check: 'ambiguous-separator',
		start: a.start,
		end: a.end,
		text: a.text,
		message: `"${m[0]}" could be read with "${m[1]}" as a thousands separator or as a decimal mark; read as ${reading} (value ${a.value}).`,
	};
}

const NEXT_WORDS = /^[\s\u00a0\u202f]*(?:(?:de|d['’])[\s\u00a0\u202f]*)?([\p{L}$€£¥₫]+)(?:[\s\u00a0\u202f]+(\p{L}+))?/u;
const CURRENCY_SIGNS = /^[$€£¥₫]$/;

/** `25 millions de dollars` where the figure was read without its currency. */
function currencyNotTaken(text: string, a: AmountMention): FigureFinding | null {
	if (a.sub === 'money') return null;
	const m = NEXT_WORDS.exec(text.slice(a.end, a.end + 60));
	if (!m) return null;
	const word = m[1];
	if (!CURRENCY_SIGNS.test(word) && currencyCode(word, m[2]) === undefined) return null;
	return {
		check: 'currency-not-taken',
		start: a.start,
		end: a.end,
		text: a.text,
		message: `"${a.text}" is followed by the currency "${word}" but was not read as money (read as ${a.sub}).`,
	};
}

/** A date whose year is not written and could not be taken from the document. */
function relativeDate(d: DateMention): FigureFinding | null {
	if (!d.relative && !(d.value.includes('XXXX') && !d.resolved)) return null;
	return {
		check: 'relative-date',
		start: d.start,
		end: d.end,
		text: d.text,
		message: `"${d.text}" depends on a reference date the document does not give${d.relative ? '' : ' (no year)'}; set a reference year or write the date in full.`,
	};
}

const RATE_HEADS = /^(?:taux|part|parts|proportion|pourcentage|marge|marges|ratio|rendement|quote-part)\b/i;
const CHANGE_BEFORE = /(?:augment|progress|recul|baiss|diminu|gagn|perd|perdu|cèd|céd|grimp|chut|hausse|repli)[\p{L}]*\s+(?:de\s+|d['’]\s*)?(?:\p{L}+\s+){0,2}$/iu;

/** `le taux de chômage a augmenté de 2 %`: a change of a rate, where « points » is meant. */
function percentPoints(text: string, fact: Fact): FigureFinding | null {
	const a = fact.amount;
	if (a.sub !== 'percent' || !fact.measure || !RATE_HEADS.test(fact.measure.text)) return null;
	if (!CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start))) return null;
	return {
		check: 'percent-points',
		start: a.start,
		end: a.end,
		text: a.text,
		message: `"${a.text}" is a change of a rate ("${fact.measure.text}"): "points" (de pourcentage) may be meant.`,
	};
}

/** The findings of the enabled checks on one document, in text order. */
export function checkFigures(text: string, mentions: readonly Mention[], facts: readonly Fact[], options: FigureCheckOptions = {}): FigureFinding[] {
	const off = new Set(options.disabled ?? []);
	const out: FigureFinding[] = [];
	const push = (f: FigureFinding | null) => {
		if (f && !off.has(f.check)) out.push(f);
	};
	for (const m of mentions) {
		if (m.kind === 'amount') {
			push(ambiguousSeparator(m));
			push(currencyNotTaken(text, m));
		} else if (m.kind === 'date') push(relativeDate(m));
	}
	for (const f of facts) push(percentPoints(text, f));
	return out.sort((x, y) => x.start - y.start || x.check.localeCompare(y.check));
}
