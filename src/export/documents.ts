// One seed → the document an export writes: the engine's mentions with the review sidecar applied.
// Shared by the CLI and the VS Code commands so both export the same rows. Pure.
import type { Orphan } from '../curation/anchor';
import { applyDecisions } from '../curation/apply';
import { parseSidecar, parseSidecarBytes } from '../curation/sidecar';
import { asMachine } from '../curation/types';
import { extract } from '../engine/extract';
import type { ExtractOptions } from '../engine/types';
import type { ExportDocument } from './rows';

/** A seed's export document and the decisions of its sidecar that could not be placed. */
export interface ReviewedExport {
	document: ExportDocument;
	/** Listed by the CLI (`extract` / `export` warn and exit 2 unless `--allow-orphans`). */
	orphans: Orphan[];
}

/**
 * `sidecarJson` is the text of `NAME.txt.facts.json`, or its bytes (then decoded strictly: invalid
 * UTF-8 is reported with its byte offset, as for seeds), undefined when there is none.
 * Throws SidecarError when it is present but unusable: a corrupt review file must not be
 * exported as if nothing had been reviewed. Mentions an orphaned decision may be about are marked
 * (`orphanOf`) and left out by every export writer.
 */
export function reviewDocument(file: string, text: string, sidecarJson: string | Uint8Array | undefined, options: ExtractOptions = {}): ReviewedExport {
	const machine = extract(text, options);
	if (sidecarJson === undefined) return { document: { file, text, mentions: asMachine(machine) }, orphans: [] };
	const sidecar = typeof sidecarJson === 'string' ? parseSidecar(sidecarJson) : parseSidecarBytes(sidecarJson);
	const applied = applyDecisions(text, machine, sidecar);
	// Human mentions of kinds the caller did not ask for are left out like the machine's.
	const kinds = options.kinds;
	const mentions = kinds ? applied.mentions.filter((m) => kinds.includes(m.kind)) : applied.mentions;
	return { document: { file, text, mentions }, orphans: applied.orphans };
}

/** `reviewDocument` without the orphans (callers that list them elsewhere). */
export function reviewedDocument(file: string, text: string, sidecarJson: string | Uint8Array | undefined, options: ExtractOptions = {}): ExportDocument {
	return reviewDocument(file, text, sidecarJson, options).document;
}
