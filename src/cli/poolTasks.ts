// What a `--jobs` worker thread serves, chosen by the `task` name in the pool's `init`: every command
// that maps a per-file function over many files (extract, export; `check` can add its own) registers
// its serve function here, and the CLI bundle's worker entry calls `servePoolTasks`.
import { serveSeedTasks } from './seedJobs';
import { poolInit, WorkerPoolError } from './worker';

const TASKS: Readonly<Record<string, () => void>> = {
	seed: serveSeedTasks,
};

/** Serves the task named by `init.task` in this worker thread. */
export function servePoolTasks(): void {
	const name = poolInit<{ task?: string }>()?.task;
	const serve = name === undefined ? undefined : TASKS[name];
	if (!serve) throw new WorkerPoolError(`unknown pool task "${String(name)}"`);
	serve();
}
