import * as vscode from 'vscode';
import { syntheticSeed } from './synth';
import { api, writeSeed } from '../integration/editorHelpers';
import { workspaceRoot } from '../integration/util';

describe('diag', function () {
	this.timeout(300_000);
	it('times opening 5 MB', async () => {
		const a = await api();
		const text = await syntheticSeed(5 * 1024 * 1024);
		let last = performance.now();
		let maxGap = 0;
		const timer = setInterval(() => {
			const n = performance.now();
			maxGap = Math.max(maxGap, n - last);
			last = n;
		}, 10);
		const t = () => performance.now().toFixed(0);
		for (const name of ['plain-5mb.log', 'zz-large-5mb.txt']) {
			console.log(`[diag] ${t()} write ${name}`);
			const uri = await writeSeed(workspaceRoot(), name, text);
			console.log(`[diag] ${t()} written; maxGap ${maxGap.toFixed(0)}`);
			const doc = await vscode.workspace.openTextDocument(uri);
			console.log(`[diag] ${t()} opened (${doc.languageId}); maxGap ${maxGap.toFixed(0)}`);
			await vscode.window.showTextDocument(doc);
			console.log(`[diag] ${t()} shown; maxGap ${maxGap.toFixed(0)}`);
			await a.whenIdle();
			console.log(`[diag] ${t()} idle; maxGap ${maxGap.toFixed(0)}`);
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			console.log(`[diag] ${t()} closed; maxGap ${maxGap.toFixed(0)}`);
		}
		clearInterval(timer);
	});
});
