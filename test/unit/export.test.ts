import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import type { ReviewedMention, ReviewStatus } from '../../src/curation/types';
import { extract } from '../../src/engine/extract';
import type { Mention } from '../../src/engine/types';
import { BRAT_ANNOTATION_CONF, bratAnnotations, bratLayout, bratText, bratWriter, commonFolder } from '../../src/export/brat';
import { csvWriter, neutralizeFormula } from '../../src/export/csv';
import { BinaryFileError, decodeSeed, FileTooLargeError, firstInvalidUtf8, InvalidUtf8Error } from '../../src/export/decode';
import { reviewSeed } from '../../src/pipeline/review';
import { EXPORT_FORMATS, type ExportMeta, type FolderEntry } from '../../src/export/format';
import { escapeMarkdownCell } from '../../src/export/markdown';
import { OffsetMapper } from '../../src/export/offsets';
import { ROW_COLUMNS, toRows, type ExportDocument, type ExportRow } from '../../src/export/rows';
import { ExportCancelledError, exportFolder, exportStream, exportToString, type StreamFormat } from '../../src/export/run';
import { fileIri, w3cAnnotations, type W3cAnnotation } from '../../src/export/w3c';

const meta: ExportMeta = { generator: { name: 'seed-facts', version: '0.0.0-test' }, exportedAt: '2025-11-20T10:00:00.000Z' };

// Lines that exercise every escaping rule: emoji before a figure, CRLF, NBSP, quotes, commas,
// pipes, a line break inside a (manual) mention, and sentences that a spreadsheet would run.
const LINES = [
	'Hanoï, le 16 octobre 2025 – Le Comité populaire de Hanoï a investi 758,5 millions de dollars.',
	"🚀🎉 Le taux atteint 17,5 % selon l'« Agence | centrale », dit-il, \"vraiment\".",
	'=HYPERLINK("http://evil.example","clic") coûte 3 245 euros.',
	"+cmd|' /C calc'!A0 et 12 projets.",
	'-2+3 et @SUM(1) avec\u00a025\u00a0%.',
	'Une mention\nsur deux lignes, 😀 fin.',
];
const TEXT = LINES.join('\r\n');

/** A mention at the first occurrence of `needle` at or after `from`. */
function at(needle: string, fields: Partial<Mention> & Pick<Mention, 'kind'>, status: ReviewStatus = 'machine', from = 0): ReviewedMention {
	const start = TEXT.indexOf(needle, from);
	assert.ok(start >= 0, `fixture: ${needle} not found`);
	return { ...fields, start, end: start + needle.length, text: needle, status } as ReviewedMention;
}

const MENTIONS: ReviewedMention[] = [
	at('16 octobre 2025', { kind: 'date', value: '2025-10-16' }),
	at('Comité populaire de Hanoï', { kind: 'organization', canonical: 'Comité populaire de Hanoï' }, 'accepted'),
	at('758,5 millions de dollars', { kind: 'amount', sub: 'money', value: 758_500_000, unit: 'USD' }),
	at('17,5 %', { kind: 'amount', sub: 'percent', value: 17.5, unit: '%' }, 'corrected'),
	at('Agence | centrale', { kind: 'organization', canonical: 'Agence | centrale' }, 'manual'),
	at('=HYPERLINK("http://evil.example","clic")', { kind: 'organization', canonical: '=HYPERLINK("http://evil.example","clic")' }, 'manual'),
	at('3 245 euros', { kind: 'amount', sub: 'money', value: 3245, unit: 'EUR' }, 'rejected'),
	at("+cmd|' /C calc'!A0", { kind: 'organization', canonical: "+cmd|' /C calc'!A0" }, 'manual'),
	at('12 projets', { kind: 'amount', sub: 'quantity', value: 12, unit: 'projets', qualifier: '@SUM(1)' }),
	at('-2+3', { kind: 'amount', sub: 'quantity', value: -2 }),
	at('25\u00a0%', { kind: 'amount', sub: 'percent', value: 25, unit: '%' }),
	{ ...at('mention\nsur', { kind: 'organization', canonical: 'mention sur' }, 'manual'), note: '\t=1+1 "quoted", | piped\r\nsecond line' },
	at('😀 fin', { kind: 'date', value: 'XXXX-10', inferredYear: { year: 2025, source: 'previous', fromText: '2025', fromStart: 21 }, resolved: '2025-10', mod: 'end' }),
].sort((a, b) => a.start - b.start);

