// One seed → its reviewed facts, under one policy shared by the CLI (extract, export, score) and the
// extension (index, exports). Pure.
//
// The policy:
// - text: UTF-8 only (a leading BOM dropped, CRLF kept); a NUL byte, invalid UTF-8 or a size over the
//   limit makes the seed unreadable, and the same holds for its sidecar;
// - a sidecar that exists but cannot be used (not JSON, wrong version, schema) is an error: the seed is
//   never taken as "nothing reviewed" (callers skip it or show the error);
// - orphaned decisions (their quote is gone or ambiguous) are listed, and the machine mentions they may
//   be about are held back: never exported as unreviewed facts.
import type { Orphan } from '../curation/anchor';
import { applyDecisions } from '../curation/apply';
import { parseSidecar, type Decision } from '../curation/sidecar';
import { asMachine, type ReviewedMention } from '../curation/types';
import { extract } from '../engine/extract';
import type { ExtractOptions, Mention } from '../engine/types';
import { decodeSeed, DEFAULT_MAX_BYTES } from '../export/decode';

export interface SeedPolicy {
	/** Largest seed or sidecar read, in bytes (0: no limit). */
	maxBytes: number;
	/** Read and apply review sidecars. */
	review: boolean;
}

export const DEFAULT_POLICY: SeedPolicy = { maxBytes: DEFAULT_MAX_BYTES, review: true };

export interface ReviewOptions {
	extract?: ExtractOptions;
	/** The extractor (default: the engine's `extract`; the extension passes its line-cached one). */
	extractor?: (text: string, options: ExtractOptions) => Mention[];
}

/** A sidecar's JSON text, its decisions already parsed, or nothing. */
export type SidecarInput = string | readonly Decision[] | undefined;

export interface SeedReview {
	/** The engine's mentions. */
	raw: Mention[];
	/** Every mention with its status (rejected ones included), sorted by position. */
	mentions: ReviewedMention[];
	orphans: Orphan[];
	/** Unreviewed mentions an orphaned decision may be about (same kind and text): not exported. */
	heldBack: ReviewedMention[];
	/** The decisions with anchors moved to the text (undefined without a sidecar). */
	decisions?: Decision[];
}

/** A sidecar's bytes as JSON text: the seed's rules (UTF-8, no NUL, size); throws SeedDecodeError. */
export function decodeSidecar(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): string {
	return decodeSeed(bytes, maxBytes);
}

/**
 * The reviewed facts of one seed. Throws SidecarError when `sidecar` is JSON text that is not a
 * usable sidecar.
 */
export function reviewSeed(text: string, sidecar: SidecarInput, options: ReviewOptions = {}): SeedReview {
	const extractOptions = options.extract ?? {};
	const raw = (options.extractor ?? extract)(text, extractOptions);
	if (sidecar === undefined) return { raw, mentions: asMachine(raw), orphans: [], heldBack: [] };
	const decisions = typeof sidecar === 'string' ? parseSidecar(sidecar).decisions : sidecar;
	const applied = applyDecisions(text, raw, decisions);
	// Human mentions of kinds the caller did not ask for are left out like the machine's.
	const kinds = extractOptions.kinds;
	const shown = kinds ? applied.mentions.filter((m) => kinds.includes(m.kind)) : applied.mentions;
	const { kept, heldBack } = holdBackOrphans(shown, applied.orphans);
	return { raw, mentions: kept, orphans: applied.orphans, heldBack, decisions: applied.decisions };
}

/** Splits off the unreviewed mentions whose kind and text are those of an orphaned decision. */
export function holdBackOrphans(mentions: readonly ReviewedMention[], orphans: readonly Orphan[]): { kept: ReviewedMention[]; heldBack: ReviewedMention[] } {
	const quoted = new Set<string>();
	for (const o of orphans) {
		const kind = o.decision.target ?? o.decision.fact?.kind;
		if (kind) quoted.add(`${kind}\u0000${o.decision.anchor.exact}`);
	}
	if (quoted.size === 0) return { kept: [...mentions], heldBack: [] };
	const kept: ReviewedMention[] = [];
	const heldBack: ReviewedMention[] = [];
	for (const m of mentions) (m.status === 'machine' && quoted.has(`${m.kind}\u0000${m.text}`) ? heldBack : kept).push(m);
	return { kept, heldBack };
}
