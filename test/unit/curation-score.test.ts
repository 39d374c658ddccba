import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import type { Mention } from '../../src/engine/types';
import { runScore, type ScoreIo } from '../../src/cli/score';
import { memorySource } from './memorySource';
import { makeAnchor } from '../../src/curation/anchor';
import { applyDecisions } from '../../src/curation/apply';
import { GoldFileError, parseGoldJsonl, reviewedTruth, Scoreboard, formatScoreMarkdown, formatScoreTable } from '../../src/curation/score';
import { serializeSidecar, type Decision } from '../../src/curation/sidecar';

const TEXT = 'Le FMI prévoit 6,5 % de croissance en 2025 et 12 millions de dollars pour la Banque mondiale, selon X.\n';
const span = (quote: string) => {
	const start = TEXT.indexOf(quote);
	return { start, end: start + quote.length, text: quote };
};
/** A fixed "engine" for TEXT: right on FMI, 6,5 %, 2025; wrong value on the money; a false alarm on X; misses Banque mondiale. */
const RAW: Mention[] = [
	{ ...span('FMI'), kind: 'organization', canonical: 'FMI' },
	{ ...span('6,5 %'), kind: 'amount', sub: 'percent', value: 6.5, unit: '%' },
	{ ...span('2025'), kind: 'date', value: '2025' },
	{ ...span('12 millions de dollars'), kind: 'amount', sub: 'money', value: 12e5, unit: 'USD' },
	{ ...span('X'), kind: 'organization', canonical: 'X' },
];

function decision(id: string, action: Decision['action'], quote: string, extra: Partial<Decision> = {}): Decision {
	const s = span(quote);
	return { id, action, anchor: makeAnchor(TEXT, s.start, s.end), ...extra };
}
const DECISIONS: Decision[] = [
	decision('a', 'accept', 'FMI', { target: 'organization', fact: { kind: 'organization', canonical: 'FMI' } }),
	decision('b', 'accept', '6,5 %', { target: 'amount', fact: { kind: 'amount', sub: 'percent', value: 6.5, unit: '%' } }),
	decision('c', 'correct', '12 millions de dollars', { target: 'amount', fact: { kind: 'amount', sub: 'money', value: 12e6, unit: 'USD' } }),
	decision('d', 'reject', 'X', { target: 'organization' }),
	decision('e', 'add', 'Banque mondiale', { fact: { kind: 'organization', canonical: 'Banque mondiale' } }),
];

describe('scoring against reviewed facts', () => {
	test('accepted, corrected and manual are truth; rejected are false alarms; unreviewed are left out', () => {
		const reviewed = applyDecisions(TEXT, RAW, DECISIONS).mentions;
		const { truth, predicted } = reviewedTruth(RAW, reviewed);
		assert.deepEqual(truth.map((m) => m.text).sort(), ['12 millions de dollars', '6,5 %', 'Banque mondiale', 'FMI']);
		// 2025 was not reviewed: it is not counted either way.
		assert.deepEqual(predicted.map((m) => m.text), ['FMI', '6,5 %', '12 millions de dollars', 'X']);
		const board = new Scoreboard();
		board.add(truth, predicted, 'a.txt');
		const r = board.result();
		// Organizations: FMI right, X wrong, Banque mondiale missed.
		assert.deepEqual([r.organization.tp, r.organization.fp, r.organization.fn], [1, 1, 1]);
		assert.equal(r.organization.precision, 0.5);
		// Amounts: 6,5 % right; the money's value differs, so a false alarm and a miss.
		assert.deepEqual([r.amount.tp, r.amount.fp, r.amount.fn], [1, 1, 1]);
		assert.deepEqual([r.money.tp, r.money.fp, r.money.fn], [0, 1, 1]);
		assert.deepEqual([r.percent.tp, r.percent.fp, r.percent.fn], [1, 0, 0]);
		assert.deepEqual([r.date.tp, r.date.fp, r.date.fn], [0, 0, 0]);
		assert.deepEqual([r.all.tp, r.all.fp, r.all.fn], [2, 2, 2]);
		assert.equal(r.all.f1, 0.5);
		assert.deepEqual(board.errors.map((e) => `${e.sign}${e.text}`).sort(), ['+12 millions de dollars', '+X', '-12 millions de dollars', '-Banque mondiale']);
	});

	test('a changed kind counts the machine’s mention as a false alarm', () => {
		const d = decision('k', 'correct', '2025', { target: 'date', fact: { kind: 'amount', sub: 'quantity', value: 2025 } });
		const reviewed = applyDecisions(TEXT, RAW, [d]).mentions;
		const { truth, predicted } = reviewedTruth(RAW, reviewed);
		const board = new Scoreboard();
		board.add(truth, predicted);
		const r = board.result();
		assert.deepEqual([r.date.fp, r.amount.fn], [1, 1]);
	});

	test('tables', () => {
		const board = new Scoreboard();
		board.add([{ start: 0, end: 3, kind: 'date', value: '2025' }], [{ start: 1, end: 3, kind: 'date', value: '2024' }]);
		const table = formatScoreTable(board.result());
		assert.match(table, /^date\s+100\.0\s+100\.0\s+100\.0\s+1\s+0\s+0$/m);
		assert.match(formatScoreMarkdown(board.result()), /^\| date \| 100\.0 % \| 100\.0 % \| 100\.0 % \| 1 \| 0 \| 0 \|$/m);
	});
});

