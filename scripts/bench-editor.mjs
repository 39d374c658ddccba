// Editor benchmark in a real VS Code (code-server, Node extension host): runs the suite in
// test/bench-editor through the integration harness and prints its figures.
//   node scripts/bench-editor.mjs            (add --keep to keep the temp folders)
// Writes test-results/bench-editor.json. Exit code: the harness's (0 when the suite ran).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = ['test/harness/run-integration.mjs', '--host', 'node', '--suites', 'test/bench-editor', '--timeout', '900', ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
const results = [];
let buffer = '';
child.stdout.on('data', (chunk) => {
	buffer += chunk;
	let nl;
	while ((nl = buffer.indexOf('\n')) >= 0) {
		const line = buffer.slice(0, nl);
		buffer = buffer.slice(nl + 1);
		const m = /\[bench\] (\{.*\})\s*$/.exec(line);
		if (m) results.push(JSON.parse(m[1]));
		else process.stdout.write(line + '\n');
	}
});
child.on('close', (code) => {
	mkdirSync(join(repo, 'test-results'), { recursive: true });
	writeFileSync(join(repo, 'test-results', 'bench-editor.json'), JSON.stringify(results, null, 2) + '\n');
	console.log('\nEditor benchmark (VS Code 1.100.3, code-server, Node extension host):');
	for (const r of results) {
		const { name, ...rest } = r;
		console.log(`  ${name}: ${Object.entries(rest).map(([k, v]) => `${k}=${v}`).join(', ')}`);
	}
	process.exit(code ?? 2);
});
