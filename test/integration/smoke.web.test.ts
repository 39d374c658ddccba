// Smoke test of the web worker extension host: the `browser` bundle loads and a seed opens.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, openSeed, screenshot, seedNames } from './util';

describe('smoke (web worker extension host)', () => {
	it('runs in a web worker, not in Node', () => {
		assert.match(vscode.version, /^1\.\d+\.\d+/);
		assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker global scope');
		assert.equal(typeof (globalThis as { require?: unknown }).require, 'undefined', 'no Node require');
	});

	it('activates the browser bundle of the extension', async () => {
		await activateExtension();
		const ext = vscode.extensions.getExtension(EXTENSION_ID);
		assert.ok(ext?.isActive);
		assert.equal(ext.extensionKind, vscode.ExtensionKind.UI, 'runs on the UI side (the web worker)');
		assert.equal(ext.packageJSON.browser, './dist/web/extension.js');
	});

	it('opens a seed from the workspace', async () => {
		const names = await seedNames();
		assert.equal(names.length, 5);
		const editor = await openSeed(names[1]);
		assert.ok(editor.document.getText().length > 100);
		assert.equal(editor.document.uri.scheme, 'vscode-remote');
		assert.equal(editor.document.languageId, 'seed', 'seeds open in the Seed language mode');
		await screenshot('web-smoke-seed-open');
	});
});
