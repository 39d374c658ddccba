// Command-line interface: the same engine and exporters from a shell. Built to dist/cli.js.
import { name, version } from '../../package.json';
import { cleanUpTemporaries } from './atomic';
import { runAgreeCommand } from './agreeCommand';
import { runCheckCommand } from './checkCommand';
import { runExportCommand } from './exportCommand';
import { runFactsCommand } from './factsCommand';
import { processIo, UsageError, type CliIo } from './io';
import { describeFsError } from './nodeSource';
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
  agree     compare two curators' reviews: P/R/F1 per category, Cohen's kappa, disagreements

Review sidecars: when a seed NAME.txt has a NAME.txt.facts.json beside it (written by the
VS Code extension), its decisions are applied: rejected facts are left out (--all keeps them),
accepted, corrected and manual facts are included, and every row carries its "status".
--no-review ignores sidecars.

Run "seed-facts <command> --help" for a command's options.
  -h, --help       this help
  -v, --version    print the version
`;

/** A subcommand: its arguments after the command name, the process's streams; resolves to the exit code. */
type CommandRunner = (argv: readonly string[], io: CliIo) => Promise<number>;

/** The subcommands. Adding one is one entry here (and a line in MAIN_HELP). */
const COMMANDS: Readonly<Record<string, CommandRunner>> = {
	extract: (argv, io) => runExportCommand('extract', argv, io),
	export: (argv, io) => runExportCommand('export', argv, io),
	score: (argv) => runScore([...argv], createNodeScoreIo()),
	facts: (argv, io) => runFactsCommand(argv, io),
	check: (argv, io) => runCheckCommand(argv, io),
	agree: (argv, io) => runAgreeCommand(argv, io),
};

/** Dispatches a command line (without `node cli.js`); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
	const [command, ...rest] = argv;
	if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
		io.stdout.write(MAIN_HELP);
		return command === undefined ? 2 : 0;
	}
	if (command === '-v' || command === '--version') {
		io.stdout.write(`${name} ${version}\n`);
		return 0;
	}
	const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
	try {
		if (!run) throw new UsageError(`unknown command "${command}" (expected ${Object.keys(COMMANDS).join(', ')})`);
		return await run(rest, io);
	} catch (e) {
		if (e instanceof UsageError) {
			const sub = run ? `${command} ` : '';
			io.stderr.write(`seed-facts: ${e.message}\nRun "seed-facts ${sub}--help" for usage.\n`);
			return 2;
		}
		throw e;
	}
}

/**
 * Ctrl-C or a kill: temporaries are removed, then the signal is raised again with its default
 * action, which ends the process at once even while a read is stuck in the thread pool (a FIFO).
 */
function onSignal(signal: NodeJS.Signals): void {
	cleanUpTemporaries();
	process.removeAllListeners(signal);
	process.kill(process.pid, signal);
	// Should the signal be ignored by the parent's disposition, leave anyway.
	setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 200).unref();
}

/** Standard output failed (a closed pipe, a full disk): one line on standard error, exit 1. */
function onStdoutError(e: NodeJS.ErrnoException): void {
	cleanUpTemporaries();
	process.stderr.write(`seed-facts: cannot write to standard output (${describeFsError(e)})\n`);
	process.exit(1);
}

if (require.main === module && isPoolWorker()) {
	// A `--jobs` worker thread running this same bundle.
	servePoolTasks();
} else if (require.main === module) {
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	process.on('SIGHUP', onSignal);
	process.stdout.on('error', onStdoutError);
	main(process.argv.slice(2), Object.assign(processIo(), { workerScript: __filename })).then(
		(code) => {
			process.exitCode = code;
		},
		(e: unknown) => {
			cleanUpTemporaries();
			if ((e as NodeJS.ErrnoException)?.code === 'EPIPE' || (e as NodeJS.ErrnoException)?.code === 'ENOSPC') return onStdoutError(e as NodeJS.ErrnoException);
			process.stderr.write(`seed-facts: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
			process.exitCode = 70;
		},
	);
}