describe('gold files', () => {
	test('parse with line numbers in errors', () => {
		const rows = parseGoldJsonl('{"file":"a.txt","start":0,"end":3,"text":"FMI","kind":"organization"}\n\n');
		assert.equal(rows.length, 1);
		assert.throws(() => parseGoldJsonl('{"file":"a.txt"}\n{'), (e: unknown) => e instanceof GoldFileError && /^line 1: /.test(e.message));
		assert.throws(() => parseGoldJsonl('{"file":"a.txt","start":0,"end":3,"kind":"organization"}\n{'), (e: unknown) => e instanceof GoldFileError && /^line 2: not valid JSON/.test(e.message));
	});
});

describe('score CLI', () => {
	function memoryIo(files: Record<string, string>) {
		let out = '';
		let err = '';
		const io: ScoreIo = {
			stdout: (s) => void (out += s),
			stderr: (s) => void (err += s),
			source: memorySource(files),
		};
		return { io, out: () => out, err: () => err };
	}
	const engine = (text: string): Mention[] => (text === TEXT ? RAW : []);
	const sidecar = serializeSidecar({ version: 1, text: 'a.txt', decisions: DECISIONS });
	const gold = [
		{ file: 'a.txt', ...span('FMI'), kind: 'organization' },
		{ file: 'a.txt', ...span('2025'), kind: 'date', value: '2025' },
		{ file: 'a.txt', ...span('12 millions de dollars'), kind: 'amount', sub: 'money', value: 12e6 },
		{ file: 'other.txt', start: 0, end: 1, text: 'x', kind: 'date', value: '2025' },
	]
		.map((r) => JSON.stringify(r))
		.join('\n');

	test('prints a table against the sidecars, and against a gold file', async () => {
		const m = memoryIo({ 'seeds/a.txt': TEXT, 'seeds/a.txt.facts.json': sidecar, 'seeds/b.txt': 'rien', 'gold.jsonl': gold });
		const code = await runScore(['--gold', 'gold.jsonl', 'seeds'], m.io, engine);
		assert.equal(code, 0, m.err());
		assert.match(m.out(), /Engine against reviewed facts: 1 of 2 file\(s\) have a sidecar; 2 accepted, 1 corrected, 1 manual, 1 rejected, 1 unreviewed/);
		assert.match(m.out(), /^all kinds\s+50\.0\s+50\.0\s+50\.0\s+2\s+2\s+2$/m);
		assert.match(m.out(), /Engine against gold gold\.jsonl: 1 of 2 file\(s\) have gold mentions/);
		// Against gold: FMI and 2025 found; the money's value wrong; 6,5 % and X not in this gold.
		assert.match(m.out(), /^date\s+100\.0\s+100\.0\s+100\.0\s+1\s+0\s+0$/m);
	});

	test('--json', async () => {
		const m = memoryIo({ 'seeds/a.txt': TEXT, 'seeds/a.txt.facts.json': sidecar });
		assert.equal(await runScore(['--json', 'seeds/a.txt'], m.io, engine), 0);
		const j = JSON.parse(m.out());
		assert.equal(j.files, 1);
		assert.equal(j.reviewed.scores.organization.precision, 0.5);
		assert.equal(j.reviewed.statuses.manual, 1);
		assert.equal(j.gold, undefined);
		assert.equal(j.reviewed.errors, undefined);
	});

	test('--errors lists misses and false alarms', async () => {
		const m = memoryIo({ 'seeds/a.txt': TEXT, 'seeds/a.txt.facts.json': sidecar });
		await runScore(['--errors', 'seeds/a.txt'], m.io, engine);
		assert.match(m.out(), /^- a\.txt organization: missed «Banque mondiale»$/m);
		assert.match(m.out(), /^\+ a\.txt organization: spurious «X»$/m);
	});

	test('a corrupt sidecar: reported, exit 1, the rest still scored', async () => {
		const m = memoryIo({ 'seeds/a.txt': TEXT, 'seeds/a.txt.facts.json': sidecar, 'seeds/b.txt': TEXT, 'seeds/b.txt.facts.json': '{"version": 3, "decisions": []}' });
		assert.equal(await runScore(['seeds'], m.io, engine), 1);
		assert.match(m.err(), /seeds\/b\.txt\.facts\.json: The review file has format version 3/);
		assert.match(m.out(), /1 of 2 file\(s\) have a sidecar/);
	});

	test('usage errors exit 2; a missing file exits 1', async () => {
		let m = memoryIo({});
		assert.equal(await runScore([], m.io, engine), 2);
		assert.match(m.err(), /no PATH given/);
		m = memoryIo({});
		assert.equal(await runScore(['--bogus', 'a'], m.io, engine), 2);
		m = memoryIo({});
		assert.equal(await runScore(['--reference-year', 'abc', 'a'], m.io, engine), 2);
		m = memoryIo({});
		assert.equal(await runScore(['nope.txt'], m.io, engine), 1);
		assert.match(m.err(), /nope\.txt: no such file or folder/);
		assert.match(m.out(), /none of the 0 file\(s\) has a sidecar|none of the 1 file/);
		m = memoryIo({});
		assert.equal(await runScore(['--help'], m.io, engine), 0);
		assert.match(m.out(), /^Usage: seed-facts score/);
	});
});
