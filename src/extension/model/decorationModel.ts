// Which decoration each mention gets. Pure: the controller (decorations.ts) maps keys to styles.
import type { ReviewedMention } from '../../curation/types';
import { categoryOf, FACT_CATEGORIES, isSoft, type FactCategory } from './categories';

/** `money`: a plain value; `money.soft`: qualified, ranged or inferred; `rejected`: a person rejected it. */
export type DecorationKey = FactCategory | `${FactCategory}.soft` | 'rejected';

export const DECORATION_KEYS: readonly DecorationKey[] = [...FACT_CATEGORIES, ...FACT_CATEGORIES.map((c) => `${c}.soft` as const), 'rejected'];

export function decorationKeyOf(m: ReviewedMention): DecorationKey {
	if (m.status === 'rejected') return 'rejected';
	const c = categoryOf(m);
	return isSoft(m) ? `${c}.soft` : c;
}

/** Groups mentions by decoration key; disabled categories and (optionally) rejected mentions get none. */
export function partitionMentions(mentions: readonly ReviewedMention[], enabled: ReadonlySet<FactCategory>, showRejected: boolean): Map<DecorationKey, ReviewedMention[]> {
	const out = new Map<DecorationKey, ReviewedMention[]>(DECORATION_KEYS.map((k) => [k, []]));
	for (const m of mentions) {
		if (!enabled.has(categoryOf(m))) continue;
		const key = decorationKeyOf(m);
		if (key === 'rejected' && !showRejected) continue;
		out.get(key)!.push(m);
	}
	return out;
}
