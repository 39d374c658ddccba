// `seed-facts score`: the engine's raw output measured against reviewed facts (the sidecars) or a gold file.
//
// Wiring (for src/cli/cli.ts):
//	import { runScore, createNodeScoreIo, SCORE_USAGE } from './score';
//	process.exitCode = await runScore(argv.slice(1), createNodeScoreIo());   // argv after "score"
// runScore(argv, io) → exit code: 0 done, 1 a file or sidecar could not be used (the rest is still scored), 2 bad usage.
//
// Applying sidecars in `extract` / `export` (rejected rows excluded unless --all, manual and corrected
// included, every row with its `status`):
//	import { reviewFile } from '../curation/load';
//	import { exportable } from '../curation/apply';
//	const { mentions, orphans, error } = await reviewFile(path, text, extract(text), (p) => readFile(p, 'utf8'));
//	if (error) stderr(`warning: ${error.message}; using the engine's mentions alone`);
//	rows = exportable(mentions, allFlag);   // ReviewedMention[]: Mention & { status, note?, decisionId? }
// `loadSidecarFor(textPath, readFile)` (re-exported below) reads and validates one sidecar:
// undefined when absent, SidecarError (with a readable message) when corrupt.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../engine/extract';
import type { ExtractOptions, Mention } from '../engine/types';
import { reviewProgress } from '../curation/apply';
import { reviewFile } from '../curation/load';
import { formatScoreTable, GoldFileError, parseGoldJsonl, reviewedTruth, Scoreboard, type GoldMention, type GroupScore, type ScoreGroup } from '../curation/score';
import type { ReviewStatus } from '../curation/types';

export interface ScoreIo {
	stdout(s: string): void;
	stderr(s: string): void;
	/** Reads a UTF-8 file; rejects with code ENOENT when it does not exist. */
	readFile(path: string): Promise<string>;
	/** The `.txt` files under `path` (recursively, sorted) when it is a folder; undefined when it is a file. */
	listTextFiles?(path: string): Promise<string[] | undefined>;
}

export const SCORE_USAGE = `Usage: seed-facts score [--gold FILE.jsonl] [--json] [--errors] [--reference-year YYYY] PATH...

Measures the engine's raw output (precision, recall, F1 per kind) against:
  - the reviewed facts in each seed's sidecar (PATH.facts.json): accepted, corrected and
    manual mentions are the truth, rejected ones known false alarms; unreviewed mentions
    are left out; and, with --gold,
  - a gold file in the ../shared/gold JSONL schema (rows matched to PATHs by file name).
A prediction matches a true mention of the same kind when the spans overlap and, for
amounts, the values are equal (as npm run eval). PATH may be a folder (its .txt files).

  --gold FILE     also score against this gold JSONL
  --json          print the figures as JSON
  --errors        list misses (-), false alarms (+) and span differences (~)
  --reference-year YYYY   year for dates without one, as the extension's setting
`;

export function createNodeScoreIo(): ScoreIo {
	return {
		stdout: (s) => process.stdout.write(s),
		stderr: (s) => process.stderr.write(s),
		readFile: (p) => readFile(p, 'utf8'),
		async listTextFiles(p) {
			if (!(await stat(p)).isDirectory()) return undefined;
			const out: string[] = [];
			const walk = async (dir: string): Promise<void> => {
				const entries = await readdir(dir, { withFileTypes: true });
				for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
					const full = join(dir, e.name);
					if (e.isDirectory()) {
						if (e.name !== 'node_modules' && !e.name.startsWith('.')) await walk(full);
					} else if (e.name.endsWith('.txt')) out.push(full);
				}
			};
			await walk(p);
			return out;
		},
	};
}

interface Section {
	files: number;
	scores: Record<ScoreGroup, GroupScore>;
	errors: Scoreboard['errors'];
}

