// `w3c`: a W3C Web Annotation AnnotationCollection (JSON-LD, https://www.w3.org/TR/annotation-model/).
// Each mention targets its source file with a TextPositionSelector and a TextQuoteSelector.
// Positions count Unicode code points, as the model requires (§4.2.4), not UTF-16 units.
import type { ExportMeta, StreamWriter } from './format';
import { OffsetMapper, snapToCodePoint } from './offsets';
import { FACT_PARTS, factPart, normalizedFacts, type ExportDocument, type ExportRow } from './rows';

/** Characters of context kept on each side of the quote (enough to tell repeated quotes apart). */
export const QUOTE_CONTEXT = 32;

export interface W3cAnnotation {
	id: string;
	type: 'Annotation';
	motivation: 'classifying';
	body: Array<{ type: 'TextualBody'; purpose: string; value: string; format?: string }>;
	target: {
		source: string;
		selector: [
			{ type: 'TextPositionSelector'; start: number; end: number },
			{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
		];
	};
}

/** A relative IRI for a workspace path: each segment percent-encoded. */
export function fileIri(file: string): string {
	return file
		.split('/')
		.map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
		.join('/');
}

export function w3cAnnotations(doc: ExportDocument, rows: readonly ExportRow[]): W3cAnnotation[] {
	const mapper = new OffsetMapper(doc.text);
	const source = fileIri(doc.file);
	return rows.map((row) => {
		const before = snapToCodePoint(doc.text, Math.max(0, row.start - QUOTE_CONTEXT), 1);
		const after = snapToCodePoint(doc.text, Math.min(doc.text.length, row.end + QUOTE_CONTEXT), -1);
		const body: W3cAnnotation['body'] = [{ type: 'TextualBody', purpose: 'tagging', value: row.kind }];
		if (row.sub) body.push({ type: 'TextualBody', purpose: 'classifying', value: row.sub });
		body.push({
			type: 'TextualBody',
			purpose: 'describing',
			format: 'application/json',
			value: JSON.stringify(Object.fromEntries(normalizedFacts(row))),
		});
		if (row.kind === 'amount') body.push({ type: 'TextualBody', purpose: 'describing', format: 'application/json', value: JSON.stringify({ fact: factOf(row, mapper) }) });
		return {
			id: `urn:seed-facts:${source}:${row.start}-${row.end}:${row.kind}`,
			type: 'Annotation',
			motivation: 'classifying',
			body,
			target: {
				source,
				selector: [
					{ type: 'TextPositionSelector', start: mapper.map(row.start), end: mapper.map(row.end) },
					{
						type: 'TextQuoteSelector',
						exact: row.text,
						prefix: doc.text.slice(before, row.start),
						suffix: doc.text.slice(row.end, after),
					},
				],
			},
		};
	});
}

/** An amount's fact (a second describing body): each part's text and span, in code points like the selectors, or null. */
function factOf(row: ExportRow, mapper: OffsetMapper): Record<string, { text: string; start: number; end: number } | null> {
	const fact: Record<string, { text: string; start: number; end: number } | null> = {};
	for (const part of FACT_PARTS) {
		const span = factPart(row, part);
		fact[part] = span ? { text: span.text, start: mapper.map(span.start), end: mapper.map(span.end) } : null;
	}
	return fact;
}

/** Streams the collection; `total` comes last because it is only known at the end (key order is free in JSON-LD). */
export function w3cWriter(meta: ExportMeta): StreamWriter {
	const collectionId = `urn:seed-facts:export:${meta.exportedAt}`;
	let total = 0;
	return {
		begin() {
			const head = {
				'@context': 'http://www.w3.org/ns/anno.jsonld',
				id: collectionId,
				type: 'AnnotationCollection',
				label: 'Seed Facts: amounts, dates and organizations',
				generator: { id: `urn:seed-facts:generator:${meta.generator.version}`, type: 'Software', name: `${meta.generator.name} ${meta.generator.version}` },
				generated: meta.exportedAt,
			};
			const page = `{\n\t\t"id": ${JSON.stringify(`${collectionId}:page1`)},\n\t\t"type": "AnnotationPage",\n\t\t"startIndex": 0,\n\t\t"items": [`;
			return `${JSON.stringify(head, null, '\t').replace(/\n\}$/, '')},\n\t"first": ${page}`;
		},
		document(doc, rows) {
			let out = '';
			for (const a of w3cAnnotations(doc, rows)) {
				// One annotation per line: compact, yet easy to read and to diff.
				out += `${total === 0 ? '\n' : ',\n'}\t\t\t${JSON.stringify(a)}`;
				total++;
			}
			return out;
		},
		end() {
			return `${total ? '\n\t\t' : ''}]\n\t},\n\t"total": ${total}\n}\n`;
		},
	};
}