const DOC: ExportDocument = { file: 'dossier/ma seed|1.txt', text: TEXT, mentions: MENTIONS };

function rowsOf(doc: ExportDocument = DOC): ExportRow[] {
	return toRows(doc);
}

test('fixture mentions quote the text exactly', () => {
	for (const m of MENTIONS) assert.equal(TEXT.slice(m.start, m.end), m.text);
});

test('rows carry position, normalized fields, sentence and status', () => {
	const rows = rowsOf();
	assert.equal(rows.length, MENTIONS.length);
	const money = rows.find((r) => r.text.startsWith('758,5'))!;
	assert.deepEqual(
		{ line: money.line, column: money.column, kind: money.kind, sub: money.sub, value: money.value, unit: money.unit, status: money.status },
		{ line: 1, column: TEXT.indexOf('758,5') + 1, kind: 'amount', sub: 'money', value: 758_500_000, unit: 'USD', status: 'machine' },
	);
	assert.ok(money.sentence.includes('758,5 millions de dollars'));
	const pct = rows.find((r) => r.text === '17,5 %')!;
	assert.equal(pct.line, 2);
	// Column counts UTF-16 units: the two emoji take four.
	assert.equal(pct.column, LINES[1].indexOf('17,5') + 1);
	const date = rows.find((r) => r.text === '😀 fin')!;
	assert.equal(date.inferredYear, 2025);
	assert.equal(date.inferredYearSource, 'previous');
	assert.equal(date.resolved, '2025-10');
	const org = rows.find((r) => r.kind === 'organization')!;
	assert.equal(org.value, org.text);
	for (const r of rows) assert.deepEqual(Object.keys(r), ROW_COLUMNS.filter((k) => k in r), 'key order follows ROW_COLUMNS');
});

// ---------------------------------------------------------------- CSV

function parseBack(csv: string): string[][] {
	return parseCsv(csv, { bom: true, relax_column_count: false }) as string[][];
}

test('csv round-trips through a real CSV parser, with CRLF records and a header', async () => {
	const csv = await exportToString('csv', [DOC], { meta, includeRejected: true });
	assert.ok(csv.endsWith('\r\n'));
	const records = parseBack(csv);
	assert.deepEqual(records[0], [...ROW_COLUMNS]);
	const rows = rowsOf();
	assert.equal(records.length, rows.length + 1);
	rows.forEach((row, i) => {
		const rec = records[i + 1];
		ROW_COLUMNS.forEach((key, j) => {
			const v = row[key];
			const expected = v === undefined ? '' : String(v);
			const got = rec[j].startsWith("'") && neutralizeFormula(expected) !== expected ? rec[j].slice(1) : rec[j];
			assert.equal(got, expected, `${key} of ${row.text}`);
		});
	});
});

test('csv neutralizes formula injection in every cell (OWASP)', async () => {
	const csv = await exportToString('csv', [DOC], { meta, includeRejected: true });
	const records = parseBack(csv).slice(1);
	const col = (k: (typeof ROW_COLUMNS)[number]) => ROW_COLUMNS.indexOf(k);
	const dangerous = /^[=+\-@\t\r]/;
	for (const rec of records) {
		for (const cell of rec) {
			if (dangerous.test(cell)) assert.match(cell, /^-\d+(?:[.,]\d+)*$/, `only plain negative numbers may start with -: ${JSON.stringify(cell)}`);
		}
	}
	const hyper = records.find((r) => r[col('text')].includes('HYPERLINK'))!;
	assert.equal(hyper[col('text')], `'=HYPERLINK("http://evil.example","clic")`);
	assert.ok(hyper[col('sentence')].startsWith(`'=HYPERLINK(`));
	const cmd = records.find((r) => r[col('text')].includes('cmd|'))!;
	assert.equal(cmd[col('text')], `'+cmd|' /C calc'!A0`);
	assert.ok(cmd[col('sentence')].startsWith(`'+cmd|`));
	const neg = records.find((r) => r[col('text')] === `'-2+3`);
	assert.ok(neg, 'a formula starting with - and a digit is still neutralized');
	assert.equal(neg[col('value')], '-2', 'a plain negative number stays a number');
	const qual = records.find((r) => r[col('qualifier')] !== '')!;
	assert.equal(qual[col('qualifier')], "'@SUM(1)");
	const noted = records.find((r) => r[col('note')] !== '')!;
	assert.ok(noted[col('note')].startsWith("'\t=1+1"), 'a leading tab is neutralized');
	assert.equal(neutralizeFormula('\rx'), "'\rx");
	assert.equal(neutralizeFormula('-x'), "'-x");
	assert.equal(neutralizeFormula('-12,5'), '-12,5');
	assert.equal(neutralizeFormula('Hanoï'), 'Hanoï');
});

