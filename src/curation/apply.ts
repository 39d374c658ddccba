// Applying a person's decisions to the engine's mentions. Pure TypeScript.
import type { AmountMention, DateMention, Mention, MentionKind, OrganizationMention } from '../engine/types';
import { reanchor, reanchorAsync, type AnchorMethod, type AsyncReanchorOptions, type Orphan, type Reanchored, type ReanchorOptions } from './anchor';
import type { Anchor, Decision, Fact, Sidecar } from './sidecar';
import type { ReviewedMention, ReviewStatus } from './types';

export interface ApplyResult {
	/** Every mention to show or export, sorted by position; rejected ones stay, with status `rejected`. */
	mentions: ReviewedMention[];
	/** Decisions with no place in the text or no mention to apply to; never dropped from the sidecar. */
	orphans: Orphan[];
	/** The decisions with anchors updated to the text (orphans unchanged), in the input's order. */
	decisions: Decision[];
	/** True when some anchor moved: saving `decisions` records the new offsets. */
	moved: boolean;
	/** How each placed decision was found, by id. */
	methods: Map<string, AnchorMethod>;
	/** True when re-anchoring ran out of budget (some orphans have reason `budget`). */
	overBudget: boolean;
}

const STATUS: Record<Decision['action'], ReviewStatus> = { accept: 'accepted', reject: 'rejected', correct: 'corrected', add: 'manual', note: 'machine' };

const key = (start: number, end: number, kind: MentionKind) => `${start}:${end}:${kind}`;

/** Spans sorted by start with the running maximum of their ends: "does anything overlap [s, e)?" in O(log n). */
class SpanIndex<T extends { start: number; end: number }> {
	private readonly spans: T[];
	private readonly maxEnd: number[] = [];

	constructor(spans: readonly T[]) {
		this.spans = [...spans].sort((a, b) => a.start - b.start);
		let max = -Infinity;
		for (const sp of this.spans) this.maxEnd.push((max = Math.max(max, sp.end)));
	}

	/** Index of the last span starting before `end`, or -1. */
	private lastBefore(end: number): number {
		let lo = 0;
		let hi = this.spans.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.spans[mid].start < end) lo = mid + 1;
			else hi = mid;
		}
		return lo - 1;
	}

	overlapsAny(start: number, end: number): boolean {
		const i = this.lastBefore(end);
		return i >= 0 && this.maxEnd[i] > start;
	}

	/** The spans overlapping [start, end), visiting only those that can. */
	overlapping(start: number, end: number): T[] {
		const out: T[] = [];
		for (let i = this.lastBefore(end); i >= 0 && this.maxEnd[i] > start; i--) if (this.spans[i].end > start) out.push(this.spans[i]);
		return out;
	}
}

/**
 * The reviewed view of a document: machine mentions with the decisions applied.
 * - accept / correct: the person's fact at the anchor (the machine's extra details kept when the kind agrees);
 * - reject: the machine mention stays, marked `rejected`;
 * - add: a manual mention;
 * - note: the machine mention with the note.
 * Machine mentions of the same kind overlapping an accepted, corrected or manual mention are hidden:
 * the person's span wins. Re-anchoring happens first (see anchor.ts; `options` bounds its work).
 * Machine mentions an orphaned decision may be about are marked `orphanOf` (see holdForOrphans).
 * Near-linear in the mentions and decisions.
 */
export function applyDecisions(text: string, machine: readonly Mention[], decisions: readonly Decision[] | Sidecar, options: ReanchorOptions = {}): ApplyResult {
	const list = listOf(decisions);
	return applyReanchored(machine, list, reanchor(text, list, options));
}

/** applyDecisions whose re-anchoring pauses now and then (see reanchorAsync), for the extension host. */
export async function applyDecisionsAsync(text: string, machine: readonly Mention[], decisions: readonly Decision[] | Sidecar, options: AsyncReanchorOptions): Promise<ApplyResult> {
	const list = listOf(decisions);
	return applyReanchored(machine, list, await reanchorAsync(text, list, options));
}

function listOf(decisions: readonly Decision[] | Sidecar): readonly Decision[] {
	return Array.isArray(decisions) ? (decisions as readonly Decision[]) : (decisions as Sidecar).decisions;
}

