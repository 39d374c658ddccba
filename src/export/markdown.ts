// `md`: a GitHub-flavoured Markdown table, one row per mention.
import type { StreamWriter } from './format';
import { ROW_COLUMNS, type ExportRow } from './rows';

/**
 * Makes text safe inside a table cell: ASCII punctuation that Markdown would interpret
 * (emphasis, code, links, HTML, the cell separator `|`) is backslash-escaped, which CommonMark
 * allows for any ASCII punctuation, and line breaks become `<br>` (a cell is a single line).
 */
export function escapeMarkdownCell(s: string): string {
	return s.replace(/[\\`*_[\]<>|&~#]/g, '\\$&').replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>');
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
