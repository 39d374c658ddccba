// Turns a seed's bytes into the text offsets refer to. Pure (TextDecoder is a global in Node and web workers).
//
// Offsets everywhere are into the text decoded as UTF-8 with a leading BOM removed and mixed line
// breaks normalized as VS Code does on load (see normalizeEol), which is what VS Code's
// `TextDocument.getText()` gives, so CLI and editor offsets agree. A file with only CRLF keeps them
// (`\r` counts as one unit, as in VS Code).
import { normalizeEol } from '../engine/text';

/** A seed that cannot be read as text. The message names the problem; callers prefix the file. */
export class SeedDecodeError extends Error {
	override readonly name: string = 'SeedDecodeError';
}

export class BinaryFileError extends SeedDecodeError {
	override readonly name = 'BinaryFileError';
	constructor(readonly byteOffset: number) {
		super(`binary file (NUL byte at offset ${byteOffset}; only UTF-8 text is read)`);
	}
}

export class InvalidUtf8Error extends SeedDecodeError {
	override readonly name = 'InvalidUtf8Error';
	constructor(readonly byteOffset: number) {
		super(`invalid UTF-8 at byte ${byteOffset}`);
	}
}

export class FileTooLargeError extends SeedDecodeError {
	override readonly name = 'FileTooLargeError';
	constructor(
		readonly size: number,
		readonly limit: number,
	) {
		super(`file too large (${size} bytes, over the limit of ${limit} bytes = ${formatMb(limit)} MB; see --max-size-mb)`);
	}
}

/** Default size limit for one seed: far above any article, low enough to keep memory bounded. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Bytes inspected for NUL, as git does to call a file binary. */
const BINARY_SNIFF = 8000;

/** Throws FileTooLargeError when `size` exceeds `maxBytes` (0 or Infinity: no limit). */
export function checkSize(size: number, maxBytes: number = DEFAULT_MAX_BYTES): void {
	if (maxBytes > 0 && size > maxBytes) throw new FileTooLargeError(size, maxBytes);
}

export function decodeSeed(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): string {
	checkSize(bytes.byteLength, maxBytes);
	const nul = bytes.subarray(0, BINARY_SNIFF).indexOf(0);
	if (nul >= 0) throw new BinaryFileError(nul);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InvalidUtf8Error(firstInvalidUtf8(bytes));
	}
	return normalizeEol(text);
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

function formatMb(bytes: number): string {
	return String(Math.round((bytes / 1024 / 1024) * 100) / 100);
}
