// The TreeItem of each Facts tree node: labels, descriptions, icons, tooltips, commands.
import * as vscode from 'vscode';
import { COMMANDS } from '../model/commandIds';
import { CATEGORY_ICONS, categoryOf, countByCategory, FACT_CATEGORIES, type FactCategory } from '../model/categories';
import type { FactsService } from '../facts/factsService';
import type { Translate } from '../model/format';
import { categoryGroupName, categoryName } from '../model/labels';
import { shortValue, TreeSnapshot } from '../model/treeModel';
import type { FactsTreeNode, ItemDecorator } from './treeNodes';

const MAX_LABEL = 90;

function categoryIcon(c: FactCategory): vscode.ThemeIcon {
	return new vscode.ThemeIcon(CATEGORY_ICONS[c], new vscode.ThemeColor(`seedFacts.${c}.ruler`));
}

function clip(s: string, max = MAX_LABEL): string {
	const one = s.replace(/\s+/g, ' ');
	return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

/** What building an item needs from the tree. */
export interface TreeItemContext {
	readonly t: Translate;
	readonly snap: TreeSnapshot;
	readonly facts: FactsService;
	readonly decorators: readonly ItemDecorator[];
	/** The filter's words, highlighted in mention labels. */
	readonly filterText?: string;
}

function labelOf(text: string, filterText: string | undefined): vscode.TreeItemLabel | string {
	const label = clip(text);
	const q = filterText?.toLowerCase();
	if (!q) return label;
	const i = label.toLowerCase().indexOf(q);
	return i >= 0 ? { label, highlights: [[i, i + q.length]] } : label;
}

export function treeItemFor(element: FactsTreeNode, ctx: TreeItemContext): vscode.TreeItem {
	const { t, snap } = ctx;
	switch (element.type) {
		case 'document': {
			const file = snap.file(element.key);
			const uri = vscode.Uri.parse(element.key);
			const mentions = file ? snap.mentionsOf(file) : [];
			const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
			const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
			item.id = element.id;
			item.resourceUri = uri;
			item.iconPath = vscode.ThemeIcon.File;
			const dir = file ? file.path.slice(0, Math.max(0, file.path.length - name.length - 1)) : '';
			item.description = dir ? `${mentions.length} · ${dir}` : String(mentions.length);
			const counts = countByCategory(mentions);
			const tooltip = new vscode.MarkdownString();
			tooltip.appendText(file?.path ?? name);
			tooltip.appendMarkdown('\n\n');
			tooltip.appendText(
				FACT_CATEGORIES.map((c) => `${categoryGroupName(c, t)}: ${counts[c]}`).join(' · ') + (ctx.facts.tooLarge(uri) ? ` — ${t('too large: not annotated')}` : ''),
			);
			item.tooltip = tooltip;
			item.contextValue = 'seedFacts.document';
			return item;
		}
		case 'category': {
			let count: number;
			if (element.parent) {
				const file = snap.file(element.parent.key);
				count = file ? snap.mentionsOf(file).filter((m) => categoryOf(m) === element.category).length : 0;
			} else {
				const c = snap.categories().find((x) => x.category === element.category);
				count = c?.count ?? 0;
			}
			const item = new vscode.TreeItem(
				categoryGroupName(element.category, t),
				element.parent ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
			);
			item.id = element.id;
			item.description = String(count);
			item.iconPath = categoryIcon(element.category);
			item.contextValue = `seedFacts.category.${element.category}`;
			return item;
		}
		case 'entity': {
			const e = snap.entity(element.entityKey);
			const item = new vscode.TreeItem(clip(e?.label ?? element.entityKey), vscode.TreeItemCollapsibleState.Collapsed);
			item.id = element.id;
			const n = e?.refs.length ?? 0;
			const files = e?.fileCount ?? 0;
			item.description = files > 1 ? t('{0} · {1} documents', n, files) : String(n);
			item.tooltip = e?.label;
			item.iconPath = categoryIcon(element.category);
			item.contextValue = `seedFacts.entity.${element.category}`;
			return item;
		}
		case 'mention': {
			const m = element.mention;
			const file = snap.file(element.docKey);
			const line = file ? file.lines.positionAt(m.start).line : 0;
			const item = new vscode.TreeItem(labelOf(m.text, ctx.filterText), vscode.TreeItemCollapsibleState.None);
			item.id = element.id;
			const value = shortValue(m, t);
			if (element.parent.type === 'entity') {
				item.description = `${file?.path ?? ''}:${line}`;
			} else {
				item.description = value ? `${value} · ${t('line {0}', line)}` : t('line {0}', line);
			}
			item.iconPath = categoryIcon(categoryOf(m));
			item.contextValue = `seedFacts.mention.${m.status}`;
			const args = { uri: element.docKey, start: m.start, end: m.end };
			item.command = { command: COMMANDS.openMention, title: t('Open'), arguments: [args] };
			item.accessibilityInformation = { label: `${categoryName(categoryOf(m), t)}: ${m.text}, ${value}, ${t('line {0}', line)}` };
			const uri = vscode.Uri.parse(element.docKey);
			for (const d of ctx.decorators) {
				try {
					d(item, m, uri);
				} catch {
					// Ignore a broken decorator.
				}
			}
			return item;
		}
		case 'extra': {
			const x = element.item;
			const item = new vscode.TreeItem(x.label, vscode.TreeItemCollapsibleState.None);
			item.id = element.id;
			item.description = x.description;
			item.tooltip = x.tooltip;
			item.iconPath = x.iconPath;
			item.command = x.command;
			item.contextValue = x.contextValue ?? 'seedFacts.extra';
			return item;
		}
	}
}
