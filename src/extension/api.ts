// What the extension hands to its other features (exports, curation) and returns from activate()
// for integration tests: `vscode.extensions.getExtension('seed-facts.seed-facts').activate()`.
import type * as vscode from 'vscode';
import type { ReviewedMention } from '../curation/types';
import type { FactCategory } from './model/categories';
import type { DecorationKey } from './model/decorationModel';
import type { DecorationController } from './editor/decorations';
import type { DocumentFacts, FactsService } from './facts/factsService';
import type { FactsTreeProvider } from './tree/factsTree';
import type { FactsTreeNode } from './tree/treeNodes';
import type { Translate } from './model/format';
import type { FactsHoverProvider } from './editor/hover';
import type { SidecarReviewSource } from './curation/reviewSource';
import type { SeedFactsSettings } from './model/settings';
import type { FactsStatusBar } from './statusBar/statusBar';

/** A mention found from a command argument (hover link, tree node) or the cursor. */
export interface ResolvedMention {
	uri: vscode.Uri;
	mention: ReviewedMention;
	facts: DocumentFacts;
}

/** Everything other features plug into. Passed to registerExportCommands / registerCurationFeatures. */
export interface SeedFactsServices {
	readonly context: vscode.ExtensionContext;
	/** `vscode.l10n.t`. */
	readonly t: Translate;
	readonly log: vscode.LogOutputChannel;
	/** Current `seedFacts.*` settings (re-read on change). */
	settings(): SeedFactsSettings;
	/** Facts of open documents and the corpus, reviewed through `reviews`. */
	readonly facts: FactsService;
	/** Review state: the sidecars (its `store`) applied to the engine's mentions. */
	readonly reviews: SidecarReviewSource;
	readonly decorations: DecorationController;
	readonly hover: FactsHoverProvider;
	/** The Facts tree; `visibleFacts()` is what it currently shows (filter applied). */
	readonly tree: FactsTreeProvider;
	readonly statusBar: FactsStatusBar;
	/** Finds the mention a command is about: `{ uri, start, end }`, a tree node, or the cursor's. */
	resolveMention(arg: unknown): ResolvedMention | undefined;
}

export interface SeedFactsApi {
	readonly services: SeedFactsServices;
	getMentions(uri: vscode.Uri): readonly ReviewedMention[];
	/** Ranges set on the document's visible editors, per decoration type (`money`, `money.soft`, ..., `rejected`). */
	getDecorationRanges(target: vscode.TextEditor | vscode.Uri): Record<DecorationKey, vscode.Range[]>;
	/** The same, plain and soft together per category. */
	getDecorationRangesByCategory(target: vscode.TextEditor | vscode.Uri): Record<FactCategory, vscode.Range[]>;
	readonly tree: FactsTreeProvider;
	readonly treeView: vscode.TreeView<FactsTreeNode>;
	getStatusBarText(): string;
	/** Resolves when no update is pending and the corpus index is done. */
	whenIdle(): Promise<void>;
}
