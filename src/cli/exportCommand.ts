// `extract` and `export`: seeds in, facts out. Both run the exporter of src/export, the same code
// path as the VS Code "Export Facts…" command; `extract` is `export` with JSONL as default format.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MENTION_KINDS, type ExtractOptions, type MentionKind } from '../engine/types';
import { commonFolder } from '../export/brat';
import { DEFAULT_MAX_BYTES } from '../export/decode';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../export/format';
import { exportMeta } from '../export/meta';
import { exportFolder, exportStream, type ExportRunOptions, type ExportSummary, type StreamFormat } from '../export/run';
import { OutputError, openAtomicFile, openAtomicFolder, type AtomicFile, type AtomicFolder } from './atomic';
import { collectInputs, readDocuments, type InputError, type OrphanReport } from './inputs';
import { describeFsError } from './nodeSource';
import { describeOrphans } from './orphans';
import { applyEngineFlags, ENGINE_FLAG_HELP, ENGINE_FLAG_OPTIONS } from './engineFlags';
import { UsageError, writeTo, type CliIo } from './io';
import { defaultJobs, parseJobs } from './parallel';
import { exportParallel } from './seedJobs';
import { expandStdinPaths } from './stdinPaths';

export type ExportSubcommand = 'extract' | 'export';

const EXTRACT_FORMATS: readonly ExportFormat[] = ['jsonl', 'json', 'csv', 'md'];

const OPTIONS = {
	format: { type: 'string', short: 'f' },
	out: { type: 'string', short: 'o' },
	kinds: { type: 'string' },
	'org-add': { type: 'string', multiple: true },
	'org-ignore': { type: 'string', multiple: true },
	'reference-year': { type: 'string' },
	...ENGINE_FLAG_OPTIONS,
	'max-size-mb': { type: 'string' },
	all: { type: 'boolean' },
	'no-review': { type: 'boolean' },
	'allow-orphans': { type: 'boolean' },
	bom: { type: 'boolean' },
	quiet: { type: 'boolean', short: 'q' },
	jobs: { type: 'string', short: 'j' },
	help: { type: 'boolean', short: 'h' },
} as const;

const SHARED_HELP = `Inputs:
  PATH...                 .txt files, or folders searched recursively for .txt files
                          (hidden folders and node_modules are skipped)
  -                       read the paths from standard input, one per line (or NUL-separated,
                          as find -print0 writes them)
  -j, --jobs N            seeds read and extracted by N worker threads (default: the number of
                          cores); the output is the same, byte for byte, whatever N

Extraction:
  --kinds LIST            comma-separated kinds to keep: amount,date,organization (default: all)
  --org-add NAME          always annotate this organization name (repeatable)
  --org-ignore NAME       never annotate this organization name or acronym (repeatable)
  --reference-year YYYY   year for dates without one when the document gives none
${ENGINE_FLAG_HELP}  --max-size-mb N         skip seeds larger than N MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024}; 0: no limit)

Review:
  A seed's review sidecar (NAME.txt.facts.json, written by the VS Code extension) is applied:
  rejected facts are left out, accepted, corrected and manual ones included; each row has a
  "status" (machine, accepted, rejected, corrected, manual).
  --all                   include rejected facts too
  --no-review             ignore sidecars: the engine's output only (every status "machine")
  --allow-orphans         exit 0 even when some decisions are orphaned (their quote is gone or
                          ambiguous). Orphans are always listed on standard error, and the facts
                          they may be about are left out rather than exported as unreviewed;
                          without this flag the exit code is 2.

Output:
  -o, --out PATH          write to PATH instead of standard output, atomically (a temporary
                          file beside it, renamed when complete: an error or Ctrl-C never leaves
                          a partial file). PATH's folder must exist.
  --bom                   CSV: start with a UTF-8 byte order mark (for Excel)
  -q, --quiet             no summary on standard error
  -h, --help              this help

Text and offsets:
  Seeds are read as UTF-8. A leading BOM is dropped (as VS Code does), CRLF is kept: start/end
  are JavaScript string offsets (UTF-16 code units) into that text, end exclusive; line and
  column are 1-based (column in UTF-16 code units). A file that is binary (a NUL byte), not
  valid UTF-8, larger than --max-size-mb, or unreadable is reported on standard error with its
  name; the other files are still processed, and the exit code is 1. A review sidecar is read by
  the same rules (and must be a regular file).

Exit codes: 0 success, 1 some input or the output failed, 2 usage error or orphaned decisions
(see --allow-orphans).
`;

