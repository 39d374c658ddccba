// English number formats: `3,321` (comma thousands), `7.01` (point decimal), spelled-out
// numbers (`forty`, `forty-five`, `three hundred`).
import { NUMBER_WORDS } from './lexicon';

const RE_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const RE_PLAIN = /^\d+(?:\.\d+)?$/;

/** The value of a written figure, or undefined when it is not a well-formed English number. */
export function parseFigure(raw: string): number | undefined {
	// Past 18 digits a run of figures is an identifier or noise, not a measure (and may not be finite).
	if (raw.length > MAX_FIGURE_CHARS) return undefined;
	if (RE_PLAIN.test(raw)) return Number(raw);
	if (RE_GROUPED.test(raw)) return Number(raw.replace(/,/g, ''));
	return undefined;
}

const MAX_FIGURE_CHARS = 24;

/** The value of a spelled number of one or two words (`forty`, `forty-five`, `twenty one`), or undefined. */
export function parseSpelled(words: string): number | undefined {
	const parts = words.toLowerCase().split(/[-\s]+/);
	if (parts.length === 1) return NUMBER_WORDS.get(parts[0]);
	if (parts.length !== 2) return undefined;
	const tens = NUMBER_WORDS.get(parts[0]);
	const units = NUMBER_WORDS.get(parts[1]);
	if (tens === undefined || units === undefined) return undefined;
	if (parts[1] === 'hundred' && tens < 10) return tens * 100;
	if (tens >= 20 && tens % 10 === 0 && tens < 100 && units < 10) return tens + units;
	return undefined;
}

/** `x × scale` without binary noise: 31.52 × 1e9 → 31520000000, not 31519999999.999996. */
export function scale(value: number, factor: number): number {
	if (factor === 1) return value;
	const r = value * factor;
	const rounded = Math.round(r);
	return Math.abs(r - rounded) < 1e-6 * Math.max(1, Math.abs(r)) ? rounded : r;
}
