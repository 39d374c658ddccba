// The CLI as users run it: `node dist/cli.js` spawned on temporary folders.
// Counts are never hard-coded: expectations come from the engine's own `extract()`.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import * as esbuild from 'esbuild';
import { extract } from '../../src/engine/extract';
import { LineIndex } from '../../src/engine/text';
import { ROW_COLUMNS } from '../../src/export/rows';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
let work: string;

/** Rebuilds dist/cli.js (as scripts/build.mjs does) when a source it bundles is newer. */
async function ensureCliBuilt(): Promise<void> {
	const newest = (dir: string): number =>
		readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
	const sources = ['src/cli', 'src/export', 'src/engine', 'src/curation', 'src/pipeline'].map((d) => newest(join(ROOT, d)));
	if (existsSync(CLI) && statSync(CLI).mtimeMs >= Math.max(...sources)) return;
	await esbuild.build({
		entryPoints: [join(ROOT, 'src/cli/cli.ts')],
		outfile: CLI,
		bundle: true,
		sourcemap: true,
		platform: 'node',
		format: 'cjs',
		target: 'es2022',
		banner: { js: '#!/usr/bin/env node' },
		logLevel: 'error',
	});
}

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

function cli(args: string[], cwd = work): Run {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonl(s: string): Array<Record<string, unknown>> {
	return s
		.split('\n')
		.filter(Boolean)
		.map((l) => JSON.parse(l));
}

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

/** A sidecar that adds a manual organization mention on `quote` (independent of the engine's output). */
function manualSidecar(text: string, quote: string, id = 'm1'): string {
	const start = text.indexOf(quote);
	assert.ok(start >= 0);
	const anchor = { start, end: start + quote.length, exact: quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + quote.length, start + quote.length + 32) };
	return JSON.stringify({ version: 1, decisions: [{ id, action: 'add', anchor, fact: { kind: 'organization', canonical: quote } }] });
}

