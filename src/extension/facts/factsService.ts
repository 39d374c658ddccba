// Facts of open documents and of the corpus, kept current: a small facade over OpenDocuments
// (editors) and CorpusIndex (the workspace's seeds), which share a FactsCore. Review state comes
// from a ReviewSource the service is given (curation's sidecars), never patched in from outside.
import * as vscode from 'vscode';
import type { ReviewedMention } from '../../curation/types';
import type { ExtractOptions, Mention } from '../../engine/types';
import { entityKey } from '../model/treeModel';
import { CorpusIndex } from './corpusIndex';
import { FactsCore } from './factsCore';
import type { DocumentFacts, EntityCounts, FactsChangeEvent, FactsServiceHost, IndexStats, ReviewSource, TooLarge } from './factsTypes';
import { OpenDocuments } from './openDocuments';

export type { DocumentFacts, FactsChangeEvent } from './factsTypes';

export class FactsService implements vscode.Disposable {
	private readonly core: FactsCore;
	private readonly openDocs: OpenDocuments;
	private readonly index: CorpusIndex;
	private readonly disposables: vscode.Disposable[] = [];
	private entityCache?: Map<string, { count: number; files: Set<string> }>;
	/** Fires after facts of one or more documents changed. */
	readonly onDidChangeFacts: vscode.Event<FactsChangeEvent>;
	/** Fires with `true` when corpus indexing starts, `false` when it ends. */
	readonly onDidChangeIndexing: vscode.Event<boolean>;
	readonly onDidFindTooLarge: vscode.Event<TooLarge>;

	constructor(host: FactsServiceHost, reviews?: ReviewSource) {
		this.core = new FactsCore(host, reviews);
		this.core.onChange = () => (this.entityCache = undefined);
		this.index = new CorpusIndex(this.core);
		this.openDocs = new OpenDocuments(this.core, (uri) => void this.index.indexOne(uri));
		this.onDidChangeFacts = this.core.changeEmitter.event;
		this.onDidChangeIndexing = this.index.onDidChangeIndexing;
		this.onDidFindTooLarge = this.core.tooLargeEmitter.event;
		this.disposables.push(
			this.openDocs,
			this.index,
			this.core,
			vscode.workspace.onDidChangeWorkspaceFolders(() => {
				this.index.createWatchers();
				void this.index.indexCorpus();
			}),
		);
		if (reviews) this.disposables.push(reviews.onDidChangeReview((uri) => this.reReview(uri)));
	}

	// ---- queries ----------------------------------------------------------------------------

	/** Facts of a document: the open editor's if it is open, else the corpus index's. */
	get(uri: vscode.Uri | string): DocumentFacts | undefined {
		const key = typeof uri === 'string' ? uri : uri.toString();
		return this.core.open.get(key) ?? this.core.corpus.get(key);
	}

	getMentions(uri: vscode.Uri | string): readonly ReviewedMention[] {
		return this.get(uri)?.mentions ?? [];
	}

