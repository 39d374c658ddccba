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
import { accept, addManual, clearDecision, correct, reattach, reject, removeDecision, setNote, type ActionContext } from '../../curation/actions';
import { shiftDecisions } from '../../curation/anchor';
import { applyDecisions, factOf } from '../../curation/apply';
import type { Decision, Fact } from '../../curation/sidecar';
import { isDateValue, parseAmountInput, suggestFact } from '../../curation/suggest';
import type { ReviewedMention } from '../../curation/types';
import { extract } from '../../engine/extract';
import type { AmountSub, Mention } from '../../engine/types';
import type { ResolvedMention, SeedFactsServices } from '../api';
import { categoryOf, FACT_CATEGORIES, type FactCategory } from '../model/categories';
import { buildScoreReport, type ScoreReport } from '../model/curationScore';
import { CurationError, seedUriForSidecar, sidecarUriFor, type SidecarState } from './curationStore';
import type { Curation } from './curationInfo';
import { registerCurationView } from './curationView';
import type { DocumentFacts } from '../facts/factsService';
import type { FactsTreeNode } from '../tree/factsTree';
import type { CommandHandler, CommandId } from '../model/commandIds';
import { COMMANDS } from '../model/commandIds';
import { plainValue } from '../model/format';
import { categoryName } from '../model/labels';
import { nextMention } from '../model/treeModel';


type Answers = Record<string, unknown>;