function applyReanchored(machine: readonly Mention[], list: readonly Decision[], reanchoredList: Reanchored): ApplyResult {
	const { placed, orphans, moved, overBudget } = reanchoredList;
	const methods = new Map<string, AnchorMethod>();
	const updated = new Map<string, Decision>();
	for (const p of placed) {
		methods.set(p.decision.id, p.method);
		updated.set(p.decision.id, p.decision);
	}

	const byKey = new Map<string, number>();
	machine.forEach((m, i) => {
		if (!byKey.has(key(m.start, m.end, m.kind))) byKey.set(key(m.start, m.end, m.kind), i);
	});
	const byKind = new Map<MentionKind, SpanIndex<{ start: number; end: number; i: number }>>();
	const spansOf = (kind: MentionKind) => byKind.get(kind) ?? byKind.set(kind, new SpanIndex(machine.flatMap((m, i) => (m.kind === kind ? [{ start: m.start, end: m.end, i }] : [])))).get(kind)!;
	const consumed = new Set<number>();
	const out: ReviewedMention[] = [];
	const human: ReviewedMention[] = [];

	// Decisions in position order, so that which of two conflicting decisions wins does not depend on file order.
	const ordered = [...placed].sort((a, b) => a.decision.anchor.start - b.decision.anchor.start || (a.decision.id < b.decision.id ? -1 : 1));
	for (const { decision: d } of ordered) {
		const a = d.anchor;
		let target = d.target === undefined ? undefined : byKey.get(key(a.start, a.end, d.target));
		if (d.action === 'reject' && target === undefined && d.target !== undefined) {
			// The engine's span moved a little (an upgrade): reject the one same-kind mention overlapping the quote.
			const near = spansOf(d.target)
				.overlapping(a.start, a.end)
				.filter((sp) => !consumed.has(sp.i));
			if (near.length === 1) target = near[0].i;
		}
		if (target !== undefined && consumed.has(target)) {
			orphans.push({ decision: d, reason: 'duplicate' });
			continue;
		}
		const base = target === undefined ? undefined : machine[target];
		if (target !== undefined) consumed.add(target);
		const note = d.note === undefined ? {} : { note: d.note };
		switch (d.action) {
			case 'reject':
				// Nothing left to reject when the engine no longer proposes it: the decision is moot, not lost.
				if (base) out.push({ ...base, status: 'rejected', decisionId: d.id, ...note });
				break;
			case 'note':
				if (base) out.push({ ...base, status: 'machine', decisionId: d.id, ...note });
				else orphans.push({ decision: d, reason: 'mention-gone' });
				break;
			case 'accept':
			case 'correct':
			case 'add': {
				const m: ReviewedMention = { ...mentionFromFact(d.fact ?? { kind: d.target ?? 'organization' }, a, base), status: STATUS[d.action], decisionId: d.id, ...note };
				out.push(m);
				human.push(m);
				break;
			}
		}
	}

	const humanByKind = new Map<MentionKind, SpanIndex<ReviewedMention>>();
	for (const kind of new Set(human.map((h) => h.kind))) humanByKind.set(kind, new SpanIndex(human.filter((h) => h.kind === kind)));
	const held = holdForOrphans(orphans);
	machine.forEach((m, i) => {
		if (consumed.has(i)) return;
		if (humanByKind.get(m.kind)?.overlapsAny(m.start, m.end)) return;
		const by = held.get(`${m.kind}\u0000${m.text}`);
		if (!by) out.push({ ...m, status: 'machine' });
		else out.push(by.note === undefined ? { ...m, status: 'machine', orphanOf: by.id } : { ...m, status: 'machine', orphanOf: by.id, note: by.note });
	});
	out.sort((x, y) => x.start - y.start || x.end - y.end || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
	return {
		mentions: out,
		orphans,
		decisions: list.map((d) => updated.get(d.id) ?? d),
		moved,
		methods,
		overBudget,
	};
}

/**
 * Orphans that may still be about a machine mention in the text: their quote is there but could not be
 * placed (`ambiguous`), or re-anchoring stopped before them (`budget`). Keyed by the kind they decide
 * about and their quote; the first such decision (in position order) wins.
 */
function holdForOrphans(orphans: readonly Orphan[]): Map<string, Decision> {
	const held = new Map<string, Decision>();
	const sorted = orphans.filter((o) => (o.reason === 'ambiguous' || o.reason === 'budget') && o.decision.action !== 'add' && o.decision.target !== undefined).map((o) => o.decision);
	sorted.sort((a, b) => a.anchor.start - b.anchor.start || (a.id < b.id ? -1 : 1));
	for (const d of sorted) {
		const k = `${d.target}\u0000${d.anchor.exact}`;
		if (!held.has(k)) held.set(k, d);
	}
	return held;
}

/** A mention carrying a person's fact at an anchor; details the fact does not hold come from the machine's mention of the same kind. */
export function mentionFromFact(fact: Fact, anchor: Anchor, machine?: Mention): Mention {
	const span = { start: anchor.start, end: anchor.end, text: anchor.exact };
	const same = machine && machine.kind === fact.kind ? machine : undefined;
	switch (fact.kind) {
		case 'amount': {
			const m: AmountMention = { ...span, kind: 'amount', sub: fact.sub ?? (same as AmountMention | undefined)?.sub ?? 'quantity', value: typeof fact.value === 'number' ? fact.value : Number(fact.value ?? NaN) };
			if (fact.unit !== undefined) m.unit = fact.unit;
			if (fact.qualifier !== undefined) m.qualifier = fact.qualifier;
			if (fact.min !== undefined) m.min = fact.min;
			if (fact.max !== undefined) m.max = fact.max;
			return m;
		}
		case 'date': {
			const m: DateMention = { ...span, kind: 'date', value: String(fact.value ?? '') };
			if (fact.mod !== undefined) m.mod = fact.mod;
			if (fact.resolved !== undefined) m.resolved = fact.resolved;
			const d = same as DateMention | undefined;
			// The engine's explanation of an inferred year still holds only for the value it inferred.
			if (d?.inferredYear && d.value === m.value) {
				m.inferredYear = d.inferredYear;
				if (m.resolved === undefined && d.resolved !== undefined) m.resolved = d.resolved;
			}
			return m;
		}
		case 'organization': {
			const o = same as OrganizationMention | undefined;
			const m: OrganizationMention = { ...span, kind: 'organization', canonical: fact.canonical ?? o?.canonical ?? anchor.exact };
			if (o?.acronym !== undefined) m.acronym = o.acronym;
			if (o?.longForm !== undefined) m.longForm = o.longForm;
			return m;
		}
	}
}

/** The fact a mention states, as recorded by accept / correct. */
export function factOf(m: Mention): Fact {
	switch (m.kind) {
		case 'amount': {
			const f: Fact = { kind: 'amount', sub: m.sub, value: m.value };
			if (m.unit !== undefined) f.unit = m.unit;
			if (m.qualifier !== undefined) f.qualifier = m.qualifier;
			if (m.min !== undefined) f.min = m.min;
			if (m.max !== undefined) f.max = m.max;
			return f;
		}
		case 'date': {
			const f: Fact = { kind: 'date', value: m.value };
			if (m.mod !== undefined) f.mod = m.mod;
			if (m.resolved !== undefined) f.resolved = m.resolved;
			return f;
		}
		case 'organization':
			return { kind: 'organization', canonical: m.canonical };
	}
}

export interface ReviewProgress {
	/** Mentions with a decision (accepted, rejected, corrected, manual). */
	reviewed: number;
	/** All mentions shown, rejected included. */
	total: number;
	byStatus: Record<ReviewStatus, number>;
}

export function reviewProgress(mentions: readonly ReviewedMention[]): ReviewProgress {
	const byStatus: Record<ReviewStatus, number> = { machine: 0, accepted: 0, rejected: 0, corrected: 0, manual: 0 };
	for (const m of mentions) byStatus[m.status]++;
	return { reviewed: mentions.length - byStatus.machine, total: mentions.length, byStatus };
}

/**
 * The mentions an export keeps: rejected ones only when `all` is set; never a mention an orphaned
 * decision may be about (it would be exported as a machine fact although a person decided on it).
 */
export function exportable(mentions: readonly ReviewedMention[], all = false): ReviewedMention[] {
	return mentions.filter((m) => m.orphanOf === undefined && (all || m.status !== 'rejected'));
}
