// `extract` (fact fields), `facts` and `check`, run in-process on temporary folders. (cli.ts itself is not
// imported: bundled into a test, its `require.main === module` guard would run it on the test's argv.)
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { runCheckCommand } from '../../src/cli/checkCommand';
import { runExportCommand } from '../../src/cli/exportCommand';
import { runFactsCommand } from '../../src/cli/factsCommand';
import { UsageError, type CliIo } from '../../src/cli/io';

/** The dispatch of cli.ts's main() for these commands: a usage error is exit code 2. */
async function main(argv: readonly string[], io: CliIo): Promise<number> {
	const [command, ...rest] = argv;
	try {
		if (command === 'extract') return await runExportCommand('extract', rest, io);
		if (command === 'facts') return await runFactsCommand(rest, io);
		if (command === 'check') return await runCheckCommand(rest, io);
		throw new UsageError(`unknown command ${command}`);
	} catch (e) {
		if (e instanceof UsageError) {
			io.stderr.write(`seed-facts: ${e.message}\n`);
			return 2;
		}
		throw e;
	}
}

let work: string;

before(() => {
	work = mkdtempSync(join(tmpdir(), 'facts-cli-'));
	writeFileSync(join(work, 'a.txt'), 'Fin octobre 2025, Lyon comptait 35 écoles publiques.\n');
	writeFileSync(join(work, 'b.txt'), 'Bilan\nEn octobre 2025, Lyon comptait 41 écoles publiques et le prix atteint 1.200 euros.\n');
	writeFileSync(join(work, 'c.txt'), 'En octobre 2025, Lyon comptait plus de 30 écoles publiques.\n');
});
after(() => rmSync(work, { recursive: true, force: true }));

function sink(): { stream: Writable; text: () => string } {
	const parts: string[] = [];
	const stream = new Writable({
		write(chunk, _enc, done) {
			parts.push(String(chunk));
			done();
		},
	});
	return { stream, text: () => parts.join('') };
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const out = sink();
	const err = sink();
	const code = await main(argv, { stdout: out.stream, stderr: err.stream, cwd: work });
	return { code, stdout: out.text(), stderr: err.text() };
}

test('extract --format jsonl: each amount line carries its fact, spans and texts', async () => {
	const r = await run('extract', '--format', 'jsonl', 'a.txt');
	assert.equal(r.code, 0, r.stderr);
	const text = 'Fin octobre 2025, Lyon comptait 35 écoles publiques.\n';
	const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
	const amounts = lines.filter((l) => l.kind === 'amount');
	assert.equal(amounts.length, 1);
	const { fact } = amounts[0];
	assert.deepEqual(Object.keys(fact), ['measure', 'holder', 'date', 'measureText', 'holderText', 'dateText']);
	assert.equal(text.slice(...fact.measure), fact.measureText);
	assert.equal(fact.holderText, 'Lyon');
	assert.equal(text.slice(...fact.date), 'Fin octobre 2025');
	for (const l of lines.filter((x) => x.kind !== 'amount')) assert.equal(l.fact, undefined);
});

test('facts: a table with a header and one line per amount; --format jsonl', async () => {
	const r = await run('facts', 'a.txt', 'b.txt');
	assert.equal(r.code, 0, r.stderr);
	const lines = r.stdout.trimEnd().split('\n');
	assert.match(lines[0], /^where\s+figure\s+value\s+measure\s+holder\s+date$/);
	assert.ok(lines.some((l) => l.startsWith('b.txt:2') && l.includes('écoles publiques') && l.includes('Lyon')));
	const j = await run('facts', '--format', 'jsonl', 'a.txt');
	assert.equal(JSON.parse(j.stdout.trim()).fact.holderText, 'Lyon');
	assert.equal((await run('facts', '--format', 'xml', 'a.txt')).code, 2);
});

test('check: exits 1 with both sides of a disagreement, 0 when the figures agree', async () => {
	const bad = await run('check', 'a.txt', 'b.txt');
	assert.equal(bad.code, 1);
	assert.match(bad.stdout, /disagreement: Lyon · écoles publiques\n {2}a\.txt:1 {2}35 = 35 écoles[^\n]*\n {2}b\.txt:2 {2}41 = 41 écoles/);
	assert.match(bad.stdout, /b\.txt:2:\d+ {2}\[ambiguous-separator\]/);
	const good = await run('check', 'a.txt', 'c.txt');
	assert.equal(good.code, 0, good.stdout);
	assert.doesNotMatch(good.stdout, /disagreement/);
});

test('check --disable turns a figure check off; --json gives one object a line; bad ids are usage errors', async () => {
	const r = await run('check', '--disable', 'ambiguous-separator', '--json', 'a.txt', 'b.txt');
	assert.equal(r.code, 1);
	const objects = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
	assert.deepEqual(objects.map((o) => o.type), ['disagreement']);
	assert.equal(objects[0].a.file, 'a.txt');
	assert.equal(objects[0].b.line, 2);
	const usage = await run('check', '--disable', 'nope', 'a.txt');
	assert.equal(usage.code, 2);
	assert.match(usage.stderr, /unknown check "nope"/);
	assert.equal((await run('check')).code, 2);
	assert.equal((await run('check', 'missing.txt')).code, 1);
});

test('the real CLI (bundled from src/cli/cli.ts) lists facts and check, and check exits 1 / 0', async () => {
	const { build } = await import('esbuild');
	const { spawnSync } = await import('node:child_process');
	const { resolve } = await import('node:path');
	const out = join(work, 'cli.cjs');
	await build({ entryPoints: [resolve(__dirname, '../../src/cli/cli.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'error' });
	const cli = (...args: string[]) => spawnSync(process.execPath, [out, ...args], { cwd: work, encoding: 'utf8' });
	const help = cli('--help');
	assert.match(help.stdout, /\n {2}facts {5}/);
	assert.match(help.stdout, /\n {2}check {5}/);
	assert.equal(cli('check', 'a.txt', 'b.txt').status, 1);
	assert.equal(cli('check', 'a.txt', 'c.txt').status, 0);
	assert.equal(cli('check', '--help').status, 0);
	assert.equal(cli('facts', '--bad').status, 2);
});
