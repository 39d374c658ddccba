// How curation shows: hover links and review state, status icons and orphans in the Facts tree,
// the `12/48 reviewed` status bar item, the tree's status filter, rejected facts' style.
import * as vscode from 'vscode';
import { reviewProgress } from '../../curation/apply';
import type { ReviewedMention, ReviewStatus } from '../../curation/types';
import type { SeedFactsServices } from '../api';
import type { Curation } from './curationInfo';
import { COMMANDS, INTERNAL_COMMANDS } from '../model/commandIds';
import { STATUS_COLORS, STATUS_ICONS, STATUS_ORDER, isReviewStatus, statusName } from '../model/reviewStatus';
import { sidecarUriFor } from './curationStore';
import type { Translate } from '../model/format';
import type { MentionArgs } from '../editor/hover';
import { escapeMarkdown, type HoverLink } from '../model/hoverText';

const ORPHAN_REASONS = (t: Translate): Record<string, string> => ({
	'not-found': t('its text is no longer in the document'),
	ambiguous: t('its text appears several times and the context does not tell which'),
	'mention-gone': t('the engine no longer proposes this fact'),
	duplicate: t('another decision already decides this fact'),
});

export function registerCurationView(context: vscode.ExtensionContext, services: SeedFactsServices, curation: Curation): void {
	const { tree, hover, t } = services;

	// ---- hover --------------------------------------------------------------------------------
	context.subscriptions.push(
		hover.addContributor({
			commands: [COMMANDS.acceptFact, COMMANDS.rejectFact, COMMANDS.changeKind, COMMANDS.correctValue, COMMANDS.addNote, COMMANDS.clearReview],
			links(m: ReviewedMention, uri: vscode.Uri): HoverLink[] {
				const args: MentionArgs = { uri: uri.toString(), start: m.start, end: m.end };
				const link = (label: string, command: string): HoverLink => ({ label, command, args });
				const out: HoverLink[] = [];
				if (m.status === 'machine' || m.status === 'rejected') out.push(link(t('Accept'), COMMANDS.acceptFact));
				if (m.status !== 'rejected') out.push(link(m.status === 'manual' ? t('Remove') : t('Reject'), COMMANDS.rejectFact));
				if (m.status !== 'rejected') out.push(link(t('Change kind…'), COMMANDS.changeKind), link(t('Correct value…'), COMMANDS.correctValue));
				out.push(link(m.note ? t('Edit note…') : t('Note…'), COMMANDS.addNote));
				if (m.status === 'accepted' || m.status === 'rejected' || m.status === 'corrected') out.push(link(t('Clear review'), COMMANDS.clearReview));
				return out;
			},
			// The hover itself shows a reviewed fact's status and note; a note on an unreviewed fact is ours to show.
			section(m: ReviewedMention): string | undefined {
				return m.status === 'machine' && m.note ? `**${escapeMarkdown(t('Note'))}:** ${escapeMarkdown(m.note)}` : undefined;
			},
		}),
	);

	// ---- tree: status icons, orphans, status filter --------------------------------------------
	context.subscriptions.push(
		tree.addItemDecorator((item, m) => {
			const icon = STATUS_ICONS[m.status];
			if (icon) {
				const color = STATUS_COLORS[m.status];
				item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
				item.description = `${statusName(m.status, t)} · ${typeof item.description === 'string' ? item.description : ''}`;
			}
			if (m.note) item.description = `${typeof item.description === 'string' ? item.description : ''} · ✎`;
		}),
		tree.addDocumentExtras((uri) => {
			const info = curation.info(uri);
			const items = [];
			if (info.state.status === 'error') {
				items.push({
					id: 'review-error',
					label: t('Review file not usable'),
					description: info.state.error.message,
					tooltip: info.state.error.message,
					iconPath: new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')),
					command: { command: COMMANDS.openReviewFile, title: t('Open File'), arguments: [uri] },
					contextValue: 'seedFacts.reviewError',
				});
			}
			const reasons = ORPHAN_REASONS(t);
			for (const o of info.orphans) {
				const a = o.decision.anchor;
				const md = new vscode.MarkdownString();
				md.appendText(`${t('Orphaned decision')} (${o.decision.action}): ${reasons[o.reason] ?? o.reason}\n\n`);
				md.appendText(`…${a.prefix}[${a.exact}]${a.suffix}…`);
				if (o.decision.note) md.appendText(`\n\n${t('Note')}: ${o.decision.note}`);
				items.push({
					id: `orphan:${o.decision.id}`,
					label: `«${a.exact.length > 60 ? a.exact.slice(0, 59) + '…' : a.exact}»`,
					description: `${t('orphaned')} · ${o.decision.action}`,
					tooltip: md,
					iconPath: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
					command: { command: COMMANDS.openReviewFile, title: t('Open File'), arguments: [uri] },
					contextValue: 'seedFacts.orphan',
				});
			}
			return items;
		}),
	);

	context.subscriptions.push(
		vscode.commands.registerCommand(COMMANDS.filterByStatus, async (arg?: unknown) => {
			let statuses: ReviewStatus[] | undefined;
			if (Array.isArray(arg)) statuses = arg.filter(isReviewStatus);
			else {
				const shown = new Set(tree.filter.statuses ?? []);
				const picks = await vscode.window.showQuickPick(
					STATUS_ORDER.map((s) => ({ label: `${STATUS_ICONS[s] ? `$(${STATUS_ICONS[s]}) ` : ''}${statusName(s, t)}`, status: s, picked: shown.has(s) })),
					{ canPickMany: true, title: t('Seed Facts: show facts with these review statuses (none: all)') },
				);
				if (!picks) return;
				statuses = picks.map((p) => p.status);
			}
			tree.setFilter({ ...tree.filter, statuses });
		}),
	);

	registerReviewStatusBar(context, services, curation);
}

