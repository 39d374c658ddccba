// Converts JavaScript string offsets (UTF-16 code units) into the offsets other tools count:
// Unicode code points (brat, W3C Web Annotation), optionally with CRLF counted as one character.

/**
 * Maps UTF-16 offsets of `text` to code point offsets. Two-unit sequences (a surrogate pair,
 * and with `collapseCrlf` a `\r\n`) count as one; an offset inside one maps to its start.
 * Memory is proportional to the number of such pairs; each lookup is a binary search.
 */
export class OffsetMapper {
	/** Index of the first unit of each two-unit sequence, ascending. */
	private readonly pairs: number[] = [];

	constructor(text: string, collapseCrlf = false) {
		for (let i = 0; i < text.length - 1; i++) {
			const c = text.charCodeAt(i);
			const isSurrogatePair = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1));
			const isCrlf = collapseCrlf && c === 13 && text.charCodeAt(i + 1) === 10;
			if (isSurrogatePair || isCrlf) {
				this.pairs.push(i);
				i++;
			}
		}
	}

	map(offset: number): number {
		// Count pairs starting strictly before `offset`.
		let lo = 0;
		let hi = this.pairs.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.pairs[mid] < offset) lo = mid + 1;
			else hi = mid;
		}
		return offset - lo;
	}
}

function isLowSurrogate(c: number): boolean {
	return c >= 0xdc00 && c <= 0xdfff;
}

/** Moves `offset` off the middle of a surrogate pair (towards `direction`), so slices stay well-formed. */
export function snapToCodePoint(text: string, offset: number, direction: -1 | 1): number {
	if (offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset))) {
		const c = text.charCodeAt(offset - 1);
		if (c >= 0xd800 && c <= 0xdbff) return offset + (direction < 0 ? -1 : 1);
	}
	return offset;
}
