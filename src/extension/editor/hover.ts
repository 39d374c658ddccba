// Hover inspection: what a mention is, its value for a French reader, where it sits.
// Untrusted document text is escaped (hoverText.ts); only our own commands may run from links.
import * as vscode from 'vscode';
import { COMMANDS } from '../model/commandIds';
import type { ReviewedMention } from '../../curation/types';
import type { FactsService } from '../facts/factsService';
import type { Translate } from '../model/format';
import { buildHoverMarkdown, type HoverLink } from '../model/hoverText';
import type { SeedFactsSettings } from '../model/settings';
import { mentionAt } from '../model/treeModel';

/** Arguments of the hover links: enough to find the mention again. */
export interface MentionArgs {
	uri: string;
	start: number;
	end: number;
}

/** Other features (curation) add links and Markdown blocks to the hover. */
export interface HoverContributor {
	/** Command ids its links use: they are added to the hover's `enabledCommands`. */
	readonly commands: readonly string[];
	links?(mention: ReviewedMention, uri: vscode.Uri): readonly HoverLink[];
	/** A Markdown block; escape document text with `escapeMarkdown` from hoverText.ts. */
	section?(mention: ReviewedMention, uri: vscode.Uri): string | undefined;
}

const HOVER_COMMANDS = [COMMANDS.revealInTree, COMMANDS.copyValue] as const;

export class FactsHoverProvider implements vscode.HoverProvider {
	private readonly contributors: HoverContributor[] = [];

	constructor(
		private readonly facts: FactsService,
		private readonly settings: () => SeedFactsSettings,
		private readonly t: Translate,
	) {}

	addContributor(c: HoverContributor): vscode.Disposable {
		this.contributors.push(c);
		return new vscode.Disposable(() => {
			const i = this.contributors.indexOf(c);
			if (i >= 0) this.contributors.splice(i, 1);
		});
	}

	provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
		const s = this.settings();
		if (!s.hoverEnabled || !this.facts.isAnnotated(document)) return undefined;
		const facts = this.facts.flush(document);
		if (!facts || facts.version !== document.version) return undefined;
		const m = mentionAt(facts.mentions, document.offsetAt(position));
		if (!m) return undefined;
		const markdown = this.markdownFor(document.uri, m);
		return new vscode.Hover(markdown, new vscode.Range(document.positionAt(m.start), document.positionAt(m.end)));
	}

	/** The hover of a mention (also used by tests on documents that are not shown). */
	markdownFor(uri: vscode.Uri, m: ReviewedMention): vscode.MarkdownString {
		const facts = this.facts.get(uri);
		if (!facts) return new vscode.MarkdownString('');
		const t = this.t;
		const args: MentionArgs = { uri: uri.toString(), start: m.start, end: m.end };
		const links: HoverLink[] = [
			{ label: t('Reveal in Facts tree'), command: COMMANDS.revealInTree, args },
			{ label: t('Copy value'), command: COMMANDS.copyValue, args },
		];
		const sections: string[] = [];
		const commands = new Set<string>(HOVER_COMMANDS);
		for (const c of this.contributors) {
			try {
				for (const id of c.commands) commands.add(id);
				links.push(...(c.links?.(m, uri) ?? []));
				const section = c.section?.(m, uri);
				if (section) sections.push(section);
			} catch {
				// A broken contributor must not take the hover down.
			}
		}
		const value = buildHoverMarkdown({
			mention: m,
			text: facts.text,
			lines: facts.lines,
			entityCounts: m.kind === 'organization' ? this.facts.entityCounts(uri, m) : undefined,
			links: links.filter((l) => commands.has(l.command)),
			sections,
			t,
		});
		const md = new vscode.MarkdownString(value, false);
		md.isTrusted = { enabledCommands: [...commands] };
		md.supportHtml = false;
		return md;
	}
}
