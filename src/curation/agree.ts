// Agreement between two curators who reviewed the same seeds: per-category precision, recall and F1
// (curator A taken as the reference, spans matched exactly), Cohen's kappa on word tokens labelled
// with the category that covers them (or `O`), and the list of disagreements.
// Pure TypeScript (no `vscode`, no Node built-ins).
import type { Mention } from '../engine/types';
import { prf, type GroupScore } from './score';

/** What a curator says a span is: an amount's sub-kind, `date` or `organization`. */
export type AgreeCategory = 'money' | 'percent' | 'quantity' | 'date' | 'organization';
export const AGREE_CATEGORIES: readonly AgreeCategory[] = ['money', 'percent', 'quantity', 'date', 'organization'];

/** One span as one curator keeps it (rejected facts left out by the caller). */
export interface AgreeSpan {
	start: number;
	end: number;
	text: string;
	category: AgreeCategory;
	/** Normalized value, compared when both curators keep the same span and category. */
	value?: unknown;
}

export interface AgreeDocument {
	file: string;
	text: string;
	a: readonly AgreeSpan[];
	b: readonly AgreeSpan[];
}

/**
 * One disagreement: `a-only` and `b-only` are spans one curator kept and the other did not mark at all;
 * `category` and `boundary` are spans both marked but labelled or bounded differently; `value` is the same
 * span and category with a different value.
 */
export interface Disagreement {
	file: string;
	type: 'a-only' | 'b-only' | 'category' | 'boundary' | 'value';
	start: number;
	end: number;
	a?: AgreeSpan;
	b?: AgreeSpan;
}

export interface AgreementReport {
	documents: number;
	/** Per category and `all`: A as reference, B as prediction, exact span and same category. */
	scores: Record<AgreeCategory | 'all', GroupScore>;
	/** Cohen's kappa over word tokens (label: covering category or `O`); NaN when there is no token. */
	kappa: number;
	/** Observed token agreement (0–1). */
	observed: number;
	tokens: number;
	disagreements: Disagreement[];
}

/** The category of an engine or curated mention. */
export function agreeCategory(m: Mention): AgreeCategory {
	return m.kind === 'amount' ? m.sub : m.kind;
}

/** A mention as an agreement span. */
export function agreeSpan(m: Mention): AgreeSpan {
	return { start: m.start, end: m.end, text: m.text, category: agreeCategory(m), value: m.kind === 'organization' ? undefined : m.value };
}

const key = (s: AgreeSpan) => `${s.start}:${s.end}`;

function sameValue(x: unknown, y: unknown): boolean {
	if (x === undefined || y === undefined || x === null || y === null) return true;
	if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
	return String(x) === String(y);
}

interface Tally {
	tp: number;
	fp: number;
	fn: number;
	exact: number;
}

function emptyTallies(): Record<AgreeCategory | 'all', Tally> {
	const out = {} as Record<AgreeCategory | 'all', Tally>;
	for (const c of [...AGREE_CATEGORIES, 'all' as const]) out[c] = { tp: 0, fp: 0, fn: 0, exact: 0 };
	return out;
}

/** Spans sorted by start; the first span of `sorted` overlapping [start, end), by binary search. */
function firstOverlap(sorted: readonly AgreeSpan[], start: number, end: number): AgreeSpan | undefined {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid].end <= start) lo = mid + 1;
		else hi = mid;
	}
	// Spans of one curator may nest (an amount inside a date kept by mistake): scan the few that start before `end`.
	for (let i = Math.max(0, lo - 8); i < sorted.length && sorted[i].start < end; i++) {
		if (sorted[i].start < end && start < sorted[i].end) return sorted[i];
	}
	return undefined;
}

function compareSpans(doc: AgreeDocument, tallies: Record<AgreeCategory | 'all', Tally>, out: Disagreement[]): void {
	const byKeyB = new Map<string, AgreeSpan[]>();
	for (const s of doc.b) byKeyB.set(key(s), [...(byKeyB.get(key(s)) ?? []), s]);
	const usedB = new Set<AgreeSpan>();
	const sortedA = [...doc.a].sort((x, y) => x.start - y.start || x.end - y.end);
	const sortedB = [...doc.b].sort((x, y) => x.start - y.start || x.end - y.end);
	for (const a of sortedA) {
		const same = (byKeyB.get(key(a)) ?? []).find((b) => !usedB.has(b) && b.category === a.category);
		if (same) {
			usedB.add(same);
			tallies[a.category].tp++;
			tallies.all.tp++;
			if (!sameValue(a.value, same.value)) out.push({ file: doc.file, type: 'value', start: a.start, end: a.end, a, b: same });
			continue;
		}
		tallies[a.category].fn++;
		tallies.all.fn++;
		const other = firstOverlap(sortedB, a.start, a.end);
		if (!other) out.push({ file: doc.file, type: 'a-only', start: a.start, end: a.end, a });
		else if (other.start === a.start && other.end === a.end) out.push({ file: doc.file, type: 'category', start: a.start, end: a.end, a, b: other });
		else out.push({ file: doc.file, type: 'boundary', start: Math.min(a.start, other.start), end: Math.max(a.end, other.end), a, b: other });
	}
	for (const b of sortedB) {
		if (usedB.has(b)) continue;
		tallies[b.category].fp++;
		tallies.all.fp++;
		// Already listed from A's side when it overlaps one of A's spans.
		if (!firstOverlap(sortedA, b.start, b.end)) out.push({ file: doc.file, type: 'b-only', start: b.start, end: b.end, b });
	}
}