const SCORE_SCHEME = 'seed-facts-score';

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

	// ---- helpers ------------------------------------------------------------------------------

	const register = (id: CommandId, fn: CommandHandler) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
	const noMention = () => void vscode.window.showInformationMessage(t('Seed Facts: no fact here. Put the cursor on a highlighted fact.'));
	const actionContext = (text: string): ActionContext => ({ text, now: () => new Date().toISOString() });
	const answersOf = (v: unknown): Answers => (typeof v === 'object' && v !== null ? (v as Answers) : {});
	const quote = (s: string) => `«${s.length > 40 ? s.slice(0, 39) + '…' : s}»`;

	/** Current facts of the mention's document (an open editor's text, else the disk's). */
	const current = (uri: vscode.Uri): DocumentFacts | undefined => {
		const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
		return (doc && facts.flush(doc)) ?? facts.get(uri);
	};

	/** Runs an action on the decisions, re-anchored to the current text first; reports failures. */
	const act = async (uri: vscode.Uri, label: string, fn: (decisions: Decision[], ctx: ActionContext, d: DocumentFacts) => Decision[]): Promise<boolean> => {
		const d = current(uri);
		if (!d) return false;
		try {
			return await store.update(uri, label, (list) => fn(applyDecisions(d.text, d.raw, list).decisions, actionContext(d.text), d));
		} catch (err) {
			reportError(err, uri);
			return false;
		}
	};
	/** Tells the person why an action did not run; does not wait for the message to be dismissed. */
	const reportError = (err: unknown, seed?: vscode.Uri): void => {
		if (err instanceof CurationError) {
			const open = t('Open File');
			void vscode.window.showErrorMessage(`Seed Facts: ${err.message}`, ...(err.sidecar ? [open] : [])).then((answer) => {
				if (answer === open && err.sidecar) void vscode.window.showTextDocument(err.sidecar);
			});
			return;
		}
		log.error(`curation failed${seed ? ` for ${seed.toString()}` : ''}: ${String(err)}`);
		void vscode.window.showErrorMessage(t('Seed Facts: the curation action failed: {0}', String(err)));
	};
	const resolve = (arg: unknown): ResolvedMention | undefined => {
		const r = services.resolveMention(arg);
		if (!r) return undefined;
		// Tree nodes carry the mention as it was when the tree was drawn: take the current one.
		const d = current(r.uri);
		const m = d?.mentions.find((x) => x.start === r.mention.start && x.end === r.mention.end && x.kind === r.mention.kind) ?? d?.mentions.find((x) => x.start === r.mention.start && x.end === r.mention.end);
		return d && m ? { uri: r.uri, mention: m, facts: d } : r;
	};

	// ---- actions on a mention ---------------------------------------------------------------

	register(COMMANDS.acceptFact, async (arg?: unknown) => {
		const r = resolve(arg);
		if (!r) return noMention();
		return act(r.uri, t('accept {0}', quote(r.mention.text)), (list, ctx) => accept(list, ctx, r.mention));
	});

	register(COMMANDS.rejectFact, async (arg?: unknown) => {
		const r = resolve(arg);
		if (!r) return noMention();
		return act(r.uri, t('reject {0}', quote(r.mention.text)), (list, ctx) => reject(list, ctx, r.mention));
	});

	register(COMMANDS.clearReview, async (arg?: unknown) => {
		const r = resolve(arg);
		if (!r) return noMention();
		return act(r.uri, t('clear the review of {0}', quote(r.mention.text)), (list) => clearDecision(list, r.mention));
	});

	register(COMMANDS.addNote, async (arg?: unknown, answers?: unknown) => {
		const r = resolve(arg);
		if (!r) return noMention();
		let note = answersOf(answers).note;
		if (typeof note !== 'string') {
			note = await vscode.window.showInputBox({
				title: t('Seed Facts: note on {0}', quote(r.mention.text)),
				prompt: t('A note for this fact (empty: remove the note)'),
				value: r.mention.note ?? '',
			});
			if (note === undefined) return false;
		}
		return act(r.uri, t('note on {0}', quote(r.mention.text)), (list, ctx) => setNote(list, ctx, r.mention, note as string));
	});

	register(COMMANDS.correctValue, async (arg?: unknown, answers?: unknown) => {
		const r = resolve(arg);
		if (!r) return noMention();
		const m = r.mention;
		let input = answersOf(answers).value;
		if (typeof input !== 'string') {
			input = await vscode.window.showInputBox({
				title: t('Seed Facts: correct the value of {0}', quote(m.text)),
				prompt: valuePrompt(m.kind === 'amount' ? 'amount' : m.kind, t),
				value: editableValue(m),
				validateInput: (v) => (factWithValue(m, v) ? undefined : valuePrompt(m.kind === 'amount' ? 'amount' : m.kind, t)),
			});
			if (input === undefined) return false;
		}
		const fact = factWithValue(m, input as string);
		if (!fact) {
			void vscode.window.showErrorMessage(t('Seed Facts: «{0}» is not a valid value here.', String(input)));
			return false;
		}
		return act(r.uri, t('correct {0}', quote(m.text)), (list, ctx) => correct(list, ctx, m, fact));
	});

	register(COMMANDS.changeKind, async (arg?: unknown, answers?: unknown) => {
		const r = resolve(arg);
		if (!r) return noMention();
		const m = r.mention;
		const a = answersOf(answers);
		let category = typeof a.category === 'string' && (FACT_CATEGORIES as readonly string[]).includes(a.category) ? (a.category as FactCategory) : undefined;
		if (!category) {
			const pick = await vscode.window.showQuickPick(
				FACT_CATEGORIES.filter((c) => c !== categoryOf(m)).map((c) => ({ label: categoryName(c, t), category: c })),
				{ title: t('Seed Facts: {0} is in fact…', quote(m.text)) },
			);
			if (!pick) return false;
			category = pick.category;
		}
		const fact = await factFor(r.facts, m.start, m.end, category, typeof a.value === 'string' ? a.value : undefined);
		if (!fact) return false;
		return act(r.uri, t('change the kind of {0}', quote(m.text)), (list, ctx) => correct(list, ctx, m, fact));
	});

	/** The fact of [start, end) read as `category`: the engine's value when it has one, else the person's. */
	const factFor = async (d: DocumentFacts, start: number, end: number, category: FactCategory, given?: string, unit?: string): Promise<Fact | undefined> => {
		const kind = category === 'date' ? 'date' : category === 'organization' ? 'organization' : 'amount';
		const selected = d.text.slice(start, end);
		if (kind === 'organization') return { kind, canonical: given?.trim() || selected.replace(/\s+/g, ' ').trim() };
		const sub = kind === 'amount' ? (category as AmountSub) : undefined;
		if (given === undefined) {
			const options = facts.extractOptions();
			const suggested = suggestFact(d.text, start, end, kind, d.raw, (text, o) => extract(text, { ...options, ...o }));
			if (suggested) return sub ? { ...suggested, sub } : suggested;
			given = await vscode.window.showInputBox({
				title: t('Seed Facts: value of {0} as {1}', quote(selected), categoryName(category, t)),
				prompt: valuePrompt(kind, t),
				validateInput: (v) => (parseValue(kind, v) ? undefined : valuePrompt(kind, t)),
			});
			if (given === undefined) return undefined;
		}
		const parsed = parseValue(kind, given);
		if (!parsed) {
			void vscode.window.showErrorMessage(t('Seed Facts: «{0}» is not a valid value here.', given));
			return undefined;
		}
		if (kind === 'date') return { kind, value: parsed.value as string };
		const u = unit ?? parsed.unit ?? (sub === 'percent' ? '%' : undefined);
		return { kind: 'amount', sub: sub ?? 'quantity', value: parsed.value as number, ...(u ? { unit: u } : {}) };
	};

	// ---- marking a selection ------------------------------------------------------------------

	const mark = async (category: FactCategory | 'amount', arg?: unknown, answers?: unknown) => {
		const a = answersOf(answers);
		let uri: vscode.Uri;
		let start: number;
		let end: number;
		const range = answersOf(arg);
		if (typeof range.uri === 'string' && typeof range.start === 'number' && typeof range.end === 'number') {
			uri = vscode.Uri.parse(range.uri);
			start = range.start;
			end = range.end;
		} else {
			const editor = vscode.window.activeTextEditor;
			if (!editor || editor.selection.isEmpty) {
				void vscode.window.showInformationMessage(t('Seed Facts: select the words of the fact first.'));
				return false;
			}
			uri = editor.document.uri;
			start = editor.document.offsetAt(editor.selection.start);
			end = editor.document.offsetAt(editor.selection.end);
		}
		const d = current(uri);
		if (!d) {
			void vscode.window.showInformationMessage(t('Seed Facts: this file is not annotated. Run "Seed Facts: Annotate This File" first.'));
			return false;
		}
		// Surrounding spaces are not part of a fact.
		while (start < end && /\s/.test(d.text[start])) start++;
		while (end > start && /\s/.test(d.text[end - 1])) end--;
		if (start >= end) return false;
		let cat: FactCategory | undefined = category === 'amount' ? undefined : category;
		if (category === 'amount') {
			const givenSub = typeof a.sub === 'string' && ['money', 'percent', 'quantity'].includes(a.sub) ? (a.sub as FactCategory) : undefined;
			if (givenSub) cat = givenSub;
			else {
				const options = facts.extractOptions();
				const suggested = a.value === undefined ? suggestFact(d.text, start, end, 'amount', d.raw, (text, o) => extract(text, { ...options, ...o })) : undefined;
				if (suggested?.sub) cat = suggested.sub;
				else {
					const pick = await vscode.window.showQuickPick(
						(['money', 'percent', 'quantity'] as const).map((c) => ({ label: categoryName(c, t), category: c })),
						{ title: t('Seed Facts: what kind of amount is {0}?', quote(d.text.slice(start, end))) },
					);
					if (!pick) return false;
					cat = pick.category;
				}
			}
		}
		const fact = await factFor(d, start, end, cat!, typeof a.value === 'string' ? a.value : undefined, typeof a.unit === 'string' ? a.unit : undefined);
		if (!fact) return false;
		return act(uri, t('mark {0} as {1}', quote(d.text.slice(start, end)), categoryName(cat!, t)), (list, ctx) => addManual(list, ctx, start, end, fact));
	};
	register(COMMANDS.markAmount, (arg?: unknown, answers?: unknown) => mark('amount', arg, answers));
	register(COMMANDS.markDate, (arg?: unknown, answers?: unknown) => mark('date', arg, answers));
	register(COMMANDS.markOrganization, (arg?: unknown, answers?: unknown) => mark('organization', arg, answers));

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

	const seedOf = (arg: unknown): vscode.Uri | undefined => {
		if (arg instanceof vscode.Uri) return seedUriForSidecar(arg) ?? arg;
		const node = arg as FactsTreeNode | undefined;
		if (node && typeof node === 'object' && 'docKey' in node && typeof node.docKey === 'string') return vscode.Uri.parse(node.docKey);
		if (node && typeof node === 'object' && node.type === 'document') return vscode.Uri.parse(node.key);
		const uri = vscode.window.activeTextEditor?.document.uri;
		return uri ? (seedUriForSidecar(uri) ?? uri) : undefined;
	};

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
				t('Reset the review of {0}? The review file is renamed to a .bak file beside it (nothing is deleted) and the seed starts unreviewed.', seed.path.split('/').pop() ?? ''),
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
		if (node && typeof node === 'object' && node.type === 'extra' && node.item.id.startsWith('orphan:')) return { seed: vscode.Uri.parse(node.docKey), id: node.item.id.slice('orphan:'.length) };
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

	registerCurationView(context, services, curation);
	return curation;
}

