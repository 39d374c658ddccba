// The review sidecar `NAME.txt.facts.json`: a person's decisions about one seed's facts.
// Pure TypeScript (no `vscode`, no Node built-ins): used by the extension (Node and web) and the CLI.
//
// Layout (schemas/sidecar.schema.json): a small header, then one decision per line, sorted by
// position, so that `git diff` shows one changed line per changed decision:
//
//	{
//		"version": 1,
//		"text": "000_26c86e72e726adfc.txt",
//		"decisions": [
//			{"id": "k2v9x1", "action": "accept", "target": "date", "anchor": {"start": 89, ...}, "fact": {"kind": "date", "value": "2025"}},
//			{"id": "p0a7rq", "action": "reject", "target": "organization", "anchor": {...}}
//		]
//	}
import { firstInvalidUtf8 } from '../engine/text';
import type { AmountSub, DateMod, MentionKind } from '../engine/types';
import { validate as validateSchema } from './sidecarSchema.generated';

export const SIDECAR_VERSION = 1;
/** Appended to the seed's path: `seeds/a.txt` → `seeds/a.txt.facts.json`. */
export const SIDECAR_SUFFIX = '.facts.json';

export function sidecarPathFor(textPath: string): string {
	return textPath + SIDECAR_SUFFIX;
}

/**
 * Where a decision sits: W3C TextQuoteSelector (`exact`, `prefix`, `suffix`) plus the last known
 * TextPositionSelector offsets (UTF-16 code units, `end` exclusive).
 */
export interface Anchor {
	start: number;
	end: number;
	exact: string;
	prefix: string;
	suffix: string;
}

/** What a person says a mention is. Fields mirror the engine's Mention model. */
export interface Fact {
	kind: MentionKind;
	sub?: AmountSub;
	/** A number for amounts, an ISO-like string for dates, absent for organizations. */
	value?: number | string;
	unit?: string;
	qualifier?: string;
	min?: number;
	max?: number;
	mod?: DateMod;
	resolved?: string;
	canonical?: string;
}

/**
 * - `accept`: the machine's mention is right (its fact is recorded, so that engine upgrades do not change it);
 * - `reject`: the machine's mention is not a fact;
 * - `correct`: right place, but another kind or value;
 * - `add`: a mention the machine missed (a manual mention);
 * - `note`: only a note on an unreviewed machine mention.
 */
export type DecisionAction = 'accept' | 'reject' | 'correct' | 'add' | 'note';

export interface Decision {
	id: string;
	action: DecisionAction;
	/** Kind of the machine's mention this decision is about (all actions but `add`). */
	target?: MentionKind;
	anchor: Anchor;
	/** Required for accept, correct and add. */
	fact?: Fact;
	/** `correct` only: the mention's new boundaries (Adjust Fact to Selection); `anchor` keeps the machine's span. */
	span?: Anchor;
	/** Amounts: the person's reading of the figure's fact (null: none; absent: the machine's). */
	parts?: FactParts;
	note?: string;
	/** When the decision was made (ISO 8601). */
	at?: string;
}

/** Spans of what an amount measures, whose it is and when it holds, as a person set them. */
export interface FactParts {
	measure?: Anchor | null;
	holder?: Anchor | null;
	date?: Anchor | null;
}

export type DocumentStatus = 'todo' | 'in-progress' | 'done';
export type DocumentLanguage = 'fr' | 'en';

export interface Sidecar {
	version: typeof SIDECAR_VERSION;
	/** File name of the seed (informative). */
	text?: string;
	/** Where the curation of the seed stands. */
	status?: DocumentStatus;
	/** YYYY-MM-DD: what relative dates are resolved against when the seed has no dateline. */
	referenceDate?: string;
	/** The language the seed is read as (overrides detection and the setting). */
	language?: DocumentLanguage;
	decisions: Decision[];
}

export type SidecarErrorReason = 'json' | 'version' | 'schema' | 'invalid' | 'encoding' | 'size';

/** A sidecar that cannot be used. `message` is written for the person who has to fix the file. */
export class SidecarError extends Error {
	override readonly name = 'SidecarError';
	constructor(
		readonly reason: SidecarErrorReason,
		message: string,
		/** One line per problem found (schema violations), for an error list. */
		readonly details: readonly string[] = [],
	) {
		super(message);
	}
}

