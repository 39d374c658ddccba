// Facts of open documents: re-extracted on edits (debounced) with one line-cached extractor per
// document, so an edit re-scans only the lines it touched. Large documents are first extracted
// around the visible ranges, then in slices that yield to the event loop.
import * as vscode from 'vscode';
import { createExtractor, type Extractor } from '../../engine/extract';
import type { FactsCore } from './factsCore';
import { now, type DocumentFacts, type TooLarge } from './factsTypes';

/** Characters above which a document is first extracted around its visible ranges. */
const LARGE_DOCUMENT = 256 * 1024;
const VISIBLE_MARGIN_LINES = 60;

export class OpenDocuments implements vscode.Disposable {
	private readonly extractors = new Map<string, Extractor>();
	private readonly warnedTooLarge = new Set<string>();
	readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
	/** Bumped on every scheduled update of a document, so stale background work stops. */
	private readonly generations = new Map<string, number>();
	readonly pendingLarge = new Map<string, Promise<void>>();
	private readonly disposables: vscode.Disposable[] = [];

	constructor(
		private readonly core: FactsCore,
		/** An open document of the corpus closed: its unsaved edits are gone, the disk's text counts again. */
		private readonly onClosedInCorpus: (uri: vscode.Uri) => void,
	) {
		this.disposables.push(
			vscode.workspace.onDidOpenTextDocument((d) => this.documentOpened(d)),
			vscode.workspace.onDidChangeTextDocument((e) => {
				if (e.contentChanges.length > 0 && this.core.isAnnotated(e.document)) this.schedule(e.document, this.debounceFor(e.document));
			}),
			vscode.workspace.onDidCloseTextDocument((d) => this.documentClosed(d)),
			vscode.window.onDidChangeVisibleTextEditors((editors) => {
				for (const e of editors) {
					const key = e.document.uri.toString();
					if (!this.core.open.has(key) && this.core.isAnnotated(e.document)) this.schedule(e.document, 0);
					this.warnIfShown(key);
				}
			}),
		);
		for (const d of vscode.workspace.textDocuments) this.documentOpened(d);
	}

	/** Settings changed: every open document is extracted again (or dropped when no longer annotated). */
	refreshAll(): void {
		for (const key of [...this.core.open.keys()]) {
			const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
			this.core.open.delete(key);
			if (doc && this.core.isAnnotated(doc)) this.update(doc);
		}
		for (const doc of vscode.workspace.textDocuments) if (!this.core.open.has(doc.uri.toString()) && this.core.isAnnotated(doc)) this.update(doc);
	}

	/** Annotates a file for this session, whatever the include globs say. */
	annotate(uri: vscode.Uri): void {
		this.core.sessionAnnotated.add(uri.toString());
		const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
		if (doc) this.update(doc);
	}

	documentOpened(doc: vscode.TextDocument): void {
		this.core.deleted.delete(doc.uri.toString());
		if (this.core.isAnnotated(doc)) this.schedule(doc, 0);
	}

	documentClosed(doc: vscode.TextDocument): void {
		const key = doc.uri.toString();
		this.cancelTimer(key);
		this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
		this.extractors.delete(key);
		this.core.deleted.delete(key);
		if (!this.core.open.delete(key)) return;
		// Unsaved edits are gone: the corpus goes back to the file on disk.
		if (this.core.corpusKeys.has(key)) this.onClosedInCorpus(doc.uri);
		this.core.fire([doc.uri], false);
	}

	private cancelTimer(key: string): void {
		const t = this.timers.get(key);
		if (t !== undefined) clearTimeout(t);
		this.timers.delete(key);
	}

	/** The debounce setting, lengthened for documents whose extraction is slow so typing is not interrupted. */
	debounceFor(doc: vscode.TextDocument): number {
		const base = this.core.host.settings().debounceMs;
		const last = this.core.open.get(doc.uri.toString())?.elapsedMs ?? 0;
		return last > 50 ? Math.max(base, Math.min(2000, last * 3)) : base;
	}

