// Plain-text reports of facts, disagreements and figure findings (CLI `facts` and `check`). Pure.
// Document text is untrusted: control characters (terminal escapes) and bidirectional overrides are
// replaced before anything reaches a terminal.
import type { AmountMention } from '../engine/types';
import type { FigureFinding } from './checks';
import type { Disagreement, FactRef } from './disagreements';
import type { Fact } from './types';

// C0 and C1 controls (ESC, BEL, CR...), DEL, bidirectional embeddings, overrides and isolates, line/paragraph separators.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Text safe to print on a terminal: one line, no escape sequence, no bidi trick. */
export function terminalSafe(s: string): string {
	return s.replace(/\r\n|\r|\n|\t/g, ' ').replace(UNSAFE, '\uFFFD');
}

/** `758500000 USD (plus de)`. */
export function valueText(a: AmountMention): string {
	const range = a.min !== undefined && a.max !== undefined && a.min !== a.max ? `${a.min}–${a.max}` : String(a.value);
	return `${range}${a.unit ? ` ${a.unit}` : ''}${a.qualifier ? ` (${a.qualifier})` : ''}`;
}

/** One row of the facts table. */
export interface FactRow {
	/** `seeds/a.txt:4`. */
	where: string;
	fact: Fact;
}

const COLUMNS = ['where', 'figure', 'value', 'measure', 'holder', 'date'] as const;
const MAX_CELL = 48;

function cellsOf(r: FactRow): string[] {
	const f = r.fact;
	return [r.where, f.amount.text, valueText(f.amount), f.measure?.text ?? '—', f.holder?.text ?? '—', f.date?.text ?? '—'].map((c) => clip(terminalSafe(c)));
}

function clip(s: string): string {
	const cps = [...s];
	return cps.length > MAX_CELL ? `${cps.slice(0, MAX_CELL - 1).join('')}…` : s;
}

const width = (s: string) => [...s].length;

/** An aligned table, a header and one line per fact. */
export function factsTable(rows: readonly FactRow[]): string {
	const table = [COLUMNS.map(String), ...rows.map(cellsOf)];
	const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => width(r[i]))));
	return table.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - width(c)))).join('  ').trimEnd()).join('\n') + '\n';
}

function side(r: FactRef): string {
	const f = r.fact;
	return `  ${terminalSafe(r.file)}:${r.line}  ${terminalSafe(f.amount.text)} = ${valueText(f.amount)}${f.date ? ` · ${terminalSafe(f.date.text)}` : ''}`;
}

/** Two facts that disagree, both sides with file and line. */
export function disagreementText(d: Disagreement): string {
	const holder = d.a.fact.holder?.text ?? d.holder;
	const measure = d.a.fact.measure?.text ?? d.measure;
	return `disagreement: ${terminalSafe(holder)} · ${terminalSafe(measure)}\n${side(d.a)}\n${side(d.b)}\n`;
}

/** One figure-check finding: `file:line:column  [check-id]  message`. */
export function findingText(file: string, line: number, column: number, f: FigureFinding): string {
	return `${terminalSafe(file)}:${line}:${column}  [${f.check}]  ${terminalSafe(f.message)}\n`;
}
