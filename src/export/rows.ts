// The flat row every export format is built from. Pure: no `vscode`, no Node built-ins.
import type { ReviewedMention, ReviewStatus } from '../curation/types';
import type { AmountMention, MentionKind } from '../engine/types';
import { LineIndex, sentenceAround } from '../engine/text';
import { linkFacts } from '../facts/link';
import type { Fact, FactSpan } from '../facts/types';

/** One seed to export: its workspace-relative path, its text (as decoded) and its reviewed mentions. */
export interface ExportDocument {
	/** Workspace-relative path with `/` separators (absolute when the file lies outside the workspace). */
	file: string;
	text: string;
	mentions: readonly ReviewedMention[];
}

/**
 * One mention, flattened. Offsets are JavaScript string offsets (UTF-16 code units) into the
 * decoded text, `end` exclusive; `line` and `column` are 1-based (column in UTF-16 code units).
 * Absent fields are left out (JSON) or empty (CSV, Markdown).
 */
export interface ExportRow {
	file: string;
	start: number;
	end: number;
	line: number;
	column: number;
	text: string;
	kind: MentionKind;
	/** Amounts only: money, percent or quantity. */
	sub?: string;
	/** The normalized value: a number for amounts, an ISO-like string for dates, the canonical name for organizations. */
	value?: number | string;
	unit?: string;
	qualifier?: string;
	min?: number;
	max?: number;
	mod?: string;
	/** Dates: the year taken from the document when none is written, and where it came from. */
	inferredYear?: number;
	inferredYearSource?: string;
	/** Dates: `value` with `XXXX` replaced by the inferred year. */
	resolved?: string;
	/** Organizations: the acronym and long form linked in the document. */
	acronym?: string;
	longForm?: string;
	/**
	 * Amounts: the fact the figure states (src/facts): what it measures, whose it is, the date it
	 * holds for; each as text and [start, end) offsets, absent when the text names none. JSON formats
	 * nest them as `fact` (see jsonRow).
	 */
	measureText?: string;
	measureStart?: number;
	measureEnd?: number;
	holderText?: string;
	holderStart?: number;
	holderEnd?: number;
	dateText?: string;
	dateStart?: number;
	dateEnd?: number;
	status: ReviewStatus;
	note?: string;
	/** The sentence the mention sits in. */
	sentence: string;
}

/** Column order for tabular formats (CSV, Markdown) and key order in JSON. */
export const ROW_COLUMNS = [
	'file',
	'start',
	'end',
	'line',
	'column',
	'text',
	'kind',
	'sub',
	'value',
	'unit',
	'qualifier',
	'min',
	'max',
	'mod',
	'inferredYear',
	'inferredYearSource',
	'resolved',
	'acronym',
	'longForm',
	'measureText',
	'measureStart',
	'measureEnd',
	'holderText',
	'holderStart',
	'holderEnd',
	'dateText',
	'dateStart',
	'dateEnd',
	'status',
	'note',
	'sentence',
] as const satisfies readonly (keyof ExportRow)[];

/** The fact parts, in column order: row keys of each part's text, start and end. */
export const FACT_PARTS = ['measure', 'holder', 'date'] as const;
export type FactPart = (typeof FACT_PARTS)[number];

/** Rows of one document, in the order of its mentions; amounts carry their fact. */
export function toRows(doc: ExportDocument): ExportRow[] {
	const lines = new LineIndex(doc.text);
	const facts = new Map<AmountMention, Fact>();
	for (const f of linkFacts(doc.text, doc.mentions)) facts.set(f.amount, f);
	return doc.mentions.map((m) => toRow(doc, m, lines, m.kind === 'amount' ? facts.get(m) : undefined));
}