/** The `12/48 reviewed` status bar item, and the inspection command tests read it through. */
function registerReviewStatusBar(context: vscode.ExtensionContext, services: SeedFactsServices, curation: Curation): void {
	const { facts, t } = services;
	// ---- status bar: 12/48 reviewed -----------------------------------------------------------
	const item = vscode.window.createStatusBarItem('seedFacts.review', vscode.StatusBarAlignment.Right, 99);
	item.name = t('Seed Facts: review progress');
	context.subscriptions.push(item);
	const update = () => {
		const editor = vscode.window.activeTextEditor;
		if (!editor || !facts.isAnnotated(editor.document) || !services.settings().statusBarEnabled) {
			item.hide();
			return;
		}
		const uri = editor.document.uri;
		const info = curation.info(uri);
		if (info.state.status === 'error') {
			item.text = `$(error) ${t('review file not usable')}`;
			item.tooltip = `${sidecarUriFor(uri).path.split('/').pop()}: ${info.state.error.message}`;
			item.command = { command: COMMANDS.openReviewFile, title: t('Open File'), arguments: [uri] };
			item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
		} else {
			const p = reviewProgress(facts.get(uri)?.mentions ?? []);
			item.text = `$(checklist) ${t('{0}/{1} reviewed', p.reviewed, p.total)}${info.orphans.length ? ` $(warning) ${info.orphans.length}` : ''}`;
			const md = new vscode.MarkdownString();
			md.supportThemeIcons = true;
			md.appendMarkdown(`**${escapeMarkdown(t('Review'))}**\n\n`);
			for (const s of STATUS_ORDER) md.appendMarkdown(`${escapeMarkdown(statusName(s, t))}: ${p.byStatus[s]}  \n`);
			if (info.orphans.length) md.appendMarkdown(`\n${escapeMarkdown(t('{0} orphaned decisions (see the Facts tree)', info.orphans.length))}\n`);
			md.appendMarkdown(`\n${escapeMarkdown(t('Click: next unreviewed fact'))}`);
			item.tooltip = md;
			item.command = COMMANDS.nextUnreviewedFact;
			item.backgroundColor = undefined;
		}
		item.accessibilityInformation = { label: item.text.replace(/\$\([^)]*\)\s*/g, '') };
		item.show();
	};
	context.subscriptions.push(
		facts.onDidChangeFacts(update),
		curation.store.onDidChange(update),
		vscode.window.onDidChangeActiveTextEditor(update),
		vscode.workspace.onDidChangeConfiguration((e) => {
			if (e.affectsConfiguration('seedFacts')) update();
		}),
	);
	update();

	// For tests and automation: what the review layer shows for a document (not in the palette).
	context.subscriptions.push(
		vscode.commands.registerCommand(INTERNAL_COMMANDS.curationInspect, (arg?: unknown) => {
			const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
			const info = uri ? curation.info(uri) : undefined;
			return {
				statusBarText: item.text,
				state: info?.state.status,
				error: info?.state.status === 'error' ? info.state.error.message : undefined,
				orphans: info?.orphans.map((o) => ({ id: o.decision.id, exact: o.decision.anchor.exact, reason: o.reason })) ?? [],
				canUndo: uri ? curation.store.history(uri).canUndo : false,
			};
		}),
	);
}
