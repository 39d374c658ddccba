// Measuring the engine's raw output against curated truth (reviewed mentions, or a gold file).
// Same matching rule as scripts/eval.mjs: a prediction matches a true mention of the same kind when
// the spans overlap and, for amounts, the values are equal; one-to-one, greedy, exact spans preferred.
// Pure TypeScript.
import type { Mention, MentionKind } from '../engine/types';
import type { ReviewedMention } from './types';

export const SCORE_GROUPS = ['amount', 'date', 'organization', 'money', 'percent', 'quantity', 'all'] as const;
export type ScoreGroup = (typeof SCORE_GROUPS)[number];
const KINDS: readonly MentionKind[] = ['amount', 'date', 'organization'];
const SUBS = ['money', 'percent', 'quantity'] as const;

export interface Counts {
	tp: number;
	fp: number;
	fn: number;
	/** True positives whose span is exactly the true one. */
	exact: number;
}

export interface GroupScore extends Counts {
	precision: number;
	recall: number;
	f1: number;
}

/** What the matcher compares: a mention of the engine, a person or a gold file. */
export interface Scorable {
	start: number;
	end: number;
	kind: MentionKind;
	sub?: string;
	value?: unknown;
	text?: string;
}

/** One mismatch, for listing errors: `-` missed, `+` spurious, `~` matched with another span. */
export interface ScoreError {
	sign: '-' | '+' | '~';
	group: ScoreGroup;
	file?: string;
	text: string;
	value?: unknown;
	/** For `~`: the engine's text. */
	got?: string;
}

