// What the curation commands share: the services, the sidecar store, and helpers that find the
// mention a command is about, run an action on the decisions and report failures.
import * as vscode from 'vscode';
import { type ActionContext } from '../../curation/actions';
import { applyDecisions } from '../../curation/apply';
import type { Decision, Fact } from '../../curation/sidecar';
import { suggestFact } from '../../curation/suggest';
import { extract } from '../../engine/extract';
import type { AmountSub, Mention } from '../../engine/types';
import type { ResolvedMention, SeedFactsServices } from '../api';
import { type FactCategory } from '../model/categories';
import { CurationError } from './curationStore';
import type { Curation } from './curationInfo';
import type { DocumentFacts } from '../facts/factsService';
import type { CommandHandler, CommandId } from '../model/commandIds';
import { categoryName } from '../model/labels';

import type { SidecarReviewSource } from './reviewSource';
import { parseValue, valuePrompt } from '../model/valueInput';

export type Answers = Record<string, unknown>;

export interface CurationContext {
	readonly context: vscode.ExtensionContext;
	readonly services: SeedFactsServices;
	readonly facts: SeedFactsServices['facts'];
	readonly reviews: SidecarReviewSource;
	readonly store: SidecarReviewSource['store'];
	readonly t: SeedFactsServices['t'];
	readonly log: SeedFactsServices['log'];
	readonly curation: Curation;
	register(id: CommandId, fn: CommandHandler): void;
	noMention(): void;
	actionContext(text: string): ActionContext;
	answersOf(v: unknown): Answers;
	quote(s: string): string;
	current(uri: vscode.Uri): DocumentFacts | undefined;
	act(uri: vscode.Uri, label: string, fn: (decisions: Decision[], ctx: ActionContext, d: DocumentFacts) => Decision[]): Promise<boolean>;
	reportError(err: unknown, seed?: vscode.Uri): void;
	resolve(arg: unknown): ResolvedMention | undefined;
	applyFor(uri: vscode.Uri, text: string, raw: readonly Mention[], decisions: readonly Decision[]): ReturnType<SidecarReviewSource['apply']>;
	factFor(d: DocumentFacts, start: number, end: number, category: FactCategory, given?: string, unit?: string): Promise<Fact | undefined>;
}

export function createCurationContext(context: vscode.ExtensionContext, services: SeedFactsServices, curation: Curation): CurationContext {
	const { facts, t, log, reviews } = services;
	const store = reviews.store;
	const applyFor = (uri: vscode.Uri, text: string, raw: readonly Mention[], decisions: readonly Decision[]) => reviews.apply(uri, text, raw, decisions);
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
		const m =
			d?.mentions.find((x) => x.start === r.mention.start && x.end === r.mention.end && x.kind === r.mention.kind) ??
			d?.mentions.find((x) => x.start === r.mention.start && x.end === r.mention.end);
		return d && m ? { uri: r.uri, mention: m, facts: d } : r;
	};
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
	return {
		context,
		services,
		facts,
		reviews,
		store,
		t,
		log,
		curation,
		register,
		noMention,
		actionContext,
		answersOf,
		quote,
		current,
		act,
		reportError,
		resolve,
		applyFor,
		factFor,
	};
}
