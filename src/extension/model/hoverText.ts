// Hover content as Markdown source. Pure: no `vscode` import, so it is unit-tested in Node.
// Everything taken from the document is untrusted: it is escaped so that it renders as text,
// never as a link, an image, HTML or a command.
import { statusName } from './reviewStatus';
import type { ReviewedMention } from '../../curation/types';
import type { LineIndex } from '../../engine/text';
import { sentenceAround } from '../../engine/text';
import { categoryLabel } from './labels';
import { approximateAmount, formatAmount, formatDateValue, humanDate, plainValue, type Translate } from './format';

const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * Escapes text for Markdown: every ASCII punctuation character is backslash-escaped (CommonMark
 * allows it for all of them), line breaks become spaces, and runs of spaces shrink to one, so no
 * link, image, autolink, HTML tag, entity, heading, list or code block can come out of it.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\r\n\u2028\u2029]+/g, ' ')
		.replace(/[ \t]{2,}/g, ' ')
		.replace(ASCII_PUNCTUATION, '\\$&');
}

/** A code span that cannot be broken out of (backticks are replaced). */
export function codeSpan(text: string): string {
	return '`' + text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ') + '`';
}

export interface HoverLink {
	/** Localized label (plain text; escaped here). */
	label: string;
	command: string;
	args: unknown;
	tooltip?: string;
}

/** A Markdown link that runs one of our commands with JSON arguments. */
export function commandLink(link: HoverLink): string {
	const query = encodeURIComponent(JSON.stringify(Array.isArray(link.args) ? link.args : [link.args]));
	const title = link.tooltip ? ` "${link.tooltip.replace(/["\\]/g, '')}"` : '';
	return `[${escapeMarkdown(link.label)}](command:${link.command}?${query}${title})`;
}

export interface HoverInput {
	mention: ReviewedMention;
	/** The document's text (offsets of `mention` index into it). */
	text: string;
	lines: LineIndex;
	/** For organizations: mentions of the same entity in this document and in the corpus. */
	entityCounts?: { document: number; corpus: number; corpusFiles: number };
	links?: readonly HoverLink[];
	/** Extra Markdown blocks from other features (already safe Markdown). */
	sections?: readonly string[];
	t: Translate;
}

const MAX_SENTENCE_SIDE = 160;

/** The sentence around the mention, the mention in bold, long sides shortened. */
export function sentenceMarkdown(text: string, start: number, end: number): string {
	const s = sentenceAround(text, start, end);
	let before = text.slice(s.start, Math.max(s.start, start));
	let after = text.slice(Math.min(end, s.end), s.end);
	if (before.length > MAX_SENTENCE_SIDE) before = '…' + before.slice(before.length - MAX_SENTENCE_SIDE).replace(/^\S*\s/, '');
	if (after.length > MAX_SENTENCE_SIDE) after = after.slice(0, MAX_SENTENCE_SIDE).replace(/\s\S*$/, '') + '…';
	const middle = text.slice(Math.max(start, s.start), Math.min(end, Math.max(s.end, end)));
	return `${escapeMarkdown(before)}**${escapeMarkdown(middle.trim())}**${escapeMarkdown(after)}`;
}

/** Detail lines (Markdown) describing the mention's value. */
export function valueLines(input: HoverInput): string[] {
	const { mention: m, t, lines } = input;
	const out: string[] = [];
	switch (m.kind) {
		case 'amount': {
			const approx = approximateAmount(m);
			out.push(`**${escapeMarkdown(formatAmount(m))}**` + (approx ? ` · ${escapeMarkdown(approx)}` : '') + ` · ${codeSpan(plainValue(m))}`);
			const facts: string[] = [];
			if (m.unit) facts.push(t('unit: {0}', escapeMarkdown(m.unit)));
			if (m.qualifier) facts.push(t('qualifier: “{0}”', escapeMarkdown(m.qualifier)));
			if (m.min !== undefined && m.max !== undefined) facts.push(t('range: {0} to {1}', codeSpan(String(m.min)), codeSpan(String(m.max))));
			if (facts.length) out.push(facts.join(' · '));
			break;
		}
		case 'date': {
			const iso = formatDateValue(m, t);
			const human = humanDate(m.resolved ?? m.value);
			out.push(`**${escapeMarkdown(iso)}**` + (human ? ` · ${escapeMarkdown(human)}` : ''));
			if (m.inferredYear) {
				const y = m.inferredYear;
				const resolved = m.resolved ?? m.value.replace(/XXXX/g, String(y.year));
				const from =
					y.fromText !== undefined && y.fromStart !== undefined
						? t('year inferred from “{0}”, line {1}', escapeMarkdown(y.fromText), lines.positionAt(y.fromStart).line)
						: y.source === 'reference'
							? t('year taken from the setting {0}', codeSpan('seedFacts.referenceYear'))
							: t('year inferred ({0})', escapeMarkdown(y.source));
				out.push(`${escapeMarkdown(m.text)} → ${codeSpan(resolved)}, ${from}`);
			} else if (m.value.includes('XXXX')) {
				out.push(t('year not written and not inferred'));
			}
			break;
		}
		case 'organization': {
			if (m.canonical && m.canonical !== m.text) out.push(t('entity: {0}', `**${escapeMarkdown(m.canonical)}**`));
			if (m.longForm || m.acronym) {
				const long = m.longForm ?? (m.acronym && m.text !== m.acronym ? m.text : m.canonical);
				const acronym = m.acronym ?? (m.longForm && m.text !== m.longForm ? m.text : undefined);
				if (long && acronym) out.push(t('long form ↔ acronym: {0} ↔ {1}', escapeMarkdown(long), escapeMarkdown(acronym)));
			}
			const c = input.entityCounts;
			if (c)
				out.push(
					c.corpusFiles === 1
						? t('{0} in this document · {1} in the corpus (1 document)', c.document, c.corpus)
						: t('{0} in this document · {1} in the corpus ({2} documents)', c.document, c.corpus, c.corpusFiles),
				);
			break;
		}
	}
	return out;
}

/** The whole hover: kind, value lines, review status, sentence, extra sections and links. */
export function buildHoverMarkdown(input: HoverInput): string {
	const { mention: m, t, lines } = input;
	const pos = lines.positionAt(m.start);
	const header = `**${escapeMarkdown(categoryLabel(m, t))}** · ${escapeMarkdown(t('line {0}, column {1}', pos.line, pos.column))}`;
	const blocks: string[] = [header, valueLines(input).join('  \n')];
	if (m.status !== 'machine') {
		blocks.push(t('review: {0}', escapeMarkdown(statusName(m.status, t))) + (m.note ? ` · ${escapeMarkdown(m.note)}` : ''));
	}
	blocks.push(`> ${sentenceMarkdown(input.text, m.start, m.end)}`);
	for (const s of input.sections ?? []) if (s.trim()) blocks.push(s);
	if (input.links?.length) blocks.push(input.links.map(commandLink).join(' · '));
	return blocks.filter((b) => b.length > 0).join('\n\n');
}
