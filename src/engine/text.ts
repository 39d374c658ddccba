// Positions and sentences in a text. Pure: shared by the CLI, exports and the extension.

export interface Position {
	/** 1-based line. */
	line: number;
	/** 1-based column in UTF-16 code units. */
	column: number;
}

/** Maps string offsets to 1-based line/column, in O(log lines) per lookup. */
export class LineIndex {
	private readonly starts: number[] = [0];

	constructor(readonly text: string) {
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
	}

	get lineCount(): number {
		return this.starts.length;
	}

	/** 0-based offset of the start of 1-based `line`. */
	lineStart(line: number): number {
		return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
	}

	positionAt(offset: number): Position {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - this.starts[lo] + 1 };
	}
}

const MAX_SENTENCE = 600;

/**
 * The sentence around [start, end): from the previous sentence end (. ! ? or a line break)
 * to the next one, trimmed, at most MAX_SENTENCE characters each side.
 * Decimal points (`17.5`) and abbreviations like `n°` do not end a sentence.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
	let s = start;
	const lower = Math.max(0, start - MAX_SENTENCE);
	while (s > lower && !isBoundary(text, s - 1)) s--;
	let e = end;
	const upper = Math.min(text.length, end + MAX_SENTENCE);
	while (e < upper && !isBoundary(text, e)) e++;
	if (e < text.length && e < upper && /[.!?…]/.test(text[e])) e++;
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	return { start: s, end: e, text: text.slice(s, e) };
}

function isBoundary(text: string, i: number): boolean {
	const c = text[i];
	if (c === '\n' || c === '\r') return true;
	if (c === '!' || c === '?' || c === '…') return true;
	if (c === '.') {
		// "17.5", "6.500": a dot between digits is part of a number.
		if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
		// A dot followed by a space and a capital or end of text ends a sentence.
		const next = text[i + 1];
		return next === undefined || /\s/.test(next);
	}
	return false;
}
