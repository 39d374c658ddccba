import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEngineFlags } from '../../src/cli/engineFlags';
import { UsageError } from '../../src/cli/io';
import type { ExtractOptions } from '../../src/engine/types';

test('--reference-date takes a real calendar date and --language auto, fr or en', () => {
	const o: ExtractOptions = {};
	applyEngineFlags({ 'reference-date': '2024-02-29', language: 'en' }, o);
	assert.deepEqual(o, { referenceDate: '2024-02-29', language: 'en' });
	for (const bad of ['2025-02-30', '2025-13-01', '16/10/2025', '2025-1-1', '']) {
		assert.throws(() => applyEngineFlags({ 'reference-date': bad }, {}), UsageError, bad);
	}
	assert.throws(() => applyEngineFlags({ language: 'de' }, {}), UsageError);
	const none: ExtractOptions = {};
	applyEngineFlags({}, none);
	assert.deepEqual(none, {});
});
