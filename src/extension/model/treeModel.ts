// What the Facts tree shows, computed without `vscode`: filtering, the two groupings, entity keys,
// labels and Markdown rows. The tree provider (factsTree.ts) turns these into TreeItems.
import type { ReviewedMention, ReviewStatus } from '../../curation/types';
import type { Mention } from '../../engine/types';
import type { LineIndex } from '../../engine/text';
import { categoryOf, FACT_CATEGORIES, type FactCategory } from './categories';
import { formatAmount, formatDateValue, humanDate, plainValue, type Translate } from './format';

export type GroupBy = 'document' | 'kind';
export const GROUP_BYS: readonly GroupBy[] = ['document', 'kind'];

/** How each grouping is named in "Change Tree Grouping…". */
export const GROUPING_LABELS: Readonly<Record<GroupBy, (t: Translate) => string>> = {
	document: (t) => t('By document → kind → fact'),
	kind: (t) => t('By kind → entity → fact'),
};

/** One document's facts as the tree sees them. */
export interface FileFacts {
	/** Stable identity (the URI as a string). */
	key: string;
	/** Workspace-relative path, for labels and sorting. */
	path: string;
	mentions: readonly ReviewedMention[];
	lines: LineIndex;
}

export interface TreeFilter {
	/** Words to find in the mention text, its value, its entity or the file path (case and accents ignored). */
	text?: string;
	categories?: readonly FactCategory[];
	statuses?: readonly ReviewStatus[];
}

export function isFilterActive(f: TreeFilter): boolean {
	return !!(f.text?.trim() || (f.categories && f.categories.length < FACT_CATEGORIES.length) || f.statuses?.length);
}

