// Curation commands on a mention (accept, reject, clear, note, correct, change kind) and on a selection (mark).
import * as vscode from 'vscode';
import { accept, addManual, clearDecision, correct, reject, setNote } from '../../curation/actions';
import { suggestFact } from '../../curation/suggest';
import { extract } from '../../engine/extract';
import { categoryOf, FACT_CATEGORIES, type FactCategory } from '../model/categories';
import { COMMANDS } from '../model/commandIds';
import { categoryName } from '../model/labels';

import type { CurationContext } from './curationContext';
import { editableValue, factWithValue, valuePrompt } from '../model/valueInput';

/** Accept, reject, clear, note, correct value, change kind. */
export function registerReviewCommands(cx: CurationContext): void {
	const { t, register, noMention, answersOf, quote, act, resolve, factFor } = cx;
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
}

/** Mark a selection as an amount, a date or an organization. */
export function registerMarkCommands(cx: CurationContext): void {
	const { facts, t, register, answersOf, quote, current, act, factFor } = cx;
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
}
