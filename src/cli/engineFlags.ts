// Command-line flags that set engine options shared by extract, export, facts and check.
import type { ExtractOptions } from '../engine/types';
import { UsageError } from './io';

export const ENGINE_FLAG_OPTIONS = {
	'reference-date': { type: 'string' },
	language: { type: 'string' },
} as const;

export const ENGINE_FLAG_HELP = `  --reference-date YYYY-MM-DD  date that relative dates (hier, mardi, l'an dernier) are resolved
                          against when a seed has no dateline
  --language auto|fr|en   language the seeds are read in (default auto: detected per seed)
`;

const LANGUAGES = ['auto', 'fr', 'en'] as const;

/** A real calendar date written YYYY-MM-DD. */
function isCalendarDate(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Adds `--reference-date` and `--language` to `extract`; throws UsageError on a bad value. */
export function applyEngineFlags(values: { 'reference-date'?: string; language?: string }, extract: ExtractOptions): void {
	const date = values['reference-date'];
	if (date !== undefined) {
		if (!isCalendarDate(date)) throw new UsageError(`bad --reference-date "${date}" (expected a date such as 2025-10-16)`);
		extract.referenceDate = date;
	}
	const language = values.language;
	if (language !== undefined) {
		if (!(LANGUAGES as readonly string[]).includes(language)) throw new UsageError(`bad --language "${language}" (expected auto, fr or en)`);
		extract.language = language as (typeof LANGUAGES)[number];
	}
}
