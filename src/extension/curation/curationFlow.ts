// Curation commands on the review as a whole: next unreviewed fact, undo and redo, the review
// file (open, reset, orphans) and the score report.
import * as vscode from 'vscode';
import { reattach, removeDecision } from '../../curation/actions';
import { categoryOf } from '../model/categories';
import { buildScoreReport, type ScoreReport } from '../model/curationScore';
import { seedUriForSidecar, sidecarUriFor, type SidecarState } from './curationStore';
import type { FactsTreeNode } from '../tree/treeNodes';
import { COMMANDS } from '../model/commandIds';
import { nextMention } from '../model/treeModel';

import type { CurationContext } from './curationContext';

const SCORE_SCHEME = 'seed-facts-score';

/** The seed a command is about: a seed or sidecar URI, a tree node, or the active editor's. */
function seedOf(arg: unknown): vscode.Uri | undefined {
	if (arg instanceof vscode.Uri) return seedUriForSidecar(arg) ?? arg;
	const node = arg as FactsTreeNode | undefined;
	if (node && typeof node === 'object' && 'docKey' in node && typeof node.docKey === 'string') return vscode.Uri.parse(node.docKey);
	if (node && typeof node === 'object' && node.type === 'document') return vscode.Uri.parse(node.key);
	const uri = vscode.window.activeTextEditor?.document.uri;
	return uri ? (seedUriForSidecar(uri) ?? uri) : undefined;
}

/** Next unreviewed fact, undo, redo. */
export function registerFlowCommands(cx: CurationContext): void {
	const { facts, t, store, services, register, reportError } = cx;
	// ---- review flow, undo --------------------------------------------------------------------

	register(COMMANDS.nextUnreviewedFact, () => {
		const editor = vscode.window.activeTextEditor;
		if (!editor) return false;
		const d = facts.flush(editor.document);
		if (!d) return false;
		const enabled = new Set(services.settings().categories);
		const todo = d.mentions.filter((m) => m.status === 'machine' && enabled.has(categoryOf(m)));
		const doc = editor.document;
		const m = nextMention(todo, Math.max(doc.offsetAt(editor.selection.end) - 1, -1), 1);
		if (!m) {
			void vscode.window.showInformationMessage(t('Seed Facts: every fact of this document is reviewed ({0}).', d.mentions.length));
			return false;
		}
		const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
		editor.selection = new vscode.Selection(range.start, range.end);
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
		return true;
	});

	register(COMMANDS.undoCuration, async (arg?: unknown) => {
		const seed = seedOf(arg);
		if (!seed) return undefined;
		try {
			const label = await store.undo(seed);
			vscode.window.setStatusBarMessage(label ? t('Seed Facts: undid {0}', label) : t('Seed Facts: nothing to undo'), 3000);
			return label;
		} catch (err) {
			reportError(err, seed);
			return undefined;
		}
	});
	register(COMMANDS.redoCuration, async (arg?: unknown) => {
		const seed = seedOf(arg);
		if (!seed) return undefined;
		try {
			const label = await store.redo(seed);
			vscode.window.setStatusBarMessage(label ? t('Seed Facts: redid {0}', label) : t('Seed Facts: nothing to redo'), 3000);
			return label;
		} catch (err) {
			reportError(err, seed);
			return undefined;
		}
	});
}

