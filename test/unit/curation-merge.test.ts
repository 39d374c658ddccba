// Issue 14.3: two windows writing the same sidecar lose nothing. Three-way merge decision by decision,
// then a compare-and-swap save (read → merge → check unchanged → write → verify), raced on a real folder.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { open, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { makeAnchor } from '../../src/curation/anchor';
import { exclusiveLock, mergeSidecar, saveSidecarMerged, SidecarWriteError, type LockFileOps, type SidecarFile } from '../../src/curation/merge';
import { parseSidecar, serializeSidecar, SidecarError, type Decision, type Sidecar } from '../../src/curation/sidecar';

const TEXT = 'Le Comité populaire de Hanoï a approuvé 228 projets pour 758,5 millions de dollars en octobre 2025.';
function dec(id: string, quote: string, action: Decision['action'] = 'reject', extra: Partial<Decision> = {}): Decision {
	const s = TEXT.indexOf(quote);
	return { id, action, target: 'amount', anchor: makeAnchor(TEXT, s, s + quote.length), ...extra };
}
const side = (...decisions: Decision[]): Sidecar => ({ version: 1, text: 'a.txt', decisions });
const ids = (s: Sidecar) => s.decisions.map((d) => d.id).sort();

describe('mergeSidecar: three-way, decision by decision', () => {
	const a = dec('a', '228');
	const b = dec('b', '758,5 millions de dollars');
	const c = dec('c', 'octobre 2025', 'accept', { target: 'date', fact: { kind: 'date', value: '2025-10' } });

	test('additions on both sides survive', () => {
		const r = mergeSidecar(side(a), side(a, b), side(a, c));
		assert.deepEqual(ids(r.sidecar), ['a', 'b', 'c']);
		assert.deepEqual(r.conflicts, []);
	});

	test('a removal on one side is kept when the other side left the decision alone', () => {
		assert.deepEqual(ids(mergeSidecar(side(a, b), side(a), side(a, b, c)).sidecar), ['a', 'c']);
		assert.deepEqual(ids(mergeSidecar(side(a, b), side(a, b, c), side(b)).sidecar), ['b', 'c']);
	});

	test('a change on one side wins over an unchanged other side', () => {
		const noted = { ...a, note: 'vu' };
		assert.equal(mergeSidecar(side(a), side(a), side(noted)).sidecar.decisions[0].note, 'vu');
		assert.equal(mergeSidecar(side(a), side(noted), side(a)).sidecar.decisions[0].note, 'vu');
	});

	test('both sides changing one decision: the later one wins, the same way from either side, and it is reported', () => {
		const early = { ...a, note: 'premier', at: '2025-11-20T10:00:00.000Z' };
		const late = { ...a, action: 'accept' as const, fact: { kind: 'amount' as const, sub: 'quantity' as const, value: 228 }, at: '2025-11-20T10:05:00.000Z' };
		const r1 = mergeSidecar(side(a), side(early), side(late));
		const r2 = mergeSidecar(side(a), side(late), side(early));
		assert.deepEqual(r1.sidecar.decisions, [late]);
		assert.deepEqual(r2.sidecar.decisions, [late]);
		assert.equal(r1.conflicts.length, 1);
		assert.equal(r1.conflicts[0].id, 'a');
		assert.equal(r1.conflicts[0].kind, 'both-changed');
		assert.equal(r1.conflicts[0].kept, 'onDisk');
		assert.equal(r2.conflicts[0].kept, 'mine');
		// Without time stamps the choice is still the same from both sides.
		const x = { ...a, note: 'x' };
		const y = { ...a, note: 'y' };
		assert.deepEqual(mergeSidecar(side(a), side(x), side(y)).sidecar.decisions, mergeSidecar(side(a), side(y), side(x)).sidecar.decisions);
	});

	test('a change beats a removal (nothing lost), reported', () => {
		const noted = { ...a, note: 'à garder' };
		for (const r of [mergeSidecar(side(a), side(noted), side()), mergeSidecar(side(a), side(), side(noted))]) {
			assert.deepEqual(r.sidecar.decisions, [noted]);
			assert.equal(r.conflicts[0].kind, 'changed-and-removed');
		}
	});

	test('two new decisions about the same mention: one kept deterministically, the other reported', () => {
		const mine = dec('m1', '228', 'reject', { at: '2025-11-20T10:00:00.000Z' });
		const theirs = dec('t1', '228', 'accept', { fact: { kind: 'amount', sub: 'quantity', value: 228 }, at: '2025-11-20T10:01:00.000Z' });
		const r = mergeSidecar(side(), side(mine), side(theirs));
		assert.deepEqual(ids(r.sidecar), ['t1']);
		assert.equal(r.conflicts[0].kind, 'same-mention');
		assert.deepEqual(ids(mergeSidecar(side(), side(theirs), side(mine)).sidecar), ['t1']);
	});

	test('a new note and a new decision about one mention: the decision is kept and takes the note', () => {
		const note = dec('n1', '228', 'note', { note: 'à vérifier', at: '2025-11-20T10:09:00.000Z' });
		const acc = dec('a1', '228', 'accept', { fact: { kind: 'amount', sub: 'quantity', value: 228 }, at: '2025-11-20T10:00:00.000Z' });
		for (const r of [mergeSidecar(side(), side(note), side(acc)), mergeSidecar(side(), side(acc), side(note))]) {
			assert.deepEqual(r.sidecar.decisions, [{ ...acc, note: 'à vérifier' }]);
			assert.equal(r.conflicts[0].kind, 'same-mention');
		}
	});

	test('no base (the file did not exist) and no file on disk', () => {
		assert.deepEqual(ids(mergeSidecar(undefined, side(a), undefined).sidecar), ['a']);
		assert.deepEqual(ids(mergeSidecar(undefined, side(a), side(b)).sidecar), ['a', 'b']);
	});
});