export const EXTRACT_HELP = `Usage: seed-facts extract [--format jsonl|json|csv|md] [options] PATH...

Finds amounts, dates and organizations in French seed documents and prints them, by default
as JSON Lines: one mention per line with file, line, column, start, end, text, kind and its
normalized fields (see docs/EXPORTS.md).

  -f, --format FORMAT     jsonl (default), json, csv or md

${SHARED_HELP}`;

export const EXPORT_HELP = `Usage: seed-facts export --format FORMAT [--out PATH] [options] PATH...

Exports the facts of seed documents, the same files as VS Code's "Seed Facts: Export Facts…".

  -f, --format FORMAT     json      one document, per file mentions (schemas/facts-export.schema.json)
                          jsonl     one mention per line
                          csv       RFC 4180, CRLF, header row; formula injection neutralized
                          md        a Markdown table
                          brat      brat standoff: a .txt copy and an .ann per seed, plus
                                    annotation.conf; needs --out FOLDER
                          w3c       W3C Web Annotation AnnotationCollection (JSON-LD)

${SHARED_HELP}`;

interface Parsed {
	format: ExportFormat;
	out?: string;
	paths: string[];
	extract: ExtractOptions;
	maxBytes: number;
	includeRejected: boolean;
	review: boolean;
	allowOrphans: boolean;
	bom: boolean;
	quiet: boolean;
	jobs: number;
}

function parse(sub: ExportSubcommand, argv: readonly string[]): Parsed | 'help' {
	let values;
	let positionals;
	try {
		({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }));
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
	if (values.help) return 'help';
	const allowed = sub === 'extract' ? EXTRACT_FORMATS : EXPORT_FORMATS;
	const format = values.format ?? (sub === 'extract' ? 'jsonl' : undefined);
	if (format === undefined) throw new UsageError(`missing --format (one of ${allowed.join(', ')})`);
	if (!isExportFormat(format) || !allowed.includes(format)) throw new UsageError(`unknown format "${format}" (expected one of ${allowed.join(', ')})`);
	if (format === 'brat' && !values.out) throw new UsageError('brat writes a folder: give one with --out FOLDER');
	if (positionals.length === 0) throw new UsageError('no input: give .txt files or folders');

	const extract: ExtractOptions = {};
	if (values.kinds !== undefined) {
		const kinds = values.kinds
			.split(',')
			.map((k) => k.trim())
			.filter(Boolean);
		const bad = kinds.filter((k) => !(MENTION_KINDS as readonly string[]).includes(k));
		if (bad.length || kinds.length === 0) throw new UsageError(`bad --kinds "${values.kinds}" (expected a comma-separated list of ${MENTION_KINDS.join(', ')})`);
		extract.kinds = kinds as MentionKind[];
	}
	if (values['org-add']) extract.organizationsAdd = values['org-add'];
	if (values['org-ignore']) extract.organizationsIgnore = values['org-ignore'];
	if (values['reference-year'] !== undefined) {
		const y = values['reference-year'];
		if (!/^\d{1,4}$/.test(y)) throw new UsageError(`bad --reference-year "${y}" (expected a year such as 2025)`);
		extract.referenceYear = Number(y);
	}
	applyEngineFlags(values, extract);
	let maxBytes = DEFAULT_MAX_BYTES;
	if (values['max-size-mb'] !== undefined) {
		const mb = Number(values['max-size-mb']);
		if (!Number.isFinite(mb) || mb < 0 || values['max-size-mb'].trim() === '')
			throw new UsageError(`bad --max-size-mb "${values['max-size-mb']}" (expected a number of megabytes, 0 for no limit)`);
		maxBytes = Math.round(mb * 1024 * 1024);
	}
	let jobs = defaultJobs();
	if (values.jobs !== undefined) {
		try {
			jobs = parseJobs(values.jobs);
		} catch (e) {
			throw new UsageError((e as Error).message);
		}
	}
	return {
		jobs,
		format,
		out: values.out,
		paths: positionals,
		extract,
		maxBytes,
		includeRejected: values.all ?? false,
		review: !values['no-review'],
		allowOrphans: values['allow-orphans'] ?? false,
		bom: values.bom ?? false,
		quiet: values.quiet ?? false,
	};
}

