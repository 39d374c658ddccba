// Values typed by a person when correcting or marking a fact: prompts, parsing, the editable form. Pure.
import { factOf } from '../../curation/apply';
import type { Fact } from '../../curation/sidecar';
import { isDateValue, parseAmountInput } from '../../curation/suggest';
import type { ReviewedMention } from '../../curation/types';
import { plainValue } from './format';

// ---- values typed by a person -------------------------------------------------------------------

export function valuePrompt(kind: 'amount' | 'date' | 'organization', t: (m: string, ...a: Array<string | number>) => string): string {
	switch (kind) {
		case 'amount':
			return t('A number, then optionally a unit: 758500000 USD, 6,4 %, 3 245 km');
		case 'date':
			return t('An ISO-like date: 2025-10-16, XXXX-10-16, 2025-10, 2021/2025, 198X');
		case 'organization':
			return t('The organization’s full name');
	}
}

export function parseValue(kind: 'amount' | 'date' | 'organization', input: string): { value: number | string; unit?: string } | undefined {
	if (kind === 'amount') return parseAmountInput(input);
	if (kind === 'date') return isDateValue(input) ? { value: input.trim() } : undefined;
	return input.trim() ? { value: input.trim() } : undefined;
}

/** The value as the person edits it: `758500000 USD`, `2025-10-16`, a canonical name. */
export function editableValue(m: ReviewedMention): string {
	if (m.kind === 'amount') return `${m.value}${m.unit ? ` ${m.unit}` : ''}`;
	if (m.kind === 'date') return m.value;
	return plainValue(m);
}

/** The mention's fact with a typed value; undefined when the input does not parse. */
export function factWithValue(m: ReviewedMention, input: string): Fact | undefined {
	const fact = factOf(m);
	const kind = m.kind;
	const parsed = parseValue(kind, input);
	if (!parsed) return undefined;
	if (kind === 'organization') return { ...fact, canonical: String(parsed.value) };
	if (kind === 'date') {
		const next: Fact = { ...fact, value: String(parsed.value) };
		// The year the engine inferred belongs to the old value.
		if (next.value !== m.value) delete next.resolved;
		return next;
	}
	const next: Fact = { ...fact, value: parsed.value as number };
	if (parsed.unit !== undefined) next.unit = parsed.unit;
	else delete next.unit;
	if (next.value !== m.value) {
		delete next.min;
		delete next.max;
	}
	return next;
}
