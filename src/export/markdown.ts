// `md`: a GitHub-flavoured Markdown table, one row per mention.
import type { StreamWriter } from './format';
import { ROW_COLUMNS, type ExportRow } from './rows';

/**
 * A word a Markdown renderer would turn into a live link: a URL with a scheme (`https://`, `ftp://`),
 * `mailto:` and friends, a `www.` name, an e-mail address, or a bare domain name (VS Code's preview
 * links `example.com` through linkify-it's fuzzy links; GitHub links `www.` names and e-mail addresses).
 */
const LINKISH = /^[^\s]*?(?:[a-z][a-z0-9+.-]*:\/\/|(?:mailto|xmpp|tel):|www\.|[^\s@]@[^\s@]+\.[^\s@]|[a-z0-9-]\.[a-z]{2,}(?![a-z0-9-]))/i;

/** Whether `word` (no whitespace) may become an autolink in GitHub or VS Code Markdown. */
export function isLinkish(word: string): boolean {
	return LINKISH.test(word);
}

/**
 * `word` as a code span: CommonMark renders its content literally, never as a link (GitHub and
 * markdown-it alike). The fence is one backtick longer than the longest backtick run inside; a space
 * pads content that starts or ends with a backtick (CommonMark strips exactly one on each side).
 * `|` is escaped: in a GFM table `\|` stands for `|` even inside a code span.
 */
export function codeSpan(word: string): string {
	let longest = 0;
	for (const run of word.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
	const fence = '`'.repeat(longest + 1);
	const pad = word.startsWith('`') || word.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${word.replace(/\|/g, '\\|')}${pad}${fence}`;
}

function escapeWord(word: string): string {
	return isLinkish(word) ? codeSpan(word) : word.replace(/[\\`*_[\]<>|&~#]/g, '\\$&');
}

/**
 * Makes text safe inside a table cell and renders it unaltered: ASCII punctuation that Markdown would
 * interpret (emphasis, code, links, HTML, the cell separator `|`) is backslash-escaped, which CommonMark
 * allows for any ASCII punctuation; words that would become live links (URLs, `www.` names, domains,
 * e-mail addresses) go into code spans, which no renderer links and whose text is shown as is; line
 * breaks become `<br>` (a cell is a single line).
 */
export function escapeMarkdownCell(s: string): string {
	return s
		.split(/(\s+)/)
		.map((part, i) => (i % 2 === 1 ? part.replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>') : escapeWord(part)))
		.join('');
}

export function markdownHeader(): string {
	return `| ${ROW_COLUMNS.join(' | ')} |\n|${ROW_COLUMNS.map(() => ' --- |').join('')}\n`;
}

export function markdownRow(row: ExportRow): string {
	const cells = ROW_COLUMNS.map((key) => {
		const v = row[key];
		return v === undefined ? '' : escapeMarkdownCell(String(v));
	});
	return `| ${cells.join(' | ')} |\n`;
}

export function markdownWriter(): StreamWriter {
	return {
		begin: markdownHeader,
		document: (_doc, rows) => rows.map(markdownRow).join(''),
		end: () => '',
	};
}
