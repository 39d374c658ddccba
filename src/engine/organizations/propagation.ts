// The document pass.
import type { ExtractOptions, OrganizationMention } from '../types';
import { evidenceOf, isPlace, sourceOutlet } from './evidence';
import { CAPITAL_STOP, HEADS, KNOWN_ACRONYMS } from './lexicon';
import { isAcronym, isWordChar } from './chars';
import { canonicalName, key, type OrgCandidate } from './names';

/** Occurrences of `name` in `text` on word boundaries. */
function occurrences(text: string, name: string): number[] {
	const out: number[] = [];
	if (!name) return out;
	for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
		const before = i > 0 ? text.charCodeAt(i - 1) : 32;
		const after = i + name.length < text.length ? text.charCodeAt(i + name.length) : 32;
		if (!isWordChar(before) && !isWordChar(after)) out.push(i);
	}
	return out;
}

/** Up to this many names, each is looked for with indexOf; beyond, one walk over the words of the text finds them all. */
const FEW_NAMES = 16;

/** The first word of a name (letters and digits up to the first other character). */
function firstWordEnd(name: string, from: number): number {
	let e = from;
	while (e < name.length && isWordChar(name.charCodeAt(e))) e++;
	return e;
}

/**
 * Calls `visit` for every occurrence of each name on word boundaries: in time
 * linear in the text (plus the names tried at each word), whatever the number
 * of names, and without a list of positions per name.
 */
export function forEachOccurrence(text: string, names: Iterable<string>, visit: (name: string, start: number) => void): void {
	const list = [...names].filter((name) => name.length > 0 && isWordChar(name.charCodeAt(0)));
	if (list.length <= FEW_NAMES) {
		for (const name of list) for (const s of occurrences(text, name)) visit(name, s);
		return;
	}
	const byFirst = new Map<string, string[]>();
	/** Per first code unit (low byte), a bit per first-word length up to 31: most words are rejected without a slice. */
	const shapes = new Uint32Array(256);
	for (const name of list) {
		const first = name.slice(0, firstWordEnd(name, 0));
		const same = byFirst.get(first);
		if (same) same.push(name);
		else byFirst.set(first, [name]);
		shapes[first.charCodeAt(0) & 0xff] |= 1 << Math.min(first.length, 31);
	}
	const n = text.length;
	let i = 0;
	while (i < n) {
		if (!isWordChar(text.charCodeAt(i))) {
			i++;
			continue;
		}
		const j = firstWordEnd(text, i + 1);
		if ((shapes[text.charCodeAt(i) & 0xff] & (1 << Math.min(j - i, 31))) !== 0) {
			const same = byFirst.get(text.slice(i, j));
			if (same) {
				for (const name of same) {
					if (text.startsWith(name, i) && (i + name.length >= n || !isWordChar(text.charCodeAt(i + name.length)))) visit(name, i);
				}
			}
		}
		i = j;
	}
}

/** Made by the line pass and not touched since: no status, no acronym fields (copies made by extract.ts carry them, even undefined). */
function isBare(m: OrgCandidate): boolean {
	return !('status' in m) && !('acronym' in m) && !('longForm' in m);
}

