import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error: plain ES module without types
import { START_SETTINGS } from '../../scripts/start-settings.mjs';

test('npm start turns auto-save off, globally and for seed documents', () => {
	assert.equal(START_SETTINGS['files.autoSave'], 'off');
	assert.equal(START_SETTINGS['[seed]']['files.autoSave'], 'off');
});
