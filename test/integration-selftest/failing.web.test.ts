// Harness self-test for the web worker extension host: this suite MUST fail (see failing.test.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('harness self-test (web worker extension host)', () => {
	it('passes: the web worker extension host runs', () => {
		assert.match(vscode.version, /^1\./);
	});

	it('fails on purpose', async () => {
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: 'deliberate failure', language: 'plaintext' }));
		assert.deepEqual({ kind: 'amount' }, { kind: 'date' }, 'deliberate failure: the harness must turn this into a non-zero exit');
	});
});
