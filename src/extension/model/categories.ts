// Fact categories: the kinds a curator sees (amount sub-kinds are split out).
// Pure: no `vscode` import, shared by decorations, tree, status bar and tests.
import type { Mention } from '../../engine/types';

export type FactCategory = 'money' | 'percent' | 'quantity' | 'date' | 'organization';
export const FACT_CATEGORIES: readonly FactCategory[] = ['money', 'percent', 'quantity', 'date', 'organization'];

export function categoryOf(m: Mention): FactCategory {
	return m.kind === 'amount' ? m.sub : m.kind;
}

export function isFactCategory(value: unknown): value is FactCategory {
	return typeof value === 'string' && (FACT_CATEGORIES as readonly string[]).includes(value);
}

/** Values a person should double-check: qualified or ranged amounts, dates whose year was inferred. */
export function isSoft(m: Mention): boolean {
	if (m.kind === 'amount') return m.qualifier !== undefined || m.min !== undefined || m.max !== undefined;
	if (m.kind === 'date') return m.inferredYear !== undefined;
	return false;
}

export type CategoryCounts = Record<FactCategory, number>;

export function emptyCounts(): CategoryCounts {
	return { money: 0, percent: 0, quantity: 0, date: 0, organization: 0 };
}

export function countByCategory(mentions: readonly Mention[]): CategoryCounts {
	const counts = emptyCounts();
	for (const m of mentions) counts[categoryOf(m)]++;
	return counts;
}

/** Codicon per category, shared by the tree and the status bar. */
export const CATEGORY_ICONS: Readonly<Record<FactCategory, string>> = {
	money: 'credit-card',
	percent: 'graph-line',
	quantity: 'symbol-numeric',
	date: 'calendar',
	organization: 'organization',
};
