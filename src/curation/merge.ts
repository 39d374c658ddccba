// Two windows (or a window and the CLI, or git) writing one sidecar: a three-way merge decision by
// decision, and the save protocol the extension's store uses so that no decision is lost. Pure TypeScript:
// the file access is injected (workspace.fs in the extension, node:fs in tests and the CLI).
import { compareDecisions, parseSidecar, parseSidecarBytes, serializeSidecar, SIDECAR_VERSION, SidecarError, type Decision, type Sidecar } from './sidecar';

/**
 * - `both-changed`: both sides changed (or both added) the decision with this id, differently;
 * - `changed-and-removed`: one side changed it, the other removed it (the change is kept: nothing lost);
 * - `same-mention`: both sides added a decision (different ids) about the same mention: one is kept.
 */
export type MergeConflictKind = 'both-changed' | 'changed-and-removed' | 'same-mention';

export interface MergeConflict {
	kind: MergeConflictKind;
	/** Id of the decision kept (for `same-mention`, the id of the kept one). */
	id: string;
	/** The two versions in conflict (absent: removed on that side). */
	mine?: Decision;
	onDisk?: Decision;
	/** Which side's version the merged sidecar holds. */
	kept: 'mine' | 'onDisk';
}

export interface MergeResult {
	sidecar: Sidecar;
	/** Conflicts resolved, in decision order: for a message ("1 decision changed in both windows"). */
	conflicts: MergeConflict[];
}

/** Document-level fields merged three-way like a decision: the side that changed it wins; both changed: mine. */
const HEADER_FIELDS = ['status', 'referenceDate', 'language'] as const;

function mergeField<T>(base: T | undefined, mine: T | undefined, onDisk: T | undefined): T | undefined {
	return mine === base ? onDisk : mine;
}

/** Canonical text of a decision (key order fixed), for equality and tie-breaking. */
function canonical(d: Decision | undefined): string {
	return d === undefined ? '' : serializeSidecar({ version: SIDECAR_VERSION, decisions: [d] });
}

/**
 * Which of two versions wins a conflict, the same whichever side each comes from: the one made later
 * (`at`), then the greater canonical text. True when `x` wins.
 */
function wins(x: Decision, y: Decision): boolean {
	const ax = x.at ?? '';
	const ay = y.at ?? '';
	if (ax !== ay) return ax > ay;
	return canonical(x) > canonical(y);
}

/** Between two new decisions about one mention: a status decision beats a bare note, then `wins`. */
function prevails(x: Decision, y: Decision): boolean {
	if ((x.action === 'note') !== (y.action === 'note')) return y.action === 'note';
	return wins(x, y);
}

function byId(s: Sidecar | undefined): Map<string, Decision> {
	return new Map((s?.decisions ?? []).map((d) => [d.id, d]));
}

/** The merged version of one decision id, and the conflict if both sides changed it. */
function mergeOne(id: string, b: Decision | undefined, m: Decision | undefined, d: Decision | undefined): { keep?: Decision; conflict?: MergeConflict } {
	const [cb, cm, cd] = [canonical(b), canonical(m), canonical(d)];
	if (cm === cd) return { keep: m };
	if (cm === cb) return { keep: d };
	if (cd === cb) return { keep: m };
	if (m === undefined || d === undefined) {
		const keep = (m ?? d)!;
		return { keep, conflict: { kind: 'changed-and-removed', id, mine: m, onDisk: d, kept: m ? 'mine' : 'onDisk' } };
	}
	const mineWins = wins(m, d);
	return { keep: mineWins ? m : d, conflict: { kind: 'both-changed', id, mine: m, onDisk: d, kept: mineWins ? 'mine' : 'onDisk' } };
}

/** What a decision is about: its span and the kind it decides on (the fact's kind for `add`). */
function mentionKey(d: Decision): string {
	return `${d.anchor.start}:${d.anchor.end}:${d.action === 'add' ? `add:${d.fact?.kind ?? ''}` : (d.target ?? '')}`;
}

/**
 * Three-way merge of a sidecar: `base` is what this side last read (undefined: there was no file),
 * `mine` what it wants to write, `onDisk` what the file holds now. Decision by decision (by id): a
 * decision added, changed or removed on one side only keeps that side's version; changed on both
 * sides, the later (`at`) wins, else the greater canonical text (so both windows resolve alike);
 * changed on one side and removed on the other, the change is kept. Two decisions added on different
 * sides about the same mention keep one: a status decision over a bare note (whose text moves onto it),
 * else by the same rule. Every such case is reported.
 */