const WORD = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Labels each word token of `text` with the category of the span covering it (`O` when none). */
function tokenLabels(text: string, spans: readonly AgreeSpan[]): string[] {
	const sorted = [...spans].sort((x, y) => x.start - y.start);
	const labels: string[] = [];
	let i = 0;
	for (const m of text.matchAll(WORD)) {
		const at = m.index;
		while (i < sorted.length && sorted[i].end <= at) i++;
		const s = sorted[i];
		labels.push(s && s.start <= at && at < s.end ? s.category : 'O');
	}
	return labels;
}

interface KappaCounts {
	total: number;
	agree: number;
	a: Map<string, number>;
	b: Map<string, number>;
}

function countTokens(doc: AgreeDocument, k: KappaCounts): void {
	const la = tokenLabels(doc.text, doc.a);
	const lb = tokenLabels(doc.text, doc.b);
	for (let i = 0; i < la.length; i++) {
		k.total++;
		if (la[i] === lb[i]) k.agree++;
		k.a.set(la[i], (k.a.get(la[i]) ?? 0) + 1);
		k.b.set(lb[i], (k.b.get(lb[i]) ?? 0) + 1);
	}
}

/** Cohen's kappa: (observed − expected) / (1 − expected); 1 when both are 1 (perfect agreement on one label). */
function kappaOf(k: KappaCounts): { kappa: number; observed: number } {
	if (k.total === 0) return { kappa: Number.NaN, observed: Number.NaN };
	const observed = k.agree / k.total;
	let expected = 0;
	for (const [label, n] of k.a) expected += (n / k.total) * ((k.b.get(label) ?? 0) / k.total);
	const kappa = expected === 1 ? 1 : (observed - expected) / (1 - expected);
	return { kappa, observed };
}

/** Compares two curators over the same documents. */
export function agree(documents: readonly AgreeDocument[]): AgreementReport {
	const tallies = emptyTallies();
	const disagreements: Disagreement[] = [];
	const k: KappaCounts = { total: 0, agree: 0, a: new Map(), b: new Map() };
	for (const doc of documents) {
		compareSpans(doc, tallies, disagreements);
		countTokens(doc, k);
	}
	const scores = {} as Record<AgreeCategory | 'all', GroupScore>;
	for (const c of [...AGREE_CATEGORIES, 'all' as const]) scores[c] = prf(tallies[c]);
	return { documents: documents.length, scores, ...kappaOf(k), tokens: k.total, disagreements };
}

const pct = (x: number) => (Number.isFinite(x) ? (x * 100).toFixed(1) : '–');

/** A plain-text report: the table, kappa, then one line per disagreement (`file:line`). */
export function formatAgreement(report: AgreementReport, lineOf: (file: string, offset: number) => number): string {
	const head = `${'category'.padEnd(14)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'both'.padStart(6)}${'B'.padStart(6)}${'A'.padStart(6)}`;
	const lines = [`${report.documents} document(s), A as reference`, head, '-'.repeat(head.length)];
	for (const c of [...AGREE_CATEGORIES, 'all' as const]) {
		const s = report.scores[c];
		// Undefined where nothing was kept by B (precision), by A (recall), or by either.
		const p = s.tp + s.fp ? pct(s.precision) : '–';
		const r = s.tp + s.fn ? pct(s.recall) : '–';
		const f = s.tp + s.fp && s.tp + s.fn ? pct(s.f1) : '–';
		lines.push(`${c.padEnd(14)}${p.padStart(7)}${r.padStart(7)}${f.padStart(7)}${String(s.tp).padStart(6)}${String(s.fp).padStart(6)}${String(s.fn).padStart(6)}`);
	}
	lines.push(`Cohen's kappa on ${report.tokens} word tokens: ${Number.isFinite(report.kappa) ? report.kappa.toFixed(3) : '–'} (observed agreement ${pct(report.observed)} %)`);
	lines.push(`${report.disagreements.length} disagreement(s)`);
	for (const d of report.disagreements) {
		const side = (s: AgreeSpan | undefined) => (s ? `${s.category} ${JSON.stringify(s.text)}` : '—');
		lines.push(`${d.file}:${lineOf(d.file, d.start)}\t${d.type}\tA: ${side(d.a)}\tB: ${side(d.b)}`);
	}
	return lines.join('\n');
}
