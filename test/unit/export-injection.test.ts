// Issue 14.9: spreadsheet formula injection through every leading character a spreadsheet reads as
// a formula (or strips before reading one), and Markdown exports that keep seed URLs inert and unaltered.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { neutralizeFormula } from '../../src/export/csv';
import { escapeMarkdownCell } from '../../src/export/markdown';

test('csv: cells starting with a control character or a full-width formula sign are neutralized', () => {
	const starts = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '\v', '\f', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
	for (const s of starts) {
		const cell = `${s}HYPERLINK("http://x.example","y")`;
		assert.equal(neutralizeFormula(cell), `'${cell}`, `leading U+${s.charCodeAt(0).toString(16).padStart(4, '0')}`);
	}
	// Plain negative numbers stay numbers; ordinary text is untouched.
	assert.equal(neutralizeFormula('-12,5'), '-12,5');
	assert.equal(neutralizeFormula('Hanoï = 3'), 'Hanoï = 3');
	assert.equal(neutralizeFormula(''), '');
});

/** What a reader sees: the cell with backslash escapes and code-span fences removed, `<br>` as a line break. */
function rendered(cell: string): string {
	let out = '';
	for (let i = 0; i < cell.length; ) {
		if (cell[i] === '`') {
			let n = 0;
			while (cell[i + n] === '`') n++;
			const fence = '`'.repeat(n);
			const close = cell.indexOf(fence, i + n);
			assert.ok(close > 0, `unclosed code span in ${cell}`);
			let inner = cell.slice(i + n, close).replace(/\\\|/g, '|');
			if (inner.length > 1 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim()) inner = inner.slice(1, -1);
			out += inner;
			i = close + n;
		} else if (cell[i] === '\\' && i + 1 < cell.length && /[!-/:-@[-`{-~]/.test(cell[i + 1])) {
			out += cell[i + 1];
			i += 2;
		} else if (cell.startsWith('<br>', i)) {
			out += '\n';
			i += 4;
		} else {
			out += cell[i++];
		}
	}
	return out;
}

/** The parts of a cell outside code spans: where an autolink could start. */
function outsideCode(cell: string): string {
	return cell.replace(/(`+)[\s\S]*?\1/g, ' ');
}

test('md: bare URLs, www. names, domains and e-mail addresses are inert (in code spans) and unaltered', () => {
	const texts = [
		'Voir https://vnexpress.net/kinh-te?id=1&x=2 pour le détail.',
		'source : www.vietnamplus.vn, le 12 novembre',
		'Contact: presse@gouv.vn ou ftp://files.example.org/a_b*c',
		'Le site VnExpress.net (mailto:redac@vne.vn) a publié | un `code` http://a.b/`x`',
		'https://x.example/``y``',
	];
	for (const t of texts) {
		const cell = escapeMarkdownCell(t);
		assert.equal(rendered(cell), t, `text unchanged: ${cell}`);
		const outside = outsideCode(cell);
		assert.doesNotMatch(outside, /[a-z][a-z0-9+.-]*:\/\/|www\.|\w@\w|\w\.(?:net|vn|org|com)\b/i, `no autolink outside code spans: ${cell}`);
		assert.doesNotMatch(outside.replace(/\\\|/g, ''), /\|/, 'no bare pipe');
	}
	// Text without links is escaped as before.
	assert.equal(escapeMarkdownCell('a|b\r\nc*d_e`f<g>'), 'a\\|b<br>c\\*d\\_e\\`f\\<g\\>');
});
