// The review layer's data model: what a person decided about the machine's mentions.
// Pure TypeScript (no `vscode`, no Node built-ins).
import type { Mention } from '../engine/types';

/** `machine`: proposed by the engine, not reviewed; the others are human decisions. */
export type ReviewStatus = 'machine' | 'accepted' | 'rejected' | 'corrected' | 'manual';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['machine', 'accepted', 'rejected', 'corrected', 'manual'];

/** A mention as shown and exported: the engine's (or a person's) mention plus its review state. */
export type ReviewedMention = Mention & {
	status: ReviewStatus;
	/** A person's note, if any. */
	note?: string;
	/** Id of the sidecar decision that produced this status, if any. */
	decisionId?: string;
	/**
	 * Id of an orphaned decision that may be about this machine mention (same kind and quote, but the
	 * decision could not be placed): the mention is shown, carries the decision's note, and is never
	 * exported as a machine fact until the person reattaches or removes the decision.
	 */
	orphanOf?: string;
};

/** Wraps engine output as unreviewed facts. */
export function asMachine(mentions: readonly Mention[]): ReviewedMention[] {
	return mentions.map((m) => ({ ...m, status: 'machine' as const }));
}
