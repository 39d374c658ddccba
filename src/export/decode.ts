// Turns a seed's bytes into the text offsets refer to. Pure (TextDecoder is a global in Node and web workers).
//
// Offsets everywhere are into the text decoded as UTF-8 with a leading BOM removed and mixed line
// breaks normalized as VS Code does on load (see normalizeEol), which is what VS Code's
// `TextDocument.getText()` gives, so CLI and editor offsets agree. A file with only CRLF keeps them
// (`\r` counts as one unit, as in VS Code).
import { firstInvalidUtf8, normalizeEol } from '../engine/text';

// Kept importable from here, where seeds are decoded.
export { firstInvalidUtf8 } from '../engine/text';

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

function formatMb(bytes: number): string {
	return String(Math.round((bytes / 1024 / 1024) * 100) / 100);
}
