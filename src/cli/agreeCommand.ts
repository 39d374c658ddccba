// `seed-facts agree A B`: how two curators' reviews of the same seeds agree. A and B are two folders
// holding the same seeds, each with its curator's sidecars (two clones of a corpus), or, with
// `--git REV`, the working tree's sidecars against those of a git revision.
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { agree, agreeSpan, formatAgreement, type AgreeDocument } from '../curation/agree';
import { sidecarPathFor } from '../curation/sidecar';
import type { ReviewedMention } from '../curation/types';
import { LineIndex } from '../engine/text';
import { DEFAULT_MAX_BYTES } from '../export/decode';
import { reviewSeed } from '../pipeline/review';
import { collectInputs, displayPath, InputError, readDocument } from './inputs';
import { UsageError, writeTo, type CliIo } from './io';
import { parseArgs } from 'node:util';

export const AGREE_HELP = `Usage: seed-facts agree A B [options]
       seed-facts agree --git REV PATH... [options]

Compares two curators' reviews of the same seeds: per category (money, percent, quantity, date,
organization) precision, recall and F1 with A as the reference (spans matched exactly), Cohen's kappa
on word tokens, and the list of disagreements (file:line, type, what each curator kept).

  A B                     two folders with the same seeds (.txt), each with its own review sidecars
  --git REV               compare the sidecars of PATH... (files or folders) with those of git
                          revision REV (e.g. HEAD, main, a commit): A is the working tree, B the revision
  --json                  the report as one JSON object
  -h, --help              this help

A fact a curator rejected does not count as kept; unreviewed machine facts count as kept by both.
Exit codes: 0 compared, 1 an input could not be read, 2 usage error.
`;

const OPTIONS = { git: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
const POLICY = { maxBytes: DEFAULT_MAX_BYTES, review: true };

const kept = (mentions: readonly ReviewedMention[]) => mentions.filter((m) => m.status !== 'rejected').map(agreeSpan);

/** A sidecar as it was at `rev` (undefined when the revision has none). */
function sidecarAt(rev: string, seedPath: string): string | undefined {
	const side = sidecarPathFor(seedPath);
	try {
		return execFileSync('git', ['-C', dirname(side), 'show', `${rev}:./${side.slice(dirname(side).length + 1)}`], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 64 << 20,
		});
	} catch {
		return undefined;
	}
}

async function folderPairs(a: string, b: string, io: CliIo, report: (e: InputError) => void): Promise<AgreeDocument[]> {
	const rootA = resolve(io.cwd, a);
	const rootB = resolve(io.cwd, b);
	const { files, errors } = await collectInputs([rootA], io.cwd);
	errors.forEach(report);
	const docs: AgreeDocument[] = [];
	for (const entry of files) {
		const rel = relative(rootA, entry.path);
		const other = { path: join(rootB, rel), file: displayPath(join(rootB, rel), io.cwd) };
		try {
			const [seedA, seedB] = [await readDocument(entry, { extract: {}, policy: POLICY }), await readDocument(other, { extract: {}, policy: POLICY })];
			if (seedA.text !== seedB.text) {
				report(new InputError(other.file, `its text differs from ${entry.file}: compare reviews of the same text`));
				continue;
			}
			docs.push({ file: rel.split(sep).join('/'), text: seedA.text, a: kept(seedA.review.mentions), b: kept(seedB.review.mentions) });
		} catch (e) {
			if (e instanceof InputError) report(e);
			else throw e;
		}
	}
	return docs;
}

async function gitPairs(rev: string, paths: readonly string[], io: CliIo, report: (e: InputError) => void): Promise<AgreeDocument[]> {
	const { files, errors } = await collectInputs(paths, io.cwd);
	errors.forEach(report);
	const docs: AgreeDocument[] = [];
	for (const entry of files) {
		try {
			const seed = await readDocument(entry, { extract: {}, policy: POLICY });
			const before = reviewSeed(seed.text, sidecarAt(rev, entry.path));
			docs.push({ file: entry.file, text: seed.text, a: kept(seed.review.mentions), b: kept(before.mentions) });
		} catch (e) {
			if (e instanceof InputError) report(e);
			else throw e;
		}
	}
	return docs;
}

/** Runs `agree`; resolves to the exit code. */
export async function runAgreeCommand(argv: readonly string[], io: CliIo): Promise<number> {
	let values;
	let positionals;
	try {
		({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }));
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
	if (values.help) {
		await writeTo(io.stdout, AGREE_HELP);
		return 0;
	}
	if (values.git === undefined && positionals.length !== 2) throw new UsageError('agree needs two folders A and B, or --git REV and paths');
	if (values.git !== undefined && positionals.length === 0) throw new UsageError('agree --git REV needs the seeds to compare (files or folders)');
	let failed = 0;
	const report = (e: InputError) => {
		failed++;
		io.stderr.write(`seed-facts: ${e.message}\n`);
	};
	const docs = values.git !== undefined ? await gitPairs(values.git, positionals, io, report) : await folderPairs(positionals[0], positionals[1], io, report);
	const result = agree(docs);
	if (values.json) {
		await writeTo(io.stdout, `${JSON.stringify(result)}\n`);
	} else {
		const lines = new Map(docs.map((d) => [d.file, new LineIndex(d.text)]));
		await writeTo(io.stdout, `${formatAgreement(result, (file, offset) => lines.get(file)?.positionAt(offset).line ?? 0)}\n`);
	}
	return failed ? 1 : 0;
}