function toRow(doc: ExportDocument, m: ReviewedMention, lines: LineIndex, fact: Fact | undefined): ExportRow {
	const pos = lines.positionAt(m.start);
	// Built field by field in ROW_COLUMNS order (JSON key order), absent fields left out.
	const row: Record<string, unknown> = { file: doc.file, start: m.start, end: m.end, line: pos.line, column: pos.column, text: m.text, kind: m.kind };
	const set = (key: keyof ExportRow, v: unknown) => {
		if (v !== undefined && !(typeof v === 'number' && !Number.isFinite(v))) row[key] = v;
	};
	switch (m.kind) {
		case 'amount':
			set('sub', m.sub);
			set('value', m.value);
			set('unit', m.unit);
			set('qualifier', m.qualifier);
			set('min', m.min);
			set('max', m.max);
			break;
		case 'date':
			set('value', m.value);
			set('mod', m.mod);
			set('inferredYear', m.inferredYear?.year);
			set('inferredYearSource', m.inferredYear?.source);
			set('resolved', m.resolved);
			break;
		case 'organization':
			set('value', m.canonical);
			set('acronym', m.acronym);
			set('longForm', m.longForm);
			break;
	}
	for (const part of FACT_PARTS) {
		const span = fact?.[part];
		set(`${part}Text`, span?.text);
		set(`${part}Start`, span?.start);
		set(`${part}End`, span?.end);
	}
	row.status = m.status;
	set('note', m.note);
	row.sentence = sentenceAround(doc.text, m.start, m.end).text;
	return row as unknown as ExportRow;
}

/** One part of a row's fact (amounts), or null when the text names none. */
export function factPart(row: ExportRow, part: FactPart): FactSpan | null {
	const text = row[`${part}Text`];
	const start = row[`${part}Start`];
	const end = row[`${part}End`];
	return text !== undefined && start !== undefined && end !== undefined ? { start, end, text } : null;
}

/** The fact of an amount row as JSON formats write it. */
export interface JsonFact {
	measure: [number, number] | null;
	holder: [number, number] | null;
	date: [number, number] | null;
	measureText: string | null;
	holderText: string | null;
	dateText: string | null;
}

const FACT_KEYS = new Set<string>(FACT_PARTS.flatMap((p) => [`${p}Text`, `${p}Start`, `${p}End`]));

/**
 * A row as the JSON formats (json, jsonl) write it: the same keys, except that an amount's fact
 * is one `fact` object (spans as [start, end] or null, texts beside), placed before `status`.
 */
export function jsonRow(row: ExportRow): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) {
		if (FACT_KEYS.has(k)) continue;
		if (k === 'status' && row.kind === 'amount') out.fact = jsonFact(row);
		out[k] = v;
	}
	return out;
}

export function jsonFact(row: ExportRow): JsonFact {
	const [m, h, d] = FACT_PARTS.map((p) => factPart(row, p));
	const pair = (s: FactSpan | null): [number, number] | null => (s ? [s.start, s.end] : null);
	return { measure: pair(m), holder: pair(h), date: pair(d), measureText: m?.text ?? null, holderText: h?.text ?? null, dateText: d?.text ?? null };
}

/** A row's normalized facts as `key=value` pairs (brat notes, W3C bodies), without position or context (nor the fact's spans). */
export function normalizedFacts(row: ExportRow): Array<[string, string | number]> {
	const keys = ['value', 'unit', 'qualifier', 'min', 'max', 'mod', 'inferredYear', 'inferredYearSource', 'resolved', 'acronym', 'longForm', 'status', 'note'] as const;
	const out: Array<[string, string | number]> = [];
	for (const key of keys) {
		const v = row[key];
		if (v !== undefined) out.push([key, v]);
	}
	return out;
}

/**
 * Keeps or drops rejected mentions, as `--all` asks; always drops a mention an orphaned decision may be
 * about (`orphanOf`): it must not be exported as a machine fact (issue 14.6).
 */
export function visibleMentions(mentions: readonly ReviewedMention[], includeRejected: boolean): readonly ReviewedMention[] {
	return mentions.filter((m) => m.orphanOf === undefined && (includeRejected || m.status !== 'rejected'));
}
