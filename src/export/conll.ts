// `conll`: CoNLL-2003 columns with IOB2 tags, for NER toolkits (spaCy `convert`, flair ColumnCorpus,
// Hugging Face token classification, seqeval). Pure.
//
//	-DOCSTART- -X- -X- O
//
//	Le -X- -X- O
//	Comité -X- -X- B-ORG
//	populaire -X- -X- I-ORG
//	…
//
// One token per line: the word, then the part-of-speech and chunk columns of CoNLL-2003, which Seed
// Facts does not produce (`-X-`, as on the -DOCSTART- line), then the tag. A blank line ends a
// sentence; `-DOCSTART- -X- -X- O` starts each document. Tokens are cut by the rules below and also
// at every mention boundary, so that each mention is a whole number of tokens.
import type { StreamWriter } from './format';
import type { ExportDocument, ExportRow } from './rows';

/** CoNLL / OntoNotes entity types per kind and amount sub-kind. */
export function conllType(row: Pick<ExportRow, 'kind' | 'sub'>): string {
	if (row.kind === 'date') return 'DATE';
	if (row.kind === 'organization') return 'ORG';
	return row.sub === 'money' ? 'MONEY' : row.sub === 'percent' ? 'PERCENT' : 'QUANTITY';
}

export const CONLL_DOCSTART = '-DOCSTART- -X- -X- O';

// Letters, marks and digits, joined by hyphens and apostrophes (mi-mars, aujourd'hui) and by a
// decimal point or comma between digits (758,5 · 17.5); any other character alone, except spaces and
// control characters (which would break a reader's lines or columns).
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:[-'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}\p{Cc}]/gu;
// French elisions, a token of their own: l'OCDE → l' OCDE.
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i;

/**
 * Token spans [start, end) of `text`, cut also at every boundary of `spans` (sorted or not).
 * Linear in the text plus the spans.
 */
export function conllTokens(text: string, spans: readonly { start: number; end: number }[]): Array<[number, number]> {
	const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
	const out: Array<[number, number]> = [];
	let c = 0;
	const push = (s: number, e: number) => {
		while (c < cuts.length && cuts[c] <= s) c++;
		for (; c < cuts.length && cuts[c] < e; c++) {
			out.push([s, cuts[c]]);
			s = cuts[c];
		}
		out.push([s, e]);
	};
	for (const m of text.matchAll(TOKEN)) {
		const start = m.index;
		const elision = ELISION.exec(m[0]);
		if (elision && elision[0].length < m[0].length) {
			push(start, start + elision[0].length);
			push(start + elision[0].length, start + m[0].length);
		} else push(start, start + m[0].length);
	}
	return out;
}

/** Rows that can be tagged: sorted by start, longest first; a row overlapping a kept one is left out (IOB has no overlaps). */
function taggable(rows: readonly ExportRow[]): ExportRow[] {
	const sorted = [...rows].sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: ExportRow[] = [];
	let end = -1;
	for (const r of sorted) {
		if (r.start >= end && r.end > r.start) {
			kept.push(r);
			end = r.end;
		}
	}
	return kept;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** The document's lines: -DOCSTART-, then sentences of `token -X- -X- TAG` lines, each followed by a blank line. */
export function conllDocument(doc: ExportDocument, rows: readonly ExportRow[]): string {
	const mentions = taggable(rows);
	const tokens = conllTokens(doc.text, mentions);
	const lines = [CONLL_DOCSTART, ''];
	let sentence: string[] = [];
	const flush = () => {
		if (sentence.length) lines.push(...sentence, '');
		sentence = [];
	};
	let k = 0;
	for (let i = 0; i < tokens.length; i++) {
		const [s, e] = tokens[i];
		while (k < mentions.length && mentions[k].end <= s) k++;
		const m = mentions[k];
		const inside = m !== undefined && m.start <= s && e <= m.end;
		const tag = inside ? `${m.start === s ? 'B' : 'I'}-${conllType(m)}` : 'O';
		sentence.push(`${doc.text.slice(s, e)} -X- -X- ${tag}`);
		// A sentence ends after . ! ? … or at a line break, never inside a mention.
		const next = tokens[i + 1];
		const within = m !== undefined && m.start < e && (next === undefined || next[0] < m.end);
		if (within) continue;
		if (SENTENCE_END.has(doc.text.slice(s, e)) || (next !== undefined && /[\r\n\u2028\u2029]/.test(doc.text.slice(e, next[0])))) flush();
	}
	flush();
	return `${lines.join('\n')}\n`;
}

export function conllWriter(): StreamWriter {
	return {
		begin: () => '',
		document: conllDocument,
		end: () => '',
	};
}
