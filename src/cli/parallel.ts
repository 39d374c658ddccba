// A pool of worker threads that maps a per-item function over a sequence and gives the results
// back in input order, whatever the number of workers: `--jobs N` of the CLI. Generic: the task
// and the result are whatever the worker script's handler takes and returns (structured-cloneable).
//
// Memory stays bounded: at most `window` items are dispatched past the oldest one not yet consumed,
// and results are only produced as fast as the consumer pulls them (an async generator), so a slow
// standard output (a pipe to `gzip`, Spark's `RDD.pipe`) slows the workers down instead of filling
// memory. The worker side is in worker.ts (`serveTasks`).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { POOL_WORKER_TAG, WorkerPoolError, type TaskReply } from './worker';

export interface PoolOptions {
	/** The script each worker runs; it must call `serveTasks` when `isPoolWorker()` (see worker.ts). */
	script: string;
	/** Number of worker threads (at least 1). */
	jobs: number;
	/** Given to every worker once (its options); must be structured-cloneable. */
	init?: unknown;
	/** Most items in flight or waiting to be consumed (default: 8 per worker). */
	window?: number;
	/** Items sent ahead to each worker, so it never waits for the main thread between two (default 2). */
	depth?: number;
}

/** The default for `--jobs`: the cores this process may use. */
export function defaultJobs(): number {
	return Math.max(1, availableParallelism());
}

/** Parses a `--jobs` value: a positive integer; throws RangeError otherwise. */
export function parseJobs(value: string): number {
	const n = Number(value);
	if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new RangeError(`bad --jobs "${value}" (expected a whole number of workers, at least 1)`);
	return n;
}

interface Slot<R> {
	done: boolean;
	value?: R;
}

interface WorkerEvents<R> {
	reply(reply: TaskReply<R>): void;
	/** `onlyIfBusy`: a clean exit is a failure only while the worker owes results. */
	fail(error: WorkerPoolError, onlyIfBusy: boolean): void;
}

function startWorker<R>(options: PoolOptions, events: WorkerEvents<R>): Worker {
	const worker = new Worker(options.script, { workerData: { [POOL_WORKER_TAG]: true, init: options.init } });
	worker.on('message', (reply: TaskReply<R>) => events.reply(reply));
	worker.on('error', (e) => events.fail(new WorkerPoolError(`a worker failed: ${e?.stack ?? String(e)}`), false));
	worker.on('exit', (code) => events.fail(new WorkerPoolError(`a worker stopped unexpectedly (exit code ${code})`), code === 0));
	return worker;
}

/**
 * Runs every item of `items` through the workers' handler; yields the results in the order of
 * `items`. Workers are started on the first pull and terminated when the generator finishes,
 * throws or is abandoned (`return()` — e.g. a `for await` left by `break` or an exception).
 */
export async function* orderedMap<T, R>(items: Iterable<T>, options: PoolOptions): AsyncGenerator<R> {
	const iterator = items[Symbol.iterator]();
	const jobs = Math.max(1, Math.floor(options.jobs));
	const window = Math.max(jobs, options.window ?? jobs * 8);
	const depth = Math.max(1, options.depth ?? 2);
	const slots = new Map<number, Slot<R>>();
	/** Items sent to each worker and not answered yet. */
	const load = new Map<Worker, number>();
	let next = 0; // index of the next item to dispatch
	let head = 0; // index of the next result to yield
	let exhausted = false;
	let failure: Error | undefined;
	let wake: (() => void) | undefined;
	const notify = () => {
		const w = wake;
		wake = undefined;
		w?.();
	};

	/** The least loaded worker that can take one more item, if any. */
	const available = (): Worker | undefined => {
		let best: Worker | undefined;
		for (const [worker, n] of load) if (n < depth && (best === undefined || n < (load.get(best) as number))) best = worker;
		return best;
	};
	const dispatch = () => {
		for (let worker = available(); worker && !exhausted && !failure && next - head < window; worker = available()) {
			const step = iterator.next();
			if (step.done) {
				exhausted = true;
				break;
			}
			slots.set(next, { done: false });
			load.set(worker, (load.get(worker) as number) + 1);
			worker.postMessage({ index: next, task: step.value });
			next++;
		}
	};

	const workers: Worker[] = [];
	for (let i = 0; i < jobs; i++) {
		const worker = startWorker(options, {
			reply(reply: TaskReply<R>) {
				const slot = slots.get(reply.index);
				if (!slot) return;
				if (reply.crash !== undefined) failure ??= new WorkerPoolError(`a worker failed: ${reply.crash}`);
				slot.done = true;
				slot.value = reply.result;
				load.set(worker, (load.get(worker) as number) - 1);
				dispatch();
				notify();
			},
			fail(e: WorkerPoolError, onlyIfBusy: boolean) {
				if (!onlyIfBusy || (load.get(worker) ?? 0) > 0) failure ??= e;
				notify();
			},
		});
		workers.push(worker);
		load.set(worker, 0);
	}

	try {
		dispatch();
		for (;;) {
			if (failure) throw failure;
			const slot = slots.get(head);
			if (slot?.done) {
				slots.delete(head);
				head++;
				dispatch();
				yield slot.value as R;
				continue;
			}
			if (exhausted && head === next) return;
			await new Promise<void>((resolve) => {
				wake = resolve;
			});
		}
	} finally {
		// Nothing is awaited here: a terminated worker's 'exit' must not be read as a crash.
		failure ??= new WorkerPoolError('pool closed');
		for (const worker of workers) {
			worker.removeAllListeners();
			worker.on('error', () => undefined);
			void worker.terminate();
		}
	}
}
