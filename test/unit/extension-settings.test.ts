import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createPathMatcher } from '../../src/extension/model/pathMatcher';
import { extractOptionsFor, MAX_FILE_SIZE_MB_CAP, parseSettings } from '../../src/extension/model/settings';

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

test('maxFileSizeMB is capped: a workspace cannot ask for huge reads', () => {
	const s = parseSettings((key) => (key === 'maxFileSizeMB' ? 100_000 : undefined));
	assert.equal(s.maxFileSizeMB, MAX_FILE_SIZE_MB_CAP);
	const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
	assert.equal(pkg.contributes.configuration.properties['seedFacts.maxFileSizeMB'].maximum, MAX_FILE_SIZE_MB_CAP);
});

test('untrusted workspaces: the settings a hostile repository could abuse are restricted', () => {
	const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
	const u = pkg.capabilities.untrustedWorkspaces;
	assert.equal(u.supported, 'limited');
	for (const key of ['include', 'exclude', 'maxFileSizeMB', 'debounceMs']) assert.ok(u.restrictedConfigurations.includes(`seedFacts.${key}`), key);
	for (const key of u.restrictedConfigurations) assert.ok(key in pkg.contributes.configuration.properties, key);
});
