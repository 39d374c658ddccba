// The value of a mention a person marks by hand, computed by the engine when it can. Pure TypeScript.
import { extract } from '../engine/extract';
import type { ExtractOptions, Mention, MentionKind } from '../engine/types';
import { factOf } from './apply';
import type { Fact } from './sidecar';

/**
 * A best guess at the fact of `text.slice(start, end)` read as `kind`, to prefill what the person confirms:
 * the engine's mention of that span, else its longest mention of that kind inside the selection (in the
 * document, where years can be inferred, then in the selection alone by `extractFn`), else for an organization the
 * selected words. Undefined when the engine sees no such fact (the person has to type the value).
 */
export function suggestFact(
	text: string,
	start: number,
	end: number,
	kind: MentionKind,
	machine: readonly Mention[] = [],
	extractFn: (text: string, options: ExtractOptions) => Mention[] = extract,
): Fact | undefined {
	const selected = text.slice(start, end);
	const exact = machine.find((m) => m.kind === kind && m.start === start && m.end === end);
	if (exact) return factOf(exact);
	const longest = (list: readonly Mention[]) => list.reduce<Mention | undefined>((best, m) => (!best || m.end - m.start > best.end - best.start ? m : best), undefined);
	const inside = longest(machine.filter((m) => m.kind === kind && m.start >= start && m.end <= end));
	if (inside) return factOf(inside);
	const alone = longest(extractFn(selected, { kinds: [kind] }).filter((m) => m.kind === kind));
	if (alone) return factOf(alone);
	if (kind === 'organization') {
		const name = selected.replace(/\s+/g, ' ').trim();
		return name ? { kind: 'organization', canonical: name } : undefined;
	}
	return undefined;
}

/** Parses a value a person typed for an amount (`758,5`, `3 245`, `1.2e6`); undefined when it is not a number. */
export function parseAmountValue(input: string): number | undefined {
	const s = input.replace(/[\s\u00a0\u202f]/g, '');
	if (!s) return undefined;
	// French decimal comma; a dot followed by exactly three digits groups thousands (`6.500`).
	const normalized = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s.replace(',', '.');
	if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(normalized)) return undefined;
	const n = Number(normalized);
	return Number.isFinite(n) ? n : undefined;
}

/** Checks a date value a person typed against the guide's shapes (`2025-10-16`, `XXXX-10`, `2021/2025`, `198X`). */
export function isDateValue(input: string): boolean {
	const point = '(?:\\d{4}|\\d{3}X|\\d{2}XX|XXXX)(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?)?';
	return new RegExp(`^${point}(?:/${point})?$`).test(input.trim());
}

/**
 * An amount typed as a number and an optional unit: `758500000 USD`, `6,4 %`, `3 245 km`.
 * Undefined when the number part is not a number.
 */
export function parseAmountInput(input: string): { value: number; unit?: string } | undefined {
	const m = /^\s*(-?[\d\s\u00a0\u202f.,]*\d(?:e[+-]?\d+)?)\s*(.*?)\s*$/i.exec(input);
	if (!m) return undefined;
	const value = parseAmountValue(m[1]);
	if (value === undefined) return undefined;
	return m[2] ? { value, unit: m[2] } : { value };
}
