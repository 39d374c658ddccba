// French numbers: figures written with French separators (`3 245`, `17,07`, `6.500`,
// `1.458.000,00`) and spelled-out numbers (`quatre-vingt-dix`, `trois cents`, `deux mille`).
// Every matcher reads forward from one position with bounded look-arounds, so a scan
// over a line stays linear. Pure: no Node built-ins.
import { toLower } from './tokens';

/** A number read at a position of a text. */
export interface NumberMatch {
	start: number;
	/** Exclusive end. */
	end: number;
	value: number;
	/** Digits without their separators or decimal mark (`3 245,5` → `32455`), for exact scaling. */
	mantissa?: string;
	/** Digits after the decimal mark. */
	decimals?: number;
	/** Written in words (`huit`, `quatre-vingt-dix`). */
	spelled: boolean;
	/** Digits only, no separator or decimal mark (`2025`, not `2 025` nor `20,25`). */
	plain: boolean;
	/** The decimal mark is a dot (`17.5`), the English way. */
	dot?: boolean;
	/** Spelled numbers: how many number words were read (`vingt et un` → 2). */
	words?: number;
	/** Spelled numbers: the first word, lower case (`un`, `deux`). */
	firstWord?: string;
}

/** Scale words and their factors (French long scale: un billion = 10^12). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
	['mille', 1e3],
	['million', 1e6],
	['millions', 1e6],
	['milliard', 1e9],
	['milliards', 1e9],
	['billion', 1e12],
	['billions', 1e12],
]);

/** Longest run of digits read as a figure; longer runs are codes, not amounts. */
export const MAX_DIGITS = 24;

const enum Kind {
	None,
	Unit,
	Teen,
	Ten,
	Hundred,
	Thousand,
	Et,
}

interface WordInfo {
	kind: Kind;
	value: number;
}

const WORDS = new Map<string, WordInfo>();
function defineWords(kind: Kind, entries: Record<string, number>): void {
	for (const [w, v] of Object.entries(entries)) WORDS.set(w, { kind, value: v });
}
defineWords(Kind.Unit, { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9 });
defineWords(Kind.Teen, { dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16 });
defineWords(Kind.Ten, {
	vingt: 20,
	vingts: 20,
	trente: 30,
	quarante: 40,
	cinquante: 50,
	soixante: 60,
	septante: 70,
	huitante: 80,
	octante: 80,
	nonante: 90,
});
defineWords(Kind.Hundred, { cent: 100, cents: 100 });
defineWords(Kind.Thousand, { mille: 1000 });

