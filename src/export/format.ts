// Export formats and the writer contracts they implement. Pure: no `vscode`, no Node built-ins.
import type { ExportDocument, ExportRow } from './rows';

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'md' | 'brat' | 'w3c' | 'conll';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'csv', 'md', 'brat', 'w3c', 'conll'];

export interface FormatInfo {
	label: string;
	description: string;
	/** Default file extension (without dot); empty for brat, which writes a folder. */
	extension: string;
	/** Written as a folder of files rather than one stream. */
	folder: boolean;
	mimeType: string;
}

export const FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = {
	json: { label: 'JSON', description: 'one document, per file mentions, JSON Schema in schemas/', extension: 'json', folder: false, mimeType: 'application/json' },
	jsonl: { label: 'JSON Lines', description: 'one mention per line, for pipelines', extension: 'jsonl', folder: false, mimeType: 'application/x-ndjson' },
	csv: { label: 'CSV', description: 'RFC 4180, for spreadsheets', extension: 'csv', folder: false, mimeType: 'text/csv' },
	md: { label: 'Markdown table', description: 'for notes and reviews', extension: 'md', folder: false, mimeType: 'text/markdown' },
	brat: { label: 'brat standoff', description: 'a folder of .txt + .ann files for brat', extension: '', folder: true, mimeType: 'text/plain' },
	w3c: { label: 'W3C Web Annotation', description: 'AnnotationCollection, JSON-LD', extension: 'jsonld', folder: false, mimeType: 'application/ld+json' },
	conll: { label: 'CoNLL-2003 (IOB2)', description: 'a token per line with B-/I- tags, for NER toolkits', extension: 'conll', folder: false, mimeType: 'text/plain' },
};

export function isExportFormat(s: string): s is ExportFormat {
	return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** Who made the export and when; goes into json and w3c headers. */
export interface ExportMeta {
	generator: { name: string; version: string };
	/** ISO 8601 time of the export. */
	exportedAt: string;
}

export interface StreamOptions {
	/** CSV: start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8. */
	bom?: boolean;
}

/**
 * A single-stream format. The driver calls `begin`, then `document` once per seed, then `end`,
 * and writes each returned chunk to the sink as it comes: memory stays bounded by one document.
 */
export interface StreamWriter {
	begin(): string;
	document(doc: ExportDocument, rows: readonly ExportRow[]): string;
	end(): string;
}

/** A file produced by a folder format, relative to the output folder (`/` separators). */
export interface FolderEntry {
	path: string;
	content: string;
	/** Left alone when the output folder already has this file (e.g. a customized brat `annotation.conf`). */
	ifAbsent?: boolean;
}

/** A folder format (brat): files per document, plus files written once at the end. */
export interface FolderWriter {
	document(doc: ExportDocument, rows: readonly ExportRow[]): FolderEntry[];
	end(): FolderEntry[];
}
