// The "Seed Facts:" commands of the editor UI (exports and curation register their own).
import * as vscode from 'vscode';
import type { ResolvedMention, SeedFactsServices } from './api';
import { categoryOf, FACT_CATEGORIES, isFactCategory, type FactCategory } from './model/categories';
import { FACTS_VIEW_ID } from './tree/factsTree';
import type { FactsTreeNode } from './tree/treeNodes';
import { COMMANDS, type CommandHandler, type CommandId } from './model/commandIds';
import { plainValue } from './model/format';
import type { MentionArgs } from './editor/hover';
import { categoryGroupName } from './model/labels';
import { GROUP_BYS, GROUPING_LABELS, markdownRow, mentionAt, nextMention, type GroupBy, type TreeFilter } from './model/treeModel';

/** Writes a setting where it is currently defined (workspace if set there, else user settings). */
export async function updateSetting(key: string, value: unknown): Promise<void> {
	const config = vscode.workspace.getConfiguration('seedFacts');
	const i = config.inspect(key);
	const target =
		i?.workspaceFolderValue !== undefined
			? vscode.ConfigurationTarget.WorkspaceFolder
			: i?.workspaceValue !== undefined
				? vscode.ConfigurationTarget.Workspace
				: vscode.ConfigurationTarget.Global;
	await config.update(key, value, target);
}

function isMentionArgs(v: unknown): v is MentionArgs {
	const a = v as MentionArgs;
	return typeof a === 'object' && a !== null && typeof a.uri === 'string' && typeof a.start === 'number';
}

function isTreeNode(v: unknown): v is FactsTreeNode {
	return typeof v === 'object' && v !== null && typeof (v as FactsTreeNode).type === 'string' && typeof (v as FactsTreeNode).id === 'string';
}

/** The mention a command is about: hover-link arguments, a tree node, or the one under the cursor. */
export function resolveMention(services: Pick<SeedFactsServices, 'facts'>, arg: unknown): ResolvedMention | undefined {
	const { facts } = services;
	if (isTreeNode(arg)) {
		if (arg.type !== 'mention') return undefined;
		const d = facts.get(arg.docKey);
		return d ? { uri: d.uri, mention: arg.mention, facts: d } : undefined;
	}
	if (isMentionArgs(arg)) {
		const d = facts.get(arg.uri);
		const m = d?.mentions.find((x) => x.start === arg.start && (arg.end === undefined || x.end === arg.end));
		return d && m ? { uri: d.uri, mention: m, facts: d } : undefined;
	}
	const editor = vscode.window.activeTextEditor;
	if (!editor) return undefined;
	const d = facts.flush(editor.document);
	if (!d) return undefined;
	const m = mentionAt(d.mentions, editor.document.offsetAt(editor.selection.active));
	return m ? { uri: d.uri, mention: m, facts: d } : undefined;
}

type Register = (id: CommandId, fn: CommandHandler) => void;

function registrar(context: vscode.ExtensionContext): Register {
	return (id, fn) => void context.subscriptions.push(vscode.commands.registerCommand(id, fn));
}

function noMentionMessage(t: SeedFactsServices['t']): void {
	void vscode.window.showInformationMessage(t('Seed Facts: no fact here. Put the cursor on a highlighted fact.'));
}

/** The editor UI's commands (exports and curation register their own). */
export function registerCommands(context: vscode.ExtensionContext, services: SeedFactsServices): void {
	const { facts, t } = services;
	const register = registrar(context);
	register(COMMANDS.toggleHighlights, async () => {
		await updateSetting('highlights.enabled', !services.settings().highlightsEnabled);
	});

	register(COMMANDS.toggleKind, async (arg?: unknown) => {
		const current = new Set(services.settings().categories);
		if (isFactCategory(arg)) {
			if (current.has(arg)) current.delete(arg);
			else current.add(arg);
		} else {
			const picks = await vscode.window.showQuickPick(
				FACT_CATEGORIES.map((c) => ({ label: categoryGroupName(c, t), category: c, picked: current.has(c) })),
				{ canPickMany: true, title: t('Seed Facts: kinds to highlight') },
			);
			if (!picks) return;
			current.clear();
			for (const p of picks) current.add(p.category);
		}
		await updateSetting(
			'kinds',
			FACT_CATEGORIES.filter((c) => current.has(c)),
		);
	});

	register(COMMANDS.annotateFile, async (arg?: unknown) => {
		const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
		if (!uri) {
			void vscode.window.showInformationMessage(t('Seed Facts: open a text or Markdown file first.'));
			return;
		}
		facts.annotate(uri);
		await vscode.commands.executeCommand('setContext', 'seedFacts.annotated', true);
	});

	register(COMMANDS.focusTree, () => vscode.commands.executeCommand(`${FACTS_VIEW_ID}.focus`));

	const move = (direction: 1 | -1) => {
		const editor = vscode.window.activeTextEditor;
		if (!editor) return;
		const d = facts.flush(editor.document);
		if (!d) return;
		const doc = editor.document;
		const offset = direction === 1 ? doc.offsetAt(editor.selection.end) : doc.offsetAt(editor.selection.start);
		const visible = d.mentions.filter((m) => services.settings().categories.includes(categoryOf(m)));
		// From inside a mention, "next" means the one after it.
		const m = nextMention(visible, direction === 1 ? Math.max(offset - 1, -1) : offset, direction);
		if (!m) {
			void vscode.window.setStatusBarMessage(t('Seed Facts: no facts in this document'), 3000);
			return;
		}
		const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
		editor.selection = new vscode.Selection(range.start, range.end);
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	};
	register(COMMANDS.nextFact, () => move(1));
	register(COMMANDS.previousFact, () => move(-1));
	registerTreeCommands(register, services);
	registerMentionCommands(register, services);
}

