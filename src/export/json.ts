// `json` (one document validated by schemas/facts-export.schema.json) and `jsonl` (one row per line).
import type { ExportMeta, StreamWriter } from './format';
import { jsonRow, type ExportDocument, type ExportRow } from './rows';

/** Bumped when a field changes meaning or is removed; adding optional fields keeps it. */
export const EXPORT_SCHEMA_VERSION = 1;

/** The JSON document is written piecewise: header, one `files` entry per document, footer. */
export function jsonWriter(meta: ExportMeta): StreamWriter {
	let first = true;
	let files = 0;
	let mentions = 0;
	return {
		begin() {
			const header = {
				schemaVersion: EXPORT_SCHEMA_VERSION,
				generator: meta.generator,
				exportedAt: meta.exportedAt,
			};
			// Reopen the header object so `files` can stream into it.
			return `${JSON.stringify(header, null, '\t').replace(/\n\}$/, '')},\n\t"files": [`;
		},
		document(doc: ExportDocument, rows: readonly ExportRow[]) {
			files++;
			mentions += rows.length;
			// One mention per line: compact, yet easy to read and to diff.
			const list = rows.length ? `[\n${rows.map((r) => `\t\t\t\t${JSON.stringify(withoutFile(r))}`).join(',\n')}\n\t\t\t]` : '[]';
			const sep = first ? '\n' : ',\n';
			first = false;
			return `${sep}\t\t{\n\t\t\t"file": ${JSON.stringify(doc.file)},\n\t\t\t"mentions": ${list}\n\t\t}`;
		},
		end() {
			const close = first ? ']' : '\n\t]';
			return `${close},\n\t"fileCount": ${files},\n\t"mentionCount": ${mentions}\n}\n`;
		},
	};
}

/** One row per line, each with its `file`. */
export function jsonlWriter(): StreamWriter {
	return {
		begin: () => '',
		document: (_doc, rows) => rows.map((r) => `${JSON.stringify(jsonRow(r))}\n`).join(''),
		end: () => '',
	};
}

function withoutFile(row: ExportRow): Record<string, unknown> {
	const { file: _file, ...rest } = jsonRow(row);
	return rest;
}
