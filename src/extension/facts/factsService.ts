// Facts of open documents and of the corpus, kept current.
//
// Open documents are re-extracted on edits (debounced). Each has its own engine extractor, whose
// per-line cache makes a re-extraction scan only the lines an edit touched. Large documents are
// first extracted around the visible ranges, then in chunks that yield to the event loop, so the
// extension host stays responsive. The corpus is indexed in the background through
// `workspace.fs` (virtual workspaces and the web work), cancellably, and kept current by a
// file-system watcher. A pluggable review step (curation) turns engine mentions into reviewed ones.
import * as vscode from 'vscode';
import { asMachine, type ReviewedMention } from '../../curation/types';
import { createExtractor, type Extractor } from '../../engine/extract';
import { LineIndex } from '../../engine/text';
import type { ExtractOptions, Mention } from '../../engine/types';
import { categoryOf, type FactCategory } from '../model/categories';
import type { Translate } from '../model/format';
import { createPathMatcher, type PathMatcher } from '../model/pathMatcher';
import { extractOptionsFor, type SeedFactsSettings } from '../model/settings';
import { entityKey } from '../model/treeModel';

/** Turns the engine's mentions of a document into reviewed facts (curation replaces the default). */
export type Reviewer = (uri: vscode.Uri, text: string, mentions: Mention[]) => ReviewedMention[];

export const defaultReviewer: Reviewer = (_uri, _text, mentions) => asMachine(mentions);

export interface DocumentFacts {
	readonly uri: vscode.Uri;
	/** `uri.toString()`. */
	readonly key: string;
	/** Workspace-relative path (forward slashes). */
	readonly path: string;
	readonly text: string;
	readonly lines: LineIndex;
	/** Engine output, restricted to the enabled categories. */
	readonly raw: readonly Mention[];
	/** What is shown and exported: `raw` after the review step, sorted by position. */
	readonly mentions: readonly ReviewedMention[];
	/** `editor`: an open document (possibly unsaved); `disk`: read by the corpus index. */
	readonly source: 'editor' | 'disk';
	/** The TextDocument version these facts were computed from (editor facts only). */
	readonly version?: number;
	/** True while only the visible part of a large document has been extracted. */
	readonly partial: boolean;
	/** Milliseconds the last extraction + review took. */
	readonly elapsedMs: number;
}

export interface FactsChangeEvent {
	/** Documents whose facts changed. */
	readonly uris: readonly vscode.Uri[];
	/** True when (possibly) every document changed: settings, reviewer, re-index. */
	readonly all: boolean;
}

export interface TooLarge {
	readonly uri: vscode.Uri;
	readonly sizeMB: number;
	readonly limitMB: number;
}

export interface IndexStats {
	files: number;
	findMs: number;
	readWaitMs: number;
	/** Extraction, review and bookkeeping (including yields to the event loop). */
	extractMs: number;
	totalMs: number;
}

export interface EntityCounts {
	document: number;
	corpus: number;
	corpusFiles: number;
}

/** Localization and logging, injected so that this file only depends on the VS Code API. */
export interface FactsServiceHost {
	readonly t: Translate;
	readonly log: vscode.LogOutputChannel;
	settings(): SeedFactsSettings;
}

/** Characters above which a document is first extracted around its visible ranges. */
export const LARGE_DOCUMENT = 256 * 1024;
const CHUNK = 64 * 1024;
const READ_CONCURRENCY = 64;
const READ_BUDGET_BYTES = 32 * 1024 * 1024;
const VISIBLE_MARGIN_LINES = 60;
/** Work time after which a background loop yields to the event loop. */
const SLICE_MS = 25;
const EXCLUDED_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'git', 'comment', 'vscode-settings', 'vscode-userdata', 'vscode-notebook-cell']);

/**
 * The include globs also match absolute paths (a workspace opened on the `seeds` folder itself
 * holds seeds at its root), which workspace-relative search cannot express: search for the
 * file-name part everywhere, then filter with the full matcher.
 */
function broaden(glob: string): string {
	const last = glob.slice(glob.lastIndexOf('/') + 1);
	return last && !last.includes('**') && last !== glob ? `**/${last}` : glob;
}

function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

