// The Facts tree: by document → kind → mention, or by kind → entity → mention, filtered by text,
// kind and review status. The grouping logic lives in treeModel.ts (pure); this file makes TreeItems.
import * as vscode from 'vscode';
import { statusName } from '../model/reviewStatus';
import { treeItemFor } from './treeItems';
import type { CategoryNode, DocumentExtras, DocumentNode, EntityNode, FactsTreeNode, ItemDecorator, MentionNode } from './treeNodes';
import type { ReviewedMention } from '../../curation/types';
import { categoryOf, FACT_CATEGORIES, type FactCategory } from '../model/categories';
import type { DocumentFacts, FactsService } from '../facts/factsService';
import type { Translate } from '../model/format';
import { sentenceMarkdown } from '../model/hoverText';
import { categoryName } from '../model/labels';
import type { SeedFactsSettings } from '../model/settings';
import { entityKey, isFilterActive, TreeSnapshot, type FileFacts, type GroupBy, type TreeFilter } from '../model/treeModel';

export const FACTS_VIEW_ID = 'seedFacts.facts';

const REFRESH_DELAY_MS = 150;

export class FactsTreeProvider implements vscode.TreeDataProvider<FactsTreeNode>, vscode.Disposable {
	private readonly changeEmitter = new vscode.EventEmitter<FactsTreeNode | undefined>();
	readonly onDidChangeTreeData = this.changeEmitter.event;
	private readonly filterEmitter = new vscode.EventEmitter<TreeFilter>();
	readonly onDidChangeFilter = this.filterEmitter.event;
	private snapshotValue?: TreeSnapshot;
	private readonly nodes = new Map<string, FactsTreeNode>();
	private filterValue: TreeFilter = {};
	private refreshTimer?: ReturnType<typeof setTimeout>;
	private readonly decorators: ItemDecorator[] = [];
	private readonly extras: DocumentExtras[] = [];
	private readonly disposables: vscode.Disposable[] = [];
	readonly view: vscode.TreeView<FactsTreeNode>;

