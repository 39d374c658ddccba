// Which files are annotated: `seedFacts.include` minus `seedFacts.exclude`, as VS Code globs.
// Pure (picomatch's POSIX entry has no Node dependency, so it also runs in the web worker).
import picomatch from 'picomatch/posix';

export const DEFAULT_INCLUDE: readonly string[] = ['**/seeds/**/*.txt'];

export type PathMatcher = (path: string) => boolean;

function compile(globs: readonly string[]): PathMatcher {
	const valid = globs.map((g) => g.trim()).filter((g) => g.length > 0);
	if (valid.length === 0) return () => false;
	const m = picomatch(valid, { dot: true });
	return (path) => m(path);
}

/**
 * `path` is workspace-relative with forward slashes (or an absolute path for files outside the
 * workspace: the leading slash is dropped so `**\/seeds/**` still matches).
 */
export function createPathMatcher(include: readonly string[], exclude: readonly string[]): PathMatcher {
	const inc = compile(include);
	const exc = compile(exclude);
	return (path) => {
		const p = path.replace(/\\/g, '/').replace(/^\/+/, '');
		return inc(p) && !exc(p);
	};
}