function now(): number {
	return performance.now();
}

export class FactsService implements vscode.Disposable {
	private readonly changeEmitter = new vscode.EventEmitter<FactsChangeEvent>();
	/** Fires after facts of one or more documents changed. */
	readonly onDidChangeFacts = this.changeEmitter.event;
	private readonly indexEmitter = new vscode.EventEmitter<boolean>();
	/** Fires with `true` when corpus indexing starts, `false` when it ends. */
	readonly onDidChangeIndexing = this.indexEmitter.event;
	private readonly tooLargeEmitter = new vscode.EventEmitter<TooLarge>();
	readonly onDidFindTooLarge = this.tooLargeEmitter.event;

	private readonly open = new Map<string, DocumentFacts>();
	private readonly corpus = new Map<string, DocumentFacts>();
	/** Workspace files matching the include globs (open ones may have no `corpus` entry: the editor's facts stand in). */
	private readonly corpusKeys = new Set<string>();
	/** Open documents whose file was deleted. */
	private readonly deleted = new Set<string>();
	private readonly extractors = new Map<string, Extractor>();
	private readonly corpusExtractor = createExtractor();
	private readonly sessionAnnotated = new Set<string>();
	private readonly tooLargeDocs = new Map<string, TooLarge>();
	private readonly warnedTooLarge = new Set<string>();
	private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
	/** Bumped on every scheduled update of a document, so stale background work stops. */
	private readonly generations = new Map<string, number>();
	private readonly pendingLarge = new Map<string, Promise<void>>();
	private readonly watcherTimers = new Map<string, ReturnType<typeof setTimeout>>();
	private readonly disposables: vscode.Disposable[] = [];
	private watchers: vscode.Disposable[] = [];
	private reviewer: Reviewer = defaultReviewer;
	private matcher: PathMatcher;
	private options: ExtractOptions;
	private categories: ReadonlySet<FactCategory>;
	private indexCts?: vscode.CancellationTokenSource;
	private indexRun: Promise<void> = Promise.resolve();
	private indexingNow = false;
	private entityCache?: Map<string, { count: number; files: Set<string> }>;
	private pendingEvent?: { uris: Map<string, vscode.Uri>; all: boolean; timer?: ReturnType<typeof setTimeout> };

	constructor(private readonly host: FactsServiceHost) {
		const s = host.settings();
		this.matcher = createPathMatcher(s.include, s.exclude);
		this.options = extractOptionsFor(s);
		this.categories = new Set(s.categories);
		this.disposables.push(
			this.changeEmitter,
			this.indexEmitter,
			this.tooLargeEmitter,
			vscode.workspace.onDidOpenTextDocument((d) => this.documentOpened(d)),
			vscode.workspace.onDidChangeTextDocument((e) => {
				if (e.contentChanges.length > 0 && this.isAnnotated(e.document)) this.schedule(e.document, this.debounceFor(e.document));
			}),
			vscode.workspace.onDidCloseTextDocument((d) => this.documentClosed(d)),
			vscode.window.onDidChangeVisibleTextEditors((editors) => {
				for (const e of editors) {
					const key = e.document.uri.toString();
					if (!this.open.has(key) && this.isAnnotated(e.document)) this.schedule(e.document, 0);
					this.warnIfShown(key);
				}
			}),
			vscode.workspace.onDidChangeWorkspaceFolders(() => {
				this.createWatchers();
				void this.indexCorpus();
			}),
		);
		this.createWatchers();
		for (const d of vscode.workspace.textDocuments) this.documentOpened(d);
	}

	// ---- queries ----------------------------------------------------------------------------

	/** Facts of a document: the open editor's if it is open, else the corpus index's. */
	get(uri: vscode.Uri | string): DocumentFacts | undefined {
		const key = typeof uri === 'string' ? uri : uri.toString();
		return this.open.get(key) ?? this.corpus.get(key);
	}

	getMentions(uri: vscode.Uri | string): readonly ReviewedMention[] {
		return this.get(uri)?.mentions ?? [];
	}

