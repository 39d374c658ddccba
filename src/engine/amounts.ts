// Amounts (money, percentages, quantities) in French text. Placeholder until the recognizer lands.
import type { AmountMention } from './types';

/** Finds amounts in one line; offsets are relative to `line`. */
export function findAmounts(line: string): AmountMention[] {
	void line;
	return [];
}