before(async () => {
	await ensureCliBuilt();
	work = mkdtempSync(join(tmpdir(), 'seed-facts-cli-'));
	mkdirSync(join(work, 'corpus/sub'), { recursive: true });
	SEEDS.forEach((f, i) => copyFileSync(join(ROOT, 'seeds', f), join(work, i % 2 ? 'corpus/sub' : 'corpus', f)));
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('extract', () => {
	test('JSONL by default: one mention per line, file as given, 1-based line/column, the engine\'s mentions', () => {
		const r = cli(['extract', 'corpus']);
		assert.equal(r.code, 0, r.stderr);
		const rows = jsonl(r.stdout);
		let expected = 0;
		const files = new Set(rows.map((x) => x.file));
		for (const file of files) assert.match(String(file), /^corpus\/(sub\/)?[^/]+\.txt$/);
		SEEDS.forEach((f, i) => {
			const rel = `${i % 2 ? 'corpus/sub' : 'corpus'}/${f}`;
			const text = readFileSync(join(work, rel), 'utf8');
			const mine = rows.filter((x) => x.file === rel);
			const engine = extract(text);
			expected += engine.length;
			assert.equal(mine.length, engine.length, rel);
			const lines = new LineIndex(text);
			mine.forEach((row, k) => {
				const m = engine[k];
				assert.deepEqual([row.start, row.end, row.kind, row.text, row.value], [m.start, m.end, m.kind, m.text, m.kind === 'organization' ? m.canonical : m.value]);
				assert.deepEqual({ line: row.line, column: row.column }, lines.positionAt(m.start));
				assert.equal(row.status, 'machine');
			});
		});
		assert.equal(rows.length, expected);
	});

	test('csv, json and md formats; --kinds filters', () => {
		const csv = cli(['extract', '--format', 'csv', 'corpus']);
		assert.equal(csv.code, 0, csv.stderr);
		const records = parseCsv(csv.stdout) as string[][];
		assert.deepEqual(records[0], [...ROW_COLUMNS]);
		const all = jsonl(cli(['extract', 'corpus']).stdout);
		assert.equal(records.length - 1, all.length);
		const json = JSON.parse(cli(['extract', '-f', 'json', 'corpus']).stdout);
		assert.equal(json.mentionCount, all.length);
		assert.equal(json.files.length, SEEDS.length);
		const md = cli(['extract', '--format', 'md', 'corpus']).stdout;
		assert.equal(md.trimEnd().split('\n').length, all.length + 2);
		const dates = jsonl(cli(['extract', '--kinds', 'date', 'corpus']).stdout);
		assert.ok(dates.every((x) => x.kind === 'date'));
		assert.equal(dates.length, all.filter((x) => x.kind === 'date').length);
	});

	test('extraction options reach the engine', () => {
		const text = 'Le 3 mai, la Société Foobar a signé. Le 4 mai, la société foobar a répondu.\n';
		writeFileSync(join(work, 'opts.txt'), text);
		for (const [args, options] of [
			[['--org-add', 'Société Foobar'], { organizationsAdd: ['Société Foobar'] }],
			[['--org-ignore', 'Société Foobar'], { organizationsIgnore: ['Société Foobar'] }],
			[['--reference-year', '2031'], { referenceYear: 2031 }],
		] as const) {
			const rows = jsonl(cli(['extract', ...args, 'opts.txt']).stdout);
			const engine = extract(text, options);
			assert.deepEqual(
				rows.map((x) => [x.start, x.end, x.kind]),
				engine.map((m) => [m.start, m.end, m.kind]),
				args.join(' '),
			);
		}
	});

	test('binary, invalid UTF-8, too large and missing files: named on stderr, the others processed, exit 1', () => {
		const dir = join(work, 'mixed');
		mkdirSync(dir);
		writeFileSync(join(dir, 'a-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
		writeFileSync(join(dir, 'b-latin1.txt'), Buffer.from('Le 3 mai 2025, caf\xe9.', 'latin1'));
		writeFileSync(join(dir, 'c-good.txt'), readFileSync(join(ROOT, 'seeds', SEEDS[0])));
		writeFileSync(join(dir, 'd-huge.txt'), 'x'.repeat(1024 * 1024 + 10));
		const r = cli(['extract', '--max-size-mb', '1', 'mixed', 'nope.txt']);
		assert.equal(r.code, 1);
		assert.match(r.stderr, /mixed\/a-binary\.txt: binary file/);
		assert.ok(r.stderr.includes(`mixed/b-latin1.txt: invalid UTF-8 at byte ${Buffer.byteLength('Le 3 mai 2025, caf')}`), r.stderr);
		assert.match(r.stderr, /mixed\/d-huge\.txt: file too large/);
		assert.match(r.stderr, /nope\.txt: no such file or folder/);
		const rows = jsonl(r.stdout);
		assert.equal(rows.length, extract(readFileSync(join(ROOT, 'seeds', SEEDS[0]), 'utf8')).length);
		assert.ok(rows.every((x) => x.file === 'mixed/c-good.txt'));
		assert.equal(cli(['extract', '--max-size-mb', '0', 'mixed/d-huge.txt']).code, 0, 'no limit with 0');
	});

	test('CRLF and BOM: offsets are into the decoded text without BOM, CRLF kept', () => {
		const body = 'Titre\r\nLe 16 octobre 2025, Hai Phong a reçu 25 millions de dollars.\r\nFin.\r\n';
		writeFileSync(join(work, 'crlf.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
		writeFileSync(join(work, 'crlf.txt.facts.json'), manualSidecar(body, 'Hai Phong'));
		const rows = jsonl(cli(['extract', 'crlf.txt']).stdout);
		const lines = new LineIndex(body);
		const manual = rows.find((x) => x.status === 'manual');
		assert.ok(manual, 'the sidecar is applied');
		for (const row of rows) {
			assert.equal(body.slice(Number(row.start), Number(row.end)), row.text);
			assert.deepEqual({ line: row.line, column: row.column }, lines.positionAt(Number(row.start)));
		}
		assert.deepEqual([manual.line, manual.column], [2, 'Le 16 octobre 2025, '.length + 1]);
		assert.equal(rows.filter((x) => x.status === 'machine').length, extract(body).filter((m) => !(m.kind === 'organization' && m.text === 'Hai Phong')).length);
	});

	test('a corrupt sidecar skips its seed with an error naming it; --no-review ignores it', () => {
		writeFileSync(join(work, 'corrupt.txt'), 'Le 3 mai 2025.\n');
		writeFileSync(join(work, 'corrupt.txt.facts.json'), '{"version": 1, "decisions": [');
		const r = cli(['extract', 'corrupt.txt', 'crlf.txt']);
		assert.equal(r.code, 1);
		assert.match(r.stderr, /corrupt\.txt\.facts\.json: .*not valid JSON/);
		assert.ok(jsonl(r.stdout).every((x) => x.file === 'crlf.txt'));
		const raw = cli(['extract', '--no-review', 'corrupt.txt', 'crlf.txt']);
		assert.equal(raw.code, 0, raw.stderr);
		assert.ok(jsonl(raw.stdout).every((x) => x.status === 'machine'));
	});

	test('rejected facts are left out unless --all', () => {
		const text = readFileSync(join(ROOT, 'seeds', SEEDS[0]), 'utf8');
		const engine = extract(text);
		assert.ok(engine.length > 0, 'the engine finds facts in a seed');
		const m = engine[0];
		const anchor = { start: m.start, end: m.end, exact: m.text, prefix: text.slice(Math.max(0, m.start - 32), m.start), suffix: text.slice(m.end, m.end + 32) };
		mkdirSync(join(work, 'rej'));
		writeFileSync(join(work, 'rej/a.txt'), text);
		writeFileSync(join(work, 'rej/a.txt.facts.json'), JSON.stringify({ version: 1, decisions: [{ id: 'r1', action: 'reject', target: m.kind, anchor }] }));
		const kept = jsonl(cli(['extract', 'rej']).stdout);
		assert.equal(kept.length, engine.length - 1);
		assert.ok(!kept.some((x) => x.start === m.start && x.kind === m.kind));
		const all = jsonl(cli(['extract', '--all', 'rej']).stdout);
		assert.equal(all.length, engine.length);
		assert.equal(all.find((x) => x.start === m.start && x.kind === m.kind)?.status, 'rejected');
	});

	test('usage errors: no input, bad format, bad option, unknown command → exit 2', () => {
		for (const args of [['extract'], ['extract', '--format', 'brat', 'corpus'], ['extract', '--format', 'xml', 'corpus'], ['extract', '--kinds', 'person', 'corpus'], ['extract', '--bogus', 'corpus'], ['frobnicate'], ['extract', '--reference-year', 'soon', 'corpus']]) {
			const r = cli(args);
			assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
			assert.match(r.stderr, /^seed-facts: .+\nRun "seed-facts .*--help" for usage\.\n$/);
			assert.equal(r.stdout, '');
		}
		assert.match(cli(['extract', '--format', 'xml', 'corpus']).stderr, /unknown format "xml"/);
		const empty = join(work, 'empty');
		mkdirSync(empty);
		const r = cli(['extract', 'empty']);
		assert.equal(r.code, 1);
		assert.match(r.stderr, /no \.txt files found in empty/);
	});

	test('--help for the CLI and each subcommand', () => {
		const main = cli(['--help']);
		assert.equal(main.code, 0);
		assert.match(main.stdout, /extract[\s\S]*export[\s\S]*score/);
		assert.match(main.stdout, /facts\.json/);
		for (const sub of ['extract', 'export']) {
			const r = cli([sub, '--help']);
			assert.equal(r.code, 0);
			assert.match(r.stdout, new RegExp(`Usage: seed-facts ${sub}`));
			for (const opt of ['--format', '--out', '--kinds', '--org-add', '--org-ignore', '--reference-year', '--max-size-mb', '--all', '--no-review']) assert.ok(r.stdout.includes(opt), `${sub} --help lists ${opt}`);
		}
		assert.match(cli(['--version']).stdout, /^seed-facts \d+\.\d+\.\d+/);
	});
});

describe('export', () => {
	test('every format to --out, identical to standard output (but the export time)', () => {
		for (const format of ['json', 'jsonl', 'csv', 'md', 'w3c']) {
			const out = join(work, `all.${format}`);
			const r = cli(['export', '--format', format, '--out', out, 'corpus']);
			assert.equal(r.code, 0, r.stderr);
			assert.match(r.stderr, new RegExp(`facts from ${SEEDS.length} file\\(s\\) written to`));
			const stdout = cli(['export', '--format', format, 'corpus']).stdout;
			const strip = (s: string) => s.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'T');
			assert.equal(strip(readFileSync(out, 'utf8')), strip(stdout), format);
		}
		const w3c = JSON.parse(readFileSync(join(work, 'all.w3c'), 'utf8'));
		assert.equal(w3c.type, 'AnnotationCollection');
		assert.equal(w3c.total, jsonl(readFileSync(join(work, 'all.jsonl'), 'utf8')).length);
		assert.ok(readFileSync(join(work, 'all.csv'), 'utf8').includes('\r\n'));
		const bom = cli(['export', '--format', 'csv', '--bom', 'corpus']).stdout;
		assert.equal(bom.charCodeAt(0), 0xfeff);
	});

	test('brat: a folder of .txt copies and .ann files whose offsets match', () => {
		const out = join(work, 'brat-out');
		const r = cli(['export', '--format', 'brat', '--out', 'brat-out', 'corpus', 'crlf.txt']);
		assert.equal(r.code, 0, r.stderr);
		assert.ok(existsSync(join(out, 'annotation.conf')));
		assert.ok(existsSync(join(out, 'crlf.ann')));
		const txt = readFileSync(join(out, 'crlf.txt'), 'utf8');
		assert.ok(!txt.includes('\r') && txt.charCodeAt(0) !== 0xfeff, 'the copy has LF line breaks and no BOM');
		let spans = 0;
		for (const f of SEEDS.map((s, i) => `${i % 2 ? 'corpus/sub' : 'corpus'}/${s}`).concat('crlf.txt')) {
			// Inputs with no common folder keep their paths.
			const copy = readFileSync(join(out, f), 'utf8');
			const ann = readFileSync(join(out, f.replace(/\.txt$/, '.ann')), 'utf8');
			for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
				const [, body, quote] = line.split('\t');
				const frags = body.split(' ').slice(1).join(' ').split(';').map((p) => p.split(' ').map(Number));
				assert.equal(frags.map(([s, e]) => [...copy].slice(s, e).join('')).join(' '), quote);
				spans++;
			}
		}
		assert.equal(spans, jsonl(cli(['export', '--format', 'jsonl', 'corpus', 'crlf.txt']).stdout).length);
		// A second export into the same folder replaces its files and keeps a customized annotation.conf.
		writeFileSync(join(out, 'annotation.conf'), '# mine\n');
		writeFileSync(join(out, 'keep.txt'), 'unrelated');
		assert.equal(cli(['export', '--format', 'brat', '--out', 'brat-out', 'crlf.txt']).code, 0);
		assert.equal(readFileSync(join(out, 'annotation.conf'), 'utf8'), '# mine\n');
		assert.equal(readFileSync(join(out, 'keep.txt'), 'utf8'), 'unrelated');
		assert.ok(!readdirSync(out).some((f) => f.includes('.tmp')), 'no staging folder left');
		// The inputs' common folder is not repeated inside the output.
		assert.equal(cli(['export', '--format', 'brat', '--out', 'brat-corpus', 'corpus']).code, 0);
		assert.ok(existsSync(join(work, 'brat-corpus', SEEDS[0].replace(/\.txt$/, '.ann'))));
		assert.ok(existsSync(join(work, 'brat-corpus', 'sub', SEEDS[1])));
	});

	test('bad targets: clear error naming the path, exit 1, nothing written', () => {
		writeFileSync(join(work, 'a-file'), 'x');
		const cases: Array<[string[], RegExp]> = [
			[['--format', 'csv', '--out', 'missing/x.csv'], /missing: does not exist|folder .*missing does not exist/],
			[['--format', 'csv', '--out', 'a-file/x.csv'], /a-file/],
			[['--format', 'csv', '--out', 'corpus'], /corpus: is a folder/],
			[['--format', 'brat', '--out', 'a-file'], /a-file: exists and is not a folder/],
			[['--format', 'brat', '--out', 'missing/deeper'], /folder .*missing does not exist/],
		];
		for (const [args, message] of cases) {
			const before = readdirSync(work).sort();
			const r = cli(['export', ...args, 'corpus']);
			assert.equal(r.code, 1, `${args.join(' ')}: ${r.stderr}`);
			assert.match(r.stderr, message);
			assert.deepEqual(readdirSync(work).sort(), before);
		}
		if (process.getuid?.() !== 0) {
			// Permissions do not bind root; elsewhere a read-only folder must be refused cleanly.
			const ro = join(work, 'ro');
			mkdirSync(ro, { mode: 0o555 });
			const r = cli(['export', '--format', 'csv', '--out', 'ro/x.csv', 'corpus']);
			assert.equal(r.code, 1);
			assert.match(r.stderr, /ro.*permission denied/);
			assert.deepEqual(readdirSync(ro), []);
		}
	});

	test('usage errors: bad format, brat without --out, missing --format, no input → exit 2', () => {
		for (const args of [['--format', 'xml', 'corpus'], ['--format', 'brat', 'corpus'], ['corpus'], ['--format', 'csv']]) {
			const r = cli(['export', ...args]);
			assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
			assert.equal(r.stdout, '');
		}
	});

	test('an interrupted export leaves the existing target intact and no temporary file', async () => {
		const target = join(work, 'keep.jsonl');
		writeFileSync(target, 'previous export\n');
		// Hold every seed read for a long time, so the export is surely in progress when interrupted.
		const preload = join(work, 'slow-read.cjs');
		writeFileSync(preload, "const fsp = require('node:fs/promises'); const read = fsp.readFile; fsp.readFile = (...a) => new Promise((r) => setTimeout(r, 60000)).then(() => read(...a));\n");
		const child = spawn(process.execPath, ['-r', preload, CLI, 'export', '--format', 'jsonl', '--out', target, 'corpus'], { cwd: work });
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		const tmpSeen = await waitFor(() => readdirSync(work).some((f) => f.startsWith('.keep.jsonl.') && f.endsWith('.tmp')), 10_000);
		assert.ok(tmpSeen, 'the export writes to a temporary file first');
		child.kill('SIGINT');
		// The CLI cleans up, then re-raises the signal: the shell sees 130 (128 + SIGINT).
		const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((r) => child.on('exit', (c, s) => r([c, s])));
		assert.ok(code === 130 || signal === 'SIGINT', `exit ${code} ${signal}: ${stderr}`);
		assert.equal(readFileSync(target, 'utf8'), 'previous export\n');
		assert.deepEqual(readdirSync(work).filter((f) => f.startsWith('.keep.jsonl')), []);
	});

	test('a device or pipe target is written directly, never replaced', () => {
		const r = cli(['export', '--format', 'jsonl', '--out', '/dev/null', 'corpus']);
		assert.equal(r.code, 0, r.stderr);
		assert.ok(statSync('/dev/null').isCharacterDevice());
	});
});

async function waitFor(cond: () => boolean, ms: number): Promise<boolean> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (cond()) return true;
		await new Promise((r) => setTimeout(r, 20));
	}
	return cond();
}
