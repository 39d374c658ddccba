// `check`: figures that disagree across seeds, and figure checks, for a curation pipeline's CI.
// Exit 1 when there is a disagreement (or an input could not be read), 0 otherwise.
import { ENGINE_FLAG_HELP } from './engineFlags';
import { parseArgs } from 'node:util';
import { LineIndex } from '../engine/text';
import { checkFigures, FIGURE_CHECKS, isFigureCheckId, type FigureCheckId } from '../facts/checks';
import { findDisagreements, type FactDocument } from '../facts/disagreements';
import { disagreementText, findingText } from '../facts/report';
import { FACT_READ_OPTIONS, factReadOptions, linkedDocuments } from './factsCommand';
import { UsageError, writeTo, type CliIo } from './io';

export const CHECK_HELP = `Usage: seed-facts check [options] PATH...

Reports figures that disagree across seed documents: facts with the same holder and measure (case,
accents and articles ignored) whose periods overlap but whose values cannot both hold ("plus de 20"
agrees with 25). Then figure checks, each with an id:

  ambiguous-separator   "1.200" or "3,500": thousands separator or decimal mark?
  currency-not-taken    a figure followed by a currency word it was not read with
  relative-date         a date with no year the document can give
  percent-points        "%" for the change of a rate, where "points" is meant

  --disable ID            turn a check off (repeatable; "all" for every figure check)
  --include-undated       also compare facts without a known date (by default both need one)
  --json                  one JSON object a line: {"type": "disagreement" | "finding", ...}
  --reference-year YYYY   year for dates without one when the document gives none
${ENGINE_FLAG_HELP}  --max-size-mb N         skip seeds larger than N MB
  --no-review             ignore review sidecars (by default rejected facts are left out)
  -h, --help              this help

Exit codes: 0 no disagreement, 1 disagreements found or an input could not be read, 2 usage error.
Figure-check findings alone do not fail the run.
`;

function disabledChecks(list: readonly string[] | undefined): FigureCheckId[] {
	const out: FigureCheckId[] = [];
	for (const id of list ?? []) {
		if (id === 'all') return [...FIGURE_CHECKS];
		if (!isFigureCheckId(id)) throw new UsageError(`unknown check "${id}" (expected one of ${FIGURE_CHECKS.join(', ')}, or all)`);
		out.push(id);
	}
	return out;
}

/** Runs `check`; resolves to the exit code. */
export async function runCheckCommand(argv: readonly string[], io: CliIo): Promise<number> {
	let parsed;
	try {
		const options = { ...FACT_READ_OPTIONS, disable: { type: 'string', multiple: true }, 'include-undated': { type: 'boolean' }, json: { type: 'boolean' } } as const;
		parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.stdout.write(CHECK_HELP);
		return 0;
	}
	if (positionals.length === 0) throw new UsageError('no input: give .txt files or folders');
	const disabled = disabledChecks(values.disable);
	const json = values.json ?? false;
	const failed = { count: 0 };
	const docs: FactDocument[] = [];
	let findings = 0;
	for await (const { doc, facts } of linkedDocuments(positionals, factReadOptions(values), io, failed)) {
		docs.push({ file: doc.file, text: doc.text, facts });
		const lines = new LineIndex(doc.text);
		for (const f of checkFigures(doc.text, doc.mentions, facts, { disabled })) {
			findings++;
			const pos = lines.positionAt(f.start);
			await writeTo(
				io.stdout,
				json ? `${JSON.stringify({ type: 'finding', file: doc.file, line: pos.line, column: pos.column, ...f })}\n` : findingText(doc.file, pos.line, pos.column, f),
			);
		}
	}
	const disagreements = findDisagreements(docs, { includeUndated: values['include-undated'] ?? false });
	for (const d of disagreements) {
		const sideJson = (r: typeof d.a) => ({
			file: r.file,
			line: r.line,
			start: r.fact.amount.start,
			end: r.fact.amount.end,
			text: r.fact.amount.text,
			value: r.fact.amount.value,
			unit: r.fact.amount.unit,
			date: r.fact.dateValue,
		});
		await writeTo(
			io.stdout,
			json ? `${JSON.stringify({ type: 'disagreement', holder: d.holder, measure: d.measure, a: sideJson(d.a), b: sideJson(d.b) })}\n` : disagreementText(d),
		);
	}
	if (!json) io.stderr.write(`seed-facts: ${disagreements.length} disagreement(s), ${findings} figure finding(s) in ${docs.length} file(s)\n`);
	return disagreements.length || failed.count ? 1 : 0;
}
