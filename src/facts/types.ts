// Facts: what a figure measures, whose it is and when. Pure TypeScript: imports only the engine.
import type { AmountMention } from '../engine/types';

/** A span of the text: [start, end) in UTF-16 code units, and its text. */
export interface FactSpan {
	start: number;
	end: number;
	text: string;
}

/** The fact an amount states (see the guide's « facts » section); each part null when the text names none. */
export interface Fact {
	amount: AmountMention;
	/** The noun phrase naming what is measured (`capital total`); for a count, the counted noun (`projets`). */
	measure: FactSpan | null;
	/** The organization, place or group the figure belongs to (`Hai Phong`). */
	holder: FactSpan | null;
	/** The date mention the figure holds for (its span is the mention's). */
	date: FactSpan | null;
	/** That date's value, with the year filled in when the engine inferred it (`2025-10`, `2021/2025`). */
	dateValue: string | null;
}