/** Grouping, filtering and refreshing the Facts tree. */
function registerTreeCommands(register: Register, services: SeedFactsServices): void {
	const { facts, tree, t } = services;
	register(COMMANDS.refreshIndex, async () => {
		tree.refreshNow();
		await facts.indexCorpus({ userInitiated: true });
	});

	const setGrouping = (g: GroupBy) => updateSetting('tree.groupBy', g);
	register(COMMANDS.changeGrouping, async (arg?: unknown) => {
		if (typeof arg === 'string' && (GROUP_BYS as readonly string[]).includes(arg)) return setGrouping(arg as GroupBy);
		const current = services.settings().groupBy;
		const pick = await vscode.window.showQuickPick(
			GROUP_BYS.map((value) => ({ label: GROUPING_LABELS[value](t), value, description: current === value ? t('current') : undefined })),
			{ title: t('Seed Facts: group the Facts tree') },
		);
		if (pick) await setGrouping(pick.value);
	});
	register(COMMANDS.groupByDocument, () => setGrouping('document'));
	register(COMMANDS.groupByKind, () => setGrouping('kind'));

	register(COMMANDS.filterTree, async (arg?: unknown) => {
		if (typeof arg === 'object' && arg !== null && !isTreeNode(arg)) {
			tree.setFilter(arg as TreeFilter);
			return;
		}
		const text = await vscode.window.showInputBox({
			title: t('Seed Facts: filter the Facts tree'),
			prompt: t('Words to find in the facts, their values or file names (empty: all facts)'),
			value: tree.filter.text ?? '',
		});
		if (text === undefined) return;
		const shown = new Set(tree.filter.categories ?? FACT_CATEGORIES);
		const picks = await vscode.window.showQuickPick(
			FACT_CATEGORIES.map((c) => ({ label: categoryGroupName(c, t), category: c, picked: shown.has(c) })),
			{ canPickMany: true, title: t('Seed Facts: kinds to show in the tree') },
		);
		const categories: FactCategory[] | undefined = picks ? picks.map((p) => p.category) : tree.filter.categories ? [...tree.filter.categories] : undefined;
		tree.setFilter({ ...tree.filter, text, categories });
	});
	register(COMMANDS.clearFilter, () => tree.setFilter({}));
}

/** Commands about one mention: open, reveal, copy. */
function registerMentionCommands(register: Register, services: SeedFactsServices): void {
	const { tree, t } = services;
	const noMention = () => noMentionMessage(t);
	const open = async (r: ResolvedMention, preserveFocus = false) => {
		const doc = await vscode.workspace.openTextDocument(r.uri);
		const range = new vscode.Range(doc.positionAt(r.mention.start), doc.positionAt(r.mention.end));
		const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus, preview: true });
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
		return editor;
	};
	register(COMMANDS.openMention, async (arg?: unknown) => {
		const r = resolveMention(services, arg);
		if (r) await open(r);
	});
	register(COMMANDS.revealMention, async (arg?: unknown) => {
		const r = resolveMention(services, arg);
		if (r) await open(r);
	});

	register(COMMANDS.revealInTree, async (arg?: unknown) => {
		const r = resolveMention(services, arg);
		if (!r) return noMention();
		const found = await tree.revealMention(r.uri, r.mention.start, r.mention.end, { focus: true, select: true });
		if (!found) {
			const clear = t('Clear Filter');
			const answer = await vscode.window.showInformationMessage(t('Seed Facts: this fact is hidden by the tree filter.'), clear);
			if (answer === clear) {
				tree.setFilter({});
				await tree.revealMention(r.uri, r.mention.start, r.mention.end, { focus: true, select: true });
			}
		}
	});

	register(COMMANDS.copyValue, async (arg?: unknown) => {
		const r = resolveMention(services, arg);
		if (!r) return noMention();
		const value = plainValue(r.mention);
		await vscode.env.clipboard.writeText(value);
		vscode.window.setStatusBarMessage(t('Seed Facts: copied {0}', value), 3000);
	});

	register(COMMANDS.copyMarkdownRow, async (arg?: unknown) => {
		const r = resolveMention(services, arg);
		if (!r) return noMention();
		const line = r.facts.lines.positionAt(r.mention.start).line;
		const row = markdownRow(r.facts.path, line, r.mention);
		await vscode.env.clipboard.writeText(row);
		vscode.window.setStatusBarMessage(t('Seed Facts: copied a Markdown table row'), 3000);
	});
}
