// The command table (src/extension/model/commandIds.ts) and package.json agree, and registrars use it.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMMANDS, INTERNAL_COMMANDS } from '../../src/extension/model/commandIds';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function extensionSources(): { name: string; text: string }[] {
	const dir = join(root, 'src', 'extension');
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts'))
		.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

test('package.json contributes exactly the commands of the table', () => {
	const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
	assert.deepEqual(contributed, Object.values(COMMANDS).sort());
});

test('internal commands are never contributed', () => {
	const contributed = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
	for (const id of Object.values(INTERNAL_COMMANDS)) assert.ok(!contributed.has(id), id);
});

test('every command of the table is registered, through the table', () => {
	const sources = extensionSources();
	const all = sources.map((s) => s.text).join('\n');
	for (const [key, id] of Object.entries({ ...COMMANDS, ...INTERNAL_COMMANDS })) {
		const table = key in COMMANDS ? 'COMMANDS' : 'INTERNAL_COMMANDS';
		assert.ok(new RegExp(`register(?:Command)?\\(\\s*${table}\\.${key}\\b`).test(all), `${id} is not registered`);
	}
});

test('no command id is written as a string literal outside the table', () => {
	const ids = new Set<string>([...Object.values(COMMANDS), ...Object.values(INTERNAL_COMMANDS)]);
	for (const { name, text } of extensionSources()) {
		if (name.endsWith('commandIds.ts')) continue;
		for (const m of text.matchAll(/'(seedFacts\.[\w.]+)'/g)) assert.ok(!ids.has(m[1]), `${name}: '${m[1]}'`);
	}
});
