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
	/**
	 * `sentence`: a year written in the same sentence (before or after); `previous`: the nearest
	 * explicit year before the mention in its paragraph, or the latest full date before it in its
	 * article; `dateline`: the reference date of its article (a year that puts the date nearest it);
	 * `sidecar`: options.referenceDate; `reference`: options.referenceYear.
	 */
	source: 'sentence' | 'previous' | 'dateline' | 'sidecar' | 'reference';
	/** The text and offsets the year was taken from (absent for `sidecar` and `reference`). */
	fromText?: string;
	fromStart?: number;
}

/** The calendar unit of a relative date and its offset from the reference date (`hier` → day −1). */
export interface RelativeOffset {
	unit: 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';
	n: number;
}

/** The date a relative expression was resolved against. */
export interface ReferenceDate {
	/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the source. */
	date: string;
	/**
	 * `dateline`: the date at the top of the article; `sidecar`: options.referenceDate (the date a
	 * curator set for the document); `setting`: options.referenceYear; `text`: the latest full date
	 * written before it in its article; `anchor`: the date of the text it refers back to (`le même jour`).
	 */
	source: 'dateline' | 'sidecar' | 'setting' | 'text' | 'anchor';
	/** The text and offset of the date it was taken from (dateline, text, anchor). */
	fromText?: string;
	fromStart?: number;
}

export interface DateMention extends MentionBase {
	kind: 'date';
	/**
	 * ISO-like value as in the guide: `2025-10-16`, `XXXX-10-16`, `2025-10`, `2021/2025`, `XXXX-10-15/XXXX-10-18`,
	 * `198X`, `2024-Q1`, `XXXX-H2`, `2024-W45`. A relative date's value is resolved (`hier` → `2025-10-15`); without
	 * a reference date it keeps `X` where it is unknown (`XXXX-XX-XX`, `XXXX-WXX-2` for a weekday).
	 */
	value: string;
	mod?: DateMod;
	/** Set when the value has `XXXX` and the year can be taken from the document. */
	inferredYear?: InferredYear;
	/** `value` with `XXXX` replaced by the inferred year, when there is one. */
	resolved?: string;
	/** A relative expression (`hier`, `la semaine prochaine`, `mardi`, `il y a deux ans`), resolved against a reference date. */
	relative?: boolean;
	/** For a relative date: its unit and offset from the reference date. */
	rel?: RelativeOffset;
	/** For a relative date: the date it was resolved against and where that came from (absent when none was found). */
	reference?: ReferenceDate;
}

export interface OrganizationMention extends MentionBase {
	kind: 'organization';
	/** Normalized name used to group mentions of one entity (long form when an acronym is linked to one). */
	canonical: string;
	/** The acronym of this entity, when the document defines one (`JETRO`). */
	acronym?: string;
	/** The long form of this entity, when the document defines it (`Organisation japonaise du commerce extérieur`). */
	longForm?: string;
	/** What found it (codes, see OrganizationEvidence); shown in the hover. */
	evidence?: readonly OrganizationEvidence[];
}

/**
 * Why a name was taken for an organization: `head-noun` (`Comité populaire de Hanoï`, `ministère des …`),
 * `known-name` (a well-known body or agency), `known-acronym`, `known-company` (a company-name dictionary),
 * `english-name` (`… Agency`, `… Group`), `legal-form` (`SA`, `JSC`, `Co., Ltd`, `Inc.`), `acronym-defined`
 * (`Long Form (ACR)` with matching initials), `credit` (`Photo : VNA`, `(AFP)`), `source` (the outlet line
 * at the top, `Radio-Canada, 22 février 2023`), `apposition` (`le groupe X`, `la banque X`, `chez X`),
 * `corporate-noun` (`le PDG de X`, `les recettes de X`), `coordination` (`X et Y` with Y found), `propagated`
 * (the same name found elsewhere in the document), `user` (organizationsAdd).
 */
export type OrganizationEvidence =
	| 'head-noun'
	| 'known-name'
	| 'known-acronym'
	| 'known-company'
	| 'english-name'
	| 'legal-form'
	| 'acronym-defined'
	| 'credit'
	| 'source'
	| 'apposition'
	| 'corporate-noun'
	| 'coordination'
	| 'propagated'
	| 'user';

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
	/**
	 * The document's reference date (`YYYY-MM-DD` or `YYYY-MM`), e.g. set by a curator in its sidecar: relative dates
	 * are resolved against it when the document has no dateline, and years not written are taken from it.
	 */
	referenceDate?: string;
	/** Annotate relative dates (`hier`, `la semaine prochaine`, `mardi`, `il y a deux ans`); on unless false, as in the guide (French and English). */
	relativeDates?: boolean;
	/** Language the text is read in: `auto` (default) detects it per document (language.ts); `fr` or `en` force it. */
	language?: 'auto' | 'fr' | 'en';
}
