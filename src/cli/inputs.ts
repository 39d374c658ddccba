// Input seeds for the CLI: files and folders (recursive) → readable documents, one at a time.
import { readFile, stat } from 'node:fs/promises';
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SidecarError, sidecarPathFor } from '../curation/sidecar';
import type { ExtractOptions } from '../engine/types';
import { checkSize, decodeSeed, SeedDecodeError } from '../export/decode';
import { reviewedDocument } from '../export/documents';
import type { ExportDocument } from '../export/rows';

export interface InputFile {
	/** Absolute path. */
	abs: string;
	/** The path written in the output: relative to the working folder with `/`, or absolute when outside it. */
	file: string;
}

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

/** Folders never walked into: hidden ones (.git, .vscode) and dependencies. */
function skipFolder(name: string): boolean {
	return name.startsWith('.') || name === 'node_modules';
}

/**
 * The seeds named by `paths`: a file is taken as is (whatever its extension); a folder gives
 * its `.txt` files, recursively, sorted, not following symbolic links to folders (no cycles).
 * `exclude` holds absolute folders to leave out (the export's own output folder).
 */
export function collectInputs(paths: readonly string[], cwd: string, exclude: readonly string[] = []): { files: InputFile[]; errors: InputError[] } {
	const files: InputFile[] = [];
	const errors: InputError[] = [];
	const seen = new Set<string>();
	const add = (abs: string) => {
		if (seen.has(abs)) return;
		seen.add(abs);
		files.push({ abs, file: displayPath(abs, cwd) });
	};
	const walk = (dir: string) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch (e) {
			errors.push(new InputError(displayPath(dir, cwd), describeFsError(e)));
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			const abs = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!skipFolder(entry.name) && !exclude.includes(abs)) walk(abs);
			} else if (/\.txt$/i.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(abs)))) {
				add(abs);
			}
		}
	};
	for (const p of paths) {
		const abs = resolve(cwd, p);
		let st;
		try {
			st = statSync(abs);
		} catch (e) {
			errors.push(new InputError(p, describeFsError(e)));
			continue;
		}
		if (st.isDirectory()) walk(abs);
		else add(abs);
	}
	return { files, errors };
}

function isFile(abs: string): boolean {
	try {
		return statSync(abs).isFile();
	} catch {
		return false;
	}
}

export interface ReadOptions {
	extract: ExtractOptions;
	/** Largest seed read, in bytes (0: no limit). */
	maxBytes: number;
	/** Apply `NAME.txt.facts.json` review sidecars (default true). */
	review: boolean;
}

/** Reads one seed and its sidecar. Throws InputError naming the file. */
export async function readDocument(input: InputFile, options: ReadOptions): Promise<ExportDocument> {
	let text: string;
	try {
		const st = await stat(input.abs);
		if (!st.isFile()) throw new InputError(input.file, 'not a regular file');
		checkSize(st.size, options.maxBytes);
		text = decodeSeed(await readFile(input.abs), options.maxBytes);
	} catch (e) {
		if (e instanceof InputError) throw e;
		if (e instanceof SeedDecodeError) throw new InputError(input.file, e.message);
		throw new InputError(input.file, describeFsError(e));
	}
	let sidecar: string | undefined;
	if (options.review) {
		const sidecarPath = sidecarPathFor(input.abs);
		try {
			sidecar = await readFile(sidecarPath, 'utf8');
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(sidecarPathFor(input.file), describeFsError(e));
		}
	}
	try {
		return reviewedDocument(input.file, text, sidecar, options.extract);
	} catch (e) {
		if (e instanceof SidecarError) throw new InputError(sidecarPathFor(input.file), `${e.message} The seed was skipped; fix the review file or pass --no-review.`);
		// The engine is meant never to throw; if it does, lose one file, not the whole export.
		throw new InputError(input.file, `extraction failed (${(e as Error)?.message ?? String(e)}); please report this file`);
	}
}

/**
 * The documents of `inputs`, read lazily (one seed in memory at a time). A seed that cannot be
 * read is reported through `onError` and skipped.
 */
export async function* readDocuments(inputs: readonly InputFile[], options: ReadOptions, onError: (e: InputError) => void): AsyncGenerator<ExportDocument> {
	for (const input of inputs) {
		let doc: ExportDocument;
		try {
			doc = await readDocument(input, options);
		} catch (e) {
			if (!(e instanceof InputError)) throw e;
			onError(e);
			continue;
		}
		yield doc;
	}
}

/** A short, human description of a file-system error. */
export function describeFsError(e: unknown): string {
	const err = e as NodeJS.ErrnoException;
	switch (err?.code) {
		case 'ENOENT':
			return 'no such file or folder';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a folder';
		case 'ENOTDIR':
			return 'a parent is not a folder';
		case 'EROFS':
			return 'read-only file system';
		case 'ENOSPC':
			return 'no space left on device';
		case 'ELOOP':
			return 'too many symbolic links';
		default:
			return err?.message ?? String(e);
	}
}
