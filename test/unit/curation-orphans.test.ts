// Issue 14.6: a decided fact whose decision is orphaned (its quote became ambiguous, or re-anchoring ran
// out of budget) is never exported again as a machine fact, its note is kept, and the review lists the
// orphans so the CLI can warn.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { makeAnchor } from '../../src/curation/anchor';
import { applyDecisions, exportable } from '../../src/curation/apply';
import { describeOrphans } from '../../src/cli/orphans';
import { serializeSidecar, type Decision } from '../../src/curation/sidecar';
import type { Mention } from '../../src/engine/types';
import { reviewSeed } from '../../src/pipeline/review';
import { exportToString } from '../../src/export/run';

const BEFORE = "Le rapport de l'OCDE, publié hier, est sévère.";
// The paragraph was pasted twice and the words around the quote changed: the quote is ambiguous.
const AFTER = "Selon l'OCDE, la croissance ralentit. Selon l'OCDE, la dette augmente.";

function ocde(text: string): Mention[] {
	const out: Mention[] = [];
	for (let i = text.indexOf('OCDE'); i >= 0; i = text.indexOf('OCDE', i + 1)) out.push({ start: i, end: i + 4, text: 'OCDE', kind: 'organization', canonical: 'OCDE' });
	return out;
}

function decision(action: Decision['action'], note?: string): Decision {
	const s = BEFORE.indexOf('OCDE');
	const d: Decision = { id: `d-${action}`, action, target: 'organization', anchor: makeAnchor(BEFORE, s, s + 4) };
	if (action === 'accept' || action === 'correct') d.fact = { kind: 'organization', canonical: 'Organisation de coopération et de développement économiques' };
	if (note !== undefined) d.note = note;
	return d;
}

test('an orphaned rejection does not come back as a machine fact, and keeps its note', () => {
	const r = applyDecisions(AFTER, ocde(AFTER), [decision('reject', 'pas une organisation ici')]);
	assert.deepEqual(r.orphans.map((o) => o.reason), ['ambiguous']);
	const held = r.mentions.filter((m) => m.text === 'OCDE');
	assert.equal(held.length, 2, 'the editor still shows both places');
	for (const m of held) {
		assert.equal(m.orphanOf, 'd-reject', 'each place the decision may be about is marked');
		assert.equal(m.note, 'pas une organisation ici');
	}
	assert.deepEqual(exportable(r.mentions), [], 'nothing the decision may be about is exported');
	assert.deepEqual(exportable(r.mentions, true), [], 'not even with rejected facts kept');
});

test('any orphaned decision holds its candidates back from exports: accept, correct, note', () => {
	for (const action of ['accept', 'correct', 'note'] as const) {
		const r = applyDecisions(AFTER, ocde(AFTER), [decision(action, 'vu')]);
		assert.equal(r.orphans.length, 1, action);
		assert.ok(r.mentions.filter((m) => m.text === 'OCDE').every((m) => m.orphanOf === `d-${action}` && m.status === 'machine' && m.note === 'vu'), action);
		assert.equal(exportable(r.mentions).length, 0, action);
	}
});

test('an orphan over budget holds its candidates too; a placed decision holds nothing', () => {
	const r = applyDecisions(AFTER, ocde(AFTER), [decision('reject')], { maxOperations: 0 });
	assert.deepEqual(r.orphans.map((o) => o.reason), ['budget']);
	assert.equal(exportable(r.mentions).length, 0);
	const placed = applyDecisions(BEFORE, ocde(BEFORE), [decision('reject')]);
	assert.equal(placed.orphans.length, 0);
	assert.ok(placed.mentions.every((m) => m.orphanOf === undefined));
});

test('exports leave the held facts out and the review lists the orphans for the CLI to warn about', async () => {
	const sidecar = serializeSidecar({ version: 1, decisions: [decision('reject', 'pas ici')] });
	const review = reviewSeed(AFTER, sidecar, { extract: { kinds: ['organization'] } });
	assert.equal(review.orphans.length, 1);
	const document = { file: 'seeds/a.txt', text: AFTER, mentions: review.mentions };
	const jsonl = await exportToString('jsonl', [document], { meta: { generator: { name: 't', version: '0' }, exportedAt: '2025-01-01T00:00:00.000Z' }, includeRejected: true });
	assert.ok(review.heldBack.some((m) => m.text === 'OCDE' && m.orphanOf === 'd-reject'), 'the engine proposes OCDE, held by the orphan');
	const rows = jsonl.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string });
	assert.deepEqual(rows.filter((row) => row.text === 'OCDE'), [], jsonl);
	const [line] = describeOrphans({ file: 'seeds/a.txt', orphans: review.orphans, heldBack: review.heldBack.length });
	assert.match(line, /seeds\/a\.txt: /);
	assert.match(line, /reject/);
	assert.match(line, /«OCDE»/);
	assert.match(line, /ambiguous/);
	assert.match(line, /pas ici/);
	assert.ok(!line.includes('\n'));
});
