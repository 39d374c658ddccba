// `-` as an input: the list of paths is read from standard input, so the CLI composes with
// `find ... | seed-facts extract -`, `xargs`, GNU parallel and Spark's `RDD.pipe` (which writes one
// element per line to the process's standard input).

/**
 * The paths in `text`: one per line (LF or CRLF), or NUL-separated when the text holds a NUL
 * (`find -print0`, `xargs -0`); empty entries are ignored.
 */
export function parsePathList(text: string): string[] {
	const parts = text.includes('\0') ? text.split('\0') : text.split(/\r?\n/);
	return parts.filter((p) => p !== '');
}

/** Reads all of `stream` (UTF-8) and returns its paths. */
export async function readPathList(stream: NodeJS.ReadableStream): Promise<string[]> {
	const chunks: string[] = [];
	stream.setEncoding('utf8');
	for await (const chunk of stream) chunks.push(chunk as string);
	return parsePathList(chunks.join(''));
}

/** `paths` with each `-` replaced by the paths read from `stdin` (read once, however many `-`). */
export async function expandStdinPaths(paths: readonly string[], stdin: NodeJS.ReadableStream | undefined): Promise<string[]> {
	if (!paths.includes('-') || !stdin) return [...paths];
	const listed = await readPathList(stdin);
	return paths.flatMap((p) => (p === '-' ? listed : [p]));
}
