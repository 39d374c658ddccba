// Curation actions as pure functions: decisions in, decisions out. The extension and tests share them.
import type { MentionKind } from '../engine/types';
import { makeAnchor } from './anchor';
import { factOf } from './apply';
import type { Decision, Fact } from './sidecar';
import type { ReviewedMention } from './types';

export interface ActionContext {
	/** The document's current text (anchors are taken from it). */
	text: string;
	/** Time stamp for `at` (ISO 8601); omitted when absent. */
	now?: () => string;
	/** New decision ids; random by default. */
	newId?: () => string;
}

export class CurationActionError extends Error {
	override readonly name = 'CurationActionError';
}

/** A short random id (base 36), unique within `taken`. */
export function randomId(taken: ReadonlySet<string> = new Set()): string {
	const bytes = new Uint8Array(8);
	for (;;) {
		globalThis.crypto.getRandomValues(bytes);
		let id = '';
		for (const b of bytes) id += (b % 36).toString(36);
		if (!taken.has(id)) return id;
	}
}

function create(ctx: ActionContext, list: readonly Decision[], fields: Omit<Decision, 'id' | 'anchor' | 'at'>, start: number, end: number): Decision {
	if (start < 0 || end <= start || end > ctx.text.length) throw new CurationActionError(`Nothing to curate between offsets ${start} and ${end}.`);
	const id = ctx.newId ? ctx.newId() : randomId(new Set(list.map((d) => d.id)));
	const d: Decision = { id, action: fields.action, anchor: makeAnchor(ctx.text, start, end) };
	if (fields.target !== undefined) d.target = fields.target;
	if (fields.fact !== undefined) d.fact = fields.fact;
	if (fields.note !== undefined) d.note = fields.note;
	const at = ctx.now?.();
	if (at !== undefined) d.at = at;
	return d;
}

/** Replaces the decision `id` (or appends `next` when there is none); `next` undefined removes it. */
function replace(list: readonly Decision[], id: string | undefined, next: Decision | undefined): Decision[] {
	const out = list.filter((d) => d.id !== id);
	if (next) out.push(next);
	return out;
}

function decisionOf(list: readonly Decision[], m: ReviewedMention): Decision | undefined {
	return m.decisionId === undefined ? undefined : list.find((d) => d.id === m.decisionId);
}

/** A new decision on the same span keeps the earlier one's id (stable diffs) and, unless given, its note. */
function redecide(ctx: ActionContext, list: readonly Decision[], m: ReviewedMention, prev: Decision | undefined, fields: Omit<Decision, 'id' | 'anchor' | 'at'>): Decision[] {
	const d = create(ctx, list, fields, m.start, m.end);
	if (prev) d.id = prev.id;
	if (fields.note === undefined && prev?.note !== undefined) d.note = prev.note;
	return replace(list, prev?.id, d);
}

/** The machine kind a decision on `m` is about. */
function targetOf(m: ReviewedMention, prev: Decision | undefined): MentionKind {
	return prev?.target ?? m.kind;
}

/** The mention is right. Accepting a manual or corrected mention changes nothing. */
export function accept(list: readonly Decision[], ctx: ActionContext, m: ReviewedMention): Decision[] {
	const prev = decisionOf(list, m);
	if (m.status === 'accepted' || m.status === 'manual' || m.status === 'corrected') return [...list];
	return redecide(ctx, list, m, prev, { action: 'accept', target: targetOf(m, prev), fact: factOf(m) });
}

/** The mention is not a fact. Rejecting a manual mention deletes it. */
export function reject(list: readonly Decision[], ctx: ActionContext, m: ReviewedMention): Decision[] {
	const prev = decisionOf(list, m);
	if (m.status === 'rejected') return [...list];
	if (m.status === 'manual') return replace(list, prev?.id, undefined);
	return redecide(ctx, list, m, prev, { action: 'reject', target: targetOf(m, prev) });
}

/** Right place, other kind or value. Correcting a manual mention edits it. */
export function correct(list: readonly Decision[], ctx: ActionContext, m: ReviewedMention, fact: Fact): Decision[] {
	const prev = decisionOf(list, m);
	if (m.status === 'manual' && prev) return replace(list, prev.id, { ...prev, fact });
	return redecide(ctx, list, m, prev, { action: 'correct', target: targetOf(m, prev), fact });
}

/** Sets (or, with an empty note, removes) a person's note on a mention. */
export function setNote(list: readonly Decision[], ctx: ActionContext, m: ReviewedMention, note: string | undefined): Decision[] {
	const prev = decisionOf(list, m);
	const text = note?.trim() ? note : undefined;
	if (prev) {
		if (text === undefined && prev.action === 'note') return replace(list, prev.id, undefined);
		const next: Decision = { ...prev };
		if (text === undefined) delete next.note;
		else next.note = text;
		return replace(list, prev.id, next);
	}
	if (text === undefined) return [...list];
	return [...list, create(ctx, list, { action: 'note', target: m.kind, note: text }, m.start, m.end)];
}

/** A mention the machine missed, on [start, end) of the current text. */
export function addManual(list: readonly Decision[], ctx: ActionContext, start: number, end: number, fact: Fact, note?: string): Decision[] {
	return [...list, create(ctx, list, note === undefined ? { action: 'add', fact } : { action: 'add', fact, note }, start, end)];
}

/** Forgets the decision behind a mention: it is the machine's again. */
export function clearDecision(list: readonly Decision[], m: ReviewedMention): Decision[] {
	return m.decisionId === undefined ? [...list] : replace(list, m.decisionId, undefined);
}

/** Removes one decision (an orphan the person gives up on). */
export function removeDecision(list: readonly Decision[], id: string): Decision[] {
	return list.filter((d) => d.id !== id);
}

/** Re-states an orphan's decision at a new place (the person points at where it went). */
export function reattach(list: readonly Decision[], ctx: ActionContext, id: string, start: number, end: number): Decision[] {
	const prev = list.find((d) => d.id === id);
	if (!prev) throw new CurationActionError(`No decision with id ${id}.`);
	return replace(list, id, { ...prev, anchor: makeAnchor(ctx.text, start, end) });
}

