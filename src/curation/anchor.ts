// Anchoring decisions to text that changes: a quote with its context (the W3C TextQuoteSelector idea)
// plus the last known offsets. Pure TypeScript.
import { agreement, placeAll, placeAllAsync, WorkMeter, type IndexedPlace } from './anchorIndex';
import type { Anchor, Decision } from './sidecar';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export function makeAnchor(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): Anchor {
	return {
		start,
		end,
		exact: text.slice(start, end),
		prefix: text.slice(Math.max(0, start - contextLength), start),
		suffix: text.slice(end, end + contextLength),
	};
}

/** How a decision was found again: at its offsets, by its quote and context, or by its quote alone. */
export type AnchorMethod = 'offsets' | 'context' | 'quote';

/**
 * Why a decision has no place in the text:
 * - `not-found`: its quote is no longer in the text;
 * - `ambiguous`: the quote is there several times and the context does not tell which;
 * - `mention-gone`: a note whose machine mention the engine no longer proposes;
 * - `duplicate`: another decision already decides the same mention;
 * - `budget`: re-anchoring ran out of its time or work budget before reaching it (see ReanchorOptions).
 */
export type OrphanReason = 'not-found' | 'ambiguous' | 'mention-gone' | 'duplicate' | 'budget';

export interface Orphan {
	decision: Decision;
	reason: OrphanReason;
}

export type Located = { start: number; end: number; method: AnchorMethod } | { orphan: 'not-found' | 'ambiguous' };

/**
 * Finds an anchor's quote in `text`: at its offsets when the quote and its context are still there;
 * else where the quote and its whole context are (the nearest such place to the old offsets);
 * else at its offsets when the quote alone is still there; else the quote if it occurs once;
 * else the one place whose context agrees best (at least half of it); else nowhere.
 * Linear in the text's length per anchor.
 */
export function locate(text: string, anchor: Anchor): Located {
	const { exact } = anchor;
	const len = exact.length;
	if (len === 0) return { orphan: 'not-found' };
	const full = anchor.prefix.length + anchor.suffix.length;
	const atOffsets = anchor.start + len <= text.length && text.startsWith(exact, anchor.start);
	if (atOffsets && agreement(text, anchor.start, anchor) === full) return { start: anchor.start, end: anchor.start + len, method: 'offsets' };

	const hits: number[] = [];
	const scores: number[] = [];
	for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
		hits.push(i);
		scores.push(agreement(text, i, anchor));
	}
	if (hits.length === 0) return { orphan: 'not-found' };

	let nearest = -1;
	for (let j = 0; j < hits.length; j++) {
		if (scores[j] === full && (nearest < 0 || Math.abs(hits[j] - anchor.start) < Math.abs(hits[nearest] - anchor.start))) nearest = j;
	}
	if (nearest >= 0) return { start: hits[nearest], end: hits[nearest] + len, method: 'context' };
	if (atOffsets) return { start: anchor.start, end: anchor.start + len, method: 'offsets' };
	if (hits.length === 1) return { start: hits[0], end: hits[0] + len, method: 'quote' };

	let best = -1;
	let tie = false;
	for (let j = 0; j < hits.length; j++) {
		if (best < 0 || scores[j] > scores[best]) {
			best = j;
			tie = false;
		} else if (scores[j] === scores[best]) {
			tie = true;
		}
	}
	if (!tie && full > 0 && scores[best] * 2 >= full) return { start: hits[best], end: hits[best] + len, method: 'context' };
	return { orphan: 'ambiguous' };
}

export interface Reanchored {
	/** Decisions found in the text, with offsets and context updated to it. */
	placed: { decision: Decision; method: AnchorMethod }[];
	/** Decisions that could not be placed; they keep their old anchor. */
	orphans: Orphan[];
	/** True when some placed decision's anchor differs from before (the sidecar may be saved again). */
	moved: boolean;
	/** Units of work spent: occurrences visited and context characters compared (tests check growth with it). */
	operations: number;
	/** True when the budget ran out: the decisions not reached are orphans with reason `budget`. */
	overBudget: boolean;
}

