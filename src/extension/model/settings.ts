// The `seedFacts.*` settings, validated. Pure: the caller passes a getter
// (`vscode.workspace.getConfiguration('seedFacts').get`), so tests need no VS Code.
import type { ExtractOptions, MentionKind } from '../../engine/types';
import { FACT_CATEGORIES, type FactCategory } from './categories';
import { DEFAULT_INCLUDE } from './pathMatcher';
import { GROUP_BYS, type GroupBy } from './treeModel';

export interface SeedFactsSettings {
	include: readonly string[];
	exclude: readonly string[];
	/** Categories that are annotated (highlights, tree, status bar, hovers). */
	categories: readonly FactCategory[];
	highlightsEnabled: boolean;
	maxFileSizeMB: number;
	debounceMs: number;
	organizationsAdd: readonly string[];
	organizationsIgnore: readonly string[];
	referenceYear: number | undefined;
	hoverEnabled: boolean;
	groupBy: GroupBy;
	followCursor: boolean;
	statusBarEnabled: boolean;
	/** `seedFacts.curation.rejected`: rejected facts struck through, or hidden. */
	rejectedStyle: 'strikethrough' | 'hidden';
}

export type SettingGetter = (key: string) => unknown;

function strings(v: unknown, fallback: readonly string[]): readonly string[] {
	return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim().length > 0) : fallback;
}

function bool(v: unknown, fallback: boolean): boolean {
	return typeof v === 'boolean' ? v : fallback;
}

function num(v: unknown, fallback: number, min: number, max: number): number {
	return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
}

export const DEFAULT_MAX_FILE_SIZE_MB = 10;
export const DEFAULT_DEBOUNCE_MS = 200;
/** Largest `maxFileSizeMB` honoured (the CLI's default limit): a workspace cannot ask for more. */
export const MAX_FILE_SIZE_MB_CAP = 64;

export function parseSettings(get: SettingGetter): SeedFactsSettings {
	const kinds = get('kinds');
	const groupBy = get('tree.groupBy');
	const year = get('referenceYear');
	return {
		include: strings(get('include'), DEFAULT_INCLUDE),
		exclude: strings(get('exclude'), []),
		categories: Array.isArray(kinds) ? FACT_CATEGORIES.filter((c) => kinds.includes(c)) : FACT_CATEGORIES,
		highlightsEnabled: bool(get('highlights.enabled'), true),
		maxFileSizeMB: num(get('maxFileSizeMB'), DEFAULT_MAX_FILE_SIZE_MB, 0.001, MAX_FILE_SIZE_MB_CAP),
		debounceMs: num(get('debounceMs'), DEFAULT_DEBOUNCE_MS, 0, 10_000),
		organizationsAdd: strings(get('organizations.add'), []),
		organizationsIgnore: strings(get('organizations.ignore'), []),
		referenceYear: typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : undefined,
		hoverEnabled: bool(get('hover.enabled'), true),
		groupBy: typeof groupBy === 'string' && (GROUP_BYS as readonly string[]).includes(groupBy) ? (groupBy as GroupBy) : 'document',
		followCursor: bool(get('tree.followCursor'), false),
		statusBarEnabled: bool(get('statusBar.enabled'), true),
		rejectedStyle: get('curation.rejected') === 'hidden' ? 'hidden' : 'strikethrough',
	};
}

/** Engine options for these settings (kinds with no enabled category are not extracted at all). */
export function extractOptionsFor(s: SeedFactsSettings): ExtractOptions {
	const kinds = new Set<MentionKind>();
	for (const c of s.categories) kinds.add(c === 'date' ? 'date' : c === 'organization' ? 'organization' : 'amount');
	return {
		kinds: [...kinds],
		organizationsAdd: s.organizationsAdd,
		organizationsIgnore: s.organizationsIgnore,
		referenceYear: s.referenceYear,
	};
}

/** Settings whose change needs the facts to be extracted again. */
export const EXTRACTION_KEYS = ['kinds', 'organizations', 'referenceYear'] as const;
/** Settings whose change needs the corpus to be listed again. */
export const SCOPE_KEYS = ['include', 'exclude', 'maxFileSizeMB'] as const;
