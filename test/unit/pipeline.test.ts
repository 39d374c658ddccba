// The seed pipeline (src/pipeline): one policy for encoding, size, corrupt sidecars and orphans.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { makeAnchor } from '../../src/curation/anchor';
import { serializeSidecar, SidecarError, type Decision } from '../../src/curation/sidecar';
import { extract } from '../../src/engine/extract';
import { processSeed, readSeed } from '../../src/pipeline/load';
import { DEFAULT_POLICY, holdBackOrphans, reviewSeed } from '../../src/pipeline/review';
import { SeedReadError } from '../../src/pipeline/source';
import { walkSeeds } from '../../src/pipeline/walk';
import { memorySource } from './memorySource';

const TEXT = 'Le FMI a prêté 12 millions de dollars en 2025. Le FMI a aussi parlé.\n';
const at = '2025-01-01T00:00:00.000Z';

function rejectFirst(prefix?: string): Decision {
	const start = TEXT.indexOf('FMI');
	const anchor = makeAnchor(TEXT, start, start + 3);
	return { id: 'r1', action: 'reject', target: 'organization', at, anchor: prefix === undefined ? anchor : { ...anchor, prefix, suffix: ' plus tard', start: 500, end: 503 } };
}
const sidecarOf = (decisions: Decision[]) => serializeSidecar({ version: 1, text: 'a.txt', decisions });

describe('reviewSeed', () => {
	test('no sidecar: the engine’s mentions, unreviewed', () => {
		const r = reviewSeed(TEXT, undefined);
		assert.equal(r.mentions.length, extract(TEXT).length);
		assert.ok(r.mentions.every((m) => m.status === 'machine'));
	});

	test('a corrupt sidecar is an error, never "nothing reviewed"', () => {
		assert.throws(() => reviewSeed(TEXT, '{ not json'), SidecarError);
	});

	test('a rejection applies to its mention', () => {
		const r = reviewSeed(TEXT, sidecarOf([rejectFirst()]));
		assert.equal(r.mentions.filter((m) => m.status === 'rejected').length, 1);
		assert.deepEqual(r.orphans, []);
	});

	test('an orphaned rejection (ambiguous quote): listed, and the mentions it may be about are held back', () => {
		const r = reviewSeed(TEXT, sidecarOf([rejectFirst('ailleurs le ')]));
		assert.equal(r.orphans.length, 1);
		assert.equal(r.orphans[0].reason, 'ambiguous');
		assert.ok(!r.mentions.some((m) => m.text === 'FMI'), 'an orphaned rejection came back as a machine fact');
		assert.deepEqual(
			r.heldBack.map((m) => m.text),
			['FMI', 'FMI'],
		);
	});

	test('holdBackOrphans keeps reviewed mentions and other kinds', () => {
		const r = reviewSeed(TEXT, undefined);
		const orphan = { decision: rejectFirst(), reason: 'ambiguous' as const };
		const accepted = r.mentions.map((m) => (m.text === 'FMI' ? { ...m, status: 'accepted' as const } : m));
		assert.equal(holdBackOrphans(accepted, [orphan]).heldBack.length, 0);
	});
});

describe('readSeed / processSeed', () => {
	const entry = { path: 'seeds/a.txt', file: 'seeds/a.txt' };

	test('a sidecar that is not a regular file is refused without being read', async () => {
		const source = memorySource({ 'seeds/a.txt': TEXT }, { 'seeds/a.txt.facts.json': 'other' });
		await assert.rejects(readSeed(source, entry, DEFAULT_POLICY), (e: unknown) => e instanceof SeedReadError && e.inSidecar && e.message === 'seeds/a.txt.facts.json: not a regular file');
	});

	test('invalid UTF-8 in a sidecar is reported as in a seed', async () => {
		const bad = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
		const source = memorySource({ 'seeds/a.txt': TEXT, 'seeds/a.txt.facts.json': bad });
		await assert.rejects(readSeed(source, entry, DEFAULT_POLICY), (e: unknown) => e instanceof SeedReadError && e.message === 'seeds/a.txt.facts.json: invalid UTF-8 at byte 2');
		const seedSource = memorySource({ 'seeds/a.txt': bad });
		await assert.rejects(readSeed(seedSource, entry, DEFAULT_POLICY), (e: unknown) => e instanceof SeedReadError && e.message === 'seeds/a.txt: invalid UTF-8 at byte 2');
	});

	test('the size is checked before reading', async () => {
		const source = memorySource({ 'seeds/a.txt': TEXT });
		let reads = 0;
		const counting = { ...source, read: (p: string) => (reads++, source.read(p)) };
		await assert.rejects(readSeed(counting, entry, { maxBytes: 10, review: true }), /file too large/);
		assert.equal(reads, 0);
	});

	test('a corrupt sidecar: the seed is refused, naming the sidecar', async () => {
		const source = memorySource({ 'seeds/a.txt': TEXT, 'seeds/a.txt.facts.json': '{' });
		await assert.rejects(processSeed(source, entry, DEFAULT_POLICY), (e: unknown) => e instanceof SeedReadError && e.inSidecar && e.path === 'seeds/a.txt.facts.json');
		const noReview = await processSeed(source, entry, { ...DEFAULT_POLICY, review: false });
		assert.equal(noReview.review.mentions.length, extract(TEXT).length);
	});
});

test('walkSeeds: .txt files sorted, hidden folders, node_modules and non-regular entries skipped', async () => {
	const source = memorySource(
		{ 'r/b.txt': '', 'r/a.TXT': '', 'r/sub/c.txt': '', 'r/.git/d.txt': '', 'r/node_modules/e.txt': '', 'r/notes.md': '', 'r/out/f.txt': '' },
		{ 'r/fifo.txt': 'other' },
	);
	assert.deepEqual(await walkSeeds(source, 'r', { exclude: ['r/out'] }), ['r/a.TXT', 'r/b.txt', 'r/sub/c.txt']);
});
