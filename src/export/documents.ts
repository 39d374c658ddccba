// One seed → the document an export writes: the engine's mentions with the review sidecar applied.
// Shared by the CLI and the VS Code commands so both export the same rows. Pure.
import { applyDecisions } from '../curation/apply';
import { parseSidecar } from '../curation/sidecar';
import { asMachine } from '../curation/types';
import { extract } from '../engine/extract';
import type { ExtractOptions } from '../engine/types';
import type { ExportDocument } from './rows';

/**
 * `sidecarJson` is the text of `NAME.txt.facts.json` (undefined when there is none).
 * Throws SidecarError when it is present but unusable: a corrupt review file must not be
 * exported as if nothing had been reviewed.
 */
export function reviewedDocument(file: string, text: string, sidecarJson: string | undefined, options: ExtractOptions = {}): ExportDocument {
	const machine = extract(text, options);
	if (sidecarJson === undefined) return { file, text, mentions: asMachine(machine) };
	const sidecar = parseSidecar(sidecarJson);
	const mentions = applyDecisions(text, machine, sidecar).mentions;
	// Human mentions of kinds the caller did not ask for are left out like the machine's.
	const kinds = options.kinds;
	return { file, text, mentions: kinds ? mentions.filter((m) => kinds.includes(m.kind)) : mentions };
}