export function mergeSidecar(base: Sidecar | undefined, mine: Sidecar, onDisk: Sidecar | undefined): MergeResult {
	const [b, m, d] = [byId(base), byId(mine), byId(onDisk)];
	const all = new Set([...m.keys(), ...d.keys(), ...b.keys()]);
	const kept: Decision[] = [];
	const conflicts: MergeConflict[] = [];
	const side = new Map<Decision, 'mine' | 'onDisk'>();
	for (const id of all) {
		const r = mergeOne(id, b.get(id), m.get(id), d.get(id));
		if (r.conflict) conflicts.push(r.conflict);
		if (!r.keep) continue;
		kept.push(r.keep);
		if (!b.has(id)) side.set(r.keep, r.keep === m.get(id) ? 'mine' : 'onDisk');
	}
	// New decisions from the two sides about one mention: apply would orphan one as a duplicate.
	const fresh = new Map<string, Decision>();
	const dropped = new Set<Decision>();
	for (const dec of [...kept].sort(compareDecisions)) {
		const from = side.get(dec);
		if (!from) continue;
		const k = mentionKey(dec);
		const other = fresh.get(k);
		if (!other || side.get(other) === from) {
			if (!other) fresh.set(k, dec);
			continue;
		}
		const [first, lose] = prevails(dec, other) ? [dec, other] : [other, dec];
		// A bare note loses to a decision on the same mention but its text is not lost: it moves onto the winner.
		const win = lose.note !== undefined && first.note === undefined ? { ...first, note: lose.note } : first;
		if (win !== first) {
			kept[kept.indexOf(first)] = win;
			side.set(win, side.get(first)!);
		}
		dropped.add(lose);
		fresh.set(k, win);
		const mineV = side.get(dec) === 'mine' ? dec : other;
		const diskV = mineV === dec ? other : dec;
		conflicts.push({ kind: 'same-mention', id: win.id, mine: mineV, onDisk: diskV, kept: first === mineV ? 'mine' : 'onDisk' });
	}
	const decisions = kept.filter((x) => !dropped.has(x)).sort(compareDecisions);
	const sidecar: Sidecar = { version: SIDECAR_VERSION, decisions: [] };
	const text = mine.text ?? onDisk?.text;
	if (text !== undefined) sidecar.text = text;
	for (const key of HEADER_FIELDS) {
		const value = mergeField(base?.[key], mine[key], onDisk?.[key]);
		if (value !== undefined) (sidecar as unknown as Record<string, unknown>)[key] = value;
	}
	sidecar.decisions = decisions;
	return { sidecar, conflicts };
}

// ---------------------------------------------------------------- saving

/** A sidecar file as the save protocol sees it. */
export interface SidecarFile {
	/** The file's current text, or better its bytes (decoded strictly: invalid UTF-8 is an error, never replaced); undefined when it does not exist. */
	read(): Promise<string | Uint8Array | undefined>;
	/** Replaces the file's text (atomically if the file system can: temp file + rename). */
	write(text: string): Promise<void>;
	/**
	 * Optional exclusive lock between writers that use this protocol (node: `open(path + '.lock', 'wx')`;
	 * workspace.fs: rename of a temp file onto the lock path with `overwrite: false`). Resolves to a
	 * release function, or undefined when another writer holds it. A stale lock is the implementer's to break.
	 */
	tryLock?(): Promise<(() => Promise<void>) | undefined>;
}

export interface SaveOptions {
	/** Read-merge-write rounds before giving up with SidecarWriteError('contended'); default 8. */
	maxAttempts?: number;
	/** Tries to take the lock before giving up with SidecarWriteError('locked'); default 50. */
	lockAttempts?: number;
	/** Waits between tries (default: 20 ms × try number, capped at 200 ms, through setTimeout). */
	wait?: (attempt: number) => Promise<void>;
}

export interface SaveResult {
	/** The sidecar as it now is on disk: the next save's `base`. */
	sidecar: Sidecar;
	/** Its text. */
	text: string;
	/** False when the file already held exactly this (nothing written). */
	written: boolean;
	conflicts: MergeConflict[];
	/** Read-merge-write rounds used (1 when no other writer interfered). */
	attempts: number;
}

export type SidecarWriteErrorReason = 'locked' | 'contended';

/** The save could not complete; the file is left as another writer made it (never half-written by us). */
export class SidecarWriteError extends Error {
	override readonly name = 'SidecarWriteError';
	constructor(
		readonly reason: SidecarWriteErrorReason,
		message: string,
	) {
		super(message);
	}
}

