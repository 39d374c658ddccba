// A minimal `process` for the web worker test bundle (injected by esbuild): the assert polyfill
// and its util dependency read process.env and call process.nextTick.
export const process = {
	env: {},
	argv: [],
	platform: 'browser',
	browser: true,
	version: '',
	versions: {},
	cwd: () => '/',
	nextTick: (fn, ...args) => queueMicrotask(() => fn(...args)),
};
