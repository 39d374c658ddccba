import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { createPathMatcher } from '../../src/extension/model/pathMatcher';
import { extractOptionsFor, parseSettings } from '../../src/extension/model/settings';

test('defaults when nothing is set', () => {
	const s = parseSettings(() => undefined);
	assert.deepEqual(s.include, ['**/seeds/**/*.txt']);
	assert.deepEqual(s.categories, ['money', 'percent', 'quantity', 'date', 'organization']);
	assert.equal(s.groupBy, 'document');
	assert.equal(s.referenceYear, undefined);
	assert.equal(s.hoverEnabled, true);
	assert.equal(s.maxFileSizeMB, 10);
});

test('invalid values fall back, numbers are clamped, kinds keep the fixed order', () => {
	const values: Record<string, unknown> = {
		include: ['', 'docs/**/*.md', 3],
		kinds: ['organization', 'bogus', 'money'],
		debounceMs: -5,
		maxFileSizeMB: 'big',
		referenceYear: 2025.5,
		'tree.groupBy': 'nonsense',
		'organizations.add': ['ACME'],
	};
	const s = parseSettings((k) => values[k]);
	assert.deepEqual(s.include, ['docs/**/*.md']);
	assert.deepEqual(s.categories, ['money', 'organization']);
	assert.equal(s.debounceMs, 0);
	assert.equal(s.maxFileSizeMB, 10);
	assert.equal(s.referenceYear, undefined);
	assert.equal(s.groupBy, 'document');
	const o = extractOptionsFor({ ...s, referenceYear: 2024 });
	assert.deepEqual(o.kinds, ['amount', 'organization']);
	assert.deepEqual(o.organizationsAdd, ['ACME']);
	assert.equal(o.referenceYear, 2024);
});

test('include/exclude globs match workspace-relative and absolute paths', () => {
	const m = createPathMatcher(['**/seeds/**/*.txt'], ['**/draft-*.txt']);
	assert.ok(m('seeds/a.txt'));
	assert.ok(m('corpus/seeds/2025/a.txt'));
	assert.ok(m('/tmp/run/seeds/a.txt'), 'a workspace opened on the seeds folder itself');
	assert.ok(!m('seeds/a.md'));
	assert.ok(!m('seeds/draft-a.txt'));
	assert.ok(!m('other/a.txt'));
	assert.ok(createPathMatcher(['**/*.{txt,md}'], [])('notes/x.md'));
	assert.ok(!createPathMatcher([], [])('seeds/a.txt'));
});
