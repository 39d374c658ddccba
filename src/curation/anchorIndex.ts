// Re-anchoring many decisions at once in near-linear time. Pure TypeScript.
//
// Locating each decision on its own visits every occurrence of its quote: 2 000 one-letter quotes
// on a 1 MB seed made 2 000 passes over tens of thousands of occurrences each. Here the occurrences of
// each distinct quote are found once, and the places where a decision's context agrees are looked up
// in maps keyed by the text around each occurrence, so the work is about (text length × distinct
// quote lengths + decisions), whatever their number. The answers are those of `locate` (anchor.ts).
import type { Anchor, Decision } from './sidecar';

export type IndexedPlace = { start: number; method: 'offsets' | 'context' | 'quote' } | { orphan: 'not-found' | 'ambiguous' | 'budget' };

/** Counts the work done and says when the budget is spent. */
export class WorkMeter {
	operations = 0;
	over = false;
	private nextCheck = 1024;

	constructor(
		private readonly maxOperations: number,
		private readonly isOverBudget?: () => boolean,
	) {}

	/** Adds `n` units of work; true when the budget is spent (from then on, always true). */
	spend(n: number): boolean {
		this.operations += n;
		if (this.over) return true;
		if (this.operations > this.maxOperations) this.over = true;
		else if (this.isOverBudget && this.operations >= this.nextCheck) {
			this.nextCheck = this.operations + 1024;
			this.over = this.isOverBudget();
		}
		return this.over;
	}
}

/** Characters of prefix and suffix that agree with the text around an occurrence at `start`. */
export function agreement(text: string, start: number, anchor: Anchor): number {
	let score = 0;
	const { prefix, suffix } = anchor;
	for (let k = 1; k <= prefix.length && start - k >= 0 && text.charCodeAt(start - k) === prefix.charCodeAt(prefix.length - k); k++) score++;
	const end = start + anchor.exact.length;
	for (let k = 0; k < suffix.length && end + k < text.length && text.charCodeAt(end + k) === suffix.charCodeAt(k); k++) score++;
	return score;
}

/** Whether the quote and its whole context are still at the anchor's offsets. */
export function intactAtOffsets(text: string, a: Anchor): boolean {
	return a.exact.length > 0 && a.start + a.exact.length <= text.length && text.startsWith(a.exact, a.start) && agreement(text, a.start, a) === a.prefix.length + a.suffix.length;
}

/** Occurrences of `quote` in `text`, ascending (overlapping ones included). */
function occurrences(text: string, quote: string, meter: WorkMeter): number[] | undefined {
	const hits: number[] = [];
	for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
		hits.push(i);
		if ((hits.length & 1023) === 0 && meter.spend(1024)) return undefined;
	}
	meter.spend((hits.length & 1023) + 1);
	return meter.over ? undefined : hits;
}

/** A 32-bit hash of text[from, to), computed without slicing (FNV-1a over UTF-16 units). */
function hashRange(text: string, from: number, to: number): number {
	let h = 0x811c9dc5;
	for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/**
 * For each decision, the occurrences (among `hits`) where the text from `before` characters before
 * the quote to `after` characters after it equals the decision's own. Decisions with the same
 * (before, after) share one table keyed by a hash of that text, and decisions with the same text share
 * one list, so each occurrence is hashed once per distinct pair, whatever the number of decisions.
 */
function matchesBy(text: string, hits: readonly number[], len: number, group: readonly Decision[], side: (a: Anchor) => [number, number], meter: WorkMeter): Map<Decision, number[]> | undefined {
	const out = new Map<Decision, number[]>();
	const byShape = new Map<string, { table: Map<number, { key: string; list: number[] }[]>; edges: Set<number> }>();
	for (const d of group) {
		const [before, after] = side(d.anchor);
		const key = d.anchor.prefix.slice(d.anchor.prefix.length - before) + d.anchor.exact + d.anchor.suffix.slice(0, after);
		const shape = `${before}:${after}`;
		let entry = byShape.get(shape);
		if (!entry) byShape.set(shape, (entry = { table: new Map(), edges: new Set() }));
		// The characters just outside the quote: a cheap first filter before hashing the whole window.
		entry.edges.add(edgeCode(key, before - 1, before + len));
		const h = hashRange(key, 0, key.length);
		const bucket = entry.table.get(h) ?? entry.table.set(h, []).get(h)!;
		let found = bucket.find((e) => e.key === key);
		if (!found) bucket.push((found = { key, list: [] }));
		out.set(d, found.list);
	}
	for (const [shape, { table, edges }] of byShape) {
		const [before, after] = shape.split(':').map(Number);
		for (const at of hits) {
			const from = at - before;
			const to = at + len + after;
			if (from < 0 || to > text.length || !edges.has(edgeCode(text, at - 1, at + len, before, after))) continue;
			const bucket = table.get(hashRange(text, from, to));
			if (bucket) for (const e of bucket) if (text.startsWith(e.key, from)) e.list.push(at);
		}
		if (meter.spend(hits.length)) return undefined;
	}
	return out;
}

/** The code units at `left` and `right` (0 for an empty side of the window), folded to 30 bits (a small integer for the engine): a filter, collisions only cost a hash. */
function edgeCode(s: string, left: number, right: number, before = left + 1, after = s.length - right): number {
	const l = before > 0 ? s.charCodeAt(left) : 0;
	const r = after > 0 ? s.charCodeAt(right) : 0;
	return ((l & 0x7fff) << 15) | (r & 0x7fff);
}

/** The entry of ascending `list` nearest to `target`; the lower one on a tie. */
function nearest(list: readonly number[], target: number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid] < target) lo = mid + 1;
		else hi = mid;
	}
	if (lo === 0) return list[0];
	if (lo === list.length) return list[lo - 1];
	return target - list[lo - 1] <= list[lo] - target ? list[lo - 1] : list[lo];
}

