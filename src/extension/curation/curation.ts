// Curation in the editor: accept, reject, change kind, correct value, note, mark a selection,
// review flow, undo, score. Thin glue over src/curation (pure) and the sidecar store.
//
// Commands take an optional first argument naming the mention (hover links `{ uri, start, end }`, a
// Facts tree node, or nothing for the one under the cursor) and an optional second argument with the
// answers, so keybindings and tests can run them without prompts:
//   seedFacts.correctValue  { value: '6,4 %' }          seedFacts.changeKind  { category: 'date', value?: '2025-10' }
//   seedFacts.addNote       { note: '…' }               seedFacts.markAmount / markDate  { value?, sub?, unit? }
// For the mark commands the first argument may be `{ uri, start, end }` (a range) instead of the selection.
import * as vscode from 'vscode';
import { shiftDecisions } from '../../curation/anchor';
import type { Decision } from '../../curation/sidecar';
import type { Mention } from '../../engine/types';
import type { SeedFactsServices } from '../api';
import { sidecarUriFor } from './curationStore';
import type { Curation } from './curationInfo';
import { registerCurationView } from './curationView';
import { COMMANDS } from '../model/commandIds';

import { createCurationContext } from './curationContext';
import { registerMarkCommands, registerReviewCommands } from './curationCommands';
import { registerFlowCommands, registerReviewFileCommands, registerScoreCommand } from './curationFlow';

export function registerCurationFeatures(context: vscode.ExtensionContext, services: SeedFactsServices): Curation {
	const { facts, t, log, reviews } = services;
	const store = reviews.store;
	const applyFor = (uri: vscode.Uri, text: string, raw: readonly Mention[], decisions: readonly Decision[]) => reviews.apply(uri, text, raw, decisions);
	const curation: Curation = { store, info: (uri) => reviews.info(uri, facts.get(uri)) };

	// ---- sidecar changes → facts; unusable sidecars → a clear error --------------------------

	const warned = new Map<string, string>();
	const warnIfUnusable = (seed: vscode.Uri, force = false) => {
		const state = store.peek(seed);
		if (state.status !== 'error') {
			warned.delete(seed.toString());
			return;
		}
		if (!force && warned.get(seed.toString()) === state.error.message) return;
		warned.set(seed.toString(), state.error.message);
		void showUnusable(seed, state.error.message);
	};
	const showUnusable = async (seed: vscode.Uri, message: string) => {
		const open = t('Open File');
		const reset = t('Reset…');
		const name = sidecarUriFor(seed).path.split('/').pop() ?? '';
		const answer = await vscode.window.showErrorMessage(
			t('Seed Facts: the review file {0} is not usable: {1} Highlights show the engine’s facts alone; the file is left untouched until you fix or reset it.', name, message),
			open,
			reset,
		);
		if (answer === open) await vscode.commands.executeCommand(COMMANDS.openReviewFile, seed);
		if (answer === reset) await vscode.commands.executeCommand(COMMANDS.resetReviewFile, seed);
	};
	const isVisible = (seed: vscode.Uri) => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === seed.toString());

	context.subscriptions.push(
		store.onDidChange((e) => {
			const state = store.peek(e.seed);
			if (state.status === 'error' && (isVisible(e.seed) || e.cause === 'external')) warnIfUnusable(e.seed);
			else if (state.status !== 'error') warned.delete(e.seed.toString());
		}),
		vscode.window.onDidChangeVisibleTextEditors((editors) => {
			for (const ed of editors) if (facts.isAnnotated(ed.document)) warnIfUnusable(ed.document.uri);
		}),
		// Anchors follow edits of the seed, so that decisions stay on their text at once.
		vscode.workspace.onDidChangeTextDocument((e) => {
			if (!e.contentChanges.length || !facts.isAnnotated(e.document)) return;
			const state = store.peek(e.document.uri);
			if (state.status !== 'ok' || state.decisions.length === 0) return;
			const changes = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, length: c.text.length }));
			store.setDecisionsInMemory(e.document.uri, shiftDecisions(state.decisions, changes));
		}),
		// A saved seed gets its sidecar's offsets brought up to date (decisions re-anchored, orphans kept).
		vscode.workspace.onDidSaveTextDocument((doc) => {
			if (!facts.isAnnotated(doc)) return;
			const state = store.peek(doc.uri);
			if (state.status !== 'ok' || state.decisions.length === 0) return;
			const d = facts.flush(doc);
			if (!d) return;
			const r = applyFor(doc.uri, d.text, d.raw, state.decisions);
			// persistAnchors writes only when the offsets differ from the file's.
			void store.persistAnchors(doc.uri, r.decisions).catch((err: unknown) => log.warn(`curation: could not update anchors: ${String(err)}`));
		}),
	);
	for (const ed of vscode.window.visibleTextEditors) if (facts.isAnnotated(ed.document)) void store.load(ed.document.uri).then(() => warnIfUnusable(ed.document.uri));

	const cx = createCurationContext(context, services, curation);
	registerReviewCommands(cx);
	registerMarkCommands(cx);
	registerFlowCommands(cx);
	registerReviewFileCommands(cx);
	registerScoreCommand(cx);
	registerCurationView(context, services, curation);
	return curation;
}