export function emptySidecar(textName?: string): Sidecar {
	return textName === undefined ? { version: SIDECAR_VERSION, decisions: [] } : { version: SIDECAR_VERSION, text: textName, decisions: [] };
}

/** Far above any real sidecar (a decision is about 300 bytes); refused before decoding. */
export const MAX_SIDECAR_BYTES = 32 * 1024 * 1024;

/**
 * Decodes and parses a sidecar's bytes as read from disk: UTF-8 (a BOM is allowed), invalid sequences
 * reported with their byte offset as for seeds, over `maxBytes` refused. Throws SidecarError only.
 */
export function parseSidecarBytes(bytes: Uint8Array, maxBytes = MAX_SIDECAR_BYTES): Sidecar {
	if (bytes.byteLength > maxBytes) throw new SidecarError('size', `The review file is too large (${bytes.byteLength} bytes, over the limit of ${maxBytes} bytes).`);
	let json: string;
	try {
		json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new SidecarError('encoding', `The review file is not UTF-8 text (invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}).`);
	}
	return parseSidecar(json);
}

interface SchemaError {
	instancePath: string;
	keyword: string;
	message?: string;
	params: Record<string, unknown>;
}

/** Parses and validates a sidecar's text. Throws SidecarError. */
export function parseSidecar(json: string): Sidecar {
	let data: unknown;
	try {
		// A byte-order mark is legal in a file someone saved from another editor.
		data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
	} catch (e) {
		// SyntaxError, or RangeError for nesting deeper than the stack: the same for the person.
		throw new SidecarError('json', `The review file is not valid JSON (${String((e as Error)?.message ?? e).slice(0, 200)}).`);
	}
	if (data && typeof data === 'object' && !Array.isArray(data)) {
		const version = (data as { version?: unknown }).version;
		if (typeof version === 'number' && version !== SIDECAR_VERSION) {
			const why = version > SIDECAR_VERSION ? 'it was written by a newer Seed Facts' : 'this version is unknown';
			throw new SidecarError('version', `The review file has format version ${version}, but this Seed Facts reads version ${SIDECAR_VERSION}: ${why}.`);
		}
	}
	const validate = validateSchema as unknown as ((d: unknown) => boolean) & { errors?: SchemaError[] | null };
	if (!validate(data)) {
		const details = describeSchemaErrors(data, validate.errors ?? []);
		const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
		throw new SidecarError('schema', `The review file does not follow the sidecar schema: ${details[0] ?? 'unknown problem'}${more}.`, details);
	}
	const sidecar = data as Sidecar;
	const problems: string[] = [];
	const ids = new Set<string>();
	sidecar.decisions.forEach((d, i) => {
		const where = `decision ${i + 1} (id ${d.id})`;
		if (ids.has(d.id)) problems.push(`${where}: the id is used twice`);
		ids.add(d.id);
		const a = d.anchor;
		if (!Number.isSafeInteger(a.start) || !Number.isSafeInteger(a.end)) problems.push(`${where}: anchor offsets must be whole numbers below 2^53`);
		else if (a.end <= a.start) problems.push(`${where}: anchor end (${a.end}) must be after start (${a.start})`);
		else if (a.exact.length !== a.end - a.start) problems.push(`${where}: anchor quote «${a.exact}» is ${a.exact.length} characters long but its offsets span ${a.end - a.start}`);
		if (d.span && (d.span.end <= d.span.start || d.span.exact.length !== d.span.end - d.span.start)) problems.push(`${where}: span offsets do not match its quote`);
		if ((d.span || d.parts) && d.action !== 'correct' && d.action !== 'accept' && d.action !== 'add') problems.push(`${where}: span and parts belong to accept, correct or add decisions`);
		const f = d.fact;
		if (f?.min !== undefined && f.max !== undefined && f.min > f.max) problems.push(`${where}: min is greater than max`);
	});
	if (problems.length) {
		const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
		throw new SidecarError('invalid', `The review file is inconsistent: ${problems[0]}${more}.`, problems);
	}
	return sidecar;
}

