// Every export format carries an amount's fact (measure, holder, date: text and span), from the row.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { parse as parseCsv } from 'csv-parse/sync';
import { asMachine } from '../../src/curation/types';
import { extract } from '../../src/engine/extract';
import { bratAnnotations } from '../../src/export/brat';
import type { ExportMeta } from '../../src/export/format';
import { ROW_COLUMNS, jsonRow, toRows, type ExportDocument } from '../../src/export/rows';
import { exportToString } from '../../src/export/run';
import { w3cAnnotations } from '../../src/export/w3c';

const meta: ExportMeta = { generator: { name: 'seed-facts', version: '0.0.0-test' }, exportedAt: '2025-11-20T10:00:00.000Z' };
// An emoji before the figure: W3C and brat count code points, the rows UTF-16 units.
const TEXT = '😀 Fin mars 2024, Lyon comptait 35 écoles publiques.\r\nUn texte sans chiffre.';
const DOC: ExportDocument = { file: 'a.txt', text: TEXT, mentions: asMachine(extract(TEXT)) };

test('rows: an amount row has the fact columns, other rows none', () => {
	const rows = toRows(DOC);
	const amount = rows.find((r) => r.kind === 'amount')!;
	assert.equal(amount.measureText, 'écoles publiques');
	assert.equal(TEXT.slice(amount.measureStart, amount.measureEnd), 'écoles publiques');
	assert.equal(amount.holderText, 'Lyon');
	assert.equal(TEXT.slice(amount.dateStart, amount.dateEnd), 'Fin mars 2024');
	for (const r of rows.filter((x) => x.kind !== 'amount')) assert.equal(r.measureText, undefined);
	for (const k of ['measureText', 'holderStart', 'dateEnd'] as const) assert.ok(ROW_COLUMNS.includes(k));
});

test('json and jsonl nest the fact as "fact" before "status", valid against the schema', async () => {
	const schema = JSON.parse(readFileSync('schemas/facts-export.schema.json', 'utf8'));
	const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
	ajv.addFormat('date-time', { type: 'string', validate: (s: string) => !Number.isNaN(Date.parse(s)) });
	ajv.addSchema(schema);
	const valid = (ref: string, data: unknown): boolean => ajv.validate(ref, data) as boolean;
	const lines = (await exportToString('jsonl', [DOC], { meta })).trim().split('\n').map((l) => JSON.parse(l));
	const amount = lines.find((l) => l.kind === 'amount');
	const keys = Object.keys(amount);
	assert.equal(keys.indexOf('fact'), keys.indexOf('status') - 1);
	assert.deepEqual(amount.fact.measure, [TEXT.indexOf('écoles'), TEXT.indexOf('écoles') + 'écoles publiques'.length]);
	assert.equal(amount.fact.holderText, 'Lyon');
	assert.ok(!('measureText' in amount), 'no flat fact keys in JSON');
	for (const l of lines) assert.ok(valid(`${schema.$id}#/$defs/row`, l), ajv.errorsText(ajv.errors));
	const json = JSON.parse(await exportToString('json', [DOC], { meta }));
	assert.ok(valid(schema.$id, json), ajv.errorsText(ajv.errors));
	assert.equal(json.files[0].mentions.find((m: { kind: string }) => m.kind === 'amount').fact.dateText, 'Fin mars 2024');
	const bad = { ...jsonRow(toRows(DOC).find((r) => r.kind === 'date')!), fact: amount.fact };
	assert.ok(!valid(`${schema.$id}#/$defs/row`, bad), 'a date has no fact');
});

test('csv and md have the fact columns', async () => {
	const records = parseCsv(await exportToString('csv', [DOC], { meta }), { bom: true }) as string[][];
	const col = (k: string) => records[0].indexOf(k);
	const amount = records.find((r) => r[col('kind')] === 'amount')!;
	assert.equal(amount[col('measureText')], 'écoles publiques');
	assert.equal(amount[col('holderText')], 'Lyon');
	assert.equal(amount[col('dateText')], 'Fin mars 2024');
	const md = await exportToString('md', [DOC], { meta });
	assert.ok(md.split('\n')[0].includes('| measureText |'));
	assert.ok(md.includes('| écoles publiques |'));
});

test('brat notes and the W3C body give the fact in code points', () => {
	const rows = toRows(DOC);
	const cp = (o: number) => [...TEXT.slice(0, o)].length;
	const amount = rows.find((r) => r.kind === 'amount')!;
	const ann = bratAnnotations(TEXT, rows);
	assert.ok(ann.includes(`measure=écoles publiques @${cp(amount.measureStart!)}-${cp(amount.measureEnd!)}`), ann);
	assert.ok(ann.includes('holder=Lyon @'));
	const a = w3cAnnotations(DOC, rows).find((x) => x.body[0].value === 'amount')!;
	const fact = JSON.parse(a.body[3].value).fact;
	assert.deepEqual(fact.measure, { text: 'écoles publiques', start: cp(amount.measureStart!), end: cp(amount.measureEnd!) });
	assert.equal(fact.date.text, 'Fin mars 2024');
});
