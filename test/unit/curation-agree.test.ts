import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agree, formatAgreement, type AgreeSpan } from '../../src/curation/agree';

const text = 'Le groupe Vingroup a investi 3 milliards de dollars en 2024, soit 12 % de plus.';
const span = (t: string, category: AgreeSpan['category'], value?: unknown): AgreeSpan => {
	const start = text.indexOf(t);
	return { start, end: start + t.length, text: t, category, value };
};

test('two identical curators agree perfectly: F1 1 and kappa 1', () => {
	const a = [span('Vingroup', 'organization'), span('3 milliards de dollars', 'money', 3e9), span('2024', 'date', '2024')];
	const r = agree([{ file: 'x.txt', text, a, b: a }]);
	assert.equal(r.scores.all.f1, 1);
	assert.equal(r.kappa, 1);
	assert.deepEqual(r.disagreements, []);
});

test('each kind of disagreement is listed once, with A as reference', () => {
	const a = [span('Vingroup', 'organization'), span('3 milliards de dollars', 'money', 3e9), span('2024', 'date', '2024'), span('12 %', 'percent', 12)];
	const b = [span('groupe Vingroup', 'organization'), span('3 milliards de dollars', 'quantity', 3e9), span('2024', 'date', '2023'), span('Le', 'organization')];
	const r = agree([{ file: 'x.txt', text, a, b }]);
	const types = r.disagreements.map((d) => `${d.type}:${d.a?.text ?? d.b?.text}`).sort();
	assert.deepEqual(types, ['a-only:12 %', 'b-only:Le', 'boundary:Vingroup', 'category:3 milliards de dollars', 'value:2024']);
	assert.equal(r.scores.date.tp, 1);
	assert.equal(r.scores.organization.fn, 1);
	assert.equal(r.scores.organization.fp, 2);
	assert.ok(r.kappa < 1 && r.kappa > 0, `kappa ${r.kappa}`);
});

test("Cohen's kappa matches a hand computation on tokens", () => {
	// Tokens: 18 words and signs. A labels « Vingroup » ORG; B labels nothing: po = 17/18,
	// pe = (17/18)(18/18) + (1/18)(0) = 17/18, so kappa = 0.
	const r = agree([{ file: 'x.txt', text, a: [span('Vingroup', 'organization')], b: [] }]);
	assert.equal(r.tokens, 18);
	assert.equal(r.kappa, 0);
});

test('the report names each disagreement by file and line', () => {
	const r = agree([{ file: 'x.txt', text, a: [span('Vingroup', 'organization')], b: [] }]);
	const out = formatAgreement(r, () => 3);
	assert.match(out, /x\.txt:3\ta-only\tA: organization "Vingroup"\tB: —/);
	assert.match(out, /Cohen's kappa on 18 word tokens: 0\.000/);
});