// ---- values typed by a person -------------------------------------------------------------------

function valuePrompt(kind: 'amount' | 'date' | 'organization', t: (m: string, ...a: Array<string | number>) => string): string {
	switch (kind) {
		case 'amount':
			return t('A number, then optionally a unit: 758500000 USD, 6,4 %, 3 245 km');
		case 'date':
			return t('An ISO-like date: 2025-10-16, XXXX-10-16, 2025-10, 2021/2025, 198X');
		case 'organization':
			return t('The organization’s full name');
	}
}

function parseValue(kind: 'amount' | 'date' | 'organization', input: string): { value: number | string; unit?: string } | undefined {
	if (kind === 'amount') return parseAmountInput(input);
	if (kind === 'date') return isDateValue(input) ? { value: input.trim() } : undefined;
	return input.trim() ? { value: input.trim() } : undefined;
}

/** The value as the person edits it: `758500000 USD`, `2025-10-16`, a canonical name. */
function editableValue(m: ReviewedMention): string {
	if (m.kind === 'amount') return `${m.value}${m.unit ? ` ${m.unit}` : ''}`;
	if (m.kind === 'date') return m.value;
	return plainValue(m);
}

/** The mention's fact with a typed value; undefined when the input does not parse. */
function factWithValue(m: ReviewedMention, input: string): Fact | undefined {
	const fact = factOf(m);
	const kind = m.kind;
	const parsed = parseValue(kind, input);
	if (!parsed) return undefined;
	if (kind === 'organization') return { ...fact, canonical: String(parsed.value) };
	if (kind === 'date') {
		const next: Fact = { ...fact, value: String(parsed.value) };
		// The year the engine inferred belongs to the old value.
		if (next.value !== m.value) delete next.resolved;
		return next;
	}
	const next: Fact = { ...fact, value: parsed.value as number };
	if (parsed.unit !== undefined) next.unit = parsed.unit;
	else delete next.unit;
	if (next.value !== m.value) {
		delete next.min;
		delete next.max;
	}
	return next;
}
