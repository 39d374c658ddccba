// Atomic outputs for the CLI: everything is written to a temporary file (or folder) beside the
// target and renamed into place once complete, so a failed or interrupted export leaves no partial
// file and never truncates an existing one. The replaced file keeps its permissions; a symbolic
// link is written through (its target replaced), never replaced by a file. Temporary names carry
// the writer's process id, so that the next run removes those a killed run left behind.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, unlinkSync } from 'node:fs';
import { access, constants, lstat, mkdir, mkdtemp, open, readdir, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FolderEntry } from '../export/format';
import type { FolderSink, TextSink } from '../export/run';
import { describeFsError } from './nodeSource';

/** The export's target cannot be written; nothing was written. */
export class OutputError extends Error {
	override readonly name = 'OutputError';
	constructor(
		readonly path: string,
		message: string,
	) {
		super(`${path}: ${message}`);
	}
}

/** Synchronous clean-ups for temporaries still open, run on SIGINT/SIGTERM. */
const pending = new Set<() => void>();

export function cleanUpTemporaries(): void {
	for (const clean of pending) {
		try {
			clean();
		} catch {
			// Best effort while the process is going down.
		}
	}
	pending.clear();
}

/** The folder `dir` that will hold `target` must exist: nothing is created above the target. */
async function checkFolder(dir: string, target: string): Promise<void> {
	let st;
	try {
		st = await stat(dir);
	} catch (e) {
		const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${describeFsError(e)})`;
		throw new OutputError(target, `cannot write: folder ${dir} ${why}`);
	}
	if (!st.isDirectory()) throw new OutputError(target, `cannot write: ${dir} is not a folder`);
}

export interface AtomicFile extends TextSink {
	/** Also takes UTF-8 bytes (the `--jobs` workers' chunks). */
	write(chunk: string | Uint8Array): Promise<void>;
	commit(): Promise<void>;
	abort(): Promise<void>;
}

/** Whether a process with this id is running (a temporary file of a live writer must be left alone). */
function isAlive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** `.<name>.<pid>-<hex>.tmp` (a file) or `.<name>.<pid>.tmp-<random>` (a staging folder). */
const TEMP = /^\.(.+)\.(\d+)(?:-[0-9a-f]{12}\.tmp|\.tmp-[A-Za-z0-9]{6})$/;

/** Removes the temporaries that killed runs left beside `target` (best effort). */
export async function removeStaleTemporaries(dir: string, target: string): Promise<void> {
	const name = basename(target);
	let entries: string[];
	try {
		entries = await readdir(dir);
	} catch {
		return;
	}
	for (const entry of entries) {
		const m = TEMP.exec(entry);
		if (m && m[1] === name && !isAlive(Number(m[2]))) await rm(join(dir, entry), { recursive: true, force: true }).catch(() => undefined);
	}
}

/** The file a write to `target` replaces: the target itself, or the file its symbolic link points to. */
async function resolveTarget(target: string): Promise<string> {
	const link = await lstat(target).catch(() => undefined);
	if (!link?.isSymbolicLink()) return target;
	try {
		return await realpath(target);
	} catch {
		throw new OutputError(target, 'is a symbolic link to nothing (a missing file): not replaced; remove the link or give another path');
	}
}

/** Opens `<dir>/.<name>.<pid>-<random>.tmp`; `commit` renames it over `target`. Fails early when the target cannot be written. */
export async function openAtomicFile(requested: string): Promise<AtomicFile> {
	const target = await resolveTarget(requested);
	const dir = dirname(target);
	await checkFolder(dir, target);
	await removeStaleTemporaries(dir, target);
	const existing = await stat(target).catch(() => undefined);
	if (existing?.isDirectory()) throw new OutputError(target, 'is a folder (give a file name)');
	// `--out /dev/stdout`, a named pipe: nothing to replace, write straight into it.
	if (existing && !existing.isFile()) return openDirect(target);
	if (existing) {
		try {
			await access(target, constants.W_OK);
		} catch {
			throw new OutputError(target, 'file is read-only');
		}
	}
	const tmp = join(dir, `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
	// Registered before the file exists: a signal that comes while `open` completes must still remove it.
	const clean = () => unlinkSync(tmp);
	pending.add(clean);
	let fh: FileHandle;
	try {
		fh = await open(tmp, 'wx', 0o666);
		// The replaced file keeps its permissions (a group-readable export stays so).
		if (existing) await fh.chmod(existing.mode & 0o7777);
	} catch (e) {
		pending.delete(clean);
		throw new OutputError(target, `cannot write in folder ${dir} (${describeFsError(e)})`);
	}
	let closed = false;
	const close = async () => {
		if (!closed) {
			closed = true;
			await fh.close();
		}
	};
	return {
		async write(chunk: string | Uint8Array) {
			try {
				await (typeof chunk === 'string' ? fh.write(chunk, null, 'utf8') : fh.write(chunk));
			} catch (e) {
				throw new OutputError(target, `write failed (${describeFsError(e)})`);
			}
		},
		async commit() {
			try {
				await fh.datasync();
				await close();
				await rename(tmp, target);
			} catch (e) {
				await close().catch(() => undefined);
				await rm(tmp, { force: true }).catch(() => undefined);
				throw new OutputError(target, `could not be replaced (${describeFsError(e)})`);
			} finally {
				pending.delete(clean);
			}
		},
		async abort() {
			pending.delete(clean);
			await close().catch(() => undefined);
			await rm(tmp, { force: true });
		},
	};
}