/** Turns ajv's errors into sentences naming the decision concerned, most specific first. */
function describeSchemaErrors(data: unknown, errors: readonly SchemaError[]): string[] {
	const out: string[] = [];
	const seen = new Set<string>();
	for (const e of errors) {
		// `if` failures only repeat what the `then` branch says.
		if (e.keyword === 'if') continue;
		const path = e.instancePath.split('/').slice(1);
		let where = 'the file';
		if (path[0] === 'decisions' && path[1] !== undefined) {
			const i = Number(path[1]);
			const id = (data as { decisions?: { id?: unknown }[] }).decisions?.[i]?.id;
			where = `decision ${i + 1}${typeof id === 'string' ? ` (id ${id})` : ''}`;
			const rest = path.slice(2).join('.');
			if (rest) where += `, field "${rest}"`;
		} else if (path.length) {
			where = `field "${path.join('.')}"`;
		}
		let what = e.message ?? e.keyword;
		if (e.keyword === 'required') what = `"${String(e.params.missingProperty)}" is missing`;
		else if (e.keyword === 'additionalProperties') what = `unknown field "${String(e.params.additionalProperty)}"`;
		else if (e.keyword === 'enum') what = `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
		else if (e.keyword === 'const') what = `must be ${JSON.stringify(e.params.allowedValue)}`;
		const line = `${where}: ${what}`;
		if (!seen.has(line)) {
			seen.add(line);
			out.push(line);
		}
	}
	return out;
}

const ACTION_ORDER: Record<DecisionAction, number> = { add: 0, accept: 1, correct: 2, reject: 3, note: 4 };

/** Stable order: by position, then action, then id. */
export function compareDecisions(a: Decision, b: Decision): number {
	return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Key order of each object, so that equal sidecars serialize to equal bytes. */
const DECISION_KEYS = ['id', 'action', 'target', 'anchor', 'fact', 'span', 'parts', 'note', 'at'] as const;
const PART_KEYS = ['measure', 'holder', 'date'] as const;
const ANCHOR_KEYS = ['start', 'end', 'exact', 'prefix', 'suffix'] as const;
const FACT_KEYS = ['kind', 'sub', 'value', 'unit', 'qualifier', 'min', 'max', 'mod', 'resolved', 'canonical'] as const;

function inline(obj: object, keys: readonly string[], nested: Record<string, readonly string[]> = {}): string {
	const parts: string[] = [];
	const rec = obj as Record<string, unknown>;
	for (const k of keys) {
		const v = rec[k];
		if (v === undefined) continue;
		const value = k === 'parts' && v && typeof v === 'object' ? inlineParts(v as FactParts) : nested[k] && v && typeof v === 'object' ? inline(v, nested[k]) : JSON.stringify(v);
		parts.push(`${JSON.stringify(k)}: ${value}`);
	}
	return `{${parts.join(', ')}}`;
}

function inlineParts(p: FactParts): string {
	const out: string[] = [];
	for (const k of PART_KEYS) {
		const v = p[k];
		if (v === undefined) continue;
		out.push(`${JSON.stringify(k)}: ${v === null ? 'null' : inline(v, ANCHOR_KEYS)}`);
	}
	return `{${out.join(', ')}}`;
}

/** The sidecar's text: header fields, then one decision per line in stable order, tab-indented, final newline. */
export function serializeSidecar(sidecar: Sidecar): string {
	const lines = ['{', `\t"version": ${SIDECAR_VERSION},`];
	if (sidecar.text !== undefined) lines.push(`\t"text": ${JSON.stringify(sidecar.text)},`);
	if (sidecar.status !== undefined) lines.push(`\t"status": ${JSON.stringify(sidecar.status)},`);
	if (sidecar.referenceDate !== undefined) lines.push(`\t"referenceDate": ${JSON.stringify(sidecar.referenceDate)},`);
	if (sidecar.language !== undefined) lines.push(`\t"language": ${JSON.stringify(sidecar.language)},`);
	const decisions = [...sidecar.decisions].sort(compareDecisions);
	if (decisions.length === 0) {
		lines.push('\t"decisions": []');
	} else {
		lines.push('\t"decisions": [');
		decisions.forEach((d, i) => {
			lines.push(`\t\t${inline(d, DECISION_KEYS, { anchor: ANCHOR_KEYS, fact: FACT_KEYS, span: ANCHOR_KEYS })}${i < decisions.length - 1 ? ',' : ''}`);
		});
		lines.push('\t]');
	}
	lines.push('}', '');
	return lines.join('\n');
}
