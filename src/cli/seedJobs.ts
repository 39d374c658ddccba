// `--jobs N` for extract and export. The per-seed function (read + decode + extract + review
// sidecar, then, for formats whose rows do not depend on the other seeds, the rows rendered to
// text) runs in worker threads; results come back in input order, so the bytes are the same
// whatever N.
//
// jsonl, csv and md render each seed on its own (their writers' `document` keeps no state): the
// worker returns the seed's text chunk and the main thread only concatenates. json, w3c and brat
// number or separate entries across seeds: the worker returns the reviewed document and the main
// thread runs the usual exporter on it (extraction is still parallel, serialization is not).
import type { ExportFormat } from '../export/format';
import { exportFolder, exportStream, streamWriter, type ExportRunOptions, type ExportSummary, type FolderSink, type TextSink } from '../export/run';
import { toRows, visibleMentions, type ExportDocument } from '../export/rows';
import type { SeedEntry } from '../pipeline/load';
import { readDocument, InputError, type OrphanReport, type ReadOptions } from './inputs';
import { orderedMap } from './parallel';
import { poolInit, serveTasks } from './worker';

/** Formats whose per-seed output can be produced by a worker. */
const PER_SEED_FORMATS = ['jsonl', 'csv', 'md'] as const;
type PerSeedFormat = (typeof PER_SEED_FORMATS)[number];

function isPerSeedFormat(format: ExportFormat): format is PerSeedFormat {
	return (PER_SEED_FORMATS as readonly string[]).includes(format);
}

/** What every worker is given once. */
export interface SeedJobInit {
	/** The name under which poolTasks.ts finds `serveSeedTasks`. */
	task: 'seed';
	read: ReadOptions;
	/** Set when workers render the rows themselves (a per-seed format). */
	render?: { format: PerSeedFormat; includeRejected: boolean };
}

const encoder = new TextEncoder();

/** One seed's outcome, as sent between threads (structured clone: plain data only). */
export type SeedResult = (({ doc: ExportDocument } | { chunk: Uint8Array; rows: number }) & { orphans?: OrphanReport }) | { error: { path: string; message: string } };

/** A sink that also takes UTF-8 bytes: standard output, an atomic file. */
export interface ByteSink {
	write(chunk: string | Uint8Array): void | Promise<void>;
}

/** The per-file function: one seed in, its document or rendered rows (or why it was skipped) out. */
export async function seedResult(input: SeedEntry, init: SeedJobInit): Promise<SeedResult> {
	let doc: ExportDocument;
	let orphans: OrphanReport | undefined;
	try {
		const seed = await readDocument(input, init.read);
		doc = { file: seed.file, text: seed.text, mentions: seed.review.mentions };
		if (seed.review.orphans.length) orphans = { file: seed.file, orphans: seed.review.orphans, heldBack: seed.review.heldBack.length };
	} catch (e) {
		if (!(e instanceof InputError)) throw e;
		const prefix = `${e.path}: `;
		return { error: { path: e.path, message: e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message } };
	}
	if (!init.render) return { doc, orphans };
	const rows = toRows({ ...doc, mentions: visibleMentions(doc.mentions, init.render.includeRejected) });
	// These writers ignore everything but `rows` in `document`; begin/end are the main thread's.
	const writer = streamWriter(init.render.format, { meta: { generator: { name: '', version: '' }, exportedAt: '' } });
	// UTF-8 here, in the worker: its buffer is then moved to the main thread, not copied.
	return { chunk: encoder.encode(writer.document(doc, rows)), rows: rows.length, orphans };
}

/** Body of a pool worker (a thread running the CLI bundle). */
export function serveSeedTasks(): void {
	const init = poolInit<SeedJobInit>();
	serveTasks(
		(input: SeedEntry) => seedResult(input, init),
		(result) => ('chunk' in result ? [result.chunk.buffer as ArrayBuffer] : []),
	);
}

export interface ParallelExport {
	format: ExportFormat;
	files: readonly SeedEntry[];
	read: ReadOptions;
	options: ExportRunOptions;
	/** A ByteSink for stream formats, a FolderSink for brat. */
	sink: ByteSink | FolderSink;
	onError: (e: InputError) => void;
	/** Called in input order for each seed with orphaned decisions. */
	onOrphans?: (report: OrphanReport) => void;
	jobs: number;
	/** The CLI bundle, which serves tasks when started as a pool worker. */
	script: string;
}

/** The export of `run.files` with `run.jobs` workers: the same bytes as `exportStream`/`exportFolder` on `readDocuments`. */
export async function exportParallel(run: ParallelExport): Promise<ExportSummary> {
	const render = isPerSeedFormat(run.format) ? { format: run.format, includeRejected: run.options.includeRejected ?? false } : undefined;
	const results = orderedMap<SeedEntry, SeedResult>(run.files, { script: run.script, jobs: run.jobs, init: { task: 'seed', read: run.read, render } satisfies SeedJobInit });
	if (render) return concatenate(render.format, results, run);
	const docs = documents(results, run);
	if (run.format === 'brat') return exportFolder(docs, run.sink as FolderSink, run.options);
	return exportStream(run.format, docs, run.sink as TextSink, run.options);
}

async function* documents(results: AsyncIterable<SeedResult>, run: ParallelExport): AsyncGenerator<ExportDocument> {
	for await (const result of results) {
		if ('error' in result) {
			run.onError(new InputError(result.error.path, result.error.message));
			continue;
		}
		if (result.orphans) run.onOrphans?.(result.orphans);
		if ('doc' in result) yield result.doc;
	}
}

/** Bytes gathered before reaching the sink (fewer, larger writes). */
const FLUSH_AT = 1 << 16;

/** begin + the workers' chunks in order + end: the bytes exportStream would write. */
async function concatenate(format: PerSeedFormat, results: AsyncIterable<SeedResult>, run: ParallelExport): Promise<ExportSummary> {
	const writer = streamWriter(format, run.options);
	const sink = run.sink as ByteSink;
	const summary: ExportSummary = { files: 0, mentions: 0 };
	let parts: Uint8Array[] = [];
	let size = 0;
	const add = (bytes: Uint8Array) => {
		parts.push(bytes);
		size += bytes.length;
	};
	const flush = async () => {
		const chunk = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
		parts = [];
		size = 0;
		if (chunk.length) await sink.write(chunk);
	};
	add(encoder.encode(writer.begin()));
	for await (const result of results) {
		if ('error' in result) {
			run.onError(new InputError(result.error.path, result.error.message));
			continue;
		}
		if (result.orphans) run.onOrphans?.(result.orphans);
		if (!('chunk' in result)) continue;
		add(result.chunk);
		summary.files++;
		summary.mentions += result.rows;
		if (size >= FLUSH_AT) await flush();
	}
	add(encoder.encode(writer.end()));
	await flush();
	return summary;
}
