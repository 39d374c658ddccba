// The engine's data model. Pure TypeScript: no `vscode`, no Node built-ins.
// Offsets are JavaScript string indices (UTF-16 code units), `end` exclusive,
// so that `mention.text === source.slice(mention.start, mention.end)`.

export type MentionKind = 'amount' | 'date' | 'organization';
export const MENTION_KINDS: readonly MentionKind[] = ['amount', 'date', 'organization'];

export type AmountSub = 'money' | 'percent' | 'quantity';
export const AMOUNT_SUBS: readonly AmountSub[] = ['money', 'percent', 'quantity'];

/** Position of a date inside a period (`Fin octobre` → end, `mi-mars` → mid). */
export type DateMod = 'start' | 'mid' | 'end';

interface MentionBase {
	start: number;
	end: number;
	text: string;
}

export interface AmountMention extends MentionBase {
	kind: 'amount';
	sub: AmountSub;
	/** Plain number after scale words: `758,5 millions` → 758500000; `16,3 %` → 16.3. For a range, the lower bound. */
	value: number;
	/** ISO 4217 code for money, `%` for percentages, the measure (`km`, `ans`) or counted noun (`projets`) for quantities. */
	unit?: string;
	/** `plus de`, `près de`, `environ`, `au moins`, `jusqu'à`, ... (lower case, as written modulo case). */
	qualifier?: string;
	/** Bounds of a range (`entre 3 et 5 millions`, `1 à 2`). */
	min?: number;
	max?: number;
}

/** Where a year that is not written in a date was taken from. */
export interface InferredYear {
	year: number;
	/** `dateline`: a date at the top of the document; `previous`: the nearest explicit year before the mention; `reference`: options.referenceYear. */
	source: 'dateline' | 'previous' | 'reference';
	/** The text and offsets the year was taken from (absent for `reference`). */
	fromText?: string;
	fromStart?: number;
}

export interface DateMention extends MentionBase {
	kind: 'date';
	/** ISO-like value as in the guide: `2025-10-16`, `XXXX-10-16`, `2025-10`, `2021/2025`, `XXXX-10-15/XXXX-10-18`, `198X`. */
	value: string;
	mod?: DateMod;
	/** Set when the value has `XXXX` and the year can be taken from the document. */
	inferredYear?: InferredYear;
	/** `value` with `XXXX` replaced by the inferred year, when there is one. */
	resolved?: string;
	/** A relative or loose expression (`demain`, `la semaine prochaine`, `vendredi`), only found with `ExtractOptions.relativeDates`. */
	relative?: boolean;
}

export interface OrganizationMention extends MentionBase {
	kind: 'organization';
	/** Normalized name used to group mentions of one entity (long form when an acronym is linked to one). */
	canonical: string;
	/** The acronym of this entity, when the document defines one (`JETRO`). */
	acronym?: string;
	/** The long form of this entity, when the document defines it (`Organisation japonaise du commerce extérieur`). */
	longForm?: string;
}

export type Mention = AmountMention | DateMention | OrganizationMention;

export interface ExtractOptions {
	/** Kinds to extract (default: all). */
	kinds?: readonly MentionKind[];
	/** User-supplied organization names to always annotate. */
	organizationsAdd?: readonly string[];
	/** Organization names (or acronyms) never to annotate. */
	organizationsIgnore?: readonly string[];
	/** Year used for dates without a year when the document gives none. */
	referenceYear?: number;
	/** Also annotate relative and loose dates (`demain`, `la semaine prochaine`, a weekday or month alone); off by default, as in the guide.
	 * English documents annotate relative dates unless this is `false` (../shared/gold/en/GUIDE-EN.md counts them). */
	relativeDates?: boolean;
	/** Language the text is read in: `auto` (default) detects it per document (language.ts); `fr` or `en` force it. */
	language?: 'auto' | 'fr' | 'en';
}
