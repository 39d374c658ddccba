// Types for the browser-safe entry of picomatch (the package ships none).
declare module 'picomatch/posix' {
	interface PicomatchOptions {
		dot?: boolean;
		nocase?: boolean;
	}
	function picomatch(glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
	export = picomatch;
}