// ---------------------------------------------------------------- saving on a real folder

const dir = mkdtempSync(join(tmpdir(), 'seed-facts-merge-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let tmpCounter = 0;
/** Times a writer found the lock taken: proves the writers did race. */
let lockBusy = 0;
/** A sidecar on disk through node:fs: atomic writes (temp + rename) and an exclusive lock file. */
function nodeFile(path: string, lock = true): SidecarFile {
	const file: SidecarFile = {
		read: async () => {
			try {
				return await readFile(path, 'utf8');
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
				throw e;
			}
		},
		write: async (text) => {
			const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
			await writeFile(tmp, text);
			await rename(tmp, path);
		},
	};
	if (lock)
		file.tryLock = async () => {
			try {
				const h = await open(`${path}.lock`, 'wx');
				await h.close();
				return () => unlink(`${path}.lock`);
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
					lockBusy++;
					return undefined;
				}
				throw e;
			}
		};
	return file;
}

const pause = () => new Promise<void>((r) => setImmediate(r));

describe('saveSidecarMerged: read → merge → compare-and-swap → write → verify', () => {
	test('two writers racing on a real folder lose no decision', async () => {
		const path = join(dir, 'race.txt.facts.json');
		// Each writer decides on its own mentions (two new decisions on one mention are merged into one, see above).
		const quotesOf: Record<string, string[]> = { A: ['228', '758,5', 'octobre', 'Comité'], B: ['Hanoï', 'projets', 'millions', 'dollars', '2025'] };
		async function writer(name: string, rounds: number): Promise<Set<string>> {
			const quotes = quotesOf[name];
			const file = nodeFile(path);
			let base: Sidecar | undefined;
			let mine: Sidecar = side();
			const removed = new Set<string>();
			for (let i = 0; i < rounds; i++) {
				const next = [...mine.decisions, dec(`${name}${i}`, quotes[i % quotes.length], 'reject', { note: `${name} ${i}` })];
				// Every fifth round also removes one of this writer's own earlier decisions.
				if (i % 5 === 4) removed.add(next.splice(next.findIndex((d) => d.id.startsWith(name)), 1)[0].id);
				// Short waits and many tries: the test machine may be slow, the writers must not give up.
				const saved = await saveSidecarMerged(file, base, side(...next), { wait: () => new Promise((r) => setTimeout(r, 1)), lockAttempts: 10_000 });
				base = saved.sidecar;
				mine = saved.sidecar;
				await pause();
			}
			return removed;
		}
		const [removedA, removedB] = await Promise.all([writer('A', 25), writer('B', 25)]);
		const final = parseSidecar(await readFile(path, 'utf8'));
		const expected = [...Array(25).keys()].flatMap((i) => [`A${i}`, `B${i}`]).filter((id) => !removedA.has(id) && !removedB.has(id));
		assert.deepEqual(ids(final), expected.sort());
		assert.equal(removedA.size + removedB.size, 10);
		assert.ok(lockBusy > 0, 'the two writers met at the lock');
	});

	test('a write that lands between our read and our write is merged, not overwritten (no lock)', async () => {
		const path = join(dir, 'cas.txt.facts.json');
		await writeFile(path, serializeSidecar(side(dec('x', '228'))));
		const real = nodeFile(path, false);
		let reads = 0;
		const sneaky: SidecarFile = {
			read: async () => {
				const text = await real.read();
				// Right after our first read, the other window saves its decision.
				if (++reads === 1) await real.write(serializeSidecar(side(dec('x', '228'), dec('other', 'octobre 2025'))));
				return text;
			},
			write: real.write,
		};
		const r = await saveSidecarMerged(sneaky, side(dec('x', '228')), side(dec('x', '228'), dec('mine', '758,5')));
		assert.deepEqual(ids(parseSidecar((await real.read()) as string)), ['mine', 'other', 'x']);
		assert.ok(r.attempts >= 2);
		assert.equal(r.written, true);
	});

	test('a write that lands right after ours is caught by the verification and merged again', async () => {
		const path = join(dir, 'verify.txt.facts.json');
		const real = nodeFile(path, false);
		let writes = 0;
		const clobber: SidecarFile = {
			read: real.read,
			write: async (text) => {
				await real.write(text);
				if (++writes === 1) await real.write(serializeSidecar(side(dec('other', 'octobre 2025'))));
			},
		};
		const r = await saveSidecarMerged(clobber, undefined, side(dec('mine', '758,5')));
		assert.deepEqual(ids(parseSidecar((await real.read()) as string)), ['mine', 'other']);
		assert.equal(r.attempts, 2);
	});

	test('nothing to change: no write; a corrupt file on disk is never overwritten', async () => {
		const path = join(dir, 'same.txt.facts.json');
		const text = serializeSidecar(side(dec('x', '228')));
		await writeFile(path, text);
		const r = await saveSidecarMerged(nodeFile(path), side(dec('x', '228')), side(dec('x', '228')));
		assert.equal(r.written, false);
		const bad = join(dir, 'bad.txt.facts.json');
		await writeFile(bad, '{ "version": 1, "decisions": [');
		await assert.rejects(saveSidecarMerged(nodeFile(bad), undefined, side(dec('x', '228'))), SidecarError);
		assert.equal(await readFile(bad, 'utf8'), '{ "version": 1, "decisions": [');
	});

	test('a file read as bytes with invalid UTF-8 is reported and never rewritten', async () => {
		const path = join(dir, 'bytes.txt.facts.json');
		const damaged = Buffer.concat([Buffer.from('{"version": 1, "text": "'), Buffer.from([0xff]), Buffer.from('", "decisions": []}\n')]);
		await writeFile(path, damaged);
		const bytesFile: SidecarFile = { ...nodeFile(path), read: () => readFile(path).then((b) => new Uint8Array(b)) };
		await assert.rejects(saveSidecarMerged(bytesFile, undefined, side(dec('x', '228'))), (e: unknown) => e instanceof SidecarError && e.reason === 'encoding' && /byte 24/.test(e.message));
		assert.deepEqual(await readFile(path), damaged);
		// Valid bytes work as text does.
		await writeFile(path, serializeSidecar(side(dec('y', 'octobre 2025'))));
		const r = await saveSidecarMerged(bytesFile, undefined, side(dec('x', '228')));
		assert.deepEqual(ids(r.sidecar), ['x', 'y']);
	});

	test('a lock held for good ends in a typed error, and the lock is always released', async () => {
		const path = join(dir, 'locked.txt.facts.json');
		const held: SidecarFile = { ...nodeFile(path), tryLock: async () => undefined };
		await assert.rejects(saveSidecarMerged(held, undefined, side(dec('x', '228')), { wait: pause, lockAttempts: 3 }), (e: unknown) => e instanceof SidecarWriteError && e.reason === 'locked');
		const file = nodeFile(path);
		await saveSidecarMerged(file, undefined, side(dec('x', '228')));
		await assert.rejects(readFile(`${path}.lock`), { code: 'ENOENT' });
	});
});

describe('exclusiveLock: a lock file from plain file operations', () => {
	function lockOps(path: string): LockFileOps {
		return {
			createExclusive: async (content) => {
				try {
					await writeFile(path, content, { flag: 'wx' });
					return true;
				} catch (e) {
					if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
					throw e;
				}
			},
			read: async () => readFile(path, 'utf8').catch(() => undefined),
			age: async () => {
				try {
					return Date.now() - (await stat(path)).mtimeMs;
				} catch {
					return undefined;
				}
			},
			remove: () => unlink(path).catch(() => undefined),
		};
	}

	test('one holder at a time; release frees it; a stale lock is broken; release never removes another holder\'s lock', async () => {
		const path = join(dir, 'x.txt.facts.json.lock');
		const tryLock = exclusiveLock(lockOps(path), 1000);
		const release = await tryLock();
		assert.ok(release);
		assert.equal(await tryLock(), undefined, 'held');
		await release();
		const again = await tryLock();
		assert.ok(again, 'free after release');
		// The holder crashed an hour ago: its lock is broken.
		const old = new Date(Date.now() - 3_600_000);
		await utimes(path, old, old);
		const taken = await tryLock();
		assert.ok(taken, 'stale lock broken');
		// The crashed holder's late release must not free the new holder's lock.
		await again();
		assert.equal(await tryLock(), undefined);
		await taken();
		await assert.rejects(readFile(path), { code: 'ENOENT' });
	});

	test('saveSidecarMerged through exclusiveLock', async () => {
		const path = join(dir, 'with-lock.txt.facts.json');
		const file: SidecarFile = { ...nodeFile(path, false), tryLock: exclusiveLock(lockOps(`${path}.lock`)) };
		const r = await saveSidecarMerged(file, undefined, side(dec('x', '228')));
		assert.equal(r.written, true);
		await assert.rejects(readFile(`${path}.lock`), { code: 'ENOENT' });
	});
});

test('header fields (status, referenceDate, language) merge three-way and serialize', () => {
	const base: Sidecar = { version: 1, decisions: [], status: 'todo' };
	const mine: Sidecar = { version: 1, decisions: [], status: 'done' };
	const disk: Sidecar = { version: 1, decisions: [], status: 'todo', referenceDate: '2025-10-16', language: 'en' };
	const { sidecar } = mergeSidecar(base, mine, disk);
	assert.equal(sidecar.status, 'done');
	assert.equal(sidecar.referenceDate, '2025-10-16');
	assert.equal(sidecar.language, 'en');
	const round = parseSidecar(serializeSidecar(sidecar));
	assert.deepEqual({ s: round.status, r: round.referenceDate, l: round.language }, { s: 'done', r: '2025-10-16', l: 'en' });
});

test('span and parts survive a round trip; a bad span is refused', () => {
	const anchor = { start: 0, end: 3, exact: 'abc', prefix: '', suffix: ' de' };
	const d = { id: 'x1', action: 'correct' as const, target: 'amount' as const, anchor, fact: { kind: 'amount' as const, sub: 'money' as const, value: 3 }, span: { start: 0, end: 6, exact: 'abc de', prefix: '', suffix: '' }, parts: { measure: null, holder: anchor } };
	const text = serializeSidecar({ version: 1, decisions: [d] });
	assert.deepEqual(parseSidecar(text).decisions[0], d);
	assert.throws(() => parseSidecar(text.replace('"end": 6', '"end": 7')), /span/);
});