async function openDirect(target: string): Promise<AtomicFile> {
	let fh: FileHandle;
	try {
		fh = await open(target, 'w');
	} catch (e) {
		throw new OutputError(target, `cannot be opened (${describeFsError(e)})`);
	}
	return {
		async write(chunk: string | Uint8Array) {
			try {
				await (typeof chunk === 'string' ? fh.write(chunk, null, 'utf8') : fh.write(chunk));
			} catch (e) {
				throw new OutputError(target, `write failed (${describeFsError(e)})`);
			}
		},
		commit: () => fh.close(),
		abort: () => fh.close(),
	};
}

export interface AtomicFolder extends FolderSink {
	commit(): Promise<void>;
	abort(): Promise<void>;
}

/**
 * A folder export (brat). Files are staged in a hidden temporary folder; on commit the staging
 * folder becomes the target when the target does not exist yet, else each file is renamed into it
 * (existing files of the same name replaced, others left alone). The target's parent must exist.
 */
export async function openAtomicFolder(target: string): Promise<AtomicFolder> {
	const parent = dirname(target);
	await checkFolder(parent, target);
	const existing = await stat(target).catch(() => undefined);
	if (existing && !existing.isDirectory()) throw new OutputError(target, 'exists and is not a folder');
	// Stage inside the target when it exists (the same file system, and it is the folder that must be writable).
	const stageIn = existing ? target : parent;
	await removeStaleTemporaries(stageIn, target);
	let staging: string;
	try {
		staging = await mkdtemp(join(stageIn, `.${basename(target)}.${process.pid}.tmp-`));
	} catch (e) {
		throw new OutputError(target, `cannot write in folder ${stageIn} (${describeFsError(e)})`);
	}
	const clean = () => rmSync(staging, { recursive: true, force: true });
	pending.add(clean);
	const keepIfPresent = new Set<string>();
	return {
		async writeFile(entry: FolderEntry) {
			const path = join(staging, ...entry.path.split('/'));
			if (entry.ifAbsent) keepIfPresent.add(entry.path);
			try {
				await mkdir(dirname(path), { recursive: true });
				const fh = await open(path, 'wx', 0o666);
				try {
					await fh.write(entry.content, null, 'utf8');
				} finally {
					await fh.close();
				}
			} catch (e) {
				throw new OutputError(join(target, entry.path), `write failed (${describeFsError(e)})`);
			}
		},
		async commit() {
			try {
				if (!existing) {
					await rename(staging, target);
					return;
				}
				for (const rel of await listFiles(staging)) {
					const dest = join(target, ...rel.split('/'));
					if (keepIfPresent.has(rel) && (await stat(dest).catch(() => undefined))) continue;
					mkdirSync(dirname(dest), { recursive: true });
					await rename(join(staging, ...rel.split('/')), dest);
				}
				await rm(staging, { recursive: true, force: true });
			} catch (e) {
				await rm(staging, { recursive: true, force: true }).catch(() => undefined);
				throw new OutputError(target, `could not be completed (${describeFsError(e)})`);
			} finally {
				pending.delete(clean);
			}
		},
		async abort() {
			pending.delete(clean);
			await rm(staging, { recursive: true, force: true });
		},
	};
}

async function listFiles(root: string, prefix = ''): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(join(root, prefix), { withFileTypes: true })) {
		const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
		else out.push(rel);
	}
	return out;
}