/** Open or reset the review file; remove or reattach an orphaned decision. */
export function registerReviewFileCommands(cx: CurationContext): void {
	const { t, store, register, answersOf, act, reportError } = cx;
	// ---- the sidecar file ---------------------------------------------------------------------

	register(COMMANDS.openReviewFile, async (arg?: unknown) => {
		const seed = seedOf(arg);
		if (!seed) return;
		try {
			await vscode.window.showTextDocument(sidecarUriFor(seed));
		} catch {
			void vscode.window.showInformationMessage(t('Seed Facts: {0} has no review file yet.', seed.path.split('/').pop() ?? ''));
		}
	});

	register(COMMANDS.resetReviewFile, async (arg?: unknown, answers?: unknown) => {
		const seed = seedOf(arg);
		if (!seed) return undefined;
		if (answersOf(answers).confirm !== true) {
			const reset = t('Reset');
			const answer = await vscode.window.showWarningMessage(
				t(
					'Reset the review of {0}? The review file is renamed to a .bak file beside it (nothing is deleted) and the seed starts unreviewed.',
					seed.path.split('/').pop() ?? '',
				),
				{ modal: true },
				reset,
			);
			if (answer !== reset) return undefined;
		}
		try {
			const backup = await store.reset(seed);
			if (backup) vscode.window.setStatusBarMessage(t('Seed Facts: review file moved to {0}', backup.path.split('/').pop() ?? ''), 5000);
			return backup;
		} catch (err) {
			reportError(err, seed);
			return undefined;
		}
	});

	const orphanOf = (arg: unknown): { seed: vscode.Uri; id: string } | undefined => {
		const node = arg as FactsTreeNode | undefined;
		if (node && typeof node === 'object' && node.type === 'extra' && node.item.id.startsWith('orphan:'))
			return { seed: vscode.Uri.parse(node.docKey), id: node.item.id.slice('orphan:'.length) };
		const a = answersOf(arg);
		if (typeof a.uri === 'string' && typeof a.decisionId === 'string') return { seed: vscode.Uri.parse(a.uri), id: a.decisionId };
		return undefined;
	};
	register(COMMANDS.removeOrphanedDecision, async (arg?: unknown) => {
		const o = orphanOf(arg);
		if (!o) return false;
		return act(o.seed, t('remove an orphaned decision'), (list) => removeDecision(list, o.id));
	});
	register(COMMANDS.reattachOrphanedDecision, async (arg?: unknown) => {
		const o = orphanOf(arg);
		if (!o) return false;
		const editor = vscode.window.activeTextEditor;
		if (!editor || editor.document.uri.toString() !== o.seed.toString() || editor.selection.isEmpty) {
			void vscode.window.showInformationMessage(t('Seed Facts: select, in the seed, the words this decision is about, then run the command again.'));
			await vscode.window.showTextDocument(o.seed);
			return false;
		}
		const start = editor.document.offsetAt(editor.selection.start);
		const end = editor.document.offsetAt(editor.selection.end);
		return act(o.seed, t('reattach a decision'), (list, ctx) => reattach(list, ctx, o.id, start, end));
	});
}

/** Score the engine against the reviewed facts, in a Markdown preview. */
export function registerScoreCommand(cx: CurationContext): void {
	const { facts, t, store, context, register, answersOf } = cx;
	// ---- score ------------------------------------------------------------------------------

	let lastReport: ScoreReport | undefined;
	const reportUri = vscode.Uri.from({ scheme: SCORE_SCHEME, path: '/Seed Facts score.md' });
	const reportEmitter = new vscode.EventEmitter<vscode.Uri>();
	context.subscriptions.push(
		reportEmitter,
		vscode.workspace.registerTextDocumentContentProvider(SCORE_SCHEME, {
			onDidChange: reportEmitter.event,
			provideTextDocumentContent: () => lastReport?.markdown ?? '',
		}),
	);
	register(COMMANDS.scoreExtraction, async (arg?: unknown) => {
		const show = answersOf(arg).show !== false;
		await facts.whenIdle();
		const active = vscode.window.activeTextEditor?.document;
		const docs = facts.all();
		const states = new Map<string, SidecarState>();
		await Promise.all(docs.map(async (d) => states.set(d.key, await store.load(d.uri))));
		lastReport = buildScoreReport(docs, (d) => states.get(d.key) ?? { status: 'absent' }, active && facts.isAnnotated(active) ? active.uri.toString() : undefined, t);
		reportEmitter.fire(reportUri);
		if (show) {
			try {
				await vscode.commands.executeCommand('markdown.showPreview', reportUri);
			} catch {
				await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reportUri), { preview: true });
			}
		}
		return lastReport;
	});
}
