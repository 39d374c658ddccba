// `brat`: brat standoff (https://brat.nlplab.org/standoff.html), a `.txt` and an `.ann` per seed.
//
// brat counts offsets in Unicode code points of the `.txt` it reads. The copy we write has its line
// breaks normalized to `\n` (a CRLF file would otherwise count differently depending on whether the
// reader translates newlines) and no BOM (the text is the decoded text, a BOM already removed), so
// offsets in the `.ann` are code point offsets into exactly the copy beside it. brat forbids line
// breaks inside a span: a mention that crosses one becomes a discontinuous span (`s1 e1;s2 e2`).
import { REVIEW_STATUSES } from '../curation/types';
import { AMOUNT_SUBS } from '../engine/types';
import type { FolderEntry, FolderWriter } from './format';
import { OffsetMapper } from './offsets';
import { FACT_PARTS, factPart, normalizedFacts, type ExportDocument, type ExportRow } from './rows';

export const BRAT_TYPES = { amount: 'Amount', date: 'Date', organization: 'Organization' } as const;

/** The `annotation.conf` that makes brat display the export (written only if the folder lacks one). */
export const BRAT_ANNOTATION_CONF = [
	'[entities]',
	'Amount',
	'Date',
	'Organization',
	'',
	'[relations]',
	'',
	'[events]',
	'',
	'[attributes]',
	`Sub\tArg:Amount, Value:${AMOUNT_SUBS.join('|')}`,
	'Mod\tArg:Date, Value:start|mid|end',
	`Status\tArg:<ENTITY>, Value:${REVIEW_STATUSES.join('|')}`,
	'',
].join('\n');

/** The text brat will read: line breaks as `\n`. */
export function bratText(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

/** The `.ann` content for one document. */
export function bratAnnotations(text: string, rows: readonly ExportRow[]): string {
	const mapper = new OffsetMapper(text, true);
	const lines: string[] = [];
	let attr = 0;
	let note = 0;
	rows.forEach((row, i) => {
		const id = `T${i + 1}`;
		const fragments = lineFragments(text, row.start, row.end);
		if (fragments.length === 0) return;
		const spans = fragments.map(([s, e]) => `${mapper.map(s)} ${mapper.map(e)}`).join(';');
		const quote = fragments.map(([s, e]) => text.slice(s, e)).join(' ');
		lines.push(`${id}\t${BRAT_TYPES[row.kind]} ${spans}\t${quote}`);
		if (row.sub) lines.push(`A${++attr}\tSub ${id} ${row.sub}`);
		if (row.mod) lines.push(`A${++attr}\tMod ${id} ${row.mod}`);
		lines.push(`A${++attr}\tStatus ${id} ${row.status}`);
		const facts: Array<[string, string | number]> = normalizedFacts(row).filter(([k]) => k !== 'status');
		// An amount's fact: each part's text and its span in the same offsets as the .ann (`measure=capital total @707-720`).
		for (const part of FACT_PARTS) {
			const span = factPart(row, part);
			if (span) facts.push([part, `${span.text} @${mapper.map(span.start)}-${mapper.map(span.end)}`]);
		}
		if (facts.length) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine(facts.map(([k, v]) => `${k}=${v}`).join('; '))}`);
	});
	return lines.length ? `${lines.join('\n')}\n` : '';
}

/** [start, end) split at line breaks, empty pieces dropped. */
function lineFragments(text: string, start: number, end: number): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let s = start;
	for (let i = start; i <= end; i++) {
		const atBreak = i < end && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13);
		if (i === end || atBreak) {
			if (i > s) out.push([s, i]);
			s = i + 1;
		}
	}
	return out;
}

function oneLine(s: string): string {
	return s.replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

/** The folder (with its trailing `/`) that all `files` share, '' when none: stripped from brat paths. */
export function commonFolder(files: readonly string[]): string {
	if (files.length === 0) return '';
	let prefix = files[0].slice(0, files[0].lastIndexOf('/') + 1);
	for (const f of files) {
		// `prefix.length > 1`: lastIndexOf('/', -1) finds the root's `/` again, so `/` would never shrink (`/tmp/a.txt` + `seeds/b.txt`).
		while (prefix && !f.startsWith(prefix)) prefix = prefix.length > 1 ? prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1) : '';
	}
	return prefix;
}

/**
 * Where a document goes inside the output folder: its workspace path without `stripPrefix`
 * (the inputs' common folder, so `seeds/a.txt` lands at the top), made safe (no absolute prefix,
 * no `..`), ending in `.txt` as brat requires, and unique within the export.
 */
export function bratLayout(stripPrefix = ''): (file: string) => string {
	const used = new Set<string>();
	return (file) => {
		const rel = stripPrefix && file.startsWith(stripPrefix) ? file.slice(stripPrefix.length) : file;
		const segments = rel
			.replace(/\\/g, '/')
			.split('/')
			.filter((seg, i) => seg !== '' && seg !== '.' && seg !== '..' && !(i === 0 && /^[A-Za-z]:$/.test(seg)));
		let base = segments.join('/') || 'document';
		if (!/\.txt$/i.test(base)) base += '.txt';
		let path = base;
		for (let n = 2; used.has(path.toLowerCase()); n++) path = base.replace(/(\.txt)$/i, `-${n}$1`);
		used.add(path.toLowerCase());
		return path;
	};
}

/** `stripPrefix`: a folder prefix removed from every path (see commonFolder). */
export function bratWriter(stripPrefix = ''): FolderWriter {
	const layout = bratLayout(stripPrefix);
	return {
		document(doc: ExportDocument, rows: readonly ExportRow[]): FolderEntry[] {
			const txt = layout(doc.file);
			return [
				{ path: txt, content: bratText(doc.text) },
				{ path: txt.replace(/\.txt$/i, '.ann'), content: bratAnnotations(doc.text, rows) },
			];
		},
		end: () => [{ path: 'annotation.conf', content: BRAT_ANNOTATION_CONF, ifAbsent: true }],
	};
}
