// Organizations in French text. Placeholder until the recognizer lands.
import type { ExtractOptions, OrganizationMention } from './types';

/** Finds organization names in one line; offsets are relative to `line`. */
export function findOrganizations(line: string): OrganizationMention[] {
	void line;
	return [];
}

/** Document-level pass: links acronyms to long forms, propagates names, applies user additions and exclusions. */
export function linkOrganizations(text: string, organizations: OrganizationMention[], options: ExtractOptions): OrganizationMention[] {
	void text;
	void options;
	return organizations;
}
