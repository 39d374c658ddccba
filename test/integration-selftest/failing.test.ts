// Harness self-test (npm run test:selftest): this suite MUST fail. The self-test passes only if the
// harness reports the failure and exits non-zero. Not part of npm run test:integration.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('harness self-test (node extension host)', () => {
	it('passes: the extension host runs', () => {
		assert.match(vscode.version, /^1\./);
	});

	it('fails on purpose', () => {
		assert.equal(1 + 1, 3, 'deliberate failure: the harness must turn this into a non-zero exit');
	});
});
