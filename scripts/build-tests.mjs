// Bundles the TypeScript unit tests (test/unit/**/*.test.ts) into out/unit/ for `node --test`.
// Each test file is built on its own, so one broken file does not hide the others' results.
//   node scripts/build-tests.mjs            all unit tests
//   node scripts/build-tests.mjs amounts    only files whose path contains "amounts"
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const filter = process.argv[2];
function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? walk(p) : p.endsWith('.test.ts') ? [p] : [];
	});
}
const entries = walk('test/unit').filter((p) => !filter || p.includes(filter));
if (!filter) rmSync('out/unit', { recursive: true, force: true });
let failed = 0;
await Promise.all(
	entries.map((entry) =>
		esbuild
			.build({
				entryPoints: [entry],
				outfile: join('out/unit', relative('test/unit', entry).replace(/\.ts$/, '.js')),
				bundle: true,
				platform: 'node',
				format: 'cjs',
				target: 'node20',
				sourcemap: 'inline',
				packages: 'external',
				logLevel: 'error',
			})
			.catch(() => {
				failed++;
			}),
	),
);
if (failed) {
	console.error(`build-tests: ${failed} unit test file(s) failed to build`);
	process.exit(1);
}
