// Positions and sentences in a text. Pure: shared by the CLI, exports and the extension.

export interface Position {
	/** 1-based line. */
	line: number;
	/** 1-based column in UTF-16 code units. */
	column: number;
}

/**
 * Maps string offsets to 1-based line/column, in O(log lines) per lookup. CR, LF and CRLF each end a
 * line, as in VS Code (a lone-CR file has as many lines as breaks); a break belongs to the line it ends.
 */
export class LineIndex {
	private readonly starts: number[] = [0];

	constructor(readonly text: string) {
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 10) this.starts.push(i + 1);
			else if (c === 13) {
				if (text.charCodeAt(i + 1) === 10) i++;
				this.starts.push(i + 1);
			}
		}
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

/**
 * The text VS Code's editor holds for a file's decoded text: when its line breaks are mixed (or lone CRs),
 * VS Code normalizes them all on load to the dominant one: CRLF when CRLF and lone CR together are more
 * than half of the breaks, else LF. Unmixed text is returned as is. Offsets into the result are the
 * editor's, so the CLI (which applies this to what it reads) and the editor agree on offsets, lines
 * and columns.
 */
export function normalizeEol(text: string): string {
	let cr = 0;
	let lf = 0;
	let crlf = 0;
	for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
		if (text.charCodeAt(i + 1) === 10) crlf++;
		else cr++;
	}
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
	lf -= crlf;
	const total = cr + lf + crlf;
	if (total === 0) return text;
	const eol = cr + crlf > total / 2 ? '\r\n' : '\n';
	const mixed = eol === '\r\n' ? cr > 0 || lf > 0 : cr > 0 || crlf > 0;
	return mixed ? text.replace(/\r\n|\r|\n/g, eol) : text;
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

/** Byte offset of the first malformed UTF-8 sequence (only called once decoding has failed). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			min = 0x10000;
		} else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return bytes.length;
}