	constructor(
		private readonly facts: FactsService,
		private readonly settings: () => SeedFactsSettings,
		private readonly t: Translate,
	) {
		this.view = vscode.window.createTreeView(FACTS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true, canSelectMany: false });
		this.disposables.push(
			this.view,
			this.changeEmitter,
			this.filterEmitter,
			facts.onDidChangeFacts((e) => this.factsChanged(e.all ? undefined : e.uris)),
			this.view.onDidChangeVisibility((e) => {
				if (!e.visible) return;
				if (this.stale) this.refreshNow();
				this.followActiveEditor();
			}),
			vscode.window.onDidChangeActiveTextEditor(() => this.followActiveEditor()),
		);
		this.updateViewTexts();
	}

	get groupBy(): GroupBy {
		return this.settings().groupBy;
	}

	get filter(): TreeFilter {
		return this.filterValue;
	}

	setFilter(filter: TreeFilter): void {
		this.filterValue = {
			text: filter.text?.trim() || undefined,
			categories: filter.categories && filter.categories.length < FACT_CATEGORIES.length ? [...filter.categories] : undefined,
			statuses: filter.statuses?.length ? [...filter.statuses] : undefined,
		};
		void vscode.commands.executeCommand('setContext', 'seedFacts.treeFiltered', isFilterActive(this.filterValue));
		this.filterEmitter.fire(this.filterValue);
		this.refreshNow();
	}

	/** Lets other features restyle mention items (status icons, context values). */
	addItemDecorator(d: ItemDecorator): vscode.Disposable {
		this.decorators.push(d);
		this.scheduleRefresh();
		return new vscode.Disposable(() => this.decorators.splice(this.decorators.indexOf(d) >>> 0, 1));
	}

	/** Lets other features list extra items under each document (orphaned decisions). */
	addDocumentExtras(provider: DocumentExtras): vscode.Disposable {
		this.extras.push(provider);
		this.scheduleRefresh();
		return new vscode.Disposable(() => this.extras.splice(this.extras.indexOf(provider) >>> 0, 1));
	}

	private scheduleRefresh(): void {
		this.pendingDocs = undefined;
		if (this.refreshTimer !== undefined) return;
		this.refreshTimer = setTimeout(() => this.refreshNow(), REFRESH_DELAY_MS);
	}

	/** Set while hidden: the tree is rebuilt when it shows again, not on every change. */
	private stale = false;
	/** Documents changed since the last refresh, when only some did (a targeted refresh is enough). */
	private pendingDocs?: Map<string, vscode.Uri>;

	private factsChanged(uris: readonly vscode.Uri[] | undefined): void {
		if (!this.view.visible) {
			// Nothing is fetched from a hidden tree: just drop the snapshot.
			this.snapshotValue = undefined;
			this.stale = true;
			return;
		}
		const targeted = uris !== undefined && this.groupBy === 'document' && !isFilterActive(this.filterValue);
		if (!targeted) return this.scheduleRefresh();
		if (this.refreshTimer !== undefined && this.pendingDocs === undefined) return; // a full refresh is coming
		this.pendingDocs ??= new Map();
		for (const u of uris) this.pendingDocs.set(u.toString(), u);
		if (this.refreshTimer === undefined) this.refreshTimer = setTimeout(() => this.refreshNow(), REFRESH_DELAY_MS);
	}

	/** Runs a scheduled refresh now, if one is pending (tests, exports of what the tree shows). */
	flushRefresh(): void {
		if (this.refreshTimer !== undefined) this.refreshNow();
	}

	/** Rebuilds the tree from the current facts now (only the changed documents when that is enough). */
	refreshNow(): void {
		if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
		this.refreshTimer = undefined;
		const docs = this.pendingDocs;
		this.pendingDocs = undefined;
		this.stale = false;
		const before = this.snapshotValue;
		this.snapshotValue = undefined;
		if (docs && before && this.groupBy === 'document') {
			const after = this.snapshot();
			const sameDocuments = before.documents().length === after.documents().length && before.documents().every((f, i) => f.key === after.documents()[i].key);
			if (sameDocuments) {
				for (const key of docs.keys()) {
					const node = this.nodes.get(`doc:${key}`);
					if (node) this.changeEmitter.fire(node);
				}
				this.updateViewTexts();
				return;
			}
		}
		this.nodes.clear();
		this.updateViewTexts();
		this.changeEmitter.fire(undefined);
	}

	/** The current snapshot (documents and mentions the tree shows, filter applied). */
	snapshot(): TreeSnapshot {
		if (!this.snapshotValue) {
			const files: FileFacts[] = this.facts.all().map((d: DocumentFacts) => ({ key: d.key, path: d.path, mentions: d.mentions, lines: d.lines }));
			this.snapshotValue = new TreeSnapshot(files, this.filterValue);
		}
		return this.snapshotValue;
	}

	/** What the tree currently shows, per document (filter applied): for "export what the tree shows". */
	visibleFacts(): { uri: vscode.Uri; path: string; mentions: readonly ReviewedMention[] }[] {
		return this.snapshot()
			.visibleFacts()
			.map(({ file, mentions }) => ({ uri: vscode.Uri.parse(file.key), path: file.path, mentions }));
	}

	private updateViewTexts(): void {
		const t = this.t;
		const grouping = this.groupBy === 'document' ? t('by document') : t('by kind');
		const f = this.filterValue;
		if (isFilterActive(f)) {
			const parts: string[] = [];
			if (f.text) parts.push(`« ${f.text} »`);
			if (f.categories) parts.push(f.categories.map((c) => categoryName(c, t)).join(', '));
			if (f.statuses) parts.push(f.statuses.map((s) => statusName(s, t)).join(', '));
			const snap = this.snapshot();
			this.view.message = t('Filter: {0} — {1} facts', parts.join(' · '), snap.total());
			this.view.description = `${grouping} · ${t('filtered')}`;
		} else {
			this.view.message = this.facts.indexing && this.facts.all().length === 0 ? t('Indexing seeds…') : undefined;
			this.view.description = grouping;
		}
	}

	private node<T extends FactsTreeNode>(node: T): T {
		const existing = this.nodes.get(node.id);
		if (existing) return existing as T;
		this.nodes.set(node.id, node);
		return node;
	}

	private documentNode(key: string): DocumentNode {
		return this.node({ type: 'document', id: `doc:${key}`, key });
	}

	private categoryNode(category: FactCategory, parent?: DocumentNode): CategoryNode {
		return this.node({ type: 'category', id: parent ? `${parent.id}|cat:${category}` : `cat:${category}`, category, parent });
	}

	private entityNode(parent: CategoryNode, key: string): EntityNode {
		return this.node({ type: 'entity', id: `${parent.id}|ent:${key}`, category: parent.category, entityKey: key, parent });
	}

	private mentionNode(parent: CategoryNode | EntityNode, docKey: string, m: ReviewedMention): MentionNode {
		const id = parent.type === 'entity' ? `${parent.id}|${docKey}|${m.start}-${m.end}` : `${parent.id}|${m.start}-${m.end}`;
		const existing = this.nodes.get(id);
		// Same place, new facts (an edit, a review): a new node, so the item is rebuilt.
		if (existing?.type === 'mention' && existing.mention !== m) this.nodes.delete(id);
		return this.node({ type: 'mention', id, docKey, mention: m, parent });
	}

	getChildren(element?: FactsTreeNode): FactsTreeNode[] {
		const snap = this.snapshot();
		if (!element) {
			if (this.groupBy === 'document') return snap.documents().map((f) => this.documentNode(f.key));
			return snap.categories().map((c) => this.categoryNode(c.category));
		}
		switch (element.type) {
			case 'document': {
				const file = snap.file(element.key);
				if (!file) return [];
				const out: FactsTreeNode[] = snap.categoriesOf(file).map((g) => this.categoryNode(g.category, element));
				const uri = vscode.Uri.parse(element.key);
				for (const provider of this.extras) {
					try {
						for (const item of provider(uri)) out.push(this.node({ type: 'extra', id: `${element.id}|extra:${item.id}`, docKey: element.key, item, parent: element }));
					} catch {
						// A broken provider must not empty the tree.
					}
				}
				return out;
			}
			case 'category': {
				if (element.parent) {
					const file = snap.file(element.parent.key);
					if (!file) return [];
					return snap
						.mentionsOf(file)
						.filter((m) => categoryOf(m) === element.category)
						.map((m) => this.mentionNode(element, file.key, m));
				}
				return snap.entities(element.category).map((e) => this.entityNode(element, e.key));
			}
			case 'entity': {
				const e = snap.entity(element.entityKey);
				return e ? e.refs.map((r) => this.mentionNode(element, r.file.key, r.mention)) : [];
			}
			default:
				return [];
		}
	}

	getParent(element: FactsTreeNode): FactsTreeNode | undefined {
		return element.type === 'document' ? undefined : element.parent;
	}

	getTreeItem(element: FactsTreeNode): vscode.TreeItem {
		return treeItemFor(element, { t: this.t, snap: this.snapshot(), facts: this.facts, decorators: this.decorators, filterText: this.filterValue.text });
	}

	/** Tooltips (the sentence) are computed only when a mention is hovered. */
	resolveTreeItem(item: vscode.TreeItem, element: FactsTreeNode): vscode.TreeItem {
		if (element.type === 'mention' && item.tooltip === undefined) {
			const file = this.snapshot().file(element.docKey);
			const text = this.facts.get(element.docKey)?.text;
			if (file && text !== undefined) {
				const md = new vscode.MarkdownString(sentenceMarkdown(text, element.mention.start, element.mention.end));
				md.supportHtml = false;
				md.isTrusted = false;
				item.tooltip = md;
			}
		}
		return item;
	}

	// ---- reveal ------------------------------------------------------------------------------

	/** The node of a document's mention in the current grouping, or undefined if the filter hides it. */
	findMentionNode(uri: vscode.Uri, start: number, end?: number): MentionNode | undefined {
		const snap = this.snapshot();
		const file = snap.file(uri.toString());
		if (!file) return undefined;
		const m = snap.mentionsOf(file).find((x) => x.start === start && (end === undefined || x.end === end));
		if (!m) return undefined;
		if (this.groupBy === 'document') {
			return this.mentionNode(this.categoryNode(categoryOf(m), this.documentNode(file.key)), file.key, m);
		}
		const cat = this.categoryNode(categoryOf(m));
		return this.mentionNode(this.entityNode(cat, entityKey(m)), file.key, m);
	}

	async revealMention(uri: vscode.Uri, start: number, end: number | undefined, options: { focus?: boolean; select?: boolean } = {}): Promise<boolean> {
		if (this.stale || this.refreshTimer !== undefined) this.refreshNow();
		if (!this.findMentionNode(uri, start, end)) return false;
		return this.revealNode(() => this.findMentionNode(uri, start, end), { select: options.select ?? true, focus: options.focus ?? false, expand: true });
	}

	async revealDocument(uri: vscode.Uri, options: { focus?: boolean; select?: boolean; expand?: boolean | number } = {}): Promise<boolean> {
		if (this.groupBy !== 'document') return false;
		if (this.stale || this.refreshTimer !== undefined) this.refreshNow();
		const find = () => {
			const snap = this.snapshot();
			const file = snap.file(uri.toString());
			return !file || (snap.filterActive && snap.mentionsOf(file).length === 0) ? undefined : this.documentNode(file.key);
		};
		if (!find()) return false;
		return this.revealNode(find, { select: options.select ?? true, focus: options.focus ?? false, expand: options.expand ?? true });
	}

	/**
	 * Reveals a node and, when it should be selected, checks that it was: a reveal that crosses a
	 * refresh of the same nodes can be dropped by the workbench, so it is tried again. `find` gives
	 * the node of the current snapshot (a refresh replaces node objects).
	 */
	private async revealNode(find: () => FactsTreeNode | undefined, options: { select: boolean; focus: boolean; expand: boolean | number }): Promise<boolean> {
		for (let attempt = 0; attempt < 3; attempt++) {
			const node = find();
			if (!node) return false;
			await this.view.reveal(node, options);
			if (!options.select || (await this.selected(node.id, 300 * (attempt + 1)))) return true;
		}
		return false;
	}

	/** Resolves true once the tree's selection is the node with `id` (false after `timeoutMs`). */
	private selected(id: string, timeoutMs: number): Promise<boolean> {
		if (this.view.selection[0]?.id === id) return Promise.resolve(true);
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				sub.dispose();
				resolve(this.view.selection[0]?.id === id);
			}, timeoutMs);
			const sub = this.view.onDidChangeSelection((e) => {
				if (e.selection[0]?.id !== id) return;
				clearTimeout(timer);
				sub.dispose();
				resolve(true);
			});
		});
	}

	/** Keeps the tree on the active document (and, by setting, on the fact under the cursor). */
	followActiveEditor(): void {
		const editor = vscode.window.activeTextEditor;
		if (!editor || !this.view.visible || !this.facts.isAnnotated(editor.document)) return;
		const uri = editor.document.uri;
		const run = async () => {
			if (this.settings().followCursor && (await this.followCursor(editor))) return;
			await this.revealDocument(uri, { select: true, focus: false, expand: true });
		};
		// The document's facts may not be in the snapshot yet (just opened): wait for the refresh.
		if (!this.snapshot().file(uri.toString())) {
			const sub = this.onDidChangeTreeData(() => {
				if (this.snapshot().file(uri.toString()) && vscode.window.activeTextEditor === editor) {
					sub.dispose();
					void run().catch(() => undefined);
				}
			});
			setTimeout(() => sub.dispose(), 10_000);
			return;
		}
		void run().catch(() => undefined);
	}

	/** Reveals the mention under the cursor; false when there is none. */
	async followCursor(editor: vscode.TextEditor): Promise<boolean> {
		if (!this.view.visible) return false;
		const facts = this.facts.get(editor.document.uri);
		if (!facts || facts.version !== editor.document.version) return false;
		const offset = editor.document.offsetAt(editor.selection.active);
		const m = facts.mentions.find((x) => x.start <= offset && offset <= x.end);
		if (!m) return false;
		return this.revealMention(editor.document.uri, m.start, m.end, { select: true, focus: false });
	}

	dispose(): void {
		if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
		for (const d of this.disposables) d.dispose();
	}
}
