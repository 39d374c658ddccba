// The export commands' UI strings all have a French translation (the editor UI's test skips this file).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXPORT_FORMATS, FORMAT_INFO } from '../../src/export/format';

const root = join(__dirname, '..', '..');
const bundleFr: Record<string, string> = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.fr.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const nlsFr: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.fr.json'), 'utf8'));

test('every string of exportCommands.ts and every format description is translated to French', () => {
	const src = readFileSync(join(root, 'src/extension/export/exportCommands.ts'), 'utf8');
	const strings = [...src.matchAll(/\bt\(\s*('(?:[^'\\\n]|\\.)*')/g)].map((m) => new Function(`return ${m[1]}`)() as string);
	assert.ok(strings.length > 25, `found ${strings.length} strings`);
	for (const f of EXPORT_FORMATS) strings.push(FORMAT_INFO[f].description);
	assert.deepEqual(strings.filter((s) => !(s in bundleFr)), []);
});

test('the export commands are declared, titled in English and French, and listed in the palette', () => {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	for (const id of ['seedFacts.exportFacts', 'seedFacts.copyFactsMarkdown', 'seedFacts.copyFactsCsv']) {
		const cmd = pkg.contributes.commands.find((c: { command: string }) => c.command === id);
		assert.ok(cmd, id);
		const key = /^%(.+)%$/.exec(cmd.title)![1];
		assert.ok(nls[key] && nlsFr[key], key);
	}
	assert.ok(pkg.contributes.menus['view/title'].some((m: { command: string }) => m.command === 'seedFacts.exportFacts'));
});
