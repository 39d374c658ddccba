// Bundles the integration suites for the two extension hosts (esbuild):
//   <out>/node/index.js + <out>/node/**/*.test.js   Node host: test/integration/index.ts finds the suites
//   <out>/web/index.js                             web worker host: runner + every *.web.test.ts, one file
// The harness (test/harness/run-integration.mjs) calls buildIntegration() with a per-run output folder;
//   node scripts/build-integration.mjs [--suites test/integration] [--out out/integration] [--grep X]
// also works on its own (e.g. to hand out/integration/node/index.js to @vscode/test-electron).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureWebShims } from '../test/harness/install.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export class BuildIntegrationError extends Error {
	constructor(message) {
		super(message);
		this.name = 'BuildIntegrationError';
	}
}

function walk(dir) {
	return readdirSync(dir)
		.flatMap((name) => {
			const p = join(dir, name);
			return statSync(p).isDirectory() ? walk(p) : [p];
		})
		.sort();
}

/** Returns the suites of one folder: Node-host ones (*.test.ts) and web-host ones (*.web.test.ts). */
export function findSuites(suitesDir) {
	const all = walk(resolve(repo, suitesDir)).filter((p) => p.endsWith('.test.ts'));
	return { node: all.filter((p) => !p.endsWith('.web.test.ts')), web: all.filter((p) => p.endsWith('.web.test.ts')) };
}

const common = {
	bundle: true,
	format: 'cjs',
	sourcemap: 'inline',
	logLevel: 'error',
	external: ['vscode'],
	absWorkingDir: repo,
};

/**
 * @param {{ suitesDir?: string, outDir: string, hosts?: ('node'|'web')[], config?: object, webShims?: { assert: string, assertStrict: string, process: string } }} options
 *   config is baked into the bundles as __SEED_FACTS_HARNESS__ (see test/integration/util.ts).
 */
export async function buildIntegration({ suitesDir = 'test/integration', outDir, hosts = ['node', 'web'], config = {}, webShims }) {
	const suites = findSuites(suitesDir);
	const out = resolve(repo, outDir);
	rmSync(out, { recursive: true, force: true });
	const builds = [];
	if (hosts.includes('node')) {
		const define = { __SEED_FACTS_HARNESS__: JSON.stringify({ ...config, host: 'node' }) };
		const node = { ...common, platform: 'node', target: 'node20', packages: 'external', define };
		builds.push(esbuild.build({ ...node, entryPoints: [join(repo, 'test/integration/index.ts')], outfile: join(out, 'node', 'index.js') }));
		for (const entry of suites.node) {
			const outfile = join(out, 'node', relative(resolve(repo, suitesDir), entry).replace(/\.ts$/, '.js'));
			builds.push(esbuild.build({ ...node, entryPoints: [entry], outfile }));
		}
	}
	if (hosts.includes('web') && suites.web.length > 0) {
		if (!webShims) throw new BuildIntegrationError('the web bundle needs webShims (an assert polyfill and a process shim)');
		// Runner first, then the suites: ES import order is evaluation order.
		const contents = [join(repo, 'test/integration/web/index.ts'), ...suites.web].map((p) => `import ${JSON.stringify(p)};`).join('\n');
		builds.push(
			esbuild.build({
				...common,
				stdin: { contents: `${contents}\nexport { run } from ${JSON.stringify(join(repo, 'test/integration/web/index.ts'))};\n`, resolveDir: repo, sourcefile: 'web-suites.ts', loader: 'ts' },
				outfile: join(out, 'web', 'index.js'),
				platform: 'browser',
				target: 'es2022',
				mainFields: ['browser', 'module', 'main'],
				alias: { assert: webShims.assert, 'node:assert': webShims.assert, 'node:assert/strict': webShims.assertStrict, 'assert/strict': webShims.assertStrict },
				inject: [webShims.process],
				define: {
					__SEED_FACTS_HARNESS__: JSON.stringify({ ...config, host: 'web' }),
					'process.env.NODE_DEBUG': 'false',
					global: 'globalThis',
				},
			}),
		);
	}
	const results = await Promise.allSettled(builds);
	const failed = results.filter((r) => r.status === 'rejected');
	if (failed.length) throw new BuildIntegrationError(`${failed.length} integration bundle(s) failed to build:\n${failed.map((r) => r.reason.message).join('\n')}`);
	return { node: suites.node.length, web: suites.web.length, outDir: out };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({ options: { suites: { type: 'string' }, out: { type: 'string' }, grep: { type: 'string' } } });
	const webShims = ensureWebShims(repo);
	const r = await buildIntegration({
		suitesDir: values.suites,
		outDir: values.out ?? 'out/integration',
		hosts: ['node', 'web'],
		config: values.grep ? { grep: values.grep } : {},
		webShims,
	});
	console.log(`build-integration: ${r.node} node suite(s), ${r.web} web suite(s) in ${relative(repo, r.outDir)}`);
}
