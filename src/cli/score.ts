// `seed-facts score`: the engine's raw output measured against reviewed facts (the sidecars) or a gold file.
// runScore(argv, io) → exit code: 0 done, 1 a file or sidecar could not be used (the rest is still scored), 2 bad usage.
// Seeds and sidecars are read through the seed pipeline (src/pipeline), as `extract` and `export` read them.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { reviewProgress } from '../curation/apply';
import { formatScoreTable, GoldFileError, parseGoldJsonl, reviewedTruth, Scoreboard, type GoldMention, type GroupScore, type ScoreGroup } from '../curation/score';
import { SidecarError } from '../curation/sidecar';
import type { ReviewStatus } from '../curation/types';
import { extract } from '../engine/extract';
import type { ExtractOptions, Mention } from '../engine/types';
import { decodeSeed } from '../export/decode';
import { readSeed, readSidecar } from '../pipeline/load';
import { DEFAULT_POLICY, reviewSeed } from '../pipeline/review';
import { SeedReadError, type SeedSource } from '../pipeline/source';
import { walkSeeds } from '../pipeline/walk';
import { nodeSource } from './nodeSource';

export interface ScoreIo {
	stdout(s: string): void;
	stderr(s: string): void;
	/** Where seeds, sidecars and the gold file are read. */
	source: SeedSource;
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
	return { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), source: nodeSource };
}

interface Section {
	files: number;
	scores: Record<ScoreGroup, GroupScore>;
	errors: Scoreboard['errors'];
}

/** `engine` is the extractor to measure (the bundled engine by default; tests pass a fixed one). */
type Engine = (text: string, options: ExtractOptions) => Mention[];

export async function runScore(argv: string[], io: ScoreIo, engine: Engine = extract): Promise<number> {
	let values: { gold?: string; json?: boolean; errors?: boolean; help?: boolean; 'reference-year'?: string };
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				gold: { type: 'string' },
				json: { type: 'boolean' },
				errors: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
				'reference-year': { type: 'string' },
			},
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
	let gold: GoldMention[] | undefined;
	if (values.gold !== undefined) {
		try {
			gold = parseGoldJsonl(decodeSeed(await io.source.read(values.gold), 0));
		} catch (e) {
			const why = e instanceof GoldFileError || e instanceof Error ? e.message : String(e);
			io.stderr(`score: gold file ${values.gold}: ${why}\n`);
			return 1;
		}
	}
	const listed = await listSeeds(io, positionals);
	const run = await scoreFiles(io, listed.files, gold, referenceYear === undefined ? {} : { referenceYear }, engine);
	const { reviewed, goldBoard, statuses, orphans, files } = run;
	const exitCode = listed.failed || run.failed ? 1 : 0;

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

/** The seeds named on the command line: files as given, folders walked for `.txt` files. */
async function listSeeds(io: ScoreIo, paths: readonly string[]): Promise<{ files: string[]; failed: boolean }> {
	const files: string[] = [];
	let failed = false;
	const fail = (p: string, why: string) => {
		io.stderr(`score: ${p}: ${why}\n`);
		failed = true;
	};
	for (const p of paths) {
		try {
			const st = await io.source.stat(p);
			if (st?.type === 'folder') files.push(...(await walkSeeds(io.source, p, { onError: (dir, e) => fail(dir, io.source.describe(e)) })));
			else files.push(p);
		} catch (e) {
			fail(p, io.source.describe(e));
		}
	}
	return { files, failed };
}

interface ScoreRun {
	files: string[];
	reviewed: Scoreboard;
	goldBoard: Scoreboard;
	statuses: Record<ReviewStatus, number>;
	orphans: number;
	failed: boolean;
}

/** Scores each seed against its sidecar (when usable) and the gold rows of its name. */
async function scoreFiles(io: ScoreIo, files: string[], gold: GoldMention[] | undefined, options: ExtractOptions, engine: Engine): Promise<ScoreRun> {
	const run: ScoreRun = {
		files,
		reviewed: new Scoreboard(),
		goldBoard: new Scoreboard(),
		statuses: { machine: 0, accepted: 0, rejected: 0, corrected: 0, manual: 0 },
		orphans: 0,
		failed: false,
	};
	const policy = { ...DEFAULT_POLICY, review: false };
	for (const file of files) {
		let text: string;
		try {
			({ text } = await readSeed(io.source, { path: file, file }, policy));
		} catch (e) {
			if (!(e instanceof SeedReadError)) throw e;
			io.stderr(`score: ${e.message}\n`);
			run.failed = true;
			continue;
		}
		const raw = engine(text, options);
		try {
			const sidecar = await readSidecar(io.source, { path: file, file }, DEFAULT_POLICY);
			if (sidecar !== undefined) addReviewed(run, file, raw, reviewSeed(text, sidecar, { extractor: () => raw }));
		} catch (e) {
			if (!(e instanceof SeedReadError || e instanceof SidecarError)) throw e;
			const where = e instanceof SidecarError ? `${io.source.sidecarOf(file)}: ` : '';
			io.stderr(`score: ${where}${e.message} (file not scored against its review)\n`);
			run.failed = true;
		}
		const rows = gold?.filter((g) => g.file === basename(file)) ?? [];
		if (rows.length) run.goldBoard.add(rows, raw, file);
	}
	return run;
}

function addReviewed(run: ScoreRun, file: string, raw: Mention[], review: ReturnType<typeof reviewSeed>): void {
	// Held-back mentions are unreviewed: they count as such (left out of the truth).
	const mentions = [...review.mentions, ...review.heldBack];
	const { truth, predicted } = reviewedTruth(raw, mentions);
	run.reviewed.add(truth, predicted, file);
	const p = reviewProgress(mentions);
	for (const s of Object.keys(run.statuses) as ReviewStatus[]) run.statuses[s] += p.byStatus[s];
	run.orphans += review.orphans.length;
}
