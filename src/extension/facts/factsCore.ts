// State shared by the open documents and the corpus index: the facts maps, extraction with the
// current settings, the review step, and change events coalesced per tick.
import * as vscode from 'vscode';
import { asMachine, type ReviewedMention } from '../../curation/types';
import type { Extractor } from '../../engine/extract';
import { LineIndex } from '../../engine/text';
import type { ExtractOptions, Mention } from '../../engine/types';
import { categoryOf, type FactCategory } from '../model/categories';
import { createPathMatcher, type PathMatcher } from '../model/pathMatcher';
import { extractOptionsFor } from '../model/settings';
import { now, SLICE_MS, yieldToEventLoop, type DocumentFacts, type FactsChangeEvent, type FactsServiceHost, type ReviewSource, type TooLarge } from './factsTypes';

const CHUNK = 64 * 1024;
const EXCLUDED_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'git', 'comment', 'vscode-settings', 'vscode-userdata', 'vscode-notebook-cell']);

export class FactsCore implements vscode.Disposable {
	readonly changeEmitter = new vscode.EventEmitter<FactsChangeEvent>();
	readonly tooLargeEmitter = new vscode.EventEmitter<TooLarge>();
	readonly open = new Map<string, DocumentFacts>();
	readonly corpus = new Map<string, DocumentFacts>();
	/** Workspace files matching the include globs (open ones may have no `corpus` entry: the editor's facts stand in). */
	readonly corpusKeys = new Set<string>();
	/** Open documents whose file was deleted. */
	readonly deleted = new Set<string>();
	readonly sessionAnnotated = new Set<string>();
	readonly tooLargeDocs = new Map<string, TooLarge>();
	/** Extractors that have seen their whole document once (their line cache makes the next run incremental). */
	readonly warm = new WeakSet<Extractor>();
	options: ExtractOptions;
	pendingEvent?: { uris: Map<string, vscode.Uri>; all: boolean; timer?: ReturnType<typeof setTimeout> };
	private matcher: PathMatcher;
	private categories: ReadonlySet<FactCategory>;
	/** Invalidated on every change (entity counts of the hover). */
	onChange?: () => void;

	constructor(
		readonly host: FactsServiceHost,
		private readonly reviews: ReviewSource | undefined,
	) {
		const s = host.settings();
		this.matcher = createPathMatcher(s.include, s.exclude);
		this.options = extractOptionsFor(s);
		this.categories = new Set(s.categories);
	}

	/** Re-reads globs, extraction options and categories from the settings. */
	readSettings(): void {
		const s = this.host.settings();
		this.matcher = createPathMatcher(s.include, s.exclude);
		this.options = extractOptionsFor(s);
		this.categories = new Set(s.categories);
	}

	isAnnotated(doc: vscode.TextDocument | vscode.Uri): boolean {
		const uri = doc instanceof vscode.Uri ? doc : doc.uri;
		if (EXCLUDED_SCHEMES.has(uri.scheme)) return false;
		if (this.sessionAnnotated.has(uri.toString())) return true;
		return this.matcher(vscode.workspace.asRelativePath(uri, false)) || this.matcher(uri.path);
	}

	relativePath(uri: vscode.Uri): string {
		return uri.scheme === 'untitled'
			? uri.path
			: vscode.workspace.asRelativePath(uri, vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1);
	}

	review(uri: vscode.Uri, text: string, raw: readonly Mention[]): ReviewedMention[] {
		if (!this.reviews) return asMachine(raw);
		try {
			return this.reviews.review(uri, text, raw);
		} catch (err) {
			this.host.log.error(`review step failed for ${uri.toString()}: ${String(err)}`);
			return asMachine(raw);
		}
	}

	extractWith(extractor: Extractor, text: string): Mention[] {
		return extractor.extract(text, this.options).filter((m) => this.categories.has(categoryOf(m)));
	}

	build(uri: vscode.Uri, text: string, raw: Mention[], source: 'editor' | 'disk', started: number, version?: number, partial = false): DocumentFacts {
		const mentions = this.review(uri, text, raw);
		return { uri, key: uri.toString(), path: this.relativePath(uri), text, lines: new LineIndex(text), raw, mentions, source, version, partial, elapsedMs: now() - started };
	}

	/**
	 * Extracts `text` in slices of lines (each slice fills the extractor's per-line cache), yielding to
	 * the event loop between slices, then once in full (cache hits plus the document-wide passes).
	 * Returns undefined when `stale()` says the result is no longer wanted.
	 */
	async extractSliced(extractor: Extractor, text: string, stale: () => boolean): Promise<Mention[] | undefined> {
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

	/** Events are coalesced within a tick so that indexing 2 000 files does not fire 2 000 times. */
	fire(uris: readonly vscode.Uri[], all: boolean, immediate = false): void {
		this.onChange?.();
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
		this.changeEmitter.dispose();
		this.tooLargeEmitter.dispose();
	}
}
