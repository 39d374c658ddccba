// Harness self-test: runs the deliberately failing suites of test/integration-selftest/ through the
// same harness, in both extension hosts, and succeeds only if the harness reports the failures
// (exit code 1, mocha's "1 failing" per host, a failure screenshot). A harness that let failures
// through, or that could not run VS Code at all (exit 2), fails this check.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = join(repo, 'test-results', 'selftest');

const child = spawn(process.execPath, [join(repo, 'test', 'harness', 'run-integration.mjs'), '--suites', 'test/integration-selftest', '--results', 'test-results/selftest', ...process.argv.slice(2)], {
	cwd: repo,
	stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
let partial = '';
child.stdout.on('data', (chunk) => {
	output += chunk;
	// Prefixed so the deliberate failures do not read as the project's own.
	const lines = (partial + chunk).split('\n');
	partial = lines.pop();
	for (const line of lines) process.stdout.write(`selftest| ${line}\n`);
});
const code = await new Promise((r) => child.on('close', (c) => r(c ?? 1)));
if (partial) process.stdout.write(`selftest| ${partial}\n`);

const problems = [];
if (code !== 1) problems.push(`the harness exited ${code}, expected 1 (a test failed)`);
for (const host of ['node', 'web']) {
	if (!new RegExp(`\\[harness\\] ${host} extension host: FAILED \\(1 passing, 1 failing`).test(output)) {
		problems.push(`the ${host} host did not report "1 passing, 1 failing"`);
	}
	const dir = join(results, host);
	const shots = existsSync(dir) ? readdirSync(dir) : [];
	if (!shots.some((f) => f.startsWith('failed-'))) problems.push(`no failure screenshot in test-results/selftest/${host}/`);
}
if (problems.length) {
	console.log(`harness self-test: FAILED\n  ${problems.join('\n  ')}`);
	console.log('selftest: 0 passed, 1 failed');
	process.exit(1);
}
console.log('harness self-test: passed (the deliberately failing suites made the harness exit 1 in both hosts)');
console.log('selftest: 1 passed, 0 failed');