/** Runs `extract` or `export`; resolves to the exit code. */
export async function runExportCommand(sub: ExportSubcommand, argv: readonly string[], io: CliIo): Promise<number> {
	const parsed = parse(sub, argv);
	if (parsed === 'help') {
		io.stdout.write(sub === 'extract' ? EXTRACT_HELP : EXPORT_HELP);
		return 0;
	}
	const outAbs = parsed.out === undefined ? undefined : resolve(io.cwd, parsed.out);
	const { files, errors } = await collectInputs(await expandStdinPaths(parsed.paths, io.stdin), io.cwd, outAbs ? [outAbs] : []);
	let failed = errors.length;
	const report = (e: InputError | OutputError) => void io.stderr.write(`seed-facts: ${e.message}\n`);
	errors.forEach(report);
	if (files.length === 0) {
		if (errors.length === 0) io.stderr.write(`seed-facts: no .txt files found in ${parsed.paths.join(', ')}\n`);
		return 1;
	}

	// The target is opened (and checked) before any work, so an unwritable one fails at once.
	let target: AtomicFile | AtomicFolder | undefined;
	try {
		if (outAbs) target = parsed.format === 'brat' ? await openAtomicFolder(outAbs) : await openAtomicFile(outAbs);
	} catch (e) {
		if (e instanceof OutputError) {
			report(e);
			return 1;
		}
		throw e;
	}

	let orphans = 0;
	const readOptions = { extract: parsed.extract, policy: { maxBytes: parsed.maxBytes, review: parsed.review } };
	const onReadError = (e: InputError) => {
		failed++;
		report(e);
	};
	const onOrphans = (r: OrphanReport) => {
		orphans += r.orphans.length;
		for (const line of describeOrphans(r)) io.stderr.write(`seed-facts: ${line}\n`);
	};
	const jobs = Math.min(parsed.jobs, files.length);
	const docs = readDocuments(files, readOptions, { onError: onReadError, onOrphans });
	const options: ExportRunOptions = {
		meta: exportMeta(),
		includeRejected: parsed.includeRejected,
		bom: parsed.bom,
		stripPrefix: commonFolder(files.map((f) => f.file)),
	};
	let summary: ExportSummary;
	const started = performance.now();
	try {
		const sink = parsed.format === 'brat' ? (target as AtomicFolder) : ((target as AtomicFile | undefined) ?? stdoutSink(io));
		if (jobs > 1 && io.workerScript) {
			summary = await exportParallel({ format: parsed.format, files, read: readOptions, options, sink, onError: onReadError, onOrphans, jobs, script: io.workerScript });
		} else if (parsed.format === 'brat') {
			summary = await exportFolder(docs, target as AtomicFolder, options);
		} else {
			summary = await exportStream(parsed.format as StreamFormat, docs, sink as AtomicFile, options);
		}
		await target?.commit();
	} catch (e) {
		await target?.abort().catch(() => undefined);
		if (e instanceof OutputError) {
			report(e);
			return 1;
		}
		throw e;
	}
	if (!parsed.quiet && parsed.out !== undefined) {
		const seconds = ((performance.now() - started) / 1000).toFixed(2);
		io.stderr.write(`seed-facts: ${summary.mentions} facts from ${summary.files} file(s) written to ${parsed.out} (${parsed.format}, ${seconds} s)\n`);
	}
	if (failed) io.stderr.write(`seed-facts: ${failed} input(s) could not be read (see above)\n`);
	if (orphans && !parsed.allowOrphans) {
		io.stderr.write(`seed-facts: ${orphans} orphaned decision(s) (see above): reattach or remove them in VS Code, or pass --allow-orphans\n`);
		return 2;
	}
	return failed ? 1 : 0;
}

/** Standard output as a sink: a write error (closed pipe, full disk) becomes an OutputError, one line. */
function stdoutSink(io: CliIo): { write(chunk: string): Promise<void> | void } {
	return {
		async write(chunk: string) {
			try {
				await writeTo(io.stdout, chunk);
			} catch (e) {
				throw new OutputError('standard output', `cannot be written (${describeFsError(e)})`);
			}
		},
	};
}