function sameValue(a: unknown, b: unknown): boolean {
	if (a === undefined || a === null || b === undefined || b === null) return true;
	const x = Number(a);
	const y = Number(b);
	if (Number.isNaN(x) || Number.isNaN(y)) return String(a) === String(b);
	return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

export function prf(c: Counts): GroupScore {
	const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
	const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return { ...c, precision, recall, f1 };
}

/** Counts per kind and per amount sub-kind, summed over the documents added. */
export class Scoreboard {
	readonly counts: Record<ScoreGroup, Counts>;
	readonly errors: ScoreError[] = [];
	/** Documents added. */
	documents = 0;

	constructor() {
		this.counts = Object.fromEntries(SCORE_GROUPS.map((g) => [g, { tp: 0, fp: 0, fn: 0, exact: 0 }])) as Record<ScoreGroup, Counts>;
	}

	/** Scores one document's predictions against its true mentions. */
	add(truth: readonly Scorable[], predicted: readonly Scorable[], file?: string): void {
		this.documents++;
		for (const kind of KINDS) {
			this.match(kind, truth.filter((m) => m.kind === kind), predicted.filter((m) => m.kind === kind), kind === 'amount', file);
		}
		for (const sub of SUBS) {
			this.match(sub, truth.filter((m) => m.kind === 'amount' && m.sub === sub), predicted.filter((m) => m.kind === 'amount' && m.sub === sub), true, file);
		}
		const all = this.counts.all;
		all.tp = all.fp = all.fn = all.exact = 0;
		for (const kind of KINDS) {
			all.tp += this.counts[kind].tp;
			all.fp += this.counts[kind].fp;
			all.fn += this.counts[kind].fn;
			all.exact += this.counts[kind].exact;
		}
	}

	private match(group: ScoreGroup, truth: readonly Scorable[], pred: readonly Scorable[], checkValue: boolean, file: string | undefined): void {
		const c = this.counts[group];
		const used = new Set<number>();
		const record = group === 'amount' || group === 'date' || group === 'organization';
		for (const g of truth) {
			let best = -1;
			for (let i = 0; i < pred.length; i++) {
				if (used.has(i)) continue;
				const p = pred[i];
				if (p.start < g.end && g.start < p.end && (!checkValue || sameValue(p.value, g.value))) {
					if (best < 0 || (p.start === g.start && p.end === g.end)) best = i;
				}
			}
			if (best >= 0) {
				used.add(best);
				c.tp++;
				if (pred[best].start === g.start && pred[best].end === g.end) c.exact++;
				else if (record) this.errors.push({ sign: '~', group, file, text: g.text ?? '', value: g.value, got: pred[best].text });
			} else {
				c.fn++;
				if (record) this.errors.push({ sign: '-', group, file, text: g.text ?? '', value: g.value });
			}
		}
		pred.forEach((p, i) => {
			if (used.has(i)) return;
			c.fp++;
			if (record) this.errors.push({ sign: '+', group, file, text: p.text ?? '', value: p.value });
		});
	}

	result(): Record<ScoreGroup, GroupScore> {
		return Object.fromEntries(SCORE_GROUPS.map((g) => [g, prf(this.counts[g])])) as Record<ScoreGroup, GroupScore>;
	}
}

const overlaps = (a: Scorable, b: Scorable) => a.start < b.end && b.start < a.end;

/**
 * What a document's review says about the engine's raw output:
 * - truth: accepted, corrected and manual mentions;
 * - predictions: the raw mentions a person judged, i.e. those overlapping a decided mention of the same
 *   kind or sitting exactly where one is (a rejected mention, a kind changed). Unreviewed raw mentions
 *   away from any decision are left out: nobody has said whether they are right.
 */
export function reviewedTruth(raw: readonly Mention[], reviewed: readonly ReviewedMention[]): { truth: ReviewedMention[]; predicted: Mention[] } {
	const truth = reviewed.filter((m) => m.status === 'accepted' || m.status === 'corrected' || m.status === 'manual');
	const decided = reviewed.filter((m) => m.status !== 'machine');
	const predicted = raw.filter((p) => decided.some((d) => overlaps(d, p) && (d.kind === p.kind || (d.start === p.start && d.end === p.end))));
	return { truth, predicted };
}

/** A mention of a gold file in the ../shared/gold schema (GUIDE.md). */
export interface GoldMention extends Scorable {
	file: string;
	text: string;
}

export class GoldFileError extends Error {
	override readonly name = 'GoldFileError';
}

/** Parses gold JSONL: one mention per line with `file`, `start`, `end`, `text`, `kind` (and `sub`, `value`, ...). */
export function parseGoldJsonl(jsonl: string): GoldMention[] {
	const out: GoldMention[] = [];
	const lines = jsonl.split('\n');
	lines.forEach((line, i) => {
		if (!line.trim()) return;
		let row: Record<string, unknown>;
		try {
			row = JSON.parse(line) as Record<string, unknown>;
		} catch (e) {
			throw new GoldFileError(`line ${i + 1}: not valid JSON (${(e as Error).message})`);
		}
		const { file, start, end, kind } = row;
		if (typeof file !== 'string' || typeof start !== 'number' || typeof end !== 'number' || (kind !== 'amount' && kind !== 'date' && kind !== 'organization')) {
			throw new GoldFileError(`line ${i + 1}: a gold mention needs "file" (string), "start" and "end" (numbers) and "kind" (amount, date or organization)`);
		}
		out.push({ ...(row as object), file, start, end, kind, text: typeof row.text === 'string' ? row.text : '' } as GoldMention);
	});
	return out;
}

const pct = (x: number) => (x * 100).toFixed(1);
/** P, R and F1 as text; `–` where undefined (nothing predicted, nothing true). */
function cells(s: GroupScore, suffix = ''): [string, string, string] {
	const p = s.tp + s.fp ? pct(s.precision) + suffix : '–';
	const r = s.tp + s.fn ? pct(s.recall) + suffix : '–';
	const f = s.tp + s.fp && s.tp + s.fn ? pct(s.f1) + suffix : '–';
	return [p, r, f];
}
const ROWS: readonly ScoreGroup[] = ['amount', 'money', 'percent', 'quantity', 'date', 'organization', 'all'];
const LABEL: Record<ScoreGroup, string> = { amount: 'amount', money: '  money', percent: '  percent', quantity: '  quantity', date: 'date', organization: 'organization', all: 'all kinds' };

/** A plain-text table (monospace): group, P, R, F1, tp/fp/fn. */
export function formatScoreTable(scores: Record<ScoreGroup, GroupScore>): string {
	const head = `${'kind'.padEnd(14)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'TP'.padStart(6)}${'FP'.padStart(6)}${'FN'.padStart(6)}`;
	const lines = [head, '-'.repeat(head.length)];
	for (const g of ROWS) {
		const s = scores[g];
		const [p, r, f] = cells(s);
		lines.push(`${LABEL[g].padEnd(14)}${p.padStart(7)}${r.padStart(7)}${f.padStart(7)}${String(s.tp).padStart(6)}${String(s.fp).padStart(6)}${String(s.fn).padStart(6)}`);
	}
	return lines.join('\n');
}

/** The same table in Markdown. */
export function formatScoreMarkdown(scores: Record<ScoreGroup, GroupScore>): string {
	const lines = ['| kind | precision | recall | F1 | TP | FP | FN |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
	for (const g of ROWS) {
		const s = scores[g];
		const label = g === 'money' || g === 'percent' || g === 'quantity' ? `↳ ${g}` : g === 'all' ? '**all kinds**' : g;
		const [p, r, f] = cells(s, ' %');
		lines.push(`| ${label} | ${p} | ${r} | ${f} | ${s.tp} | ${s.fp} | ${s.fn} |`);
	}
	return lines.join('\n');
}
