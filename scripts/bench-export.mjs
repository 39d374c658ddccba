#!/usr/bin/env node
// Streaming export benchmark: peak memory (max RSS) and throughput of `node dist/cli.js export`
// on a large corpus made from the seeds.
//
//   node scripts/build.mjs && node scripts/bench-export.mjs [--mb 100] [--formats jsonl,csv,...] [--keep] [--format-only]
//
// The corpus (default 100 MB) is the seeds copied many times into a temporary folder, each line
// made unique (a reference number appended) so the engine's per-line cache cannot short-cut the work.
// Each format is exported with --out to a temporary file; the child's max RSS is read by a preload
// script from process.resourceUsage() when it exits. The bound: 500 MB RSS for 100 MB.
// A second table times the formatting alone (src/export on mentions extracted beforehand, output
// discarded), which separates the exporters' cost from the engine's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		mb: { type: 'string', default: '100' },
		formats: { type: 'string', default: 'jsonl,json,csv,md,w3c,brat' },
		keep: { type: 'boolean', default: false },
		'format-only': { type: 'boolean', default: false },
	},
});
const targetBytes = Number(values.mb) * 1024 * 1024;
const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
	console.error('bench-export: dist/cli.js is missing; run `node scripts/build.mjs` first');
	process.exit(1);
}

const work = join(tmpdir(), `seed-facts-bench-${values.mb}mb`);
const corpus = join(work, 'corpus');
if (!existsSync(join(corpus, '.complete'))) {
	rmSync(work, { recursive: true, force: true });
	mkdirSync(corpus, { recursive: true });
	const seeds = readdirSync(join(root, 'seeds'))
		.filter((f) => f.endsWith('.txt'))
		.map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
	let bytes = 0;
	for (let k = 0; bytes < targetBytes; k++) {
		const seed = seeds[k % seeds.length];
		const text = seed
			.split('\n')
			.map((line, i) => (line.trim() ? `${line} Réf. ${k}-${i}.` : line))
			.join('\n');
		const dir = join(corpus, String(Math.floor(k / 1000)).padStart(3, '0'));
		if (k % 1000 === 0) mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, `seed-${k}.txt`), text);
		bytes += Buffer.byteLength(text);
	}
	writeFileSync(join(corpus, '.complete'), String(bytes));
}
const inputBytes = Number(readFileSync(join(corpus, '.complete'), 'utf8'));
const files = readdirSync(corpus).filter((d) => !d.startsWith('.')).reduce((n, d) => n + readdirSync(join(corpus, d)).length, 0);

const preload = join(work, 'report-rss.cjs');
writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");

const mb = (b) => (b / 1024 / 1024).toFixed(1);
console.log(`corpus: ${files} files, ${mb(inputBytes)} MB (${corpus})`);
if (!values['format-only']) console.log('CLI export (read + extract + review + format + atomic write):\nformat  seconds  MB/s   max RSS MB  output MB');
let worst = 0;
for (const format of values['format-only'] ? [] : values.formats.split(',')) {
	const out = join(work, format === 'brat' ? 'out-brat' : `out.${format}`);
	rmSync(out, { recursive: true, force: true });
	const rssFile = join(work, 'rss');
	const started = performance.now();
	const r = spawnSync(process.execPath, ['-r', preload, cli, 'export', '--format', format, '--out', out, '--quiet', corpus], {
		env: { ...process.env, BENCH_RSS_FILE: rssFile },
		encoding: 'utf8',
	});
	const seconds = (performance.now() - started) / 1000;
	if (r.status !== 0) {
		console.error(`${format}: exit ${r.status}\n${r.stderr}`);
		process.exitCode = 1;
		continue;
	}
	const rss = Number(readFileSync(rssFile, 'utf8')) * 1024;
	worst = Math.max(worst, rss);
	const outBytes = format === 'brat' ? du(out) : statSync(out).size;
	console.log(`${format.padEnd(7)} ${seconds.toFixed(1).padStart(7)}  ${(inputBytes / 1024 / 1024 / seconds).toFixed(1).padStart(5)}  ${mb(rss).padStart(10)}  ${mb(outBytes).padStart(9)}`);
	rmSync(out, { recursive: true, force: true });
}
if (!values['format-only']) console.log(`peak RSS over formats: ${mb(worst)} MB (bound: 500 MB for 100 MB of seeds)`);

// Formatting alone: the first 20 MB of the corpus, extracted once, then formatted per format.
// The exporter is bundled into out/bench/ (rebuilt when esbuild is at hand, else reused as it is).
const bundle = join(root, 'out/bench/export-bundle.cjs');
const esbuild = await import('esbuild').catch(() => undefined);
if (esbuild || !existsSync(bundle)) {
	if (!esbuild) throw new Error('bench-export: esbuild is not installed and out/bench/export-bundle.cjs is missing');
	await esbuild.build({ stdin: { contents: "export * from './src/export/run'; export * from './src/export/meta'; export { reviewedDocument } from './src/export/documents';", resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error' });
}
const { exportStream, exportFolder, exportMeta, reviewedDocument } = (await import(bundle)).default;
const docs = [];
let docBytes = 0;
for (const d of readdirSync(corpus).filter((x) => !x.startsWith('.')).sort()) {
	for (const f of readdirSync(join(corpus, d))) {
		if (docBytes >= 20 * 1024 * 1024) break;
		const text = readFileSync(join(corpus, d, f), 'utf8');
		docs.push(reviewedDocument(`${d}/${f}`, text, undefined));
		docBytes += Buffer.byteLength(text);
	}
}
const mentions = docs.reduce((n, d) => n + d.mentions.length, 0);
console.log(`\nformatting only (${docs.length} files, ${mb(docBytes)} MB, ${mentions} mentions, output discarded):\nformat  seconds  MB/s   mentions/s`);
for (const format of values.formats.split(',')) {
	const options = { meta: exportMeta() };
	const started = performance.now();
	if (format === 'brat') await exportFolder(docs, { writeFile: () => undefined }, options);
	else await exportStream(format, docs, { write: () => undefined }, options);
	const seconds = (performance.now() - started) / 1000;
	console.log(`${format.padEnd(7)} ${seconds.toFixed(2).padStart(7)}  ${(docBytes / 1024 / 1024 / seconds).toFixed(1).padStart(5)}  ${Math.round(mentions / seconds).toString().padStart(10)}`);
}
if (!values.keep) rmSync(work, { recursive: true, force: true });

function du(path) {
	const st = statSync(path);
	if (!st.isDirectory()) return st.size;
	return readdirSync(path).reduce((n, f) => n + du(join(path, f)), 0);
}
