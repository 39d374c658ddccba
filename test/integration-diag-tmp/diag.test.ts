import * as vscode from 'vscode';
import { workspaceRoot } from '../integration/util';

describe('diag', function () {
	this.timeout(300_000);
	it('times reading 2000 files', async () => {
		const uris: vscode.Uri[] = [];
		const text = new TextEncoder().encode('x'.repeat(6000));
		for (let i = 0; i < 2000; i += 100) {
			await Promise.all(Array.from({ length: 100 }, (_, j) => {
				const u = vscode.Uri.joinPath(workspaceRoot(), 'corpus', `${i + j}.txt`);
				uris.push(u);
				return vscode.workspace.fs.writeFile(u, text);
			}));
		}
		for (const conc of [1, 8, 64, 2000]) {
			const t0 = performance.now();
			for (let i = 0; i < uris.length; i += conc) await Promise.all(uris.slice(i, i + conc).map((u) => vscode.workspace.fs.readFile(u)));
			console.log(`[diag] read 2000 files, ${conc} at a time: ${(performance.now() - t0).toFixed(0)} ms`);
		}
		const t1 = performance.now();
		const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.workspace.workspaceFolders![0], '**/*.txt'));
		console.log(`[diag] findFiles ${found.length}: ${(performance.now() - t1).toFixed(0)} ms; scheme ${uris[0].scheme}`);
	});
});
