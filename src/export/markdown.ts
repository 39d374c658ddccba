// `md`: a GitHub-flavoured Markdown table, one row per mention.
import type { StreamWriter } from './format';
import { ROW_COLUMNS, type ExportRow } from './rows';

/**
 * A word a Markdown renderer would turn into a live link: a URL with a scheme (`https://`, `ftp://`),
 * `mailto:` and friends, a `www.` name, an e-mail address, or a bare domain name (VS Code's preview
 * links `example.com` through linkify-it's fuzzy links; GitHub links `www.` names and e-mail addresses).
 */
const OTHER_LINK = /(?:mailto|xmpp|tel):|www\.|[^\s@]@[^\s@]+\.[^\s@]|[a-z0-9-]\.[a-z]{2,}(?![a-z0-9-])/i;
const SCHEME_CHAR = /[a-z0-9+.-]/i;
const LETTER = /[a-z]/i;

/** Whether `word` (no whitespace) may become an autolink in GitHub or VS Code Markdown. Linear in its length. */
export function isLinkish(word: string): boolean {
	// `scheme://`: a run of scheme characters holding a letter just before the `://`.
	for (let i = word.indexOf('://'); i > 0; i = word.indexOf('://', i + 1)) {
		for (let k = i - 1; k >= 0 && SCHEME_CHAR.test(word[k]); k--) if (LETTER.test(word[k])) return true;
	}
	return OTHER_LINK.test(word);
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

function escapePlain(s: string): string {
	return s.replace(/[\\`*_[\]<>|&~#]/g, '\\$&').replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>');
}

// Where a link-like word may be: only words around these are checked, so plain prose costs one scan.
const TRIGGER = /:\/\/|(?:mailto|xmpp|tel):|www\.|[^\s@]@[^\s@]|[a-z0-9-]\.[a-z]{2}/gi;
const SPACE = /\s/;

/**
 * Makes text safe inside a table cell and renders it unaltered: ASCII punctuation that Markdown would
 * interpret (emphasis, code, links, HTML, the cell separator `|`) is backslash-escaped, which CommonMark
 * allows for any ASCII punctuation; words that would become live links (URLs, `www.` names, domains,
 * e-mail addresses; a word is a run without whitespace) go into code spans, which no renderer links and
 * whose text is shown as is; line breaks become `<br>` (a cell is a single line).
 */
export function escapeMarkdownCell(s: string): string {
	let out = '';
	let last = 0;
	const trigger = new RegExp(TRIGGER);
	for (let m = trigger.exec(s); m; m = trigger.exec(s)) {
		let a = m.index;
		while (a > last && !SPACE.test(s[a - 1])) a--;
		let b = m.index + m[0].length;
		while (b < s.length && !SPACE.test(s[b])) b++;
		const word = s.slice(a, b);
		if (!SPACE.test(s[a - 1] ?? ' ') || !isLinkish(word)) {
			trigger.lastIndex = Math.max(b, m.index + 1);
			continue;
		}
		out += escapePlain(s.slice(last, a)) + codeSpan(word);
		last = b;
		trigger.lastIndex = b;
	}
	return out + escapePlain(s.slice(last));
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