/** Lower-case number words that can start a spelled-out number. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...WORDS.keys()].filter((w) => w !== 'vingts' && w !== 'cents'));

export function isDigitCode(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Thousands separators: space, no-break space, narrow no-break space, thin space. */
export function isGroupSeparator(c: number): boolean {
	return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

const LETTER = /\p{L}/u;
export function isLetterCode(c: number): boolean {
	if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	if (Number.isNaN(c)) return false;
	return LETTER.test(String.fromCharCode(c));
}

function digitsEnd(text: string, i: number): number {
	while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
	return i;
}

/** Three digits at `i` and no fourth. */
function isGroupOf3(text: string, i: number): boolean {
	return (
		isDigitCode(text.charCodeAt(i)) &&
		isDigitCode(text.charCodeAt(i + 1)) &&
		isDigitCode(text.charCodeAt(i + 2)) &&
		!isDigitCode(text.charCodeAt(i + 3))
	);
}

/**
 * Reads a figure at `pos` (which must be a digit): `3 245`, `3 245,5`, `6.500`, `1.458.000,00`,
 * `17,07`, `0.8`, `2025`. The thousands separator is a space (any of the usual widths) or a dot
 * followed by exactly three digits; the decimal mark is a comma, or a dot not followed by
 * exactly three digits. Returns undefined for runs longer than MAX_DIGITS.
 */
export function matchDigitsAt(text: string, pos: number): NumberMatch | undefined {
	if (!isDigitCode(text.charCodeAt(pos))) return undefined;
	let i = digitsEnd(text, pos);
	let mantissa = text.slice(pos, i);
	if (mantissa.length > MAX_DIGITS) return undefined;
	let plain = true;
	let grouped = false;
	if (i - pos <= 3) {
		// Space-grouped thousands: `3 245`, `35 000`, `1 300 000`.
		while (isGroupSeparator(text.charCodeAt(i)) && isGroupOf3(text, i + 1) && mantissa.length < MAX_DIGITS) {
			mantissa += text.slice(i + 1, i + 4);
			i += 4;
			grouped = true;
		}
		// Dot-grouped thousands: `6.500`, `1.458.000`.
		if (!grouped) {
			while (text.charCodeAt(i) === 0x2e && isGroupOf3(text, i + 1) && mantissa.length < MAX_DIGITS) {
				mantissa += text.slice(i + 1, i + 4);
				i += 4;
				grouped = true;
			}
		}
	}
	if (grouped) plain = false;
	let decimals = 0;
	let dot = false;
	const c = text.charCodeAt(i);
	// Comma decimal (`17,07`), or a dot decimal when the dot was not a thousands mark (`0.8`, `17.5`).
	if ((c === 0x2c || (c === 0x2e && !grouped)) && isDigitCode(text.charCodeAt(i + 1))) {
		const e = digitsEnd(text, i + 1);
		if (mantissa.length + (e - i - 1) > MAX_DIGITS) return undefined;
		mantissa += text.slice(i + 1, e);
		decimals = e - i - 1;
		dot = c === 0x2e;
		i = e;
		plain = false;
	}
	return { start: pos, end: i, value: scaled(mantissa, decimals, 1), mantissa, decimals, spelled: false, plain, dot };
}

/** `mantissa / 10^decimals * factor`, computed so that `17,07 milliards` is exactly 17070000000. */
export function scaled(mantissa: string, decimals: number, factor: number): number {
	const m = Number(mantissa);
	if (decimals === 0) return m * factor;
	const d = 10 ** decimals;
	// Exact when the product stays an integer below 2^53; fall back to plain division otherwise.
	if (factor >= d && factor % d === 0) return m * (factor / d);
	return (m * factor) / d;
}

/** Reads one word of letters (a hyphen or spaces may precede it) starting at or after `i`. */
function nextWord(text: string, i: number, allowSeparator: boolean): { start: number; end: number } | undefined {
	let s = i;
	if (allowSeparator) {
		let spaces = 0;
		let hyphens = 0;
		while (s < text.length) {
			const c = text.charCodeAt(s);
			if (isGroupSeparator(c)) spaces++;
			else if (c === 0x2d) hyphens++;
			else break;
			s++;
			if (spaces + hyphens > 3) return undefined;
		}
		if (s === i || hyphens > 1) return undefined;
	}
	let e = s;
	while (e < text.length && e - s < 12 && isLetterCode(text.charCodeAt(e))) e++;
	if (e === s || (e < text.length && isLetterCode(text.charCodeAt(e)))) return undefined;
	return { start: s, end: e };
}

/**
 * Reads a spelled-out number at `pos`: `huit`, `vingt et un`, `quatre-vingt-dix-neuf`,
 * `deux cent quarante`, `trois cents`, `mille neuf cent quatre-vingt-dix`. Words are separated by
 * spaces or hyphens. Stops before a word that cannot continue the number (`deux trois` → `deux`).
 * Scale words (`millions`) are not read here: see SCALE_WORDS.
 */
export function matchSpelledAt(text: string, pos: number): NumberMatch | undefined {
	let total = 0;
	let chunk = 0;
	let last: Kind = Kind.None;
	let lastValue = 0;
	let end = pos;
	let words = 0;
	let firstWord: string | undefined;
	let i = pos;
	for (;;) {
		const w = nextWord(text, i, words > 0);
		if (!w) break;
		const word = toLower(text.slice(w.start, w.end));
		let info = WORDS.get(word);
		if (!info && word === 'et' && last === Kind.Ten && lastValue !== 80) {
			// `vingt et un`, `soixante et onze`: `et` only joins a ten and un/onze.
			const after = nextWord(text, w.end, true);
			const next = after ? toLower(text.slice(after.start, after.end)) : '';
			if (next === 'un' || next === 'une' || next === 'onze') {
				last = Kind.Et;
				i = w.end;
				continue;
			}
			break;
		}
		if (!info) break;
		if (words === 0 && (word === 'vingts' || word === 'cents')) break;
		const v = info.value;
		let ok = false;
		switch (info.kind) {
			case Kind.Unit:
				if (last === Kind.None || last === Kind.Hundred || last === Kind.Thousand || last === Kind.Et) ok = true;
				else if (last === Kind.Ten && chunk % 10 === 0 && v > 0) ok = true;
				else if (last === Kind.Teen && lastValue === 10 && v >= 7) ok = true;
				if (ok) chunk += v;
				break;
			case Kind.Teen:
				if (last === Kind.None || last === Kind.Hundred || last === Kind.Thousand || last === Kind.Et) ok = true;
				else if (last === Kind.Ten && (chunk % 100 === 60 || chunk % 100 === 80)) ok = true;
				if (ok) chunk += v;
				break;
			case Kind.Ten:
				if (v === 20 && last === Kind.Unit && lastValue === 4 && chunk % 100 === 4) {
					// quatre-vingt(s) = 4 × 20
					chunk += 76;
					info = { kind: Kind.Ten, value: 80 };
					ok = true;
				} else if (word === 'vingts') {
					ok = false;
				} else if (last === Kind.None || last === Kind.Hundred || last === Kind.Thousand) {
					chunk += v;
					ok = true;
				}
				break;
			case Kind.Hundred:
				if ((last === Kind.None || last === Kind.Thousand) && chunk === 0) {
					if (word === 'cent') {
						chunk = 100;
						ok = true;
					}
				} else if (last === Kind.Unit && chunk >= 2 && chunk <= 9) {
					chunk *= 100;
					ok = true;
				}
				break;
			case Kind.Thousand:
				if (last === Kind.None) {
					total += 1000;
					ok = true;
				} else if (last !== Kind.Thousand && last !== Kind.Et && chunk > 0 && total === 0) {
					total += chunk * 1000;
					chunk = 0;
					ok = true;
				}
				break;
			default:
				break;
		}
		if (!ok) break;
		if (words === 0) firstWord = word;
		words++;
		last = info.kind;
		lastValue = info.value;
		end = w.end;
		i = w.end;
		if (words >= 12) break;
	}
	if (words === 0) return undefined;
	return { start: pos, end, value: total + chunk, spelled: true, plain: false, words, firstWord };
}

/** Value of a spelled-out number given as words (`['quatre', 'vingt', 'dix']` → 90), scale words included. */
export function spelledNumberValue(words: readonly string[]): number | undefined {
	return parseFrenchNumber(words.join(' '));
}

/**
 * Value of a whole French number phrase: `3 245`, `17,07`, `6.500`, `1,2 million`,
 * `quatre-vingt-dix`, `deux millions trois cent mille`, `un milliard`. Undefined when the text
 * is not entirely a number.
 */
export function parseFrenchNumber(text: string): number | undefined {
	const s = text.trim();
	if (s === '') return undefined;
	let i = 0;
	let total = 0;
	let any = false;
	let lastFactor = Infinity;
	while (i < s.length) {
		while (i < s.length && (isGroupSeparator(s.charCodeAt(i)) || s.charCodeAt(i) === 0x2d)) i++;
		if (i >= s.length) break;
		const m = isDigitCode(s.charCodeAt(i)) ? matchDigitsAt(s, i) : matchSpelledAt(s, i);
		if (!m) return undefined;
		i = m.end;
		// An optional scale word after the number.
		const w = nextWord(s, i, true);
		const factor = w ? SCALE_WORDS.get(s.slice(w.start, w.end).toLowerCase()) : undefined;
		if (factor !== undefined && w) {
			if (factor >= lastFactor) return undefined;
			total += m.spelled ? m.value * factor : scaled(m.mantissa ?? '0', m.decimals ?? 0, factor);
			lastFactor = factor;
			i = w.end;
		} else {
			if (any && m.value >= lastFactor) return undefined;
			total += m.value;
			lastFactor = 1;
		}
		any = true;
	}
	return any ? total : undefined;
}
