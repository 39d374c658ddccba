import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv';
import { serializeSidecar, type Sidecar } from '../../src/curation/sidecar';
import { validate } from '../../src/curation/sidecarSchema.generated';

const schema = JSON.parse(readFileSync('schemas/sidecar.schema.json', 'utf8')) as object;

test('the generated validator matches schemas/sidecar.schema.json', () => {
	const r = spawnSync(process.execPath, ['scripts/gen-sidecar-validator.mjs', '--check'], { encoding: 'utf8' });
	assert.equal(r.status, 0, r.stderr);
});

test('the generated validator needs no runtime code generation (web worker CSP)', () => {
	const code = readFileSync('src/curation/sidecarSchema.generated.ts', 'utf8');
	assert.doesNotMatch(code, /new Function|\beval\(|require\(/);
});

test('the generated validator agrees with ajv compiling the schema at run time', () => {
	const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
	const runtime = ajv.compile(schema);
	const anchor = { start: 0, end: 4, exact: 'OCDE', prefix: '', suffix: ' et' };
	const samples: unknown[] = [
		{ version: 1, decisions: [] },
		{ version: 1, text: 'a.txt', decisions: [{ id: 'a', action: 'reject', target: 'organization', anchor }] },
		{ version: 1, decisions: [{ id: 'a', action: 'add', anchor, fact: { kind: 'organization', canonical: 'OCDE' } }] },
		{ version: 1, decisions: [{ id: 'a', action: 'add', anchor, fact: { kind: 'amount', value: 3 } }] },
		{ version: 1, decisions: [{ id: 'a', action: 'note', target: 'date', anchor }] },
		{ version: 1, decisions: [{ id: 'a b', action: 'reject', target: 'date', anchor }] },
		{ version: 1, decisions: [{ id: 'a', action: 'correct', target: 'date', anchor, fact: { kind: 'date', value: 2025 } }] },
		{ version: 1, decisions: [{ id: 'a', action: 'accept', target: 'amount', anchor: { ...anchor, start: -1 }, fact: { kind: 'amount', sub: 'money', value: 1 } }] },
		{ version: '1', decisions: [] },
		null,
	];
	for (const s of samples) assert.equal(validate(s), runtime(s), JSON.stringify(s));
	assert.deepEqual(samples.map((s) => validate(s)), [true, true, true, false, false, false, false, false, false, false]);
});

test('serialized sidecars validate against the schema', () => {
	const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true });
	const runtime = ajv.compile(schema);
	const sidecar: Sidecar = {
		version: 1,
		text: 'a.txt',
		decisions: [
			{ id: 'x1', action: 'correct', target: 'amount', anchor: { start: 3, end: 7, exact: '12 %', prefix: 'de ', suffix: '' }, fact: { kind: 'date', value: 'XXXX-12' }, note: 'n', at: '2025-11-20T10:00:00.000Z' },
		],
	};
	assert.ok(runtime(JSON.parse(serializeSidecar(sidecar))), JSON.stringify(runtime.errors));
});
