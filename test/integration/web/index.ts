// Mocha runner for the web worker extension host. scripts/build-integration.mjs bundles this module
// first and every *.web.test.ts after it, so mocha's globals exist when the suites load.
// mocha's browser build defines globalThis.mocha and globalThis.Mocha.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { harnessConfig, screenshot } from '../util';

mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, forbidOnly: true, forbidPending: true });
// Both describe/it and suite/test are available, as in the Node host.
Mocha.interfaces.tdd(mocha.suite);
mocha.suite.emit('pre-require', globalThis, '', mocha);
mocha.suite.afterEach(async function () {
	const t = this.currentTest;
	if (t?.state === 'failed') await screenshot(`failed-${t.fullTitle()}`).catch((e: unknown) => console.log(String(e)));
});

export function run(): Promise<void> {
	const grep = harnessConfig()?.grep;
	console.log(`[seed-facts] VS Code ${vscode.version}, web worker extension host${grep ? `, grep /${grep}/` : ''}`);
	if (grep) mocha.grep(grep);
	return new Promise((resolve, reject) => {
		const runner = mocha.run((failures) => {
			if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
			// With a grep, a host may have no match (the harness checks that some host ran a test).
			else if (!runner.stats?.tests && !grep) reject(new Error('no web integration test ran'));
			else resolve();
		});
	});
}
