// Dates and periods in French text. Placeholder until the recognizer lands.
import type { DateMention } from './types';

/** Finds dates in one line; offsets are relative to `line`. */
export function findDates(line: string): DateMention[] {
	void line;
	return [];
}

/** Fills `inferredYear` / `resolved` for dates whose year is not written. Mutates `dates`. */
export function inferYears(text: string, dates: DateMention[], referenceYear?: number): void {
	void text;
	void dates;
	void referenceYear;
}
