// `csv`: RFC 4180 through csv-stringify (quoting, CRLF), a header row, an optional BOM,
// and cells neutralized against spreadsheet formula injection (OWASP "CSV injection").
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { StreamOptions, StreamWriter } from './format';
import { ROW_COLUMNS, type ExportRow } from './rows';

// A cell starting with one of these is read as a formula by Excel, LibreOffice or Google Sheets, or is
// stripped (control characters) so that the next character starts a formula; full-width signs
// (＝ ＋ － ＠) are folded to ASCII by some spreadsheets (Excel with East Asian input, Google Sheets).
const FORMULA_START = /^[=+\-@\t\r\n\0\v\f\uFF1D\uFF0B\uFF0D\uFF20]/;
// ... except a plain negative number, which stays a number.
const NEGATIVE_NUMBER = /^-\d+(?:[.,]\d+)*(?:[eE][+-]?\d+)?$/;

/** Prefixes `'` to a cell that a spreadsheet would evaluate as a formula. */
export function neutralizeFormula(cell: string): string {
	return FORMULA_START.test(cell) && !NEGATIVE_NUMBER.test(cell) ? `'${cell}` : cell;
}

const CSV_OPTIONS = {
	record_delimiter: 'windows',
	// csv-stringify quotes the delimiter, quotes and the record delimiter; a lone CR or LF must be quoted too.
	quoted_match: /[\r\n]/,
} as const;

export function csvRecords(records: ReadonlyArray<readonly string[]>): string {
	return stringify(records as string[][], CSV_OPTIONS);
}

/** Cells of one row in ROW_COLUMNS order, neutralized. */
export function csvCells(row: ExportRow): string[] {
	return ROW_COLUMNS.map((key) => {
		const v = row[key];
		return v === undefined ? '' : neutralizeFormula(String(v));
	});
}

export function csvWriter(options: StreamOptions = {}): StreamWriter {
	return {
		begin: () => (options.bom ? '\uFEFF' : '') + csvRecords([[...ROW_COLUMNS]]),
		document: (_doc, rows) => (rows.length ? csvRecords(rows.map(csvCells)) : ''),
		end: () => '',
	};
}
