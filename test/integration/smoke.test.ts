// Smoke test of the Node extension host: the extension loads, a seed opens as a `seed` document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, openSeed, screenshot, seedNames, workspaceRoot } from './util';

describe('smoke (node extension host)', () => {
	it('runs in the Node extension host of a real VS Code', () => {
		assert.match(vscode.version, /^1\.\d+\.\d+/);
		assert.equal(typeof process.versions.node, 'string');
	});

	it('activates the extension from this repository', async () => {
		await activateExtension();
		const ext = vscode.extensions.getExtension(EXTENSION_ID);
		assert.ok(ext?.isActive);
		assert.equal(ext.packageJSON.name, 'seed-facts');
		// Under code-server the Node host is the server's (workspace side); on desktop it is local.
		const expected = vscode.env.uiKind === vscode.UIKind.Web ? vscode.ExtensionKind.Workspace : vscode.ExtensionKind.UI;
		assert.equal(ext.extensionKind, expected);
	});

	it('opens the seeds folder as the workspace', async () => {
		const names = await seedNames();
		assert.equal(names.length, 5, `seeds in ${workspaceRoot().toString()}: ${names.join(', ')}`);
		const editor = await openSeed(names[0]);
		assert.ok(editor.document.getText().length > 100);
		assert.equal(editor.document.languageId, 'seed', 'seeds open in the Seed language mode');
		await screenshot('smoke-seed-open');
	});
});
