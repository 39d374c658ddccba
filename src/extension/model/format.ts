// Values formatted for a French reader, and their plain (ISO-like) forms.
// Pure: no `vscode` import. UI words go through `t` so that the caller can localize them.
import type { AmountMention, DateMention, Mention } from '../../engine/types';

/** `vscode.l10n.t`-compatible: `{0}`, `{1}`... are replaced by the arguments. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/** A `Translate` that only substitutes arguments (English, and the unit tests). */
export const plainTranslate: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));

/** French thousands separator: narrow no-break space (what `fr-FR` typography and Intl use). */
export const THIN_SPACE = '\u202f';
const NBSP = '\u00a0';

const plainNumber = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 6 });

/** `758500000` → `758 500 000`, `16.3` → `16,3` (narrow no-break spaces, decimal comma). */
export function formatNumberFr(n: number, maxFractionDigits = 6): string {
	if (!Number.isFinite(n)) return String(n);
	const s = maxFractionDigits === 6 ? plainNumber.format(n) : new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: maxFractionDigits }).format(n);
	const negative = s.startsWith('-');
	const [int, frac] = (negative ? s.slice(1) : s).split('.');
	let grouped = '';
	for (let i = int.length; i > 0; i -= 3) grouped = int.slice(Math.max(0, i - 3), i) + (grouped ? THIN_SPACE + grouped : '');
	return (negative ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', VND: '₫', KRW: '₩', INR: '₹' };

function withUnit(number: string, unit: string | undefined): string {
	if (!unit) return number;
	return number + (unit === '%' ? NBSP : ' ') + unit;
}

/** Exact value: `758 500 000 USD`, `16,3 %`, `3 245 km`, a range `3 000 000 – 5 000 000 USD`. */
export function formatAmount(m: AmountMention): string {
	if (m.min !== undefined && m.max !== undefined && m.min !== m.max) {
		return withUnit(`${formatNumberFr(m.min)} – ${formatNumberFr(m.max)}`, m.unit);
	}
	return withUnit(formatNumberFr(m.value), m.unit);
}

/** Short reading of a large sum of money: `≈ 758,5 M$`, `≈ 12,5 Md€`, `≈ 600 M CNY`; undefined when it adds nothing. */
export function approximateAmount(m: AmountMention): string | undefined {
	if (m.sub !== 'money' || !Number.isFinite(m.value)) return undefined;
	const abs = Math.abs(m.value);
	const [scale, word] = abs >= 1e9 ? [1e9, 'Md'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e4 ? [1e3, 'k'] : [0, ''];
	if (!scale) return undefined;
	const n = formatNumberFr(m.value / scale, 1);
	const symbol = m.unit ? CURRENCY_SYMBOLS[m.unit] : undefined;
	return `≈ ${n}${NBSP}${word}${symbol ?? (m.unit ? ' ' + m.unit : '')}`;
}

/** The value as data (what "copy value" puts on the clipboard): `758500000 USD`, `16.3 %`, `2025-10-16`, a canonical name. */
export function plainValue(m: Mention): string {
	switch (m.kind) {
		case 'amount': {
			const n = m.min !== undefined && m.max !== undefined && m.min !== m.max ? `${plainNumber.format(m.min)}-${plainNumber.format(m.max)}` : plainNumber.format(m.value);
			return m.unit ? `${n} ${m.unit}` : n;
		}
		case 'date':
			return m.resolved ?? m.value;
		case 'organization':
			return m.canonical || m.text;
	}
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

interface DatePart {
	year?: string;
	month?: number;
	day?: number;
}

const DATE_PART = /^(\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?$/;

function parsePart(s: string): DatePart | undefined {
	const m = DATE_PART.exec(s);
	if (!m) return undefined;
	const month = m[2] && m[2] !== 'XX' ? Number(m[2]) : undefined;
	const day = m[3] && m[3] !== 'XX' ? Number(m[3]) : undefined;
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	if (day !== undefined && (day < 1 || day > 31)) return undefined;
	return { year: m[1] === 'XXXX' ? undefined : m[1], month, day };
}

function yearFr(year: string): string {
	if (/^\d{3}X$/.test(year)) return `années ${year.slice(0, 3)}0`;
	return year;
}

function partFr(p: DatePart, withYear: boolean): string {
	const words: string[] = [];
	if (p.day !== undefined) words.push(p.day === 1 ? '1er' : String(p.day));
	if (p.month !== undefined) words.push(MONTHS[p.month - 1]);
	if (withYear && p.year) words.push(yearFr(p.year));
	return words.join(' ');
}

function de(word: string): string {
	return /^[aeiouyàâéèêîôûh]/i.test(word) ? `d'${word}` : `de ${word}`;
}

/** French reading of a date value: `16 octobre 2025`, `octobre 2025`, `du 15 au 18 octobre`, `années 1980`; undefined if not a known shape. */
export function humanDate(value: string): string | undefined {
	const parts = value.split('/');
	if (parts.length === 1) {
		const p = parsePart(parts[0]);
		return p ? partFr(p, true) || undefined : undefined;
	}
	if (parts.length !== 2) return undefined;
	const a = parsePart(parts[0]);
	const b = parsePart(parts[1]);
	if (!a || !b) return undefined;
	const sameYear = a.year === b.year;
	if (a.day !== undefined && b.day !== undefined) {
		const sameMonth = sameYear && a.month === b.month;
		const left = sameMonth ? String(a.day === 1 ? '1er' : a.day) : partFr(a, !sameYear);
		return `du ${left} au ${partFr(b, true)}`;
	}
	if (a.month !== undefined && b.month !== undefined) {
		return `${de(partFr(a, !sameYear))} à ${partFr(b, true)}`;
	}
	return `${de(partFr(a, true))} à ${partFr(b, true)}`;
}

/** `2025-10 (fin)`: the ISO-like value with its position in the period. */
export function formatDateValue(m: DateMention, t: Translate = plainTranslate): string {
	const value = m.resolved ?? m.value;
	if (!m.mod) return value;
	const mod = m.mod === 'start' ? t('start') : m.mod === 'mid' ? t('middle') : t('end');
	return `${value} (${mod})`;
}
