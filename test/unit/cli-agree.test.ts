import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { reject } from '../../src/curation/actions';
import { serializeSidecar } from '../../src/curation/sidecar';
import { asMachine } from '../../src/curation/types';
import { runAgreeCommand } from '../../src/cli/agreeCommand';
import { UsageError } from '../../src/cli/io';
import { extract } from '../../src/engine/extract';

const TEXT = 'HANOÏ, 16 octobre 2025 (VNA) – La société Vingroup a investi 3 milliards de dollars, soit 12 % de plus.\n';
const work = mkdtempSync(join(tmpdir(), 'seed-facts-agree-'));
after(() => rmSync(work, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (c) => (out += c));
	stderr.on('data', (c) => (err += c));
	const [command, ...rest] = argv;
	assert.equal(command, 'agree');
	let code: number;
	try {
		code = await runAgreeCommand(rest, { stdout, stderr, cwd: work });
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		code = 2;
	}
	return { code, out, err };
}

function rejectSidecar(text: string, quote: string): string {
	const m = asMachine(extract(text)).find((x) => x.text === quote);
	assert.ok(m, quote);
	return serializeSidecar({ version: 1, decisions: reject([], { text, newId: () => 'r1' }, m) });
}

test('agree A B: per-category scores, kappa and each disagreement with its line', async () => {
	for (const side of ['a', 'b']) mkdirSync(join(work, side, 'seeds'), { recursive: true });
	writeFileSync(join(work, 'a', 'seeds', 's.txt'), TEXT);
	writeFileSync(join(work, 'b', 'seeds', 's.txt'), TEXT);
	writeFileSync(join(work, 'b', 'seeds', 's.txt.facts.json'), rejectSidecar(TEXT, '12 %'));
	const r = await run(['agree', 'a', 'b']);
	assert.equal(r.code, 0, r.err);
	assert.match(r.out, /1 document\(s\), A as reference/);
	assert.match(r.out, /^percent\s+–\s+0\.0\s+–\s+0\s+0\s+1$/m);
	assert.match(r.out, /Cohen's kappa on \d+ word tokens: 0\.\d{3}/);
	assert.match(r.out, /seeds\/s\.txt:1\ta-only\tA: percent "12 %"\tB: —/);
	const json = JSON.parse((await run(['agree', '--json', 'a', 'b'])).out);
	assert.equal(json.disagreements.length, 1);
	assert.equal(json.scores.money.f1, 1);
});

test('agree: a seed whose text differs between A and B is named and skipped (exit 1)', async () => {
	mkdirSync(join(work, 'c', 'seeds'), { recursive: true });
	writeFileSync(join(work, 'c', 'seeds', 's.txt'), TEXT.replace('12 %', '13 %'));
	const r = await run(['agree', 'a', 'c']);
	assert.equal(r.code, 1);
	assert.match(r.err, /text differs/);
});

test('agree --git REV compares the working tree with a revision', async () => {
	const repo = join(work, 'repo');
	mkdirSync(repo);
	const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { stdio: 'pipe' });
	git('init', '-q');
	writeFileSync(join(repo, 's.txt'), TEXT);
	git('add', '.');
	git('commit', '-qm', 'seed');
	writeFileSync(join(repo, 's.txt.facts.json'), rejectSidecar(TEXT, 'Vingroup'));
	const r = await run(['agree', '--git', 'HEAD', 'repo']);
	assert.equal(r.code, 0, r.err);
	assert.match(r.out, /b-only\tA: —\tB: organization "Vingroup"/);
});

test('agree without two folders is a usage error', async () => {
	assert.equal((await run(['agree', 'a'])).code, 2);
});