/** `engine` is the extractor to measure (the bundled engine by default; tests pass a fixed one). */
export async function runScore(argv: string[], io: ScoreIo, engine: (text: string, options: ExtractOptions) => Mention[] = extract): Promise<number> {
	let values: { gold?: string; json?: boolean; errors?: boolean; help?: boolean; 'reference-year'?: string };
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			args: argv,
			allowPositionals: true,
			options: { gold: { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, 'reference-year': { type: 'string' } },
		}));
	} catch (e) {
		io.stderr(`score: ${(e as Error).message}\n\n${SCORE_USAGE}`);
		return 2;
	}
	if (values.help) {
		io.stdout(SCORE_USAGE);
		return 0;
	}
	if (positionals.length === 0) {
		io.stderr(`score: no PATH given.\n\n${SCORE_USAGE}`);
		return 2;
	}
	let referenceYear: number | undefined;
	if (values['reference-year'] !== undefined) {
		referenceYear = Number(values['reference-year']);
		if (!Number.isInteger(referenceYear)) {
			io.stderr(`score: --reference-year needs a year, got "${values['reference-year']}".\n`);
			return 2;
		}
	}
	let exitCode = 0;

	let gold: GoldMention[] | undefined;
	if (values.gold !== undefined) {
		try {
			gold = parseGoldJsonl(await io.readFile(values.gold));
		} catch (e) {
			io.stderr(`score: gold file ${values.gold}: ${e instanceof GoldFileError ? e.message : (e as Error).message}\n`);
			return 1;
		}
	}

	const files: string[] = [];
	for (const p of positionals) {
		try {
			const listed = io.listTextFiles ? await io.listTextFiles(p) : undefined;
			files.push(...(listed ?? [p]));
		} catch (e) {
			io.stderr(`score: ${p}: ${(e as Error).message}\n`);
			exitCode = 1;
		}
	}

	const reviewed = new Scoreboard();
	const goldBoard = new Scoreboard();
	const statuses: Record<ReviewStatus, number> = { machine: 0, accepted: 0, rejected: 0, corrected: 0, manual: 0 };
	let orphans = 0;
	for (const file of files) {
		let text: string;
		try {
			text = await io.readFile(file);
		} catch (e) {
			io.stderr(`score: ${file}: ${(e as Error).message}\n`);
			exitCode = 1;
			continue;
		}
		const raw = engine(text, referenceYear === undefined ? {} : { referenceYear });
		const review = await reviewFile(file, text, raw, io.readFile);
		if (review.error) {
			io.stderr(`score: ${review.error.message} (file not scored against its review)\n`);
			exitCode = 1;
		} else if (review.sidecar) {
			const { truth, predicted } = reviewedTruth(raw, review.mentions);
			reviewed.add(truth, predicted, file);
			const p = reviewProgress(review.mentions);
			for (const s of Object.keys(statuses) as ReviewStatus[]) statuses[s] += p.byStatus[s];
			orphans += review.orphans.length;
		}
		if (gold) {
			const name = basename(file);
			const rows = gold.filter((g) => g.file === name);
			if (rows.length) goldBoard.add(rows, raw, file);
		}
	}

	const section = (b: Scoreboard): Section => ({ files: b.documents, scores: b.result(), errors: b.errors });
	const out: { reviewed?: Section & { statuses: typeof statuses; orphans: number }; gold?: Section & { path: string } } = {};
	if (reviewed.documents) out.reviewed = { ...section(reviewed), statuses, orphans };
	if (gold && values.gold !== undefined) out.gold = { ...section(goldBoard), path: values.gold };

	if (values.json) {
		const strip = <T extends Section>(s: T) => (values.errors ? s : { ...s, errors: undefined });
		io.stdout(
			`${JSON.stringify(
				{ files: files.length, reviewed: out.reviewed && strip(out.reviewed), gold: out.gold && strip(out.gold) },
				(_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10000) / 10000 : v),
				2,
			)}\n`,
		);
		return exitCode;
	}

	const parts: string[] = [];
	if (out.reviewed) {
		const s = out.reviewed.statuses;
		parts.push(
			`Engine against reviewed facts: ${out.reviewed.files} of ${files.length} file(s) have a sidecar; ` +
				`${s.accepted} accepted, ${s.corrected} corrected, ${s.manual} manual, ${s.rejected} rejected, ${s.machine} unreviewed (left out)` +
				(out.reviewed.orphans ? `; ${out.reviewed.orphans} orphaned decision(s) not counted` : '') +
				'\n\n' +
				formatScoreTable(out.reviewed.scores),
		);
	} else {
		parts.push(`No reviewed facts: none of the ${files.length} file(s) has a sidecar (FILE.txt.facts.json).`);
	}
	if (out.gold) {
		parts.push(`Engine against gold ${out.gold.path}: ${out.gold.files} of ${files.length} file(s) have gold mentions\n\n${formatScoreTable(out.gold.scores)}`);
	}
	if (values.errors) {
		for (const [name, s] of Object.entries(out) as [string, Section][]) {
			if (!s.errors.length) continue;
			const lines = s.errors.map((e) => {
				const where = e.file ? `${basename(e.file)} ${e.group}` : e.group;
				const value = e.value === undefined ? '' : ` (${String(e.value)})`;
				if (e.sign === '~') return `~ ${where}: true «${e.text}» got «${e.got ?? ''}»`;
				return `${e.sign} ${where}: ${e.sign === '-' ? 'missed' : 'spurious'} «${e.text}»${value}`;
			});
			parts.push(`Errors against ${name}:\n${lines.join('\n')}`);
		}
	}
	io.stdout(`${parts.join('\n\n')}\n`);
	return exitCode;
}

