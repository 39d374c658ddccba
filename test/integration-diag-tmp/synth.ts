import * as vscode from 'vscode';
import { seedNames, seedUri } from '../integration/util';
export async function syntheticSeed(bytes: number): Promise<string> {
	const paragraphs: string[] = [];
	for (const name of await seedNames()) {
		const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(name)));
		paragraphs.push(...text.split('\n').filter((l) => l.trim().length > 0));
	}
	const out: string[] = [];
	let size = 0;
	for (let n = 0; size < bytes; n++) {
		const line = `§${n} ${paragraphs[n % paragraphs.length]}`;
		out.push(line);
		size += line.length + 1;
	}
	return out.join('\n') + '\n';
}