test('csv quotes commas, quotes, pipes and line breaks; keeps NBSP and emoji', async () => {
	const csv = await exportToString('csv', [DOC], { meta, includeRejected: true });
	assert.ok(csv.includes('"mention\nsur"'), 'a lone LF inside a cell is quoted');
	assert.ok(csv.includes('""vraiment""'), 'quotes are doubled');
	const records = parseBack(csv);
	const all = records.flat().join('');
	assert.ok(all.includes('25\u00a0%'));
	assert.ok(all.includes('😀 fin'));
});

test('csv BOM is optional', async () => {
	assert.ok(!(await exportToString('csv', [DOC], { meta })).startsWith('\uFEFF'));
	assert.ok((await exportToString('csv', [DOC], { meta, bom: true })).startsWith('\uFEFFfile,start,'));
	assert.equal(csvWriter({ bom: true }).begin().charCodeAt(0), 0xfeff);
});

// ---------------------------------------------------------------- JSON / JSONL

const schema = JSON.parse(readFileSync('schemas/facts-export.schema.json', 'utf8'));
function validator() {
	const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
	ajv.addFormat('date-time', { type: 'string', validate: (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)) });
	ajv.addSchema(schema);
	// A plain boolean (ajv.validate is a type guard that would narrow the data to unknown).
	const check = (ref: string, data: unknown): boolean => ajv.validate(ref, data) as boolean;
	return { check, errors: () => ajv.errorsText(ajv.errors) };
}

test('json validates against schemas/facts-export.schema.json and quotes the text', async () => {
	const ajv = validator();
	const json = await exportToString('json', [DOC, { file: 'vide.txt', text: 'Rien.', mentions: [] }], { meta, includeRejected: true });
	const data = JSON.parse(json);
	assert.ok(ajv.check(schema.$id, data), ajv.errors());
	assert.equal(data.schemaVersion, 1);
	assert.deepEqual(data.generator, meta.generator);
	assert.equal(data.exportedAt, meta.exportedAt);
	assert.equal(data.fileCount, 2);
	assert.equal(data.mentionCount, MENTIONS.length);
	assert.deepEqual(data.files[1], { file: 'vide.txt', mentions: [] });
	for (const m of data.files[0].mentions) assert.equal(TEXT.slice(m.start, m.end), m.text);
});

test('the schema rejects what it should', () => {
	const ajv = validator();
	const good = { schemaVersion: 1, generator: meta.generator, exportedAt: meta.exportedAt, files: [], fileCount: 0, mentionCount: 0 };
	assert.ok(ajv.check(schema.$id, good));
	const row = rowsOf()[0];
	const { file: _f, ...mention } = row;
	assert.ok(!ajv.check(schema.$id, { ...good, schemaVersion: 2 }));
	assert.ok(!ajv.check(schema.$id, { ...good, files: [{ file: 'a.txt', mentions: [{ ...mention, kind: 'person' }] }] }));
	assert.ok(!ajv.check(schema.$id, { ...good, files: [{ file: 'a.txt', mentions: [{ ...mention, extra: 1 }] }] }));
	assert.ok(!ajv.check(schema.$id, { ...good, files: [{ file: 'a.txt', mentions: [{ ...mention, status: 'maybe' }] }] }));
	assert.ok(!ajv.check(`${schema.$id}#/$defs/row`, mention), 'a jsonl row needs its file');
});

test('jsonl: one valid row per line, each with its file', async () => {
	const ajv = validator();
	const out = await exportToString('jsonl', [DOC], { meta, includeRejected: true });
	const lines = out.split('\n');
	assert.equal(lines.pop(), '');
	assert.equal(lines.length, MENTIONS.length);
	for (const line of lines) {
		const row = JSON.parse(line);
		assert.ok(ajv.check(`${schema.$id}#/$defs/row`, row), ajv.errors());
		assert.equal(row.file, DOC.file);
		assert.equal(TEXT.slice(row.start, row.end), row.text);
	}
});

