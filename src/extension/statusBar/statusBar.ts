// Status bar: counts per kind for the active annotated document; a click focuses the Facts tree.
import * as vscode from 'vscode';
import { COMMANDS } from '../model/commandIds';
import { CATEGORY_ICONS, countByCategory, FACT_CATEGORIES } from '../model/categories';
import type { FactsService } from '../facts/factsService';
import type { Translate } from '../model/format';
import { categoryGroupName } from '../model/labels';
import type { SeedFactsSettings } from '../model/settings';

/** `$(symbol-numeric) 12  $(calendar) 5  $(organization) 7`: amounts (all subs), dates, organizations. */
export function statusText(counts: ReturnType<typeof countByCategory>): string {
	const amounts = counts.money + counts.percent + counts.quantity;
	return `$(symbol-numeric) ${amounts}  $(${CATEGORY_ICONS.date}) ${counts.date}  $(${CATEGORY_ICONS.organization}) ${counts.organization}`;
}

export class FactsStatusBar implements vscode.Disposable {
	readonly item: vscode.StatusBarItem;
	private readonly disposables: vscode.Disposable[] = [];

	constructor(
		private readonly facts: FactsService,
		private readonly settings: () => SeedFactsSettings,
		private readonly t: Translate,
	) {
		this.item = vscode.window.createStatusBarItem('seedFacts.counts', vscode.StatusBarAlignment.Right, 100);
		this.item.name = t('Seed Facts');
		this.item.command = COMMANDS.focusTree;
		this.disposables.push(
			this.item,
			facts.onDidChangeFacts(() => this.update()),
			facts.onDidChangeIndexing(() => this.update()),
			vscode.window.onDidChangeActiveTextEditor(() => this.update()),
		);
		this.update();
	}

	get text(): string {
		return this.item.text;
	}

	update(): void {
		const t = this.t;
		const editor = vscode.window.activeTextEditor;
		if (!this.settings().statusBarEnabled || !editor || !this.facts.isAnnotated(editor.document)) {
			this.item.hide();
			return;
		}
		const tooLarge = this.facts.tooLarge(editor.document.uri);
		if (tooLarge) {
			this.item.text = `$(warning) ${t('Seed Facts: too large')}`;
			this.item.tooltip = t(
				'{0} MB is above seedFacts.maxFileSizeMB ({1} MB): not annotated.',
				tooLarge.sizeMB >= 1 ? tooLarge.sizeMB.toFixed(1) : tooLarge.sizeMB.toPrecision(2),
				tooLarge.limitMB,
			);
			this.item.accessibilityInformation = { label: String(this.item.tooltip) };
			this.item.show();
			return;
		}
		const facts = this.facts.get(editor.document.uri);
		const counts = countByCategory(facts?.mentions ?? []);
		this.item.text = statusText(counts) + (facts?.partial || !facts ? ' $(loading~spin)' : '');
		const md = new vscode.MarkdownString();
		md.supportThemeIcons = true;
		md.appendMarkdown(`**${t('Seed Facts')}**\n\n`);
		for (const c of FACT_CATEGORIES) md.appendMarkdown(`$(${CATEGORY_ICONS[c]}) ${categoryGroupName(c, t)}: ${counts[c]}  \n`);
		md.appendMarkdown(`\n${t('Click to show the Facts tree.')}`);
		this.item.tooltip = md;
		const amounts = counts.money + counts.percent + counts.quantity;
		this.item.accessibilityInformation = { label: t('{0} amounts, {1} dates, {2} organizations', amounts, counts.date, counts.organization) };
		this.item.show();
	}

	dispose(): void {
		for (const d of this.disposables) d.dispose();
	}
}
