// Highlights in the editor: one decoration type per category, plain or soft (qualified/inferred),
// plus rejected facts struck through. Colors come from `contributes.colors` (themable).
import * as vscode from 'vscode';
import { FACT_CATEGORIES, type FactCategory } from '../model/categories';
import { DECORATION_KEYS, partitionMentions, type DecorationKey } from '../model/decorationModel';
import type { FactsService } from '../facts/factsService';
import type { SeedFactsSettings } from '../model/settings';

function createType(key: DecorationKey): vscode.TextEditorDecorationType {
	if (key === 'rejected') {
		return vscode.window.createTextEditorDecorationType({
			textDecoration: 'line-through',
			opacity: '0.65',
			rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
		});
	}
	const soft = key.endsWith('.soft');
	const category = (soft ? key.slice(0, -'.soft'.length) : key) as FactCategory;
	return vscode.window.createTextEditorDecorationType({
		backgroundColor: new vscode.ThemeColor(`seedFacts.${category}.background`),
		borderColor: new vscode.ThemeColor(`seedFacts.${category}.border`),
		borderStyle: soft ? 'dotted' : 'solid',
		borderWidth: soft ? '0 0 2px 0' : '0 0 1px 0',
		borderRadius: '2px',
		overviewRulerColor: new vscode.ThemeColor(`seedFacts.${category}.ruler`),
		overviewRulerLane: vscode.OverviewRulerLane.Right,
		rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
	});
}

export interface AppliedDecorations {
	readonly ranges: ReadonlyMap<DecorationKey, readonly vscode.Range[]>;
	/** Document version the ranges were computed for. */
	readonly version: number;
	/** True when they came from the visible part of a large document only. */
	readonly partial: boolean;
	/** When (performance.now()) and how long setting them took. */
	readonly at: number;
	readonly ms: number;
}

export class DecorationController implements vscode.Disposable {
	private readonly types = new Map<DecorationKey, vscode.TextEditorDecorationType>();
	private readonly applied = new Map<string, AppliedDecorations>();
	private readonly disposables: vscode.Disposable[] = [];
	private readonly appliedEmitter = new vscode.EventEmitter<vscode.Uri>();
	/** Fires after an editor's decorations were set (tests, benchmarks). */
	readonly onDidApply = this.appliedEmitter.event;

	constructor(
		private readonly facts: FactsService,
		private readonly settings: () => SeedFactsSettings,
	) {
		for (const key of DECORATION_KEYS) this.types.set(key, createType(key));
		this.disposables.push(
			this.appliedEmitter,
			facts.onDidChangeFacts((e) => {
				if (e.all) this.refresh();
				else for (const uri of e.uris) this.refresh(uri);
			}),
			vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
		);
		this.refresh();
	}

	/** Re-applies decorations to the visible editors (of one document, or all). */
	refresh(uri?: vscode.Uri): void {
		const key = uri?.toString();
		for (const editor of vscode.window.visibleTextEditors) {
			if (key === undefined || editor.document.uri.toString() === key) this.apply(editor);
		}
	}

	private apply(editor: vscode.TextEditor): void {
		const started = performance.now();
		const doc = editor.document;
		const key = doc.uri.toString();
		const s = this.settings();
		const facts = this.facts.isAnnotated(doc) ? this.facts.get(doc.uri) : undefined;
		if (facts && (facts.source === 'editor' ? facts.version !== doc.version : facts.text !== doc.getText())) {
			// Stale offsets: VS Code already moves the current decorations with the edit; the
			// debounced update will set fresh ones.
			return;
		}
		const enabled = new Set<FactCategory>(s.highlightsEnabled && facts ? s.categories : []);
		const groups = partitionMentions(facts?.mentions ?? [], enabled, s.rejectedStyle === 'strikethrough');
		const ranges = new Map<DecorationKey, vscode.Range[]>();
		for (const [k, mentions] of groups) {
			const list = mentions.map((m) => new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)));
			ranges.set(k, list);
			editor.setDecorations(this.types.get(k)!, list);
		}
		const at = performance.now();
		this.applied.set(key, { ranges, version: doc.version, partial: facts?.partial ?? false, at, ms: at - started });
		this.appliedEmitter.fire(doc.uri);
	}

	/** Decorations last set on the document's editors, by key (empty if none is visible). */
	getApplied(uri: vscode.Uri): AppliedDecorations | undefined {
		return this.applied.get(uri.toString());
	}

	/** Ranges per decoration key, with plain and soft keys of a category also summed under `byCategory`. */
	getRanges(uri: vscode.Uri): Record<DecorationKey, vscode.Range[]> {
		const out = Object.fromEntries(DECORATION_KEYS.map((k) => [k, [] as vscode.Range[]])) as Record<DecorationKey, vscode.Range[]>;
		const applied = this.applied.get(uri.toString());
		if (applied) for (const [k, list] of applied.ranges) out[k] = [...list];
		return out;
	}

	/** Highlighted ranges per category (plain and soft together, sorted). */
	getRangesByCategory(uri: vscode.Uri): Record<FactCategory, vscode.Range[]> {
		const all = this.getRanges(uri);
		const out = {} as Record<FactCategory, vscode.Range[]>;
		for (const c of FACT_CATEGORIES) out[c] = [...all[c], ...all[`${c}.soft`]].sort((a, b) => a.start.compareTo(b.start));
		return out;
	}

	dispose(): void {
		for (const t of this.types.values()) t.dispose();
		for (const d of this.disposables) d.dispose();
	}
}