test('rejected mentions are left out unless asked for', async () => {
	const kept = (await exportToString('jsonl', [DOC], { meta })).trim().split('\n').map((l) => JSON.parse(l));
	assert.equal(kept.length, MENTIONS.filter((m) => m.status !== 'rejected').length);
	assert.ok(kept.every((r) => r.status !== 'rejected'));
	const all = (await exportToString('jsonl', [DOC], { meta, includeRejected: true })).trim().split('\n');
	assert.equal(all.length, MENTIONS.length);
});

// ---------------------------------------------------------------- Markdown

/** Splits a Markdown table row on unescaped pipes. */
function mdCells(line: string): string[] {
	const cells: string[] = [];
	let cur = '';
	for (let i = 1; i < line.length - 1; i++) {
		if (line[i] === '\\') {
			cur += line[i] + line[i + 1];
			i++;
		} else if (line[i] === '|') {
			cells.push(cur.trim());
			cur = '';
		} else cur += line[i];
	}
	cells.push(cur.trim());
	return cells;
}
/** A cell as rendered: code spans (link-like words) literal except `\|`, backslash escapes and `<br>` resolved elsewhere. */
const unescapeMd = (s: string) =>
	s
		.split(/(`+[^`]*?`+)/)
		.map((part, i) => (i % 2 === 1 ? part.replace(/^`+ ?| ?`+$/g, '').replace(/\\\|/g, '|') : part.replace(/<br>/g, '\n').replace(/\\(.)/g, '$1')))
		.join('');

test('md: a table whose cells escape pipes and line breaks', async () => {
	const md = await exportToString('md', [DOC], { meta, includeRejected: true });
	const lines = md.trimEnd().split('\n');
	assert.equal(lines.length, MENTIONS.length + 2, 'no line break leaks out of a cell');
	assert.deepEqual(mdCells(lines[0]), [...ROW_COLUMNS]);
	assert.match(lines[1], /^\|( --- \|)+$/);
	const rows = rowsOf();
	lines.slice(2).forEach((line, i) => {
		const cells = mdCells(line);
		assert.equal(cells.length, ROW_COLUMNS.length, line);
		assert.equal(unescapeMd(cells[ROW_COLUMNS.indexOf('text')]), rows[i].text.replace(/\r\n|\r/g, '\n'));
	});
	assert.ok(md.includes('Agence \\| centrale'));
	assert.equal(escapeMarkdownCell('a|b\r\nc*d_e`f<g>'), 'a\\|b<br>c\\*d\\_e\\`f\\<g\\>');
});

// ---------------------------------------------------------------- brat

interface BratSpan {
	id: string;
	type: string;
	spans: Array<[number, number]>;
	text: string;
}

function parseAnn(ann: string): { t: BratSpan[]; a: string[][]; notes: string[][] } {
	const t: BratSpan[] = [];
	const a: string[][] = [];
	const notes: string[][] = [];
	for (const line of ann.split('\n').filter(Boolean)) {
		const [id, body, ...rest] = line.split('\t');
		const text = rest.join('\t');
		if (id.startsWith('T')) {
			const [type, ...rest] = body.split(' ');
			const spans = rest.join(' ').split(';').map((p) => p.split(' ').map(Number) as [number, number]);
			t.push({ id, type, spans, text });
		} else if (id.startsWith('A')) a.push([id, ...body.split(' ')]);
		else if (id.startsWith('#')) notes.push([id, body, text]);
		else assert.fail(`unexpected line ${line}`);
	}
	return { t, a, notes };
}

/** brat's view of offsets: code points of the .txt. */
const cpSlice = (s: string, start: number, end: number) => [...s].slice(start, end).join('');

function checkBrat(txt: string, ann: string, rows: readonly ExportRow[]): void {
	const { t, a, notes } = parseAnn(ann);
	assert.equal(t.length, rows.length);
	t.forEach((span, i) => {
		assert.equal(span.type, { amount: 'Amount', date: 'Date', organization: 'Organization' }[rows[i].kind]);
		const pieces = span.spans.map(([s, e]) => cpSlice(txt, s, e));
		for (const p of pieces) assert.ok(!/[\r\n]/.test(p), 'no line break inside a brat span');
		assert.equal(pieces.join(' '), span.text, 'the .ann text equals the .txt at its offsets');
		assert.equal(rows[i].text.replace(/\r?\n/g, ' '), span.text);
	});
	const ids = new Set(t.map((x) => x.id));
	for (const attr of a) assert.ok(ids.has(attr[2]), `attribute ${attr.join(' ')} points to a T line`);
	for (const n of notes) assert.ok(ids.has(n[1].split(' ')[1]));
}

test('brat: offsets are code points of the .txt copy (emoji before a figure, CRLF normalized)', () => {
	const rows = rowsOf();
	const txt = bratText(TEXT);
	assert.ok(!txt.includes('\r'));
	const ann = bratAnnotations(TEXT, rows);
	checkBrat(txt, ann, rows);
	const { t, a, notes } = parseAnn(ann);
	const pct = t[rows.findIndex((r) => r.text === '17,5 %')];
	// Line 1 + LF, then two emoji (one code point each, two UTF-16 units each) and a space.
	assert.equal(pct.spans[0][0], [...LINES[0]].length + 1 + [...LINES[1].slice(0, LINES[1].indexOf('17,5'))].length);
	assert.notEqual(pct.spans[0][0], TEXT.indexOf('17,5'), 'UTF-16 offsets would be wrong here');
	const split = t[rows.findIndex((r) => r.text === 'mention\nsur')];
	assert.equal(split.spans.length, 2, 'a span over a line break becomes discontinuous');
	assert.ok(a.some((x) => x[1] === 'Sub' && x[3] === 'money'));
	assert.ok(a.some((x) => x[1] === 'Mod' && x[3] === 'end'));
	assert.ok(a.some((x) => x[1] === 'Status' && x[3] === 'manual'));
	const money = notes.find((n) => n[2].includes('758500000'))!;
	assert.match(money[2], /value=758500000; unit=USD/);
	for (const n of notes) assert.ok(!/[\t\r\n]/.test(n[2]));
});

test('brat writer: .txt beside .ann, safe layout, annotation.conf once', async () => {
	const entries: FolderEntry[] = [];
	const other: ExportDocument = { file: '../hors/ma seed|1.txt', text: 'Le 3 mai.', mentions: [] };
	const summary = await exportFolder([DOC, other, { file: '/abs/notes.text', text: 'x', mentions: [] }], { writeFile: (e) => void entries.push(e) }, { meta, includeRejected: true });
	assert.deepEqual(summary, { files: 3, mentions: MENTIONS.length });
	assert.deepEqual(
		entries.map((e) => e.path),
		['dossier/ma seed|1.txt', 'dossier/ma seed|1.ann', 'hors/ma seed|1.txt', 'hors/ma seed|1.ann', 'abs/notes.text.txt', 'abs/notes.text.ann', 'annotation.conf'],
	);
	assert.equal(entries.at(-1)!.content, BRAT_ANNOTATION_CONF);
	assert.ok(entries.at(-1)!.ifAbsent);
	checkBrat(entries[0].content, entries[1].content, rowsOf());
	assert.equal(commonFolder(['seeds/a.txt', 'seeds/sub/b.txt']), 'seeds/');
	assert.equal(commonFolder(['seeds/x/a.txt', 'seeds/xy/b.txt']), 'seeds/');
	// An absolute path then a relative one used to loop forever on the root's `/`.
	assert.equal(commonFolder(['/tmp/a.txt', 'seeds/b.txt']), '');
	assert.equal(commonFolder(['/tmp/x/a.txt', '/tmp/y/b.txt']), '/tmp/');
	assert.equal(commonFolder(['/a.txt', '/b.txt']), '/');
	assert.equal(commonFolder(['a.txt', 'seeds/b.txt']), '');
	assert.equal(commonFolder(['/abs/x/a.txt']), '/abs/x/');
	assert.equal(bratLayout('seeds/')('seeds/sub/a.txt'), 'sub/a.txt');
	const layout = bratLayout();
	assert.equal(layout('a/b.txt'), 'a/b.txt');
	assert.equal(layout('A/B.TXT'), 'A/B-2.TXT');
	assert.equal(layout('C:/x/y.txt'), 'x/y.txt');
	assert.equal(bratWriter().end().length, 1);
});

// ---------------------------------------------------------------- W3C

function checkW3c(doc: ExportDocument, annotations: W3cAnnotation[]): void {
	for (const a of annotations) {
		const [pos, quote] = a.target.selector;
		assert.equal(pos.type, 'TextPositionSelector');
		assert.equal(quote.type, 'TextQuoteSelector');
		assert.equal(cpSlice(doc.text, pos.start, pos.end), quote.exact, 'the position (code points) selects the quote');
		const at = doc.text.indexOf(quote.prefix + quote.exact + quote.suffix);
		assert.ok(at >= 0, 'prefix + exact + suffix is a substring of the text');
		assert.ok(quote.prefix.length <= 33 && quote.suffix.length <= 33);
		assert.ok(!/^[\udc00-\udfff]/.test(quote.prefix) && !/[\ud800-\udbff]$/.test(quote.suffix), 'context does not split a surrogate pair');
	}
}

test('w3c: an AnnotationCollection whose quotes equal the text', async () => {
	const out = JSON.parse(await exportToString('w3c', [DOC], { meta, includeRejected: true }));
	assert.equal(out['@context'], 'http://www.w3.org/ns/anno.jsonld');
	assert.equal(out.type, 'AnnotationCollection');
	assert.equal(out.total, MENTIONS.length);
	assert.equal(out.first.type, 'AnnotationPage');
	const items: W3cAnnotation[] = out.first.items;
	assert.equal(items.length, MENTIONS.length);
	assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'ids are unique');
	checkW3c(DOC, items);
	const money = items.find((i) => i.target.selector[1].exact.startsWith('758,5'))!;
	assert.deepEqual(money.body[0], { type: 'TextualBody', purpose: 'tagging', value: 'amount' });
	assert.deepEqual(money.body[1], { type: 'TextualBody', purpose: 'classifying', value: 'money' });
	assert.deepEqual(JSON.parse(money.body[2].value), { value: 758_500_000, unit: 'USD', status: 'machine' });
	assert.equal(money.target.source, 'dossier/ma%20seed%7C1.txt');
	assert.equal(fileIri('C:/a b/c.txt'), 'C:/a%20b/c.txt');
	const pct = items.find((i) => i.target.selector[1].exact === '17,5 %')!;
	assert.equal(pct.target.selector[0].start, [...TEXT.slice(0, TEXT.indexOf('17,5'))].length);
});

test('w3c: an empty export is a valid collection', async () => {
	const out = JSON.parse(await exportToString('w3c', [], { meta }));
	assert.equal(out.total, 0);
	assert.deepEqual(out.first.items, []);
});

// ---------------------------------------------------------------- offsets, decoding

test('OffsetMapper counts code points, and CRLF as one when asked', () => {
	const s = 'a😀b\r\nc';
	const m = new OffsetMapper(s);
	assert.deepEqual([0, 1, 3, 4, 5, 6, 7].map((o) => m.map(o)), [0, 1, 2, 3, 4, 5, 6]);
	const c = new OffsetMapper(s, true);
	assert.deepEqual([0, 1, 3, 4, 6, 7].map((o) => c.map(o)), [0, 1, 2, 3, 4, 5]);
	assert.equal(bratText(s), 'a😀b\nc');
	assert.equal(cpSlice(bratText(s), c.map(6), c.map(7)), 'c');
});

test('decodeSeed: BOM dropped, CRLF kept, binary / invalid UTF-8 / too large refused', () => {
	const enc = new TextEncoder();
	assert.equal(decodeSeed(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('Le 3\r\nmai')])), 'Le 3\r\nmai');
	assert.throws(() => decodeSeed(new Uint8Array([0x61, 0, 0x62])), BinaryFileError);
	assert.throws(() => decodeSeed(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20])), (e: unknown) => e instanceof InvalidUtf8Error && e.byteOffset === 3);
	assert.throws(() => decodeSeed(enc.encode('abcdef'), 3), FileTooLargeError);
	assert.equal(decodeSeed(enc.encode('abcdef'), 0), 'abcdef');
	assert.equal(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80])), 0, 'an encoded surrogate is invalid');
	assert.equal(firstInvalidUtf8(new Uint8Array([0xc0, 0x80])), 0, 'an overlong form is invalid');
	assert.equal(firstInvalidUtf8(enc.encode('é😀')), 6);
});

// ---------------------------------------------------------------- driver

test('every stream format streams: several sink writes, same bytes as one string', async () => {
	const docs = Array.from({ length: 400 }, (_, i) => ({ ...DOC, file: `f${i}.txt` }));
	for (const format of EXPORT_FORMATS.filter((f): f is StreamFormat => f !== 'brat')) {
		const chunks: string[] = [];
		const summary = await exportStream(format, docs, { write: (c) => void chunks.push(c) }, { meta });
		assert.ok(chunks.length > 1, `${format} wrote in several chunks`);
		assert.equal(chunks.join(''), await exportToString(format, docs, { meta }), format);
		assert.equal(summary.files, docs.length);
		if (format === 'json' || format === 'w3c') JSON.parse(chunks.join(''));
	}
});

test('cancelling stops between documents', async () => {
	let n = 0;
	const docs = Array.from({ length: 10 }, (_, i) => ({ ...DOC, file: `f${i}.txt` }));
	await assert.rejects(
		exportStream('jsonl', docs, { write: () => undefined }, { meta, isCancelled: () => n >= 3, onDocument: () => void n++ }),
		ExportCancelledError,
	);
	assert.equal(n, 3);
});

test('reviewSeed applies the engine (and sidecar) like the CLI', () => {
	const text = 'Fin octobre 2025, Hai Phong comptait huit projets pour plus de 758,5 millions de dollars américains.';
	const doc = reviewSeed(text, undefined);
	assert.deepEqual(
		doc.mentions.map(({ status: _s, ...m }) => m),
		extract(text),
	);
	assert.ok(doc.mentions.every((m) => m.status === 'machine'));
	const start = text.indexOf('Hai Phong');
	const sidecar = JSON.stringify({
		version: 1,
		decisions: [{ id: 'x1', action: 'add', anchor: { start, end: start + 9, exact: 'Hai Phong', prefix: '', suffix: '' }, fact: { kind: 'organization', canonical: 'Hai Phong' } }],
	});
	const reviewed = reviewSeed(text, sidecar);
	assert.ok(reviewed.mentions.some((m) => m.status === 'manual' && m.text === 'Hai Phong'));
	assert.equal(reviewSeed(text, sidecar, { extract: { kinds: ['date'] } }).mentions.filter((m) => m.kind === 'organization').length, 0);
});

// ---------------------------------------------------------------- properties

const arbText = fc
	.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('\r\n', '\n', '=', '+', '-1', '@', '|', '"', ',', '\u00a0', '😀', 'é', '\t', ' ')), { maxLength: 40 })
	.map((parts) => parts.join(''));

const arbDoc = arbText.chain((text) =>
	fc
		.array(fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom('amount', 'date', 'organization')), { maxLength: 6 })
		.map((spans): ExportDocument => {
			const mentions = spans
				.map(([a, b, kind]): ReviewedMention | undefined => {
					let start = Math.min(a, b);
					let end = Math.max(a, b);
					// Whole code points only, as the engine and the editor produce.
					if (/[\udc00-\udfff]/.test(text[start] ?? '')) start--;
					if (/[\udc00-\udfff]/.test(text[end] ?? '')) end++;
					if (end <= start) return undefined;
					const base = { start, end, text: text.slice(start, end), status: 'manual' as const };
					if (kind === 'amount') return { ...base, kind, sub: 'quantity' as const, value: start };
					if (kind === 'date') return { ...base, kind, value: text.slice(start, end) };
					return { ...base, kind: 'organization' as const, canonical: text.slice(start, end) };
				})
				.filter((m): m is ReviewedMention => m !== undefined)
				.sort((x, y) => x.start - y.start);
			return { file: 'p.txt', text, mentions };
		}),
);

test('property: csv parses back to the rows; brat and w3c offsets select the quote', async () => {
	await fc.assert(
		fc.asyncProperty(arbDoc, async (doc) => {
			const rows = toRows(doc);
			const records = parseBack(await exportToString('csv', [doc], { meta }));
			assert.equal(records.length, rows.length + 1);
			rows.forEach((row, i) => {
				const cell = records[i + 1][ROW_COLUMNS.indexOf('text')];
				assert.equal(neutralizeFormula(row.text), cell);
			});
			const md = await exportToString('md', [doc], { meta });
			assert.equal(md.trimEnd().split('\n').length, rows.length + 2);
			const ann = bratAnnotations(doc.text, rows);
			const txt = bratText(doc.text);
			const t = parseAnn(ann).t;
			assert.equal(t.length, rows.filter((r) => /[^\r\n]/.test(r.text)).length);
			for (const span of t) assert.equal(span.spans.map(([s, e]) => cpSlice(txt, s, e)).join(' '), span.text);
			checkW3c(doc, w3cAnnotations(doc, rows));
			JSON.parse(await exportToString('json', [doc], { meta }));
		}),
		{ numRuns: 300 },
	);
});