	/**
	 * Every annotated document: the corpus, with open documents' current facts in place of the disk's.
	 * A deleted file whose document VS Code still keeps in memory counts only while a tab shows it.
	 */
	all(): DocumentFacts[] {
		const out = new Map(this.core.corpus);
		let tabs: Set<string> | undefined;
		for (const [k, v] of this.core.open) {
			if (this.core.deleted.has(k)) {
				tabs ??= new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs.flatMap((t) => (t.input instanceof vscode.TabInputText ? [t.input.uri.toString()] : []))));
				if (!tabs.has(k)) continue;
			}
			out.set(k, v);
		}
		return [...out.values()];
	}

	/** Documents of the corpus (workspace files matching the include globs), open versions first. */
	corpusDocuments(): DocumentFacts[] {
		return [...this.core.corpusKeys].flatMap((k) => this.core.open.get(k) ?? this.core.corpus.get(k) ?? []);
	}

	get indexing(): boolean {
		return this.index.indexingNow;
	}

	/** Timings of the last complete corpus indexing (benchmarks, the log). */
	get lastIndexStats(): IndexStats | undefined {
		return this.index.lastIndexStats;
	}

	tooLarge(uri: vscode.Uri): TooLarge | undefined {
		return this.core.tooLargeDocs.get(uri.toString());
	}

	relativePath(uri: vscode.Uri): string {
		return this.core.relativePath(uri);
	}

	/** Whether the document (or file) is annotated: include/exclude globs, or "Annotate This File" for the session. */
	isAnnotated(doc: vscode.TextDocument | vscode.Uri): boolean {
		return this.core.isAnnotated(doc);
	}

	/** How often the organization's entity appears in its document and in the whole corpus. */
	entityCounts(uri: vscode.Uri, m: Mention): EntityCounts {
		const key = entityKey(m);
		let document = 0;
		for (const x of this.getMentions(uri)) if (x.kind === m.kind && entityKey(x) === key) document++;
		if (!this.entityCache) {
			const cache = new Map<string, { count: number; files: Set<string> }>();
			for (const d of this.all()) {
				for (const x of d.mentions) {
					const k = entityKey(x);
					let e = cache.get(k);
					if (!e) cache.set(k, (e = { count: 0, files: new Set() }));
					e.count++;
					e.files.add(d.key);
				}
			}
			this.entityCache = cache;
		}
		const e = this.entityCache.get(key);
		return { document, corpus: e?.count ?? document, corpusFiles: e?.files.size ?? (document ? 1 : 0) };
	}

	extractOptions(): ExtractOptions {
		return this.core.options;
	}

	// ---- open documents ---------------------------------------------------------------------

	/** Annotates a file for this session, whatever the include globs say. */
	annotate(uri: vscode.Uri): void {
		this.openDocs.annotate(uri);
	}

	/** True while an update of the document is scheduled or running in the background. */
	isPending(uri: vscode.Uri): boolean {
		return this.openDocs.isPending(uri);
	}

	/** Brings an open document's facts up to date now (hovers and navigation need exact offsets). */
	flush(doc: vscode.TextDocument): DocumentFacts | undefined {
		return this.openDocs.flush(doc);
	}

	// ---- review, settings, corpus -----------------------------------------------------------

	/** Runs the review step again (a sidecar changed) for one document, or all. */
	reReview(uri?: vscode.Uri): void {
		const targets = uri ? [uri.toString()] : [...new Set([...this.core.open.keys(), ...this.core.corpus.keys()])];
		const changed: vscode.Uri[] = [];
		for (const key of targets) {
			for (const map of [this.core.open, this.core.corpus]) {
				const d = map.get(key);
				if (!d) continue;
				map.set(key, { ...d, mentions: this.core.review(d.uri, d.text, d.raw) });
				changed.push(d.uri);
			}
		}
		this.core.fire(changed, !uri);
	}

	/** Settings changed: globs, limits, extraction options. */
	applySettings(scopeChanged: boolean, extractionChanged: boolean): void {
		this.core.readSettings();
		if (scopeChanged) this.index.createWatchers();
		if (scopeChanged || extractionChanged) {
			this.openDocs.refreshAll();
			void this.index.indexCorpus({ reuseText: !scopeChanged });
			this.core.fire([], true);
		}
	}

	/** (Re)builds the corpus index in the background. Cancels a run in progress. */
	indexCorpus(opts: { userInitiated?: boolean; reuseText?: boolean } = {}): Promise<void> {
		return this.index.indexCorpus(opts);
	}

	/** Resolves when no update is scheduled and indexing is done (tests, exports). */
	async whenIdle(): Promise<void> {
		for (let i = 0; i < 1000; i++) {
			await this.index.indexRun;
			await Promise.all([...this.openDocs.pendingLarge.values()]);
			if (this.openDocs.timers.size === 0 && this.openDocs.pendingLarge.size === 0 && !this.index.indexingNow && !this.core.pendingEvent) return;
			await new Promise((r) => setTimeout(r, 20));
		}
	}

	dispose(): void {
		for (const d of this.disposables) d.dispose();
	}
}