export interface ReanchorOptions {
	/** Most units of work (see Reanchored.operations) for the whole pass; default 20 million. */
	maxOperations?: number;
	/** Asked about every 1 024 units of work; returning true stops the pass (a deadline on a clock). */
	isOverBudget?: () => boolean;
}

/** Far above what real sidecars need (a 1 MB seed with 2 000 decisions takes a few million). */
export const DEFAULT_MAX_OPERATIONS = 20_000_000;

/**
 * Re-anchors every decision to `text`, all at once: each distinct quote's occurrences are found once
 * and looked up by context (anchorIndex.ts), so the work grows with the text and the decisions, not their
 * product. Each decision gets the place `locate` would give it. Over budget, the rest are orphans.
 */
export function reanchor(text: string, decisions: readonly Decision[], options: ReanchorOptions = {}): Reanchored {
	const meter = new WorkMeter(options.maxOperations ?? DEFAULT_MAX_OPERATIONS, options.isOverBudget);
	return reanchored(text, decisions, placeAll(text, decisions, meter), meter);
}

export interface AsyncReanchorOptions extends ReanchorOptions {
	/** Awaited every `yieldEvery` units of work, so the caller's event loop runs (e.g. `setTimeout(0)`). */
	pause: () => Promise<void>;
	/** Units of work between pauses; default 200 000 (a few milliseconds). */
	yieldEvery?: number;
}

/** `reanchor` that pauses between quotes so a long pass does not hold the caller's thread. Same answers. */
export async function reanchorAsync(text: string, decisions: readonly Decision[], options: AsyncReanchorOptions): Promise<Reanchored> {
	const meter = new WorkMeter(options.maxOperations ?? DEFAULT_MAX_OPERATIONS, options.isOverBudget);
	return reanchored(text, decisions, await placeAllAsync(text, decisions, meter, options.pause, options.yieldEvery), meter);
}

function reanchored(text: string, decisions: readonly Decision[], places: Map<Decision, IndexedPlace>, meter: WorkMeter): Reanchored {
	const placed: Reanchored['placed'] = [];
	const orphans: Orphan[] = [];
	let moved = false;
	for (const d of decisions) {
		const at = places.get(d)!;
		if ('orphan' in at) {
			orphans.push({ decision: d, reason: at.orphan });
			continue;
		}
		const end = at.start + d.anchor.exact.length;
		const anchor = at.start === d.anchor.start ? refreshContext(text, d.anchor) : makeAnchor(text, at.start, end, Math.max(d.anchor.prefix.length, d.anchor.suffix.length, CONTEXT_LENGTH));
		const same = anchor.start === d.anchor.start && anchor.prefix === d.anchor.prefix && anchor.suffix === d.anchor.suffix;
		if (!same) moved = true;
		placed.push({ decision: same ? d : { ...d, anchor }, method: at.method });
	}
	return { placed, orphans, moved, operations: meter.operations, overBudget: meter.over };
}

function refreshContext(text: string, a: Anchor): Anchor {
	const fresh = makeAnchor(text, a.start, a.end);
	return fresh.prefix === a.prefix && fresh.suffix === a.suffix ? a : fresh;
}

/** An edit in old-text coordinates: [start, end) replaced by `length` characters. */
export interface TextChange {
	start: number;
	end: number;
	length: number;
}

/**
 * Moves anchors' offsets through edits (as VS Code reports them: non-overlapping, in the text before the
 * edits) so that the next `locate` finds them at their offsets. Anchors an edit overlaps keep their
 * start (shifted by earlier edits) and are left for `locate` to check against their quote.
 */
export function shiftDecisions(decisions: readonly Decision[], changes: readonly TextChange[]): Decision[] {
	if (changes.length === 0) return [...decisions];
	const sorted = [...changes].sort((a, b) => a.start - b.start);
	return decisions.map((d) => {
		let delta = 0;
		for (const c of sorted) {
			if (c.end <= d.anchor.start) delta += c.length - (c.end - c.start);
			else break;
		}
		return delta === 0 ? d : { ...d, anchor: { ...d.anchor, start: d.anchor.start + delta, end: d.anchor.end + delta } };
	});
}
