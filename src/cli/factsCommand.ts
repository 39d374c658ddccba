// `facts`: the facts of seeds as a table (what each figure measures, whose it is, when), or JSON Lines.
// Also the reading shared with `check` (checkCommand.ts).
import { parseArgs } from 'node:util';
import { visibleMentions, type ExportDocument } from '../export/rows';
import { DEFAULT_MAX_BYTES } from '../export/decode';
import { LineIndex } from '../engine/text';
import type { ExtractOptions } from '../engine/types';
import { linkFacts } from '../facts/link';
import { factsTable, type FactRow } from '../facts/report';
import type { Fact } from '../facts/types';
import { collectInputs, readDocuments, type InputError } from './inputs';
import { applyEngineFlags, ENGINE_FLAG_HELP, ENGINE_FLAG_OPTIONS } from './engineFlags';
import { UsageError, writeTo, type CliIo } from './io';

export const FACTS_HELP = `Usage: seed-facts facts [--format table|jsonl] [options] PATH...

Lists the facts of seed documents: for every amount, what it measures, whose it is (holder) and the
date it holds for, as found by the engine; "—" when the text names none.

  -f, --format FORMAT     table (default) or jsonl: one amount a line with "fact": {"measure":
                          [start, end] | null, "holder": ..., "date": ..., "measureText", ...}
  --reference-year YYYY   year for dates without one when the document gives none
${ENGINE_FLAG_HELP}  --max-size-mb N         skip seeds larger than N MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024}; 0: no limit)
  --no-review             ignore review sidecars (by default rejected facts are left out)
  -h, --help              this help

Exit codes: 0 success, 1 some input could not be read, 2 usage error.
`;

/** Options shared by `facts` and `check`. */
export const FACT_READ_OPTIONS = {
	'reference-year': { type: 'string' },
	...ENGINE_FLAG_OPTIONS,
	'max-size-mb': { type: 'string' },
	'no-review': { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
} as const;

export interface FactReadOptions {
	extract: ExtractOptions;
	maxBytes: number;
	review: boolean;
}

/** Reads `--reference-year`, `--max-size-mb` and `--no-review`. */
export function factReadOptions(values: {
	'reference-year'?: string;
	'reference-date'?: string;
	language?: string;
	'max-size-mb'?: string;
	'no-review'?: boolean;
}): FactReadOptions {
	const extract: ExtractOptions = {};
	const y = values['reference-year'];
	if (y !== undefined) {
		if (!/^\d{1,4}$/.test(y)) throw new UsageError(`bad --reference-year "${y}" (expected a year such as 2025)`);
		extract.referenceYear = Number(y);
	}
	applyEngineFlags(values, extract);
	let maxBytes = DEFAULT_MAX_BYTES;
	const mb = values['max-size-mb'];
	if (mb !== undefined) {
		const n = Number(mb);
		if (!Number.isFinite(n) || n < 0 || mb.trim() === '') throw new UsageError(`bad --max-size-mb "${mb}" (expected a number of megabytes, 0 for no limit)`);
		maxBytes = Math.round(n * 1024 * 1024);
	}
	return { extract, maxBytes, review: !values['no-review'] };
}

/** A seed read for its facts: rejected mentions left out, facts linked. */
export interface LinkedDocument {
	doc: ExportDocument;
	facts: Fact[];
}

/**
 * The documents named by `paths`, each with its facts; unreadable inputs are reported on standard
 * error and counted in `failed`. Resolves to null (after a message) when there is no input at all.
 */
export async function* linkedDocuments(paths: readonly string[], options: FactReadOptions, io: CliIo, failed: { count: number }): AsyncGenerator<LinkedDocument> {
	const report = (e: InputError) => {
		failed.count++;
		io.stderr.write(`seed-facts: ${e.message}\n`);
	};
	const { files, errors } = await collectInputs(paths, io.cwd);
	errors.forEach(report);
	if (files.length === 0 && errors.length === 0) {
		failed.count++;
		io.stderr.write(`seed-facts: no .txt files found in ${paths.join(', ')}\n`);
	}
	for await (const read of readDocuments(files, { extract: options.extract, policy: { maxBytes: options.maxBytes, review: options.review } }, { onError: report })) {
		const doc = { ...read, mentions: visibleMentions(read.mentions, false) };
		yield { doc, facts: linkFacts(doc.text, doc.mentions) };
	}
}

function jsonLine(file: string, lines: LineIndex, f: Fact): string {
	const pair = (s: { start: number; end: number } | null) => (s ? [s.start, s.end] : null);
	const a = f.amount;
	const pos = lines.positionAt(a.start);
	return `${JSON.stringify({
		file,
		start: a.start,
		end: a.end,
		line: pos.line,
		column: pos.column,
		text: a.text,
		kind: 'amount',
		sub: a.sub,
		value: a.value,
		unit: a.unit,
		qualifier: a.qualifier,
		fact: {
			measure: pair(f.measure),
			holder: pair(f.holder),
			date: pair(f.date),
			measureText: f.measure?.text ?? null,
			holderText: f.holder?.text ?? null,
			dateText: f.date?.text ?? null,
		},
	})}\n`;
}

/** Runs `facts`; resolves to the exit code. */
export async function runFactsCommand(argv: readonly string[], io: CliIo): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args: [...argv], options: { ...FACT_READ_OPTIONS, format: { type: 'string', short: 'f' } }, allowPositionals: true, strict: true });
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.stdout.write(FACTS_HELP);
		return 0;
	}
	const format = values.format ?? 'table';
	if (format !== 'table' && format !== 'jsonl') throw new UsageError(`unknown format "${format}" (expected table or jsonl)`);
	if (positionals.length === 0) throw new UsageError('no input: give .txt files or folders');
	const failed = { count: 0 };
	const rows: FactRow[] = [];
	for await (const { doc, facts } of linkedDocuments(positionals, factReadOptions(values), io, failed)) {
		const lines = new LineIndex(doc.text);
		if (format === 'jsonl') {
			const out = facts.map((f) => jsonLine(doc.file, lines, f)).join('');
			if (out) await writeTo(io.stdout, out);
		} else for (const fact of facts) rows.push({ where: `${doc.file}:${lines.positionAt(fact.amount.start).line}`, fact });
	}
	if (format === 'table') await writeTo(io.stdout, factsTable(rows));
	return failed.count ? 1 : 0;
}
