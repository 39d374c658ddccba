import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cleanUpTemporaries, openAtomicFile, openAtomicFolder, OutputError } from '../../src/cli/atomic';
import { exportMeta } from '../../src/export/meta';
import { exportStream } from '../../src/export/run';

const dir = mkdtempSync(join(tmpdir(), 'seed-facts-atomic-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('an aborted file leaves the existing target byte-identical and no temporary', async () => {
	const target = join(dir, 'a.csv');
	writeFileSync(target, 'old');
	const f = await openAtomicFile(target);
	await f.write('new content');
	assert.equal(readFileSync(target, 'utf8'), 'old', 'nothing reaches the target before commit');
	await f.abort();
	assert.equal(readFileSync(target, 'utf8'), 'old');
	assert.deepEqual(readdirSync(dir), ['a.csv']);
});

test('a failing export (the documents throw midway) aborts cleanly', async () => {
	const target = join(dir, 'b.jsonl');
	writeFileSync(target, 'old');
	const f = await openAtomicFile(target);
	async function* docs() {
		yield { file: 'x.txt', text: 'Le 3 mai.', mentions: [] };
		throw new Error('disk gone');
	}
	await assert.rejects(exportStream('jsonl', docs(), f, { meta: exportMeta() }).catch(async (e) => {
		await f.abort();
		throw e;
	}), /disk gone/);
	assert.equal(readFileSync(target, 'utf8'), 'old');
	assert.deepEqual(readdirSync(dir).sort(), ['a.csv', 'b.jsonl']);
});

test('commit replaces the target; the signal clean-up removes open temporaries', async () => {
	const target = join(dir, 'c.md');
	const f = await openAtomicFile(target);
	await f.write('| a |\n');
	await f.commit();
	assert.equal(readFileSync(target, 'utf8'), '| a |\n');
	const g = await openAtomicFile(target);
	await g.write('partial');
	assert.ok(readdirSync(dir).some((n) => n.endsWith('.tmp')));
	cleanUpTemporaries();
	assert.ok(!readdirSync(dir).some((n) => n.endsWith('.tmp')));
	assert.equal(readFileSync(target, 'utf8'), '| a |\n');
});

test('bad targets are refused before anything is written', async () => {
	await assert.rejects(openAtomicFile(join(dir, 'missing', 'x.csv')), (e: unknown) => e instanceof OutputError && /folder .*missing does not exist/.test(e.message));
	await assert.rejects(openAtomicFile(dir), (e: unknown) => e instanceof OutputError && /is a folder/.test(e.message));
	writeFileSync(join(dir, 'plain'), 'x');
	await assert.rejects(openAtomicFolder(join(dir, 'plain')), (e: unknown) => e instanceof OutputError && /not a folder/.test(e.message));
});

test('folder: a new target appears whole; an existing one keeps other files and ifAbsent files', async () => {
	const fresh = join(dir, 'brat-new');
	const a = await openAtomicFolder(fresh);
	await a.writeFile({ path: 'sub/x.txt', content: 'x' });
	await a.writeFile({ path: 'annotation.conf', content: 'conf', ifAbsent: true });
	assert.ok(!readdirSync(dir).includes('brat-new'), 'invisible until commit');
	await a.commit();
	assert.equal(readFileSync(join(fresh, 'sub/x.txt'), 'utf8'), 'x');

	writeFileSync(join(fresh, 'annotation.conf'), 'custom');
	writeFileSync(join(fresh, 'other.txt'), 'other');
	const b = await openAtomicFolder(fresh);
	await b.writeFile({ path: 'sub/x.txt', content: 'x2' });
	await b.writeFile({ path: 'annotation.conf', content: 'conf', ifAbsent: true });
	await b.commit();
	assert.equal(readFileSync(join(fresh, 'sub/x.txt'), 'utf8'), 'x2');
	assert.equal(readFileSync(join(fresh, 'annotation.conf'), 'utf8'), 'custom');
	assert.equal(readFileSync(join(fresh, 'other.txt'), 'utf8'), 'other');
	assert.deepEqual(readdirSync(fresh).sort(), ['annotation.conf', 'other.txt', 'sub']);

	const c = await openAtomicFolder(fresh);
	await c.writeFile({ path: 'sub/x.txt', content: 'x3' });
	await c.abort();
	assert.equal(readFileSync(join(fresh, 'sub/x.txt'), 'utf8'), 'x2');
	assert.deepEqual(readdirSync(fresh).sort(), ['annotation.conf', 'other.txt', 'sub']);
});
