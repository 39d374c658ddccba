import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { createExtractor, extract } from '../../src/engine/extract';

test('extract returns mentions whose text equals the slice of the source', () => {
	const text = 'Fin octobre 2025, le Comité populaire de Hanoï a investi plus de 758,5 millions de dollars américains.\n';
	for (const m of extract(text)) assert.equal(m.text, text.slice(m.start, m.end));
});

test('an extractor re-scans only the lines that changed', () => {
	const ex = createExtractor();
	const para = (n: number) => `Le paragraphe numéro ${n} parle de 25 millions de dollars américains en 2024.`;
	const lines = Array.from({ length: 50 }, (_, i) => para(i));
	ex.extract(lines.join('\n'));
	const before = ex.linesScanned;
	lines[10] = para(1000);
	ex.extract(lines.join('\n'));
	assert.equal(ex.linesScanned - before, 1);
});

import { LineIndex, sentenceAround } from '../../src/engine/text';

test('LineIndex maps offsets to 1-based line and column', () => {
	const idx = new LineIndex('ab\ncd\r\nef');
	assert.deepEqual(idx.positionAt(0), { line: 1, column: 1 });
	assert.deepEqual(idx.positionAt(4), { line: 2, column: 2 });
	assert.deepEqual(idx.positionAt(7), { line: 3, column: 1 });
});

test('sentenceAround keeps decimal numbers and stops at sentence ends', () => {
	const text = 'Première phrase. Le taux atteint 17.5 % cette année. Suite.';
	const s = sentenceAround(text, text.indexOf('17.5'), text.indexOf('17.5') + 4);
	assert.equal(s.text, 'Le taux atteint 17.5 % cette année.');
});
