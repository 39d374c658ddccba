// The Node adapter of the seed pipeline's SeedSource: plain `node:fs`, absolute paths.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sidecarPathFor } from '../curation/sidecar';
import type { EntryStat, EntryType, FolderEntry, SeedSource } from '../pipeline/source';

function typeOf(st: { isFile(): boolean; isDirectory(): boolean }): EntryType {
	return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other';
}

function isMissing(e: unknown): boolean {
	const code = (e as NodeJS.ErrnoException)?.code;
	return code === 'ENOENT' || code === 'ENOTDIR';
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
		case 'EPIPE':
			return 'the reading end of the pipe was closed';
		default:
			return err?.message ?? String(e);
	}
}

/** Temporary files of atomic writes: `.NAME.<12 hex>.tmp` beside the target. */
export function temporaryNameFor(target: string): string {
	return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export const nodeSource: SeedSource = {
	async stat(path: string): Promise<EntryStat | undefined> {
		try {
			const st = await stat(path);
			return { type: typeOf(st), size: st.size };
		} catch (e) {
			if (isMissing(e)) return undefined;
			throw e;
		}
	},
	async read(path: string): Promise<Uint8Array> {
		return readFile(path);
	},
	async list(folder: string): Promise<FolderEntry[]> {
		const entries = await readdir(folder, { withFileTypes: true });
		const out: FolderEntry[] = [];
		for (const e of entries) {
			if (!e.isSymbolicLink()) {
				out.push({ name: e.name, type: typeOf(e) });
				continue;
			}
			// A link to a file is read; a link to a folder is never followed (no cycles).
			const target = await stat(join(folder, e.name)).catch(() => undefined);
			out.push({ name: e.name, type: target?.isFile() ? 'file' : 'other' });
		}
		return out;
	},
	join,
	sidecarOf: sidecarPathFor,
	async writeAtomic(path: string, content: Uint8Array): Promise<void> {
		const tmp = temporaryNameFor(path);
		try {
			await writeFile(tmp, content, { flag: 'wx' });
			await rename(tmp, path);
		} catch (e) {
			await rm(tmp, { force: true }).catch(() => undefined);
			throw e;
		}
	},
	describe: describeFsError,
};
