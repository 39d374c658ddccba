// The worker side of the pool in parallel.ts: a worker thread runs the same script as the main
// thread (dist/cli.js), sees `isPoolWorker()` and serves tasks with a handler.
// Results may hand their ArrayBuffers over (`transfer`) instead of copying them.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Key of `workerData` that marks a thread started by the pool. */
export const POOL_WORKER_TAG = 'seedFactsPoolWorker';

/** What the main thread sends for each item. */
export interface TaskMessage<T> {
	index: number;
	task: T;
}

/** What a worker sends back: the handler's result, or `crash` when the handler threw (a bug). */
export interface TaskReply<R> {
	index: number;
	result?: R;
	crash?: string;
}

/** A worker thread died, could not start, or a handler threw: an internal error, not a problem with one input. */
export class WorkerPoolError extends Error {
	override readonly name = 'WorkerPoolError';
}

/** True in a thread started by `orderedMap`. */
export function isPoolWorker(): boolean {
	return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[POOL_WORKER_TAG] === true;
}

/** The `init` value given to `orderedMap` (the same for every task). */
export function poolInit<I>(): I {
	return (workerData as { init: I }).init;
}

/**
 * Answers every task with `handler`. Expected failures (an unreadable file) belong in the result;
 * a thrown error is reported as a crash, which stops the whole run.
 */
export function serveTasks<T, R>(handler: (task: T) => R | Promise<R>, transfer?: (result: R) => ArrayBuffer[]): void {
	const port = parentPort;
	if (!port) throw new WorkerPoolError('serveTasks: not in a worker thread');
	// The pool sends a few tasks ahead (its `depth`): they start at once, so reading the next file
	// overlaps extracting this one; the pool puts the results back in order.
	port.on('message', async (message: TaskMessage<T>) => {
		let reply: TaskReply<R>;
		let moved: ArrayBuffer[] = [];
		try {
			const result = await handler(message.task);
			reply = { index: message.index, result };
			moved = transfer?.(result) ?? [];
		} catch (e) {
			reply = { index: message.index, crash: (e as Error)?.stack ?? String(e) };
		}
		port.postMessage(reply, moved);
	});
}
