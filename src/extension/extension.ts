// Extension entry point (Node and web worker). Thin glue: the engine does the work.
// activate() wires the services together and returns the SeedFactsApi (tests read it).
import * as vscode from 'vscode';
import type { SeedFactsApi, SeedFactsServices } from './api';
import { registerCommands, resolveMention } from './commands';
import { DecorationController } from './editor/decorations';
import { SidecarStore } from './curation/curationStore';
import { SidecarReviewSource } from './curation/reviewSource';
import { FactsService } from './facts/factsService';
import { FactsTreeProvider } from './tree/factsTree';
import type { Translate } from './model/format';
import { FactsHoverProvider } from './editor/hover';
import { EXTRACTION_KEYS, parseSettings, SCOPE_KEYS, type SeedFactsSettings } from './model/settings';
import { FactsStatusBar } from './statusBar/statusBar';
import { registerExportCommands } from './export/exportCommands';
import { registerCurationFeatures } from './curation/curation';

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

export function activate(context: vscode.ExtensionContext): SeedFactsApi {
	const log = vscode.window.createOutputChannel('Seed Facts', { log: true });
	context.subscriptions.push(log);

	let settings: SeedFactsSettings = parseSettings((key) => vscode.workspace.getConfiguration('seedFacts').get(key));
	const getSettings = () => settings;

	const store = new SidecarStore(log);
	const reviews = new SidecarReviewSource(store);
	const facts = new FactsService({ t, log, settings: getSettings }, reviews);
	const decorations = new DecorationController(facts, getSettings);
	const hover = new FactsHoverProvider(facts, getSettings, t);
	const tree = new FactsTreeProvider(facts, getSettings, t);
	const statusBar = new FactsStatusBar(facts, getSettings, t);
	context.subscriptions.push(store, reviews, facts, decorations, tree, statusBar, vscode.languages.registerHoverProvider({ pattern: '**' }, hover));

	const services: SeedFactsServices = {
		context,
		t,
		log,
		settings: getSettings,
		facts,
		reviews,
		decorations,
		hover,
		tree,
		statusBar,
		resolveMention: (arg) => resolveMention({ facts }, arg),
	};
	registerCommands(context, services);

	registerExportCommands(context, services);
	registerCurationFeatures(context, services);

	// Context keys for menus, keybindings and the welcome view.
	// Only changes are sent: during indexing, facts change many times a second.
	const contextValues = new Map<string, unknown>();
	const setContext = (key: string, value: unknown) => {
		if (contextValues.has(key) && contextValues.get(key) === value) return;
		contextValues.set(key, value);
		void vscode.commands.executeCommand('setContext', key, value);
	};
	const updateEditorContext = () => {
		const editor = vscode.window.activeTextEditor;
		setContext('seedFacts.annotated', !!editor && facts.isAnnotated(editor.document));
	};
	const updateSettingsContext = () => {
		setContext('seedFacts.groupBy', settings.groupBy);
		setContext('seedFacts.highlightsEnabled', settings.highlightsEnabled);
	};
	updateEditorContext();
	updateSettingsContext();
	setContext('seedFacts.treeFiltered', false);
	context.subscriptions.push(
		vscode.window.onDidChangeActiveTextEditor(updateEditorContext),
		facts.onDidChangeFacts(() => {
			updateEditorContext();
			setContext('seedFacts.hasSeeds', facts.all().length > 0);
		}),
		facts.onDidChangeIndexing((indexing) => setContext('seedFacts.indexing', indexing)),
		facts.onDidFindTooLarge((info) => {
			const openSettings = t('Open Settings');
			void vscode.window
				.showWarningMessage(
					t('Seed Facts: {0} is {1} MB, above seedFacts.maxFileSizeMB ({2} MB): it is not annotated.', facts.relativePath(info.uri), formatMB(info.sizeMB), info.limitMB),
					openSettings,
				)
				.then((answer) => {
					if (answer === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', 'seedFacts.maxFileSizeMB');
				});
		}),
		vscode.window.onDidChangeTextEditorSelection((e) => {
			if (settings.followCursor && e.textEditor === vscode.window.activeTextEditor) scheduleFollowCursor(e.textEditor);
		}),
		// Settings apply without reload.
		vscode.workspace.onDidChangeConfiguration((e) => {
			if (!e.affectsConfiguration('seedFacts')) return;
			const before = settings;
			settings = parseSettings((key) => vscode.workspace.getConfiguration('seedFacts').get(key));
			const affects = (keys: readonly string[]) => keys.some((k) => e.affectsConfiguration(`seedFacts.${k}`));
			const scopeChanged = affects(SCOPE_KEYS);
			const extractionChanged = affects(EXTRACTION_KEYS);
			if (scopeChanged || extractionChanged) facts.applySettings(scopeChanged, extractionChanged);
			else decorations.refresh();
			if (before.groupBy !== settings.groupBy) tree.refreshNow();
			statusBar.update();
			updateSettingsContext();
			updateEditorContext();
		}),
	);

	let followTimer: ReturnType<typeof setTimeout> | undefined;
	const scheduleFollowCursor = (editor: vscode.TextEditor) => {
		if (followTimer !== undefined) clearTimeout(followTimer);
		followTimer = setTimeout(() => void tree.followCursor(editor).catch(() => undefined), 200);
	};
	context.subscriptions.push({ dispose: () => followTimer !== undefined && clearTimeout(followTimer) });

	void facts.indexCorpus();

	const editorOf = (target: vscode.TextEditor | vscode.Uri) => (target instanceof vscode.Uri ? target : target.document.uri);
	return {
		services,
		getMentions: (uri) => facts.getMentions(uri),
		getDecorationRanges: (target) => decorations.getRanges(editorOf(target)),
		getDecorationRangesByCategory: (target) => decorations.getRangesByCategory(editorOf(target)),
		tree,
		treeView: tree.view,
		getStatusBarText: () => statusBar.text,
		whenIdle: async () => {
			await facts.whenIdle();
			tree.flushRefresh();
		},
	};
}

/** `12.3` for megabytes, more digits for small sizes so that `0.004` is not shown as `0.0`. */
function formatMB(mb: number): string {
	return mb >= 1 ? mb.toFixed(1) : mb.toPrecision(2);
}

export function deactivate(): void {
	// Everything disposable is registered in context.subscriptions.
}
