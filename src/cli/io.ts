// What a CLI subcommand gets from the process: streams and the working folder.
// Subcommands take it as an argument (never touching `process` directly) so tests can run them in-process.

export interface CliIo {
	/** Standard output; large outputs honour backpressure (see `writeTo`). */
	stdout: NodeJS.WritableStream;
	/** Errors and warnings, one line each, prefixed by the file they concern. */
	stderr: NodeJS.WritableStream;
	/** Folder that relative paths are resolved against and exported paths are made relative to. */
	cwd: string;
	/** Standard input: the list of paths when an input is `-`. */
	stdin?: NodeJS.ReadableStream;
	/** The CLI bundle, run by `--jobs` worker threads; without it every seed is read in this thread. */
	workerScript?: string;
}

/** The usual process streams. */
export function processIo(): CliIo {
	return {
		stdout: process.stdout,
		stderr: process.stderr,
		cwd: process.cwd(),
		// Opened only when an input is `-` (a terminal's standard input is left alone otherwise).
		get stdin() {
			return process.stdin;
		},
	};
}

/** Writes a chunk and waits for the stream to drain when its buffer is full. */
export function writeTo(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> | void {
	if (stream.write(chunk)) return;
	return new Promise((resolve, reject) => {
		const onDrain = () => {
			stream.off('error', onError);
			resolve();
		};
		const onError = (err: Error) => {
			stream.off('drain', onDrain);
			reject(err);
		};
		stream.once('drain', onDrain);
		stream.once('error', onError);
	});
}

/** A usage error: bad option, bad format, no input. Exit code 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}
