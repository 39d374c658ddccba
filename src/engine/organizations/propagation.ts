// The document pass.
import type { ExtractOptions, OrganizationMention } from '../types';
import { KNOWN_ACRONYMS } from './lexicon';
import { isWordChar } from './chars';
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

const ignoreKey = (s: string): string => key(s).replace(/^(?:l'|la |le |les )/, '');

/** Document-level pass: links acronyms to long forms, propagates names, applies user additions and exclusions. */
export function linkOrganizations(text: string, organizations: OrganizationMention[], options: ExtractOptions): OrganizationMention[] {
	const cands = organizations as OrgCandidate[];
	const ignore = new Set((options.organizationsIgnore ?? []).map(ignoreKey));
	const additions = (options.organizationsAdd ?? []).map((s) => s.trim()).filter((s) => s.length > 0);

	// Acronyms the document defines (`Long Form (ACR)`) or that a known acronym's long form confirms.
	const defs = new Map<string, string>(); // acronym → long form
	const confirmed = new Set<string>(additions);
	const canonicals = new Set<string>();
	let knownAcronyms = false;
	for (const m of cands) {
		if (m.acronym && m.longForm && !defs.has(m.acronym)) defs.set(m.acronym, m.longForm);
		if (m.status !== 'pending') confirmed.add(m.text);
		canonicals.add(m.canonical);
		knownAcronyms ||= KNOWN_ACRONYMS.has(m.text);
	}
	if (knownAcronyms) {
		// `UE` and `Union européenne` both in the document: one entity.
		const keys = new Set<string>();
		for (const c of canonicals) keys.add(key(c));
		for (const m of cands) {
			const expansion = KNOWN_ACRONYMS.get(m.text);
			if (expansion && !defs.has(m.text) && keys.has(key(expansion)) && key(m.canonical) === key(expansion)) defs.set(m.text, canonicalName(expansion));
		}
	}
	const acronymOf = new Map<string, string>(); // key(long form) → acronym
	for (const [acr, long] of defs) if (!acronymOf.has(key(long))) acronymOf.set(key(long), acr);

	const finish = (m: OrgCandidate): OrganizationMention | undefined => {
		if (m.status === 'pending' && !confirmed.has(m.text) && !defs.has(m.text)) return undefined;
		const out: OrganizationMention = { kind: 'organization', start: m.start, end: m.end, text: m.text, canonical: m.canonical };
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

	const out: OrganizationMention[] = [];
	const propagate = new Set<string>();
	for (const m of cands) {
		const f = finish(m);
		if (!f) continue;
		out.push(f);
		if (m.status === 'propagate') propagate.add(m.text);
	}

	// Names found through context, and user additions, at their other occurrences.
	if (propagate.size > 0 || additions.length > 0) {
		const taken = out.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
		const overlaps = (s: number, e: number): boolean => {
			let lo = 0;
			let hi = taken.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (taken[mid][0] < e) lo = mid + 1;
				else hi = mid;
			}
			// Spans are short: look back a few entries for one that reaches past s.
			for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (taken[k][1] > s) return true;
			return false;
		};
		for (const name of propagate) {
			for (const s of occurrences(text, name)) {
				if (overlaps(s, s + name.length)) continue;
				const f = finish({ kind: 'organization', start: s, end: s + name.length, text: name, canonical: canonicalName(name) });
				if (f) out.push(f);
			}
		}
		// User additions win over overlapping detections.
		const added: OrganizationMention[] = [];
		for (const name of additions) {
			for (const s of occurrences(text, name)) {
				const long = defs.get(name);
				const m: OrganizationMention = { kind: 'organization', start: s, end: s + name.length, text: name, canonical: long ?? canonicalName(name) };
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

