// Issue 14.10: line numbers for CR, LF and CRLF files, and the text the CLI reads is the text
// VS Code's editor holds (mixed line endings normalized the way VS Code normalizes them on load).
import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineIndex, normalizeEol } from '../../src/engine/text';
import { decodeSeed } from '../../src/export/decode';
import { toRows } from '../../src/export/rows';

test('LineIndex treats CR, LF and CRLF as line breaks', () => {
	for (const eol of ['\n', '\r', '\r\n']) {
		const text = ['un', 'deux', 'trois'].join(eol);
		const lines = new LineIndex(text);
		assert.equal(lines.lineCount, 3, JSON.stringify(eol));
		assert.deepEqual(lines.positionAt(text.indexOf('deux')), { line: 2, column: 1 });
		assert.deepEqual(lines.positionAt(text.indexOf('trois') + 2), { line: 3, column: 3 });
		assert.equal(lines.lineStart(3), text.indexOf('trois'));
		// The break itself belongs to the line it ends.
		assert.equal(lines.positionAt(2).line, 1);
		assert.equal(lines.positionAt(2 + eol.length - 1).line, 1);
	}
	const mixed = 'a\rb\r\nc\nd';
	const lines = new LineIndex(mixed);
	assert.deepEqual(['a', 'b', 'c', 'd'].map((s) => lines.positionAt(mixed.indexOf(s)).line), [1, 2, 3, 4]);
});

test('a lone-CR seed reports each mention on its own line', () => {
	const text = 'Titre\rLe 12 novembre 2025\rFin octobre';
	const rows = toRows({ file: 'a.txt', text, mentions: [{ start: 9, end: 25, text: text.slice(9, 25), kind: 'date', value: '2025-11-12', status: 'machine' }] });
	assert.equal(rows[0].line, 2);
	assert.equal(rows[0].column, 4);
});

test('normalizeEol does what VS Code does on load: mixed or lone-CR endings become the dominant one', () => {
	// Unmixed files are left alone.
	for (const t of ['a\nb\nc', 'a\r\nb\r\nc', 'abc', '']) assert.equal(normalizeEol(t), t);
	// More CRLF (lone CR counted with CRLF, as VS Code does) than LF: all become CRLF.
	assert.equal(normalizeEol('a\r\nb\r\nc\nd'), 'a\r\nb\r\nc\r\nd');
	assert.equal(normalizeEol('a\rb\rc'), 'a\r\nb\r\nc');
	assert.equal(normalizeEol('a\rb\nc'), 'a\nb\nc');
	// Half or fewer: all become LF.
	assert.equal(normalizeEol('a\r\nb\nc'), 'a\nb\nc');
	assert.equal(normalizeEol('a\nb\nc\r\nd'), 'a\nb\nc\nd');
});

test('decodeSeed gives the text VS Code holds, so CLI offsets, lines and columns equal the editor\'s', () => {
	const bytes = new TextEncoder().encode('\uFEFFa\r\nb\r\nc\nd');
	assert.equal(decodeSeed(bytes), 'a\r\nb\r\nc\r\nd');
	assert.equal(decodeSeed(new TextEncoder().encode('a\rb')), 'a\r\nb');
	assert.equal(decodeSeed(new TextEncoder().encode('a\r\nb')), 'a\r\nb');
});

test('property: LineIndex agrees with splitting on CR, LF and CRLF; normalizeEol keeps the lines and leaves one kind of break', () => {
	const piece = fc.constantFrom('\r', '\n', '\r\n', 'a', 'é', '😀', ' ', 'x\ry');
	fc.assert(
		fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
			const text = parts.join('');
			const lines = text.split(/\r\n|\r|\n/);
			const index = new LineIndex(text);
			assert.equal(index.lineCount, lines.length);
			let offset = 0;
			lines.forEach((line, i) => {
				assert.equal(index.lineStart(i + 1), offset);
				for (let c = 0; c <= line.length; c++) assert.deepEqual(index.positionAt(offset + c), { line: i + 1, column: c + 1 });
				offset += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
			});
			const normalized = normalizeEol(text);
			assert.deepEqual(normalized.split(/\r\n|\r|\n/), lines);
			const kinds = new Set(normalized.match(/\r\n|\r|\n/g) ?? []);
			assert.ok(kinds.size <= 1, JSON.stringify(normalized));
		}),
		{ numRuns: 500 },
	);
});