	schedule(doc: vscode.TextDocument, delayMs: number): void {
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
		if (!this.core.isAnnotated(doc)) return undefined;
		const key = doc.uri.toString();
		const current = this.core.open.get(key);
		if (current && current.version === doc.version && !current.partial) return current;
		if (this.pendingLarge.has(key)) return current;
		this.cancelTimer(key);
		this.update(doc);
		return this.core.open.get(key);
	}

	/** Extracts an open document (synchronously, or in the background when large and new). */
	update(doc: vscode.TextDocument): void {
		const key = doc.uri.toString();
		const started = now();
		const text = doc.getText();
		const limitMB = this.core.host.settings().maxFileSizeMB;
		const sizeMB = text.length / (1024 * 1024);
		if (sizeMB > limitMB) {
			const info: TooLarge = { uri: doc.uri, sizeMB, limitMB };
			this.core.tooLargeDocs.set(key, info);
			this.core.open.set(key, this.core.build(doc.uri, text, [], 'editor', started, doc.version));
			this.warnIfShown(key);
			this.core.fire([doc.uri], false);
			return;
		}
		this.core.tooLargeDocs.delete(key);
		let extractor = this.extractors.get(key);
		if (!extractor) this.extractors.set(key, (extractor = createExtractor()));
		if (text.length > LARGE_DOCUMENT && !this.core.warm.has(extractor)) {
			// Never extracted in full with this extractor: its line cache is cold, so a synchronous
			// extraction would block the extension host. Work in the background instead.
			if (!this.pendingLarge.has(key)) {
				const run = this.updateLarge(doc, extractor).finally(() => this.pendingLarge.delete(key));
				this.pendingLarge.set(key, run);
			}
			return;
		}
		const raw = this.core.extractWith(extractor, text);
		this.core.open.set(key, this.core.build(doc.uri, text, raw, 'editor', started, doc.version));
		this.core.fire([doc.uri], false, true);
	}

	/** One message per too-large document, once a person sees it (not for background documents). */
	warnIfShown(key: string): void {
		const info = this.core.tooLargeDocs.get(key);
		if (!info || this.warnedTooLarge.has(key)) return;
		if (!vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === key)) return;
		this.warnedTooLarge.add(key);
		this.core.tooLargeEmitter.fire(info);
	}

	/** Extractors that have seen their whole document once (their line cache makes the next run incremental). */
	private async updateLarge(doc: vscode.TextDocument, extractor: Extractor): Promise<void> {
		const key = doc.uri.toString();
		for (;;) {
			const generation = this.generations.get(key) ?? 0;
			const version = doc.version;
			const text = doc.getText();
			const started = now();
			const corpus = this.core.corpus.get(key);
			if (corpus && !corpus.partial && corpus.text === text) {
				// The index already has this text: show its facts now, warm the cache in the background.
				this.core.open.set(key, { ...corpus, source: 'editor', version });
			} else if (!this.core.open.get(key) || this.core.open.get(key)!.version !== version) {
				this.core.open.set(key, this.visibleFacts(doc, extractor, text, started));
			}
			this.core.fire([doc.uri], false);
			const stale = () => doc.isClosed || (this.generations.get(key) ?? 0) !== generation;
			const raw = await this.core.extractSliced(extractor, text, stale);
			if (doc.isClosed) return;
			if (raw === undefined || doc.version !== version) continue; // edited meanwhile: go on with the new text
			this.cancelTimer(key);
			this.core.open.set(key, this.core.build(doc.uri, text, raw, 'editor', started, version, false));
			this.core.fire([doc.uri], false, true);
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
		const visible = this.core.extractWith(extractor, text.slice(from, to)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
		return this.core.build(doc.uri, text, visible, 'editor', started, doc.version, true);
	}

	dispose(): void {
		for (const t of this.timers.values()) clearTimeout(t);
		for (const d of this.disposables) d.dispose();
	}
}