/** `Arnaud Lagardère`: the name found elsewhere ends a longer proper name here (a person, a place). */
function afterProperNoun(text: string, s: number): boolean {
	const m = /(\p{Lu}[\p{L}’'-]*)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, s - 24), s));
	return !!m && !CAPITAL_STOP.has(m[1]) && !sentenceStart(text, s - m[0].length);
}

function sentenceStart(text: string, i: number): boolean {
	let k = i - 1;
	while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
	return k < 0 || '.!?\n«"“:('.includes(text[k]);
}

/** `EDF` found, `EDF Renouvelables` here: the capitalized words that follow belong to the name (three at most). */
function extendName(text: string, e: number): number {
	for (let words = 0; words < 3; words++) {
		const m = /^[ \t\u00a0]+(\p{Lu}[\p{L}\p{N}’'-]*)/u.exec(text.slice(e, e + 40));
		if (!m || CAPITAL_STOP.has(m[1]) || HEADS.has(m[1]) || isPlace(m[1])) break;
		e += m[0].length;
	}
	return e;
}

const ignoreKey = (s: string): string => key(s).replace(/^(?:l'|la |le |les )/, '');

/** Document-level pass: links acronyms to long forms, propagates names, applies user additions and exclusions. */
export function linkOrganizations(text: string, organizations: OrganizationMention[], options: ExtractOptions): OrganizationMention[] {
	const cands = organizations as OrgCandidate[];
	const ignore = new Set((options.organizationsIgnore ?? []).map(ignoreKey));
	const additions = (options.organizationsAdd ?? []).map((s) => s.trim()).filter((s) => s.length > 0);

	// Acronyms the document defines (`Long Form (ACR)`) or that a known acronym's long form confirms.
	const defs = new Map<string, string>(); // acronym → long form
	let knownAcronyms = false;
	for (const m of cands) {
		if (m.acronym && m.longForm && !defs.has(m.acronym)) defs.set(m.acronym, m.longForm);
		knownAcronyms ||= KNOWN_ACRONYMS.has(m.text);
	}
	if (knownAcronyms) {
		// `UE` and `Union européenne`: one entity (a known acronym's canonical name is its long form).
		for (const m of cands) {
			const expansion = KNOWN_ACRONYMS.get(m.text);
			if (expansion && !defs.has(m.text) && key(m.canonical) === key(expansion)) defs.set(m.text, canonicalName(expansion));
		}
	}
	const acronymOf = new Map<string, string>(); // key(long form) → acronym
	for (const [acr, long] of defs) if (!acronymOf.has(key(long))) acronymOf.set(key(long), acr);

	const finish = (m: OrgCandidate): OrganizationMention | undefined => {
		// A line-pass object as it was made (no internal status, no copied fields) is returned itself: one copy
		// fewer of every name on dense text. (The line cache holds its own copies, taken before this pass.)
		const out: OrganizationMention = isBare(m) ? m : { kind: 'organization', start: m.start, end: m.end, text: m.text, canonical: m.canonical };
		if (out !== m && m.evidence) out.evidence = m.evidence;
		const long = defs.get(m.text);
		if (long) {
			out.canonical = long;
			out.acronym = m.text;
			out.longForm = long;
		} else if (acronymOf.size > 0) {
			const acr = acronymOf.get(key(m.canonical));
			if (acr) {
				out.acronym = acr;
				out.longForm = defs.get(acr);
			}
		}
		if (ignore.size > 0 && (ignore.has(ignoreKey(out.text)) || ignore.has(ignoreKey(out.canonical)))) return undefined;
		return out;
	};

	const outlet = sourceOutlet(text);
	if (outlet && !cands.some((m) => m.start < outlet.end && m.end > outlet.start)) {
		cands.push({ kind: 'organization', ...outlet, canonical: canonicalName(outlet.text), evidence: evidenceOf('source'), status: 'propagate' });
	}

	const out: OrganizationMention[] = [];
	const propagate = new Set<string>();
	for (const m of cands) {
		const f = finish(m);
		if (!f) continue;
		out.push(f);
		// Names found through context, and acronyms the document defines or credits, everywhere in the document.
		if (m.status === 'propagate' || (isAcronym(m.text) && !KNOWN_ACRONYMS.has(m.text))) propagate.add(m.text);
	}

	// Names found through context, and user additions, at their other occurrences.
	if (propagate.size > 0 || additions.length > 0) {
		// The mentions found so far, by start (those added below are appended after `taken`).
		out.sort((a, b) => a.start - b.start);
		const taken = out.length;
		const overlaps = (s: number, e: number): boolean => {
			let lo = 0;
			let hi = taken;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (out[mid].start < e) lo = mid + 1;
				else hi = mid;
			}
			// Spans are short: look back a few entries for one that reaches past s.
			for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (out[k].end > s) return true;
			return false;
		};
		forEachOccurrence(text, propagate, (name, s) => {
			if (overlaps(s, s + name.length) || afterProperNoun(text, s)) return;
			const e = extendName(text, s + name.length);
			const found = e > s + name.length ? text.slice(s, e) : name;
			const f = finish({ kind: 'organization', start: s, end: e, text: found, canonical: canonicalName(found), evidence: evidenceOf('propagated') });
			if (f) out.push(f);
		});
		// User additions win over overlapping detections.
		const added: OrganizationMention[] = [];
		for (const name of additions) {
			for (const s of occurrences(text, name)) {
				const long = defs.get(name);
				const m: OrganizationMention = { kind: 'organization', start: s, end: s + name.length, text: name, canonical: long ?? canonicalName(name), evidence: evidenceOf('user') };
				if (long) {
					m.acronym = name;
					m.longForm = long;
				}
				added.push(m);
			}
		}
		if (added.length > 0) {
			// One sweep over both lists, sorted by start (additions of different names may overlap one another: keep the first).
			added.sort((a, b) => a.start - b.start || b.end - a.end);
			const addedKept: OrganizationMention[] = [];
			for (const a of added) if (addedKept.length === 0 || addedKept[addedKept.length - 1].end <= a.start) addedKept.push(a);
			out.sort((a, b) => a.start - b.start);
			const kept: OrganizationMention[] = [];
			let k = 0;
			for (const m of out) {
				while (k < addedKept.length && addedKept[k].end <= m.start) k++;
				if (k < addedKept.length && addedKept[k].start < m.end) continue;
				kept.push(m);
			}
			// (No spread: documents can hold more mentions than a call takes arguments.)
			return kept.concat(addedKept).sort((a, b) => a.start - b.start || b.end - a.end);
		}
	}
	return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

