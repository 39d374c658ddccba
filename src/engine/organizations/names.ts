// Canonical names and acronym definitions.
import type { OrganizationMention } from '../types';
import { KNOWN_ACRONYMS } from './lexicon';
import { charClass, isAcronym, LOWER } from './chars';

/**
 * A line-level result. `status` is internal to the two passes and removed by
 * `linkOrganizations`: `pending` acronyms need evidence on their line (a
 * definition in parentheses) and are dropped by the line pass without it;
 * `propagate` names were found through context and are looked for at their
 * other occurrences.
 */
export interface OrgCandidate extends OrganizationMention {
	status?: 'pending' | 'propagate';
}


/** Normalized name: single spaces, straight apostrophes, hyphens, first letter upper case. */
export function canonicalName(text: string): string {
	let c = canonicalCache.get(text);
	if (c === undefined) {
		const t = NEEDS_NORMALIZING.test(text) ? text.replace(/\s+/g, ' ').replace(/[’‘`]/g, "'").replace(/[–—]/g, '-').trim() : text;
		c = charClass(t.charCodeAt(0)) === LOWER ? t.charAt(0).toUpperCase() + t.slice(1) : t;
		if (canonicalCache.size >= NAME_CACHE_SIZE) canonicalCache.clear();
		canonicalCache.set(text, c);
	}
	return c;
}
export const NEEDS_NORMALIZING = /[^\S ]|\s\s|^\s|\s$|[’‘`–—]/;
/** Names repeat across lines and documents: normalizing each distinct one once is enough. */
export const NAME_CACHE_SIZE = 4096;
export const canonicalCache = new Map<string, string>();
export const keyCache = new Map<string, string>();
export function key(text: string): string {
	let k = keyCache.get(text);
	if (k === undefined) {
		k = canonicalName(text).toLowerCase();
		if (keyCache.size >= NAME_CACHE_SIZE) keyCache.clear();
		keyCache.set(text, k);
	}
	return k;
}

export const INITIAL_SKIP = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'pour', 'à', 'au', 'aux', 'en', 'sur', 'of', 'for', 'and', 'the']);
export const stripAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Content words of a long form with their offsets, for matching an acronym's letters. */
export function contentWords(text: string): { initial: string; start: number }[] {
	const out: { initial: string; start: number }[] = [];
	const re = /[\p{L}\p{N}]+/gu;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (INITIAL_SKIP.has(m[0].toLowerCase())) continue;
		out.push({ initial: stripAccents(m[0][0]).toUpperCase(), start: m.index });
	}
	return out;
}

/**
 * What an acronym in parentheses stands for, given the name before it:
 * the whole name (`Service européen pour l'action extérieure (SEAE)`, or a
 * translated acronym sharing most letters: `... commerce extérieur (JETRO)`),
 * the tail of the name (`Comité central du Parti communiste du Vietnam (PCV)`
 * → `Parti communiste du Vietnam`), or nothing.
 */
export function acronymTarget(longForm: string, acronym: string): string | undefined {
	const cacheKey = `${acronym}\u0000${longForm}`;
	let r = targetCache.get(cacheKey);
	if (r === undefined) {
		r = computeAcronymTarget(longForm, acronym) ?? '';
		if (targetCache.size >= NAME_CACHE_SIZE) targetCache.clear();
		targetCache.set(cacheKey, r);
	}
	return r || undefined;
}
export const targetCache = new Map<string, string>();

export function computeAcronymTarget(longForm: string, acronym: string): string | undefined {
	const letters = stripAccents(acronym.replace(/[^\p{L}]/gu, '')).toUpperCase();
	if (!letters) return undefined;
	const known = KNOWN_ACRONYMS.get(acronym);
	if (known && key(known) === key(longForm)) return longForm;
	const words = contentWords(longForm);
	const initials = words.map((w) => w.initial).join('');
	if (initials === letters) return longForm;
	for (let i = 1; i < words.length; i++) {
		if (initials.slice(i) === letters) return longForm.slice(words[i].start);
	}
	if (known !== undefined || words.length < 2) return undefined;
	const set = new Set(initials);
	const distinct = [...new Set(letters)];
	return distinct.filter((c) => set.has(c)).length * 2 >= distinct.length ? longForm : undefined;
}

/** Links `Long Form (ACR)` and `ACR (Long Form)` pairs found on one line. */
export function linkPairs(line: string, found: OrgCandidate[]): void {
	for (let i = 0; i + 1 < found.length; i++) {
		const a = found[i];
		const b = found[i + 1];
		if (!/^\s*\(\s*$/.test(line.slice(a.end, b.start)) || !/^\s*\)/.test(line.slice(b.end, b.end + 4))) continue;
		const aAcr = isAcronym(a.text);
		const bAcr = isAcronym(b.text);
		if (aAcr === bAcr) continue;
		const [long, acr] = aAcr ? [b, a] : [a, b];
		const target = acronymTarget(long.text, acr.text);
		if (!target) continue;
		const longForm = canonicalName(target);
		acr.status = undefined;
		acr.canonical = longForm;
		acr.acronym = acr.text;
		acr.longForm = longForm;
		if (target === long.text) {
			long.acronym = acr.text;
			long.longForm = longForm;
		}
	}
}