const defaultWait = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(200, 20 * attempt)));

async function lock(file: SidecarFile, options: SaveOptions): Promise<(() => Promise<void>) | undefined> {
	if (!file.tryLock) return undefined;
	const tries = options.lockAttempts ?? 50;
	const wait = options.wait ?? defaultWait;
	for (let i = 1; i <= tries; i++) {
		const release = await file.tryLock();
		if (release) return release;
		if (i < tries) await wait(i);
	}
	throw new SidecarWriteError('locked', `The review file is locked by another writer (tried ${tries} times).`);
}

/** The file's text; bytes are decoded strictly (SidecarError 'encoding' on invalid UTF-8, so a damaged file is never rewritten). */
async function readText(file: SidecarFile): Promise<string | undefined> {
	const content = await file.read();
	if (content === undefined || typeof content === 'string') return content;
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
	} catch {
		parseSidecarBytes(content);
		throw new SidecarError('encoding', 'The review file is not UTF-8 text.');
	}
}

function parseOrUndefined(text: string | undefined): Sidecar | undefined {
	// A corrupt file throws SidecarError: the person must fix it; we never overwrite it.
	return text === undefined ? undefined : parseSidecar(text);
}

/**
 * Saves `mine` without losing what another writer saved since `base` was read:
 * lock (when the file offers one) → read → three-way merge → re-read and compare (compare-and-swap:
 * if the file changed meanwhile, merge again) → write → read back and verify (if another writer that
 * ignores the lock wrote meanwhile, merge again). Throws SidecarError when the file on disk is corrupt
 * (left untouched), SidecarWriteError when the lock or the file stays contended.
 */
export async function saveSidecarMerged(file: SidecarFile, base: Sidecar | undefined, mine: Sidecar, options: SaveOptions = {}): Promise<SaveResult> {
	const release = await lock(file, options);
	try {
		const max = options.maxAttempts ?? 8;
		const wait = options.wait ?? defaultWait;
		for (let attempt = 1; attempt <= max; attempt++) {
			const diskText = await readText(file);
			const merged = mergeSidecar(base, mine, parseOrUndefined(diskText));
			const text = serializeSidecar(merged.sidecar);
			const done = { sidecar: merged.sidecar, text, conflicts: merged.conflicts, attempts: attempt };
			if (text === diskText || (diskText === undefined && merged.sidecar.decisions.length === 0)) return { ...done, written: false };
			if ((await readText(file)) !== diskText) continue;
			await file.write(text);
			if ((await readText(file)) === text) return { ...done, written: true };
			await wait(attempt);
		}
		throw new SidecarWriteError('contended', `The review file kept changing while it was being saved (${max} attempts).`);
	} finally {
		await release?.();
	}
}

// ---------------------------------------------------------------- a lock from plain file operations

/** The file operations an exclusive lock file needs (node:fs, or workspace.fs). */
export interface LockFileOps {
	/** Creates the lock file with `content` only if it does not exist; false when it already exists. */
	createExclusive(content: string): Promise<boolean>;
	/** The lock file's content, undefined when it does not exist. */
	read(): Promise<string | undefined>;
	/** Milliseconds since the lock file was last written, undefined when it does not exist. */
	age(): Promise<number | undefined>;
	remove(): Promise<void>;
}

let lockCounter = 0;

/**
 * `SidecarFile.tryLock` from plain file operations. node: `open(lock, 'wx')`; workspace.fs: write a
 * temporary file, then `rename(temp, lock, { overwrite: false })`, which fails when the lock exists.
 * A lock older than `staleMs` (its writer crashed) is broken. Release removes the lock only while it is
 * still this writer's (its content is a token unique to the acquisition).
 */
export function exclusiveLock(ops: LockFileOps, staleMs = 30_000): () => Promise<(() => Promise<void>) | undefined> {
	return async () => {
		const token = `${Date.now().toString(36)}-${(++lockCounter).toString(36)}-${Math.random().toString(36).slice(2)}`;
		const release = async () => {
			if ((await ops.read()) === token) await ops.remove();
		};
		if (await ops.createExclusive(token)) return release;
		const age = await ops.age();
		if (age !== undefined && age <= staleMs) return undefined;
		// Gone meanwhile, or stale: check again right before breaking it, then try once more.
		if (age !== undefined && ((await ops.age()) ?? 0) > staleMs) await ops.remove();
		return (await ops.createExclusive(token)) ? release : undefined;
	};
}