	/**
	 * Every annotated document: the corpus, with open documents' current facts in place of the disk's.
	 * A deleted file whose document VS Code still keeps in memory counts only while a tab shows it.
	 */
	all(): DocumentFacts[] {
		const out = new Map(this.corpus);
		let tabs: Set<string> | undefined;
		for (const [k, v] of this.open) {
			if (this.deleted.has(k)) {
				tabs ??= new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs.flatMap((t) => (t.input instanceof vscode.TabInputText ? [t.input.uri.toString()] : []))));
				if (!tabs.has(k)) continue;
			}
			out.set(k, v);
		}
		return [...out.values()];
	}

	/** Documents of the corpus (workspace files matching the include globs), open versions first. */
	corpusDocuments(): DocumentFacts[] {
		return [...this.corpusKeys].flatMap((k) => this.open.get(k) ?? this.corpus.get(k) ?? []);
	}

	get indexing(): boolean {
		return this.indexingNow;
	}

	tooLarge(uri: vscode.Uri): TooLarge | undefined {
		return this.tooLargeDocs.get(uri.toString());
	}

	relativePath(uri: vscode.Uri): string {
		return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1);
	}

	/** Whether the document (or file) is annotated: include/exclude globs, or "Annotate This File" for the session. */
	isAnnotated(doc: vscode.TextDocument | vscode.Uri): boolean {
		const uri = doc instanceof vscode.Uri ? doc : doc.uri;
		if (EXCLUDED_SCHEMES.has(uri.scheme)) return false;
		if (this.sessionAnnotated.has(uri.toString())) return true;
		return this.matcher(vscode.workspace.asRelativePath(uri, false)) || this.matcher(uri.path);
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
		return this.options;
	}

	// ---- review step ------------------------------------------------------------------------

	/** Replaces the review step (curation); `undefined` restores machine-only facts. Re-reviews everything. */
	setReviewer(reviewer: Reviewer | undefined): void {
		this.reviewer = reviewer ?? defaultReviewer;
		this.reReview();
	}

	/** Runs the review step again (a sidecar changed) for one document, or all. */
	reReview(uri?: vscode.Uri): void {
		const targets = uri ? [uri.toString()] : [...new Set([...this.open.keys(), ...this.corpus.keys()])];
		const changed: vscode.Uri[] = [];
		for (const key of targets) {
			for (const map of [this.open, this.corpus]) {
				const d = map.get(key);
				if (!d) continue;
				map.set(key, { ...d, mentions: this.review(d.uri, d.text, d.raw) });
				changed.push(d.uri);
			}
		}
		this.fire(changed, !uri);
	}

	private review(uri: vscode.Uri, text: string, raw: readonly Mention[]): ReviewedMention[] {
		try {
			return this.reviewer(uri, text, [...raw]);
		} catch (err) {
			this.host.log.error(`review step failed for ${uri.toString()}: ${String(err)}`);
			return asMachine(raw);
		}
	}

	private extractWith(extractor: Extractor, text: string): Mention[] {
		const all = extractor.extract(text, this.options);
		return all.filter((m) => this.categories.has(categoryOf(m)));
	}

	private build(uri: vscode.Uri, text: string, raw: Mention[], source: 'editor' | 'disk', started: number, version?: number, partial = false): DocumentFacts {
		const mentions = this.review(uri, text, raw);
		return {
			uri,
			key: uri.toString(),
			path: this.relativePath(uri),
			text,
			lines: new LineIndex(text),
			raw,
			mentions,
			source,
			version,
			partial,
			elapsedMs: now() - started,
		};
	}

	// ---- open documents ---------------------------------------------------------------------

	/** Annotates a file for this session, whatever the include globs say. */
	annotate(uri: vscode.Uri): void {
		this.sessionAnnotated.add(uri.toString());
		const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
		if (doc) this.update(doc);
	}

	private documentOpened(doc: vscode.TextDocument): void {
		this.deleted.delete(doc.uri.toString());
		if (this.isAnnotated(doc)) this.schedule(doc, 0);
	}

	private documentClosed(doc: vscode.TextDocument): void {
		const key = doc.uri.toString();
		this.cancelTimer(key);
		this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
		this.extractors.delete(key);
		this.deleted.delete(key);
		if (!this.open.delete(key)) return;
		// Unsaved edits are gone: the corpus goes back to the file on disk.
		if (this.corpusKeys.has(key)) void this.indexOne(doc.uri);
		this.fire([doc.uri], false);
	}

	private cancelTimer(key: string): void {
		const t = this.timers.get(key);
		if (t !== undefined) clearTimeout(t);
		this.timers.delete(key);
	}

	/** The debounce setting, lengthened for documents whose extraction is slow so typing is not interrupted. */
	private debounceFor(doc: vscode.TextDocument): number {
		const base = this.host.settings().debounceMs;
		const last = this.open.get(doc.uri.toString())?.elapsedMs ?? 0;
		return last > 50 ? Math.max(base, Math.min(2000, last * 3)) : base;
	}

	private schedule(doc: vscode.TextDocument, delayMs: number): void {
		const key = doc.uri.toString();
		this.cancelTimer(key);
		this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
		this.timers.set(
			key,
			setTimeout(() => {
				this.timers.delete(key);
				if (!doc.isClosed) this.update(doc);
			}, delayMs),
		);
	}

	/** True while an update of the document is scheduled or running in the background. */
	isPending(uri: vscode.Uri): boolean {
		const key = uri.toString();
		return this.timers.has(key) || this.pendingLarge.has(key);
	}

	/**
	 * Brings an open document's facts up to date now (hovers and navigation need exact offsets).
	 * A large document never extracted in full keeps its partial facts (the background run finishes it).
	 */
	flush(doc: vscode.TextDocument): DocumentFacts | undefined {
		if (!this.isAnnotated(doc)) return undefined;
		const key = doc.uri.toString();
		const current = this.open.get(key);
		if (current && current.version === doc.version && !current.partial) return current;
		if (this.pendingLarge.has(key)) return current;
		this.cancelTimer(key);
		this.update(doc);
		return this.open.get(key);
	}

	/** Extracts an open document (synchronously, or in the background when large and new). */
	private update(doc: vscode.TextDocument): void {
		const key = doc.uri.toString();
		const started = now();
		const text = doc.getText();
		const limitMB = this.host.settings().maxFileSizeMB;
		const sizeMB = text.length / (1024 * 1024);
		if (sizeMB > limitMB) {
			const info: TooLarge = { uri: doc.uri, sizeMB, limitMB };
			this.tooLargeDocs.set(key, info);
			this.open.set(key, this.build(doc.uri, text, [], 'editor', started, doc.version));
			this.warnIfShown(key);
			this.fire([doc.uri], false);
			return;
		}
		this.tooLargeDocs.delete(key);
		let extractor = this.extractors.get(key);
		if (!extractor) this.extractors.set(key, (extractor = createExtractor()));
		if (text.length > LARGE_DOCUMENT && !this.warm.has(extractor)) {
			// Never extracted in full with this extractor: its line cache is cold, so a synchronous
			// extraction would block the extension host. Work in the background instead.
			if (!this.pendingLarge.has(key)) {
				const run = this.updateLarge(doc, extractor).finally(() => this.pendingLarge.delete(key));
				this.pendingLarge.set(key, run);
			}
			return;
		}
		const raw = this.extractWith(extractor, text);
		this.open.set(key, this.build(doc.uri, text, raw, 'editor', started, doc.version));
		this.fire([doc.uri], false, true);
	}

	/** One message per too-large document, once a person sees it (not for background documents). */
	private warnIfShown(key: string): void {
		const info = this.tooLargeDocs.get(key);
		if (!info || this.warnedTooLarge.has(key)) return;
		if (!vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === key)) return;
		this.warnedTooLarge.add(key);
		this.tooLargeEmitter.fire(info);
	}

	/** Extractors that have seen their whole document once (their line cache makes the next run incremental). */
	private readonly warm = new WeakSet<Extractor>();

	/**
	 * Extracts `text` in slices of lines (each slice fills the extractor's per-line cache), yielding to
	 * the event loop between slices, then once in full (cache hits plus the document-wide passes).
	 * Returns undefined when `stale()` says the result is no longer wanted.
	 */
	private async extractSliced(extractor: Extractor, text: string, stale: () => boolean): Promise<Mention[] | undefined> {
		let offset = 0;
		let sliceStart = now();
		while (offset < text.length) {
			let end = Math.min(text.length, offset + CHUNK);
			const nl = text.indexOf('\n', end);
			end = nl < 0 ? text.length : nl + 1;
			extractor.extract(text.slice(offset, end), this.options);
			offset = end;
			if (now() - sliceStart > SLICE_MS) {
				await yieldToEventLoop();
				if (stale()) return undefined;
				sliceStart = now();
			}
		}
		await yieldToEventLoop();
		if (stale()) return undefined;
		const raw = this.extractWith(extractor, text);
		this.warm.add(extractor);
		return raw;
	}

	private async updateLarge(doc: vscode.TextDocument, extractor: Extractor): Promise<void> {
		const key = doc.uri.toString();
		for (;;) {
			const generation = this.generations.get(key) ?? 0;
			const version = doc.version;
			const text = doc.getText();
			const started = now();
			const corpus = this.corpus.get(key);
			if (corpus && !corpus.partial && corpus.text === text) {
				// The index already has this text: show its facts now, warm the cache in the background.
				this.open.set(key, { ...corpus, source: 'editor', version });
			} else if (!this.open.get(key) || this.open.get(key)!.version !== version) {
				this.open.set(key, this.visibleFacts(doc, extractor, text, started));
			}
			this.fire([doc.uri], false);
			const stale = () => doc.isClosed || (this.generations.get(key) ?? 0) !== generation;
			const raw = await this.extractSliced(extractor, text, stale);
			if (doc.isClosed) return;
			if (raw === undefined || doc.version !== version) continue; // edited meanwhile: go on with the new text
			this.cancelTimer(key);
			this.open.set(key, this.build(doc.uri, text, raw, 'editor', started, version, false));
			this.fire([doc.uri], false, true);
			return;
		}
	}

	/** Facts of the lines around the visible ranges only: what the person sees, at once. */
	private visibleFacts(doc: vscode.TextDocument, extractor: Extractor, text: string, started: number): DocumentFacts {
		const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === doc).flatMap((e) => e.visibleRanges);
		const top = ranges.length ? Math.min(...ranges.map((r) => r.start.line)) : 0;
		const bottom = ranges.length ? Math.max(...ranges.map((r) => r.end.line)) : 100;
		const firstLine = Math.max(0, top - VISIBLE_MARGIN_LINES);
		const lastLine = Math.min(doc.lineCount - 1, bottom + VISIBLE_MARGIN_LINES);
		const from = doc.offsetAt(new vscode.Position(firstLine, 0));
		const to = doc.offsetAt(doc.lineAt(lastLine).range.end);
		const visible = this.extractWith(extractor, text.slice(from, to)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
		return this.build(doc.uri, text, visible, 'editor', started, doc.version, true);
	}

	// ---- corpus -----------------------------------------------------------------------------

	/** Settings changed: globs, limits, extraction options. */
	applySettings(scopeChanged: boolean, extractionChanged: boolean): void {
		const s = this.host.settings();
		this.matcher = createPathMatcher(s.include, s.exclude);
		this.options = extractOptionsFor(s);
		this.categories = new Set(s.categories);
		if (scopeChanged) this.createWatchers();
		if (scopeChanged || extractionChanged) {
			for (const key of [...this.open.keys()]) {
				const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
				if (!doc || !this.isAnnotated(doc)) {
					this.open.delete(key);
					continue;
				}
				this.open.delete(key);
				this.update(doc);
			}
			for (const doc of vscode.workspace.textDocuments) if (!this.open.has(doc.uri.toString()) && this.isAnnotated(doc)) this.update(doc);
			void this.indexCorpus({ reuseText: !scopeChanged });
			this.fire([], true);
		}
	}

	/** Resolves when no update is scheduled and indexing is done (tests, exports). */
	async whenIdle(): Promise<void> {
		for (let i = 0; i < 1000; i++) {
			await this.indexRun;
			await Promise.all([...this.pendingLarge.values()]);
			if (this.timers.size === 0 && this.pendingLarge.size === 0 && !this.indexingNow && !this.pendingEvent) return;
			await new Promise((r) => setTimeout(r, 20));
		}
	}

	/**
	 * (Re)builds the corpus index in the background. Cancels a run in progress.
	 * `reuseText`: re-extract the texts already read (settings changed) instead of reading the disk.
	 */
	indexCorpus(opts: { userInitiated?: boolean; reuseText?: boolean } = {}): Promise<void> {
		this.indexCts?.cancel();
		this.indexCts?.dispose();
		const cts = new vscode.CancellationTokenSource();
		this.indexCts = cts;
		const previous = this.indexRun;
		const run = previous.then(() => this.runIndex(cts.token, opts)).catch((err: unknown) => {
			if (!(err instanceof vscode.CancellationError)) {
				this.host.log.error(`indexing failed: ${String(err)}`);
				void vscode.window.showErrorMessage(this.host.t('Seed Facts: indexing the seeds failed: {0}', String(err)));
			}
		});
		this.indexRun = run;
		return run;
	}

	private async runIndex(external: vscode.CancellationToken, opts: { userInitiated?: boolean; reuseText?: boolean }): Promise<void> {
		if (external.isCancellationRequested) return;
		const t = this.host.t;
		this.setIndexing(true);
		const stats: IndexStats = { files: 0, findMs: 0, readWaitMs: 0, extractMs: 0, totalMs: 0 };
		const began = now();
		try {
			const files = await this.findSeedFiles(external);
			stats.files = files.length;
			stats.findMs = now() - began;
			if (external.isCancellationRequested) return;
			const wanted = new Set(files.map((u) => u.toString()));
			this.corpusKeys.clear();
			for (const k of wanted) this.corpusKeys.add(k);
			const removed: vscode.Uri[] = [];
			for (const [k, d] of this.corpus) {
				if (!wanted.has(k)) {
					this.corpus.delete(k);
					removed.push(d.uri);
				}
			}
			if (removed.length) this.fire(removed, false);
			const many = files.length > 300;
			const location = opts.userInitiated || many ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
			await vscode.window.withProgress(
				{ location, title: t('Seed Facts: indexing {0} seeds', files.length), cancellable: true },
				async (progress, token) => {
					const cancelled = () => token.isCancellationRequested || external.isCancellationRequested;
					const step = files.length ? 100 / files.length : 100;
					let sliceStart = now();
					let done = 0;
					// Reads run ahead of extraction, many in flight (each is a round trip to the main
					// thread or a remote file system), up to a memory budget.
					const reads = new Map<number, Promise<Uint8Array | string | undefined>>();
					let nextRead = 0;
					let inFlight = 0;
					let buffered = 0;
					let wake: (() => void) | undefined;
					const pump = () => {
						while (nextRead < files.length && inFlight < READ_CONCURRENCY && buffered < READ_BUDGET_BYTES && !cancelled()) {
							const i = nextRead++;
							inFlight++;
							reads.set(
								i,
								this.readSeed(files[i], opts.reuseText === true).then((c) => {
									inFlight--;
									buffered += typeof c === 'string' ? c.length * 2 : (c?.byteLength ?? 0);
									pump();
									wake?.();
									return c;
								}),
							);
						}
					};
					pump();
					// Extraction blocks the event loop and would starve the reads' round trips: let
					// them run first, up to the memory budget.
					const readAhead = now();
					while (inFlight > 0 && buffered < READ_BUDGET_BYTES && !cancelled()) {
						await new Promise<void>((resolve) => (wake = resolve));
						wake = undefined;
					}
					stats.readWaitMs += now() - readAhead;
					for (let i = 0; i < files.length; i++) {
						if (cancelled()) throw new vscode.CancellationError();
						const waited = now();
						pump();
						const content = await reads.get(i)!;
						const extracting = now();
						stats.readWaitMs += extracting - waited;
						reads.delete(i);
						buffered -= typeof content === 'string' ? content.length * 2 : (content?.byteLength ?? 0);
						if (content !== undefined) await this.indexText(files[i], content, cancelled);
						stats.extractMs += now() - extracting;
						done++;
						if (now() - sliceStart > SLICE_MS) {
							progress.report({ increment: step * done, message: `${i + 1}/${files.length}` });
							done = 0;
							await yieldToEventLoop();
							sliceStart = now();
						}
					}
				},
			);
			this.fire([], true);
			stats.totalMs = now() - began;
			this.lastIndexStats = stats;
			this.host.log.info(`indexed ${stats.files} files in ${stats.totalMs.toFixed(0)} ms (find ${stats.findMs.toFixed(0)}, waiting for reads ${stats.readWaitMs.toFixed(0)}, extraction ${stats.extractMs.toFixed(0)})`);
		} finally {
			this.setIndexing(false);
		}
	}

	/** Timings of the last complete corpus indexing (benchmarks, the log). */
	lastIndexStats?: IndexStats;

	private setIndexing(value: boolean): void {
		this.indexingNow = value;
		this.indexEmitter.fire(value);
	}

	/** Seeds in the workspace: `findFiles` per include glob, or a directory walk where search is unavailable. */
	private async findSeedFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
		const folders = vscode.workspace.workspaceFolders ?? [];
		if (folders.length === 0) return [];
		const s = this.host.settings();
		const exclude = s.exclude.length ? (s.exclude.length === 1 ? s.exclude[0] : `{${s.exclude.join(',')}}`) : undefined;
		const found = new Map<string, vscode.Uri>();
		try {
			for (const folder of folders) {
				for (const glob of s.include) {
					const pattern = new vscode.RelativePattern(folder, broaden(glob));
					for (const uri of await vscode.workspace.findFiles(pattern, exclude, undefined, token)) found.set(uri.toString(), uri);
				}
			}
		} catch (err) {
			if (token.isCancellationRequested) throw new vscode.CancellationError();
			this.host.log.warn(`findFiles failed (${String(err)}); walking the workspace instead`);
			for (const folder of folders) await this.walk(folder.uri, found, token);
		}
		return [...found.values()].filter((u) => this.isAnnotated(u)).sort((a, b) => a.toString().localeCompare(b.toString()));
	}

	private async walk(root: vscode.Uri, found: Map<string, vscode.Uri>, token: vscode.CancellationToken): Promise<void> {
		const queue = [root];
		let visited = 0;
		while (queue.length && visited < 50_000 && !token.isCancellationRequested) {
			const dir = queue.shift()!;
			let entries: [string, vscode.FileType][];
			try {
				entries = await vscode.workspace.fs.readDirectory(dir);
			} catch {
				continue;
			}
			for (const [name, type] of entries) {
				visited++;
				const uri = vscode.Uri.joinPath(dir, name);
				if (type & vscode.FileType.Directory) {
					if (name !== 'node_modules' && name !== '.git') queue.push(uri);
				} else if (this.isAnnotated(uri)) found.set(uri.toString(), uri);
			}
		}
	}

	private async readSeed(uri: vscode.Uri, reuseText: boolean): Promise<Uint8Array | string | undefined> {
		const key = uri.toString();
		// An open document's facts come from its editor; the file is read again when it closes.
		if (this.open.has(key) && !reuseText) return undefined;
		if (reuseText && this.corpus.has(key)) return this.corpus.get(key)!.text;
		try {
			const limit = this.host.settings().maxFileSizeMB * 1024 * 1024;
			// One round trip per file (no stat first): reads dominate indexing time. A file above
			// the limit is read once, then dropped without being decoded or extracted.
			const bytes = await vscode.workspace.fs.readFile(uri);
			if (bytes.byteLength > limit) {
				this.tooLargeDocs.set(key, { uri, sizeMB: bytes.byteLength / (1024 * 1024), limitMB: limit / (1024 * 1024) });
				this.corpus.set(key, this.build(uri, '', [], 'disk', now()));
				return undefined;
			}
			this.tooLargeDocs.delete(key);
			return bytes;
		} catch (err) {
			this.host.log.warn(`cannot read ${uri.toString()}: ${String(err)}`);
			return undefined;
		}
	}

	private readonly decoder = new TextDecoder('utf-8');

	private async indexText(uri: vscode.Uri, content: Uint8Array | string, stale: () => boolean = () => false): Promise<void> {
		const started = now();
		const text = typeof content === 'string' ? content : this.decoder.decode(content);
		// A large file gets its own extractor (its lines would flush the shared cache) and slices.
		const raw = text.length > LARGE_DOCUMENT ? await this.extractSliced(createExtractor(), text, stale) : this.extractWith(this.corpusExtractor, text);
		if (raw === undefined) return;
		this.corpus.set(uri.toString(), this.build(uri, text, raw, 'disk', started));
		this.fire([uri], false);
	}

	/** Reads and indexes one file (watcher events, a closed editor). */
	private async indexOne(uri: vscode.Uri): Promise<void> {
		if (!this.isAnnotated(uri)) return;
		let exists = true;
		try {
			await vscode.workspace.fs.stat(uri);
		} catch {
			exists = false;
		}
		// Gone meanwhile (a change event queued before a deletion): not part of the corpus.
		if (!exists) return this.removeUnder(uri);
		this.corpusKeys.add(uri.toString());
		this.deleted.delete(uri.toString());
		const content = await this.readSeed(uri, false);
		if (content !== undefined) await this.indexText(uri, content);
	}

	private createWatchers(): void {
		for (const w of this.watchers) w.dispose();
		this.watchers = [];
		// A deleted folder is reported once, for the folder: this watcher sees every deletion.
		for (const folder of vscode.workspace.workspaceFolders ?? []) {
			const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), true, true, false);
			this.watchers.push(w, w.onDidDelete((uri) => this.removeUnder(uri)));
		}
		const patterns = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
			[...new Set(this.host.settings().include.map(broaden))].map((glob) => new vscode.RelativePattern(folder, glob)),
		);
		for (const pattern of patterns) {
			const w = vscode.workspace.createFileSystemWatcher(pattern);
			const changed = (uri: vscode.Uri) => {
				if (!this.isAnnotated(uri)) return;
				const key = uri.toString();
				const t = this.watcherTimers.get(key);
				if (t !== undefined) clearTimeout(t);
				this.watcherTimers.set(
					key,
					setTimeout(() => {
						this.watcherTimers.delete(key);
						void this.indexOne(uri);
					}, 150),
				);
			};
			this.watchers.push(
				w,
				w.onDidCreate(changed),
				w.onDidChange(changed),
				w.onDidDelete((uri) => this.removeUnder(uri)),
			);
		}
	}

	/** Drops the corpus entries of a deleted file or folder. */
	private removeUnder(uri: vscode.Uri): void {
		const key = uri.toString();
		const prefix = key.endsWith('/') ? key : key + '/';
		const removed: vscode.Uri[] = [];
		for (const [k, d] of this.corpus) {
			if (k === key || k.startsWith(prefix)) {
				this.corpus.delete(k);
				this.corpusKeys.delete(k);
				this.tooLargeDocs.delete(k);
				removed.push(d.uri);
			}
		}
		for (const k of [...this.corpusKeys]) if (k === key || k.startsWith(prefix)) this.corpusKeys.delete(k);
		for (const [k, d] of this.open) {
			if (k === key || k.startsWith(prefix)) {
				this.deleted.add(k);
				removed.push(d.uri);
			}
		}
		if (removed.length) this.fire(removed, false);
	}

	// ---- events -----------------------------------------------------------------------------

	/** Events are coalesced within a tick so that indexing 2 000 files does not fire 2 000 times. */
	private fire(uris: readonly vscode.Uri[], all: boolean, immediate = false): void {
		this.entityCache = undefined;
		if (!this.pendingEvent) this.pendingEvent = { uris: new Map(), all: false };
		const p = this.pendingEvent;
		for (const u of uris) p.uris.set(u.toString(), u);
		p.all ||= all;
		const flush = () => {
			if (p.timer !== undefined) clearTimeout(p.timer);
			if (this.pendingEvent !== p) return;
			this.pendingEvent = undefined;
			this.changeEmitter.fire({ uris: [...p.uris.values()], all: p.all });
		};
		// An edited document's highlights go out at once; indexing batches its events per tick.
		if (immediate) flush();
		else if (p.timer === undefined) p.timer = setTimeout(flush, 0);
	}

	dispose(): void {
		this.indexCts?.cancel();
		this.indexCts?.dispose();
		for (const t of this.timers.values()) clearTimeout(t);
		for (const t of this.watcherTimers.values()) clearTimeout(t);
		for (const w of this.watchers) w.dispose();
		for (const d of this.disposables) d.dispose();
	}
}