/** Places the decisions sharing one quote, given the quote's occurrences. */
function placeGroup(text: string, group: readonly Decision[], hits: readonly number[], meter: WorkMeter, out: Map<Decision, IndexedPlace>): void {
	const len = group[0].anchor.exact.length;
	const full = matchesBy(text, hits, len, group, (a) => [a.prefix.length, a.suffix.length], meter);
	if (!full) return;
	const rest: Decision[] = [];
	for (const d of group) {
		const a = d.anchor;
		const at = full.get(d);
		if (at?.length) out.set(d, { start: nearest(at, a.start), method: 'context' });
		else if (a.start + len <= text.length && text.startsWith(a.exact, a.start)) out.set(d, { start: a.start, method: 'offsets' });
		else if (hits.length === 0) out.set(d, { orphan: 'not-found' });
		else if (hits.length === 1) out.set(d, { start: hits[0], method: 'quote' });
		else if (a.prefix.length + a.suffix.length === 0) out.set(d, { orphan: 'ambiguous' });
		else rest.push(d);
	}
	if (rest.length) placeByHalfContext(text, rest, hits, len, meter, out);
}

/**
 * The last resort of `locate`: the one occurrence whose context agrees best, with at least half of it.
 * An occurrence agreeing on half the context agrees on at least half the prefix or half the suffix, so
 * only occurrences found in those two maps are scored; ties and weaker bests stay ambiguous.
 */
function placeByHalfContext(text: string, rest: readonly Decision[], hits: readonly number[], len: number, meter: WorkMeter, out: Map<Decision, IndexedPlace>): void {
	const withPrefix = rest.filter((d) => d.anchor.prefix.length > 0);
	const withSuffix = rest.filter((d) => d.anchor.suffix.length > 0);
	const byPrefix = matchesBy(text, hits, len, withPrefix, (a) => [Math.ceil(a.prefix.length / 2), 0], meter);
	const bySuffix = byPrefix && matchesBy(text, hits, len, withSuffix, (a) => [0, Math.ceil(a.suffix.length / 2)], meter);
	if (!byPrefix || !bySuffix) return;
	for (const d of rest) {
		const a = d.anchor;
		const fromPrefix = byPrefix.get(d) ?? [];
		const fromSuffix = bySuffix.get(d) ?? [];
		const full = a.prefix.length + a.suffix.length;
		if (meter.spend((fromPrefix.length + fromSuffix.length) * (full + 1))) return;
		const candidates = new Set([...fromPrefix, ...fromSuffix]);
		let best = -1;
		let bestScore = -1;
		let tie = false;
		for (const h of [...candidates].sort((x, y) => x - y)) {
			const s = agreement(text, h, a);
			if (s > bestScore) [best, bestScore, tie] = [h, s, false];
			else if (s === bestScore) tie = true;
		}
		out.set(d, best >= 0 && !tie && bestScore * 2 >= full ? { start: best, method: 'context' } : { orphan: 'ambiguous' });
	}
}

/** The work of placeAll, one distinct quote at a time: it yields between quotes (see placeAllAsync). */
function* placeSteps(text: string, decisions: readonly Decision[], meter: WorkMeter, out: Map<Decision, IndexedPlace>): Generator<void, void, void> {
	const byQuote = new Map<string, Decision[]>();
	for (const d of decisions) {
		const a = d.anchor;
		meter.operations += a.exact.length + a.prefix.length + a.suffix.length;
		if (a.exact.length === 0) out.set(d, { orphan: 'not-found' });
		else if (intactAtOffsets(text, a)) out.set(d, { start: a.start, method: 'offsets' });
		else {
			const list = byQuote.get(a.exact);
			if (list) list.push(d);
			else byQuote.set(a.exact, [d]);
		}
	}
	for (const [quote, group] of byQuote) {
		yield;
		if (meter.over) break;
		const hits = occurrences(text, quote, meter);
		if (hits) placeGroup(text, group, hits, meter, out);
	}
	for (const d of decisions) if (!out.has(d)) out.set(d, { orphan: 'budget' });
}

/**
 * Where each decision goes in `text`, as `locate` would say, computed for all at once. Decisions whose
 * quote and context are still at their offsets are placed first (they cost nothing to check); when the
 * meter's budget runs out, the decisions not yet placed get `{ orphan: 'budget' }`.
 */
export function placeAll(text: string, decisions: readonly Decision[], meter: WorkMeter): Map<Decision, IndexedPlace> {
	const out = new Map<Decision, IndexedPlace>();
	for (const _ of placeSteps(text, decisions, meter, out));
	return out;
}

/**
 * placeAll that lets the caller's event loop run: after every `every` units of work (between two
 * distinct quotes) it awaits `pause()` (the extension host: a `setTimeout(0)`), so a long pass does not
 * hold the UI thread. Same answers as placeAll.
 */
export async function placeAllAsync(text: string, decisions: readonly Decision[], meter: WorkMeter, pause: () => Promise<void>, every = 200_000): Promise<Map<Decision, IndexedPlace>> {
	const out = new Map<Decision, IndexedPlace>();
	let next = meter.operations + every;
	for (const _ of placeSteps(text, decisions, meter, out)) {
		if (meter.operations >= next) {
			await pause();
			next = meter.operations + every;
		}
	}
	return out;
}
