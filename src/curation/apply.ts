// Applying a person's decisions to the engine's mentions. Pure TypeScript.
import type { AmountMention, DateMention, Mention, MentionKind, OrganizationMention } from '../engine/types';
import { reanchor, type AnchorMethod, type Orphan } from './anchor';
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
}

const STATUS: Record<Decision['action'], ReviewStatus> = { accept: 'accepted', reject: 'rejected', correct: 'corrected', add: 'manual', note: 'machine' };

const key = (start: number, end: number, kind: MentionKind) => `${start}:${end}:${kind}`;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The reviewed view of a document: machine mentions with the decisions applied.
 * - accept / correct: the person's fact at the anchor (the machine's extra details kept when the kind agrees);
 * - reject: the machine mention stays, marked `rejected`;
 * - add: a manual mention;
 * - note: the machine mention with the note.
 * Machine mentions of the same kind overlapping an accepted, corrected or manual mention are hidden:
 * the person's span wins. Re-anchoring happens first (see anchor.ts).
 */
export function applyDecisions(text: string, machine: readonly Mention[], decisions: readonly Decision[] | Sidecar): ApplyResult {
	const list = Array.isArray(decisions) ? (decisions as readonly Decision[]) : (decisions as Sidecar).decisions;
	const { placed, orphans, moved } = reanchor(text, list);
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
			const near = machine.map((m, i) => ({ m, i })).filter(({ m, i }) => m.kind === d.target && !consumed.has(i) && overlaps(m, a));
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

	machine.forEach((m, i) => {
		if (consumed.has(i)) return;
		if (human.some((h) => h.kind === m.kind && overlaps(h, m))) return;
		out.push({ ...m, status: 'machine' });
	});
	out.sort((x, y) => x.start - y.start || x.end - y.end || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
	return {
		mentions: out,
		orphans,
		decisions: list.map((d) => updated.get(d.id) ?? d),
		moved,
		methods,
	};
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

/** The mentions an export keeps: rejected ones only when `all` is set. */
export function exportable(mentions: readonly ReviewedMention[], all = false): ReviewedMention[] {
	return all ? [...mentions] : mentions.filter((m) => m.status !== 'rejected');
}
