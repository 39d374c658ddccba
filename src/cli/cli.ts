// Command-line interface: the same engine and exporters from a shell. Built to dist/cli.js.
import { name, version } from '../../package.json';
import { cleanUpTemporaries } from './atomic';
import { runCheckCommand } from './checkCommand';
import { runExportCommand } from './exportCommand';
import { runFactsCommand } from './factsCommand';
import { processIo, UsageError, type CliIo } from './io';
import { createNodeScoreIo, runScore } from './score';
import { servePoolTasks } from './poolTasks';
import { isPoolWorker } from './worker';

export const MAIN_HELP = `Usage: seed-facts <command> [options] PATH...

Finds amounts, dates and organizations in French seed documents (.txt, UTF-8).

Commands:
  extract   print the facts of seeds (JSON Lines by default; json, csv, md)
  export    export facts as json, jsonl, csv, md, brat or w3c, to a file or standard output
  score     measure the engine against reviewed facts (sidecars) or a gold JSONL file
  facts     list each figure's fact: what it measures, whose it is, when (a table)
  check     report figures that disagree across seeds (exit 1) and figure checks

Review sidecars: when a seed NAME.txt has a NAME.txt.facts.json beside it (written by the
VS Code extension), its decisions are applied: rejected facts are left out (--all keeps them),
accepted, corrected and manual facts are included, and every row carries its "status".
--no-review ignores sidecars.

Run "seed-facts <command> --help" for a command's options.
  -h, --help       this help
  -v, --version    print the version
`;

/** Dispatches a command line (without `node cli.js`); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
	const [command, ...rest] = argv;
	try {
		switch (command) {
			case undefined:
			case '-h':
			case '--help':
			case 'help':
				io.stdout.write(MAIN_HELP);
				return command === undefined ? 2 : 0;
			case '-v':
			case '--version':
				io.stdout.write(`${name} ${version}\n`);
				return 0;
			case 'extract':
			case 'export':
				return await runExportCommand(command, rest, io);
			case 'score':
				return await runScore(rest, createNodeScoreIo());
			case 'facts':
				return await runFactsCommand(rest, io);
			case 'check':
				return await runCheckCommand(rest, io);
			default:
				throw new UsageError(`unknown command "${command}" (expected extract, export, score, facts or check)`);
		}
	} catch (e) {
		if (e instanceof UsageError) {
			const sub = command === 'export' || command === 'extract' || command === 'facts' || command === 'check' ? `${command} ` : '';
			io.stderr.write(`seed-facts: ${e.message}\nRun "seed-facts ${sub}--help" for usage.\n`);
			return 2;
		}
		throw e;
	}
}

function onSignal(signal: NodeJS.Signals): void {
	cleanUpTemporaries();
	process.exit(signal === 'SIGINT' ? 130 : 143);
}

if (require.main === module && isPoolWorker()) {
	// A `--jobs` worker thread running this same bundle.
	servePoolTasks();
} else if (require.main === module) {
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	// `seed-facts extract seeds | head`: a closed pipe ends the output quietly.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') {
			cleanUpTemporaries();
			process.exit(0);
		}
		throw e;
	});
	main(process.argv.slice(2), Object.assign(processIo(), { workerScript: __filename })).then(
		(code) => {
			process.exitCode = code;
		},
		(e: unknown) => {
			cleanUpTemporaries();
			process.stderr.write(`seed-facts: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
			process.exitCode = 70;
		},
	);
}
