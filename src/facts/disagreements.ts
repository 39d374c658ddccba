// Figures that disagree across documents: the same holder and measure, periods that overlap, values
// that cannot both hold. Pure: documents and their facts in, a list out.
import { LineIndex } from '../engine/text';
import { normalizeKey, overlaps, periodOf, valuesDisagree, type Period } from './normalize';
import type { Fact } from './types';

/** A document and its facts (from linkFacts). */
export interface FactDocument {
	file: string;
	text: string;
	facts: readonly Fact[];
}

/** One side of a disagreement. */
export interface FactRef {
	file: string;
	fact: Fact;
	/** 1-based line of the amount. */
	line: number;
}

export interface Disagreement {
	/** Normalized holder and measure shared by both sides. */
	holder: string;
	measure: string;
	a: FactRef;
	b: FactRef;
}

export interface DisagreementOptions {
	/** Also compare facts without a known period (off: figures of different years would be reported). */
	includeUndated?: boolean;
}

interface Keyed {
	ref: FactRef;
	period: Period | null;
}

/** Facts keyed by normalized holder + measure; facts without both are not comparable. */
function groupFacts(docs: readonly FactDocument[], options: DisagreementOptions): Map<string, Keyed[]> {
	const groups = new Map<string, Keyed[]>();
	for (const doc of docs) {
		let lines: LineIndex | undefined;
		for (const fact of doc.facts) {
			if (!fact.holder || !fact.measure) continue;
			const period = periodOf(fact.dateValue);
			if (!period && !options.includeUndated) continue;
			const holder = normalizeKey(fact.holder.text);
			const measure = normalizeKey(fact.measure.text);
			if (!holder || !measure) continue;
			lines ??= new LineIndex(doc.text);
			const key = `${holder}\u0000${measure}`;
			const list = groups.get(key) ?? [];
			list.push({ ref: { file: doc.file, fact, line: lines.positionAt(fact.amount.start).line }, period });
			groups.set(key, list);
		}
	}
	return groups;
}

/**
 * Pairs of facts from different documents with the same holder and measure (case, accents and
 * articles ignored), overlapping periods and values that cannot both hold (`plus de 20` agrees with 25).
 * Each pair is reported once, in document order.
 */
export function findDisagreements(docs: readonly FactDocument[], options: DisagreementOptions = {}): Disagreement[] {
	const out: Disagreement[] = [];
	for (const [key, list] of groupFacts(docs, options)) {
		const [holder, measure] = key.split('\u0000');
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const x = list[i];
				const y = list[j];
				if (x.ref.file === y.ref.file) continue;
				if (x.period && y.period && !overlaps(x.period, y.period)) continue;
				if (!valuesDisagree(x.ref.fact.amount, y.ref.fact.amount)) continue;
				out.push({ holder, measure, a: x.ref, b: y.ref });
			}
		}
	}
	return out;
}
