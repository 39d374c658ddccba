// Drives an export: documents in, chunks out to a sink. Shared by the CLI and the VS Code commands,
// so both produce byte-identical files. Pure: the sinks (Node streams, workspace.fs) are the caller's.
import { bratWriter } from './brat';
import { conllWriter } from './conll';
import { csvWriter } from './csv';
import type { ExportFormat, ExportMeta, FolderEntry, StreamWriter } from './format';
import { jsonlWriter, jsonWriter } from './json';
import { markdownWriter } from './markdown';
import { toRows, visibleMentions, type ExportDocument } from './rows';
import { w3cWriter } from './w3c';

/** Receives the text of a single-stream export, chunk by chunk, in order. */
export interface TextSink {
	write(chunk: string): void | Promise<void>;
}

/** Receives the files of a folder export (brat). */
export interface FolderSink {
	writeFile(entry: FolderEntry): void | Promise<void>;
}

export class ExportCancelledError extends Error {
	override readonly name = 'ExportCancelledError';
	constructor() {
		super('Export cancelled');
	}
}

export interface ExportRunOptions {
	meta: ExportMeta;
	/** Keep rejected mentions (CLI `--all`); by default they are left out. */
	includeRejected?: boolean;
	/** CSV: prefix a UTF-8 BOM. */
	bom?: boolean;
	/** Checked between documents; when it returns true the export stops with ExportCancelledError. */
	isCancelled?: () => boolean;
	/** brat: folder prefix removed from each document's path in the output folder (see commonFolder). */
	stripPrefix?: string;
	/** Called after each document is written. */
	onDocument?: (file: string, done: number) => void;
}

export interface ExportSummary {
	files: number;
	mentions: number;
}

export type StreamFormat = Exclude<ExportFormat, 'brat'>;

export function streamWriter(format: StreamFormat, options: Pick<ExportRunOptions, 'meta' | 'bom'>): StreamWriter {
	switch (format) {
		case 'json':
			return jsonWriter(options.meta);
		case 'jsonl':
			return jsonlWriter();
		case 'csv':
			return csvWriter({ bom: options.bom });
		case 'md':
			return markdownWriter();
		case 'w3c':
			return w3cWriter(options.meta);
		case 'conll':
			return conllWriter();
	}
}

type Documents = Iterable<ExportDocument> | AsyncIterable<ExportDocument>;

/** Chunks are gathered up to this many UTF-16 units before reaching the sink (fewer, larger writes). */
const FLUSH_AT = 1 << 16;

export async function exportStream(format: StreamFormat, docs: Documents, sink: TextSink, options: ExportRunOptions): Promise<ExportSummary> {
	const writer = streamWriter(format, options);
	const summary: ExportSummary = { files: 0, mentions: 0 };
	let pending = writer.begin();
	for await (const doc of docs) {
		if (options.isCancelled?.()) throw new ExportCancelledError();
		const rows = toRows({ ...doc, mentions: visibleMentions(doc.mentions, options.includeRejected ?? false) });
		pending += writer.document(doc, rows);
		summary.files++;
		summary.mentions += rows.length;
		if (pending.length >= FLUSH_AT) {
			await sink.write(pending);
			pending = '';
		}
		options.onDocument?.(doc.file, summary.files);
	}
	if (options.isCancelled?.()) throw new ExportCancelledError();
	pending += writer.end();
	if (pending) await sink.write(pending);
	return summary;
}

export async function exportFolder(docs: Documents, sink: FolderSink, options: ExportRunOptions): Promise<ExportSummary> {
	const writer = bratWriter(options.stripPrefix);
	const summary: ExportSummary = { files: 0, mentions: 0 };
	for await (const doc of docs) {
		if (options.isCancelled?.()) throw new ExportCancelledError();
		const rows = toRows({ ...doc, mentions: visibleMentions(doc.mentions, options.includeRejected ?? false) });
		for (const entry of writer.document(doc, rows)) await sink.writeFile(entry);
		summary.files++;
		summary.mentions += rows.length;
		options.onDocument?.(doc.file, summary.files);
	}
	if (options.isCancelled?.()) throw new ExportCancelledError();
	for (const entry of writer.end()) await sink.writeFile(entry);
	return summary;
}

/** The whole export as one string (clipboard copies, tests). */
export async function exportToString(format: StreamFormat, docs: Documents, options: ExportRunOptions): Promise<string> {
	const parts: string[] = [];
	await exportStream(format, docs, { write: (c) => void parts.push(c) }, options);
	return parts.join('');
}