/** Lower case, no accents, spaces folded (no-break spaces included): for forgiving search. */
export function foldForSearch(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** Normalized identity of what a mention refers to: every mention of JETRO, every occurrence of 2025-10. */
export function entityKey(m: Mention): string {
	switch (m.kind) {
		case 'amount':
			return `${m.sub}|${plainValue(m)}`;
		case 'date':
			return `date|${m.resolved ?? m.value}`;
		case 'organization':
			return `organization|${foldForSearch(m.canonical || m.text).trim()}`;
	}
}

/** Entity label: `758 500 000 USD`, `2025-10 · octobre 2025`, `Organisation … (JETRO)`. */
export function entityLabel(m: Mention): string {
	switch (m.kind) {
		case 'amount':
			return formatAmount(m);
		case 'date': {
			const v = m.resolved ?? m.value;
			const human = humanDate(v);
			return human ? `${v} · ${human}` : v;
		}
		case 'organization': {
			const name = m.longForm ?? (m.canonical || m.text);
			return m.acronym && m.acronym !== name ? `${name} (${m.acronym})` : name;
		}
	}
}

/** Short normalized value for descriptions: `758 500 000 USD`, `2025-10 (end)`, the canonical name. */
export function shortValue(m: Mention, t: Translate): string {
	switch (m.kind) {
		case 'amount':
			return formatAmount(m);
		case 'date':
			return formatDateValue(m, t);
		case 'organization':
			return m.canonical && m.canonical !== m.text ? m.canonical : m.acronym && m.acronym !== m.text ? m.acronym : '';
	}
}

export function matchesFilter(m: ReviewedMention, path: string, filter: TreeFilter, foldedQuery?: string): boolean {
	if (filter.categories && !filter.categories.includes(categoryOf(m))) return false;
	if (filter.statuses?.length && !filter.statuses.includes(m.status)) return false;
	const q = foldedQuery ?? (filter.text ? foldForSearch(filter.text).trim() : '');
	if (!q) return true;
	const hay = foldForSearch(`${m.text}\n${plainValue(m)}\n${entityLabel(m)}\n${path}`);
	return q.split(' ').every((word) => hay.includes(word));
}

export interface MentionRef {
	file: FileFacts;
	mention: ReviewedMention;
}

export interface CategoryGroup {
	category: FactCategory;
	mentions: readonly ReviewedMention[];
}

export interface EntityGroup {
	key: string;
	category: FactCategory;
	label: string;
	refs: readonly MentionRef[];
	/** Documents the entity appears in. */
	fileCount: number;
}

/**
 * An immutable view of the corpus through a filter. Everything is computed on first use:
 * a tree shows a few nodes at a time, the corpus may hold hundreds of thousands of mentions.
 */
export class TreeSnapshot {
	private readonly query: string;
	private readonly filtered = new Map<string, readonly ReviewedMention[]>();
	private byCategory?: Map<FactCategory, EntityGroup[]>;
	readonly filterActive: boolean;
	private readonly files: readonly FileFacts[];
	private readonly fileByKey: Map<string, FileFacts>;

	constructor(
		files: readonly FileFacts[],
		readonly filter: TreeFilter = {},
	) {
		this.files = [...files].sort((a, b) => a.path.localeCompare(b.path));
		this.fileByKey = new Map(this.files.map((f) => [f.key, f]));
		this.query = filter.text ? foldForSearch(filter.text).trim() : '';
		this.filterActive = isFilterActive(filter);
	}

	file(key: string): FileFacts | undefined {
		return this.fileByKey.get(key);
	}

	/** The file's mentions that pass the filter, in document order. */
	mentionsOf(file: FileFacts): readonly ReviewedMention[] {
		let out = this.filtered.get(file.key);
		if (!out) {
			out = this.filterActive ? file.mentions.filter((m) => matchesFilter(m, file.path, this.filter, this.query)) : file.mentions;
			this.filtered.set(file.key, out);
		}
		return out;
	}

	/** Documents to list: all of them without a filter, those with a match with one. */
	documents(): readonly FileFacts[] {
		return this.filterActive ? this.files.filter((f) => this.mentionsOf(f).length > 0) : this.files;
	}

	/** A document's categories that have mentions, in the fixed category order. */
	categoriesOf(file: FileFacts): CategoryGroup[] {
		const groups = new Map<FactCategory, ReviewedMention[]>();
		for (const m of this.mentionsOf(file)) {
			const c = categoryOf(m);
			let list = groups.get(c);
			if (!list) groups.set(c, (list = []));
			list.push(m);
		}
		return FACT_CATEGORIES.filter((c) => groups.has(c)).map((c) => ({ category: c, mentions: groups.get(c)! }));
	}

	private entityIndex(): Map<FactCategory, EntityGroup[]> {
		if (this.byCategory) return this.byCategory;
		const groups = new Map<string, { category: FactCategory; label: string; refs: MentionRef[]; files: Set<string> }>();
		for (const file of this.files) {
			for (const mention of this.mentionsOf(file)) {
				const key = entityKey(mention);
				let g = groups.get(key);
				if (!g) groups.set(key, (g = { category: categoryOf(mention), label: entityLabel(mention), refs: [], files: new Set() }));
				// Prefer the label of a long form (an acronym's entity is named by its long form).
				if (mention.kind === 'organization' && mention.longForm && !g.label.startsWith(mention.longForm)) g.label = entityLabel(mention);
				g.refs.push({ file, mention });
				g.files.add(file.key);
			}
		}
		const byCategory = new Map<FactCategory, EntityGroup[]>();
		for (const [key, g] of groups) {
			let list = byCategory.get(g.category);
			if (!list) byCategory.set(g.category, (list = []));
			list.push({ key, category: g.category, label: g.label, refs: g.refs, fileCount: g.files.size });
		}
		for (const list of byCategory.values()) list.sort((a, b) => b.refs.length - a.refs.length || a.label.localeCompare(b.label, 'fr'));
		return (this.byCategory = byCategory);
	}

	/** Categories with at least one mention in the (filtered) corpus, with their mention counts. */
	categories(): { category: FactCategory; count: number; entityCount: number }[] {
		const index = this.entityIndex();
		return FACT_CATEGORIES.filter((c) => index.has(c)).map((c) => {
			const entities = index.get(c)!;
			return { category: c, count: entities.reduce((n, e) => n + e.refs.length, 0), entityCount: entities.length };
		});
	}

	entities(category: FactCategory): readonly EntityGroup[] {
		return this.entityIndex().get(category) ?? [];
	}

	entity(key: string): EntityGroup | undefined {
		for (const list of this.entityIndex().values()) {
			const e = list.find((g) => g.key === key);
			if (e) return e;
		}
		return undefined;
	}

	/** What the tree currently shows, document by document (for "export what the tree shows"). */
	visibleFacts(): { file: FileFacts; mentions: readonly ReviewedMention[] }[] {
		return this.documents().map((file) => ({ file, mentions: this.mentionsOf(file) }));
	}

	total(): number {
		let n = 0;
		for (const f of this.files) n += this.mentionsOf(f).length;
		return n;
	}
}

/** One Markdown table cell: pipes and backslashes escaped, line breaks folded. */
export function markdownCell(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/\|/g, '\\|')
		.replace(/[\r\n]+/g, ' ')
		.trim();
}

/** `| seeds/a.txt | 4 | money | 758,5 millions de dollars | 758500000 USD |` */
export function markdownRow(path: string, line: number, m: Mention): string {
	return `| ${[path, String(line), categoryOf(m), m.text, plainValue(m)].map(markdownCell).join(' | ')} |`;
}

/** Index of the first mention whose start is after `offset` (or at it, with `orAt`); mentions sorted by start. */
function firstStartingAfter(mentions: readonly Mention[], offset: number, orAt: boolean): number {
	let lo = 0;
	let hi = mentions.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (orAt ? mentions[mid].start < offset : mentions[mid].start <= offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Next (or previous) mention from `offset`, wrapping around; mentions sorted by start. */
export function nextMention<T extends Mention>(mentions: readonly T[], offset: number, direction: 1 | -1): T | undefined {
	if (mentions.length === 0) return undefined;
	if (direction === 1) return mentions[firstStartingAfter(mentions, offset, false)] ?? mentions[0];
	return mentions[firstStartingAfter(mentions, offset, true) - 1] ?? mentions[mentions.length - 1];
}

/** The mention that contains `offset` (end inclusive, so a cursor right after a word still finds it). */
export function mentionAt<T extends Mention>(mentions: readonly T[], offset: number): T | undefined {
	const lo = firstStartingAfter(mentions, offset, false);
	for (let i = lo - 1; i >= 0 && i >= lo - 16; i--) if (mentions[i].start <= offset && offset <= mentions[i].end) return mentions[i];
	return undefined;
}
