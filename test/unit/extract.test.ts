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
