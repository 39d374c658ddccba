// Input seeds for the CLI: files and folders (recursive) → reviewed documents, one at a time,
// through the seed pipeline (src/pipeline) and its Node adapter.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Orphan } from '../curation/anchor';
import type { ExtractOptions } from '../engine/types';
import type { ExportDocument } from '../export/rows';
import { processSeed, type ProcessedSeed, type SeedEntry } from '../pipeline/load';
import type { SeedPolicy } from '../pipeline/review';
import { SeedReadError } from '../pipeline/source';
import { walkSeeds } from '../pipeline/walk';
import { describeFsError, nodeSource } from './nodeSource';

/** A problem with one input; the others are still processed. */
export class InputError extends Error {
	override readonly name = 'InputError';
	constructor(
		readonly path: string,
		message: string,
	) {
		super(`${path}: ${message}`);
	}
}

export function displayPath(abs: string, cwd: string): string {
	const rel = relative(cwd, abs);
	const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
	return (inside ? rel : abs).split(sep).join('/');
}

/**
 * The seeds named by `paths`: a file is taken as is (whatever its extension); a folder gives
 * its `.txt` files, recursively, sorted, not following symbolic links to folders (no cycles),
 * skipping hidden folders and node_modules. `exclude` holds absolute folders to leave out.
 */
export async function collectInputs(paths: readonly string[], cwd: string, exclude: readonly string[] = []): Promise<{ files: SeedEntry[]; errors: InputError[] }> {
	const files: SeedEntry[] = [];
	const errors: InputError[] = [];
	const seen = new Set<string>();
	const add = (abs: string) => {
		if (seen.has(abs)) return;
		seen.add(abs);
		files.push({ path: abs, file: displayPath(abs, cwd) });
	};
	const onError = (dir: string, e: unknown) => errors.push(new InputError(displayPath(dir, cwd), describeFsError(e)));
	for (const p of paths) {
		const abs = resolve(cwd, p);
		let st;
		try {
			st = await nodeSource.stat(abs);
		} catch (e) {
			errors.push(new InputError(p, describeFsError(e)));
			continue;
		}
		if (!st) errors.push(new InputError(p, 'no such file or folder'));
		else if (st.type === 'folder') for (const f of await walkSeeds(nodeSource, abs, { exclude, onError })) add(f);
		else add(abs);
	}
	return { files, errors };
}

export interface ReadOptions {
	extract: ExtractOptions;
	policy: SeedPolicy;
}

/** What a run learned about orphaned decisions, per seed. */
export interface OrphanReport {
	readonly file: string;
	readonly orphans: readonly Orphan[];
	/** Unreviewed mentions held back because an orphan may be about them. */
	readonly heldBack: number;
}

/** Reads and reviews one seed. Throws InputError naming the file. */
export async function readDocument(input: SeedEntry, options: ReadOptions): Promise<ProcessedSeed> {
	try {
		return await processSeed(nodeSource, input, options.policy, { extract: options.extract });
	} catch (e) {
		if (!(e instanceof SeedReadError)) throw e;
		const hint = e.inSidecar ? ' The seed was skipped; fix the review file or pass --no-review.' : '';
		throw new InputError(e.path, `${e.reason}${hint}`);
	}
}

export interface DocumentEvents {
	onError(e: InputError): void;
	onOrphans?(report: OrphanReport): void;
}

/**
 * The documents of `inputs`, read lazily (one seed in memory at a time). A seed that cannot be
 * read is reported through `onError` and skipped.
 */
export async function* readDocuments(inputs: readonly SeedEntry[], options: ReadOptions, events: DocumentEvents): AsyncGenerator<ExportDocument> {
	for (const input of inputs) {
		let seed: ProcessedSeed;
		try {
			seed = await readDocument(input, options);
		} catch (e) {
			if (!(e instanceof InputError)) throw e;
			events.onError(e);
			continue;
		}
		if (seed.review.orphans.length) events.onOrphans?.({ file: seed.file, orphans: seed.review.orphans, heldBack: seed.review.heldBack.length });
		yield { file: seed.file, text: seed.text, mentions: seed.review.mentions };
	}
}
