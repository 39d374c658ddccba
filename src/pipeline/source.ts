// Where seeds come from: a small file-system interface with two adapters, Node's for the CLI
// (src/cli/nodeSource.ts) and `workspace.fs` for the extension (src/extension/facts/workspaceSource.ts).
// Paths are the adapter's own strings (absolute paths for Node, URI strings for VS Code). Pure.

/** `other`: a FIFO, a socket, a device, or a symbolic link to a folder (never followed). */
export type EntryType = 'file' | 'folder' | 'other';

export interface EntryStat {
	readonly type: EntryType;
	/** Bytes (files). */
	readonly size: number;
}

export interface FolderEntry {
	readonly name: string;
	readonly type: EntryType;
}

export interface SeedSource {
	/** Undefined when nothing is there; follows symbolic links to files. */
	stat(path: string): Promise<EntryStat | undefined>;
	/** The bytes of a regular file (callers check its type and size first). */
	read(path: string): Promise<Uint8Array>;
	/** The entries of a folder, in any order. */
	list(folder: string): Promise<FolderEntry[]>;
	/** The path of `name` inside `folder`. */
	join(folder: string, name: string): string;
	/** The review sidecar's path for a seed (`NAME.txt.facts.json`). */
	sidecarOf(seed: string): string;
	/** Writes `content` to a temporary file beside `path`, then renames it over `path`: never a partial file. */
	writeAtomic(path: string, content: Uint8Array): Promise<void>;
	/** A short, human description of an error this source threw (`permission denied`). */
	describe(error: unknown): string;
}

/** A seed or its sidecar cannot be used; the message names the problem, `path` the file. */
export class SeedReadError extends Error {
	override readonly name = 'SeedReadError';
	constructor(
		/** The file as shown to the person (the seed, or its sidecar). */
		readonly path: string,
		readonly reason: string,
		/** True when the problem is the review sidecar, not the seed itself. */
		readonly inSidecar = false,
	) {
		super(`${path}: ${reason}`);
	}
}
