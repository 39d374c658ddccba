import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { ReviewedMention } from '../../src/curation/types';
import { LineIndex } from '../../src/engine/text';
import { plainTranslate } from '../../src/extension/model/format';
import { buildHoverMarkdown, codeSpan, commandLink, escapeMarkdown, sentenceMarkdown } from '../../src/extension/model/hoverText';

/** What a CommonMark renderer shows for our escaped text: backslash escapes of punctuation removed. */
function unescape(md: string): string {
	return md.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, '$1');
}

test('escapeMarkdown neutralizes links, command URIs, HTML and entities', () => {
	const hostile = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)> &lt; **b** `c` https://evil.example';
	const escaped = escapeMarkdown(hostile);
	assert.ok(!/(^|[^\\])\[/.test(escaped), 'every [ is escaped');
	assert.ok(!/(^|[^\\])</.test(escaped), 'every < is escaped');
	assert.ok(!/(^|[^\\])&/.test(escaped), 'every & is escaped');
	assert.ok(!escaped.includes('https://'), 'no autolink');
	assert.ok(!escaped.includes('](command:'), 'no command link');
	assert.equal(unescape(escaped), hostile, 'renders as the original text');
	assert.equal(escapeMarkdown('a\n\n# b'), 'a \\# b', 'no heading from a new line');
});

test('codeSpan cannot be closed early', () => {
	assert.equal(codeSpan('a`b'), "`a'b`");
});

test('commandLink encodes JSON arguments and escapes the label', () => {
	const link = commandLink({ label: 'Copy [value]', command: 'seedFacts.copyValue', args: { uri: 'file:///a b.txt', start: 1, end: 2 } });
	assert.match(link, /^\[Copy \\\[value\\\]\]\(command:seedFacts\.copyValue\?/);
	const query = link.slice(link.indexOf('?') + 1, -1);
	assert.deepEqual(JSON.parse(decodeURIComponent(query)), [{ uri: 'file:///a b.txt', start: 1, end: 2 }]);
	assert.ok(!query.includes(')'), 'the URI cannot end the link early');
});

test('sentenceMarkdown bolds the mention inside its sentence', () => {
	const text = 'Première phrase. Le capital atteint 25 millions de dollars. Fin.';
	const start = text.indexOf('25 millions');
	const md = sentenceMarkdown(text, start, start + '25 millions de dollars'.length);
	assert.equal(unescape(md), 'Le capital atteint **25 millions de dollars**.');
});

test('hover of a money amount: kind, French value, approximation, qualifier, sentence, links', () => {
	const text = 'Titre\nFin octobre 2025, le capital total dépasse plus de 758,5 millions de dollars américains.';
	const start = text.indexOf('758,5');
	const m: ReviewedMention = { kind: 'amount', sub: 'money', start, end: start + 36, text: text.slice(start, start + 36), value: 758500000, unit: 'USD', qualifier: 'plus de', status: 'machine' };
	const md = buildHoverMarkdown({ mention: m, text, lines: new LineIndex(text), t: plainTranslate, links: [{ label: 'Copy value', command: 'seedFacts.copyValue', args: { uri: 'u', start, end: m.end } }] });
	const shown = unescape(md);
	assert.ok(shown.includes('**Money amount** · line 2, column'), shown);
	assert.ok(shown.includes('758\u202f500\u202f000 USD'));
	assert.ok(shown.includes('≈ 758,5\u00a0M$'));
	assert.ok(shown.includes('qualifier: “plus de”'));
	assert.ok(shown.includes('**758,5 millions de dollars américains**'));
	assert.ok(md.includes('](command:seedFacts.copyValue?'));
});

test('hover of a date with an inferred year names the source and its line', () => {
	const text = 'Fin octobre 2025\nLe forum s\'est tenu le 16 octobre à Hanoï.';
	const start = text.indexOf('16 octobre');
	const m: ReviewedMention = {
		kind: 'date',
		start,
		end: start + 10,
		text: '16 octobre',
		value: 'XXXX-10-16',
		resolved: '2025-10-16',
		inferredYear: { year: 2025, source: 'dateline', fromText: 'Fin octobre 2025', fromStart: 0 },
		status: 'machine',
	};
	const shown = unescape(buildHoverMarkdown({ mention: m, text, lines: new LineIndex(text), t: plainTranslate }));
	assert.ok(shown.includes('**2025-10-16** · 16 octobre 2025'), shown);
	assert.ok(shown.includes('16 octobre → `2025-10-16`, year inferred from “Fin octobre 2025”, line 1'), shown);
});

test('hover of an acronym: long form ↔ acronym and counts', () => {
	const text = "L'Organisation japonaise du commerce extérieur (JETRO) soutient. La JETRO investit.";
	const start = text.lastIndexOf('JETRO');
	const m: ReviewedMention = { kind: 'organization', start, end: start + 5, text: 'JETRO', canonical: 'Organisation japonaise du commerce extérieur', acronym: 'JETRO', longForm: 'Organisation japonaise du commerce extérieur', status: 'accepted', note: 'vu <b>' };
	const md = buildHoverMarkdown({ mention: m, text, lines: new LineIndex(text), t: plainTranslate, entityCounts: { document: 3, corpus: 7, corpusFiles: 2 } });
	const shown = unescape(md);
	assert.ok(shown.includes('long form ↔ acronym: Organisation japonaise du commerce extérieur ↔ JETRO'), shown);
	assert.ok(shown.includes('3 in this document · 7 in the corpus (2 documents)'));
	// One document: no « (1 documents) ».
	const one = unescape(buildHoverMarkdown({ mention: m, text, lines: new LineIndex(text), t: plainTranslate, entityCounts: { document: 2, corpus: 2, corpusFiles: 1 } }));
	assert.ok(one.includes('2 in this document · 2 in the corpus (1 document)'), one);
	assert.ok(!one.includes('documents)'), one);
	assert.ok(shown.includes('review: accepted · vu <b>'));
	assert.ok(!/(^|[^\\])</.test(md), 'the note is escaped');
});

test('hostile document text never becomes a link or HTML in the hover', () => {
	const text = 'Le groupe [x](command:workbench.action.quit) <img src=x onerror=alert(1)> a reçu 25 millions de dollars.';
	const start = text.indexOf('25 millions');
	const m: ReviewedMention = { kind: 'amount', sub: 'money', start, end: start + 22, text: '25 millions de dollars', value: 25e6, unit: 'USD', status: 'machine' };
	const md = buildHoverMarkdown({ mention: m, text, lines: new LineIndex(text), t: plainTranslate });
	assert.ok(!md.includes('](command:workbench'));
	assert.ok(!/(^|[^\\])<img/.test(md), 'no unescaped tag');
	assert.ok(unescape(md).includes('[x](command:workbench.action.quit) <img src=x onerror=alert(1)>'), 'still readable as text');
});
