// Reading one seed and its sidecar from a SeedSource, then reviewing it: the per-file step of the
// CLI (and of a worker pool). Pure.
import { SidecarError } from '../curation/sidecar';
import { checkSize, decodeSeed, SeedDecodeError } from '../export/decode';
import { decodeSidecar, reviewSeed, type ReviewOptions, type SeedPolicy, type SeedReview } from './review';
import { SeedReadError, type SeedSource } from './source';

export interface SeedEntry {
	/** The adapter's path. */
	readonly path: string;
	/** The name shown to the person and written in exports. */
	readonly file: string;
}

export interface ReadSeed {
	text: string;
	/** The sidecar's JSON text; undefined when there is none (or review is off). */
	sidecar?: string;
}

export interface ProcessedSeed extends ReadSeed {
	readonly file: string;
	review: SeedReview;
}

/** Reads a regular file's text under the policy; `shown` names it in errors. */
async function readText(source: SeedSource, path: string, shown: string, policy: SeedPolicy, inSidecar: boolean): Promise<string | undefined> {
	try {
		const st = await source.stat(path);
		if (st === undefined) {
			if (inSidecar) return undefined;
			throw new SeedReadError(shown, 'no such file or folder');
		}
		// A FIFO or a device would block the read forever: only regular files are read.
		if (st.type !== 'file') throw new SeedReadError(shown, st.type === 'folder' ? 'is a folder' : 'not a regular file', inSidecar);
		checkSize(st.size, policy.maxBytes);
		const bytes = await source.read(path);
		return inSidecar ? decodeSidecar(bytes, policy.maxBytes) : decodeSeed(bytes, policy.maxBytes);
	} catch (e) {
		if (e instanceof SeedReadError) throw e;
		throw new SeedReadError(shown, e instanceof SeedDecodeError ? e.message : source.describe(e), inSidecar);
	}
}

/** The seed's text and its sidecar's (when `policy.review`). Throws SeedReadError naming the file. */
export async function readSeed(source: SeedSource, entry: SeedEntry, policy: SeedPolicy): Promise<ReadSeed> {
	const text = await readText(source, entry.path, entry.file, policy, false);
	if (text === undefined) throw new SeedReadError(entry.file, 'no such file or folder');
	if (!policy.review) return { text };
	const sidecar = await readSidecar(source, entry, policy);
	return sidecar === undefined ? { text } : { text, sidecar };
}

/** The JSON text of the seed's sidecar, undefined when there is none. Throws SeedReadError (`inSidecar`). */
export function readSidecar(source: SeedSource, entry: SeedEntry, policy: SeedPolicy): Promise<string | undefined> {
	return readText(source, source.sidecarOf(entry.path), source.sidecarOf(entry.file), policy, true);
}

/**
 * Reads and reviews one seed. Throws SeedReadError when the seed or its sidecar cannot be used
 * (`inSidecar` tells which); the engine failing is reported as an error on the seed.
 */
export async function processSeed(source: SeedSource, entry: SeedEntry, policy: SeedPolicy, options: ReviewOptions = {}): Promise<ProcessedSeed> {
	const read = await readSeed(source, entry, policy);
	try {
		return { ...read, file: entry.file, review: reviewSeed(read.text, read.sidecar, options) };
	} catch (e) {
		if (e instanceof SidecarError) throw new SeedReadError(source.sidecarOf(entry.file), e.message, true);
		// The engine is meant never to throw; if it does, lose one file, not the whole run.
		throw new SeedReadError(entry.file, `extraction failed (${(e as Error)?.message ?? String(e)}); please report this file`);
	}
}
