// What the facts service hands out: a document's facts, change events, too-large notices, timings.
import type * as vscode from 'vscode';
import type { ReviewedMention } from '../../curation/types';
import type { LineIndex } from '../../engine/text';
import type { Mention } from '../../engine/types';
import type { Translate } from '../model/format';
import type { SeedFactsSettings } from '../model/settings';

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
	/** True when (possibly) every document changed: settings, review source, re-index. */
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

/** Localization and logging, injected so that this folder only depends on the VS Code API. */
export interface FactsServiceHost {
	readonly t: Translate;
	readonly log: vscode.LogOutputChannel;
	settings(): SeedFactsSettings;
}

/**
 * Where the facts service gets review state: it turns the engine's mentions into reviewed ones and
 * says when a document's decisions changed. Curation provides it (src/extension/curation/reviewSource.ts).
 */
export interface ReviewSource {
	review(uri: vscode.Uri, text: string, raw: readonly Mention[]): ReviewedMention[];
	readonly onDidChangeReview: vscode.Event<vscode.Uri>;
}

/** Work time after which a background loop yields to the event loop. */
export const SLICE_MS = 25;

export function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

export function now(): number {
	return performance.now();
}
