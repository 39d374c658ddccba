// Reading a seed's sidecar through an injected reader, so the CLI (node:fs) and the extension
// (workspace.fs) share it. Pure TypeScript.
import type { Mention } from '../engine/types';
import type { Orphan } from './anchor';
import { applyDecisions } from './apply';
import { parseSidecar, parseSidecarBytes, sidecarPathFor, SidecarError, type Sidecar } from './sidecar';
import { asMachine, type ReviewedMention } from './types';

/**
 * Reads a file's text, or better its bytes (decoded strictly, so that invalid UTF-8 in a review file is
 * reported like in a seed); rejects when it cannot (a missing file rejects with code ENOENT or FileNotFound).
 */
export type ReadText = (path: string) => Promise<string | Uint8Array>;

/** Whether an error from a reader means "no such file" (Node's ENOENT, VS Code's FileNotFound). */
export function isNotFound(e: unknown): boolean {
	const code = (e as { code?: unknown } | undefined)?.code;
	return code === 'ENOENT' || code === 'FileNotFound' || code === 'EntryNotFound';
}

/**
 * The sidecar beside `textPath` (`textPath + '.facts.json'`): undefined when there is none;
 * throws SidecarError when it exists but cannot be used (unreadable, invalid JSON, wrong version, schema).
 */
export async function loadSidecarFor(textPath: string, readFile: ReadText): Promise<Sidecar | undefined> {
	const path = sidecarPathFor(textPath);
	let json: string | Uint8Array;
	try {
		json = await readFile(path);
	} catch (e) {
		if (isNotFound(e)) return undefined;
		throw new SidecarError('json', `The review file ${path} cannot be read (${(e as Error).message}).`);
	}
	try {
		return typeof json === 'string' ? parseSidecar(json) : parseSidecarBytes(json);
	} catch (e) {
		if (e instanceof SidecarError) throw new SidecarError(e.reason, `${path}: ${e.message}`, e.details);
		throw e;
	}
}

export interface ReviewedFile {
	/** Machine mentions with the sidecar applied (all `machine` when there is no usable sidecar). */
	mentions: ReviewedMention[];
	orphans: Orphan[];
	/** The sidecar as read (undefined when there is none or it is unusable). */
	sidecar?: Sidecar;
	/** Why the sidecar was not applied, when it exists but is unusable. */
	error?: SidecarError;
}

/**
 * For `extract` and `export`: the engine's mentions of one file with its sidecar applied. A corrupt
 * sidecar does not stop the caller: `error` says why and the mentions are the engine's alone.
 */
export async function reviewFile(textPath: string, text: string, machine: readonly Mention[], readFile: ReadText): Promise<ReviewedFile> {
	let sidecar: Sidecar | undefined;
	try {
		sidecar = await loadSidecarFor(textPath, readFile);
	} catch (e) {
		if (e instanceof SidecarError) return { mentions: asMachine(machine), orphans: [], error: e };
		throw e;
	}
	if (!sidecar) return { mentions: asMachine(machine), orphans: [] };
	const applied = applyDecisions(text, machine, sidecar.decisions);
	return { mentions: applied.mentions, orphans: applied.orphans, sidecar };
}

const ORPHAN_REASON_TEXT: Record<string, string> = {
	'not-found': 'its text is no longer in the document',
	ambiguous: 'its text appears several times and the context does not tell which',
	'mention-gone': 'the engine no longer proposes this fact',
	duplicate: 'another decision already decides this fact',
	budget: 're-anchoring stopped before reaching it (over its time budget)',
};

/** Quotes document text on one line, shortened: warnings must stay one line per orphan. */
function oneLine(s: string, max = 80): string {
	const flat = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * One line for the CLI's warning about an orphaned decision: file, action, quote, why, note.
 * `seeds/a.txt: orphaned reject of «OCDE» (ambiguous: its text appears several times …); note: «…»`
 */
export function orphanWarning(file: string, orphan: Orphan): string {
	const d = orphan.decision;
	const why = ORPHAN_REASON_TEXT[orphan.reason] ?? orphan.reason;
	const note = d.note === undefined ? '' : `; note: «${oneLine(d.note)}»`;
	return `${file}: orphaned ${d.action} of «${oneLine(d.anchor.exact)}» at offset ${d.anchor.start} (${orphan.reason}: ${why})${note}`;
}
