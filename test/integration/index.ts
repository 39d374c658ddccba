// Mocha runner for the Node extension host: VS Code loads this module (extensionTestsPath) and
// awaits run(). Used by the seed-facts harness and usable by @vscode/test-electron's runTests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { harnessConfig, screenshot } from './util';

function findTests(dir: string): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => {
			const p = path.join(dir, e.name);
			if (e.isDirectory()) return findTests(p);
			return e.name.endsWith('.test.js') && !e.name.endsWith('.web.test.js') ? [p] : [];
		})
		.sort();
}

export function run(): Promise<void> {
	const grep = harnessConfig()?.grep ?? process.env.SEED_FACTS_GREP;
	console.log(`[seed-facts] VS Code ${vscode.version}, node extension host${grep ? `, grep /${grep}/` : ''}`);
	const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, forbidOnly: true, forbidPending: true });
	// Both describe/it and suite/test are available.
	Mocha.interfaces.tdd(mocha.suite);
	if (grep) mocha.grep(grep);
	mocha.suite.afterEach(async function () {
		const t = this.currentTest;
		if (t?.state === 'failed') await screenshot(`failed-${t.fullTitle()}`).catch((e: unknown) => console.log(String(e)));
	});
	for (const file of findTests(__dirname)) mocha.addFile(file);
	return new Promise((resolve, reject) => {
		const runner = mocha.run((failures) => {
			if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
			// With a grep, a host may have no match (the harness checks that some host ran a test).
			else if (!runner.stats?.tests && !grep) reject(new Error('no integration test ran'));
			else resolve();
		});
	});
}
