// How the CLI lists orphaned decisions on standard error.
import type { OrphanReason } from '../curation/anchor';
import type { OrphanReport } from './inputs';

const REASONS: Record<OrphanReason, string> = {
	'not-found': 'its text is no longer in the document',
	ambiguous: 'its text appears several times and the context does not tell which',
	'mention-gone': 'the engine no longer proposes this fact',
	duplicate: 'another decision already decides this fact',
	budget: 're-anchoring stopped before reaching it (over its work budget)',
};

function quote(s: string): string {
	// One line whatever the text holds: control characters and line separators become spaces.
	// eslint-disable-next-line no-control-regex -- control characters are what this removes
	const one = s.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
	return `«${one.length > 60 ? `${one.slice(0, 59)}…` : one}»`;
}

/** One warning line per orphan, then how many facts were held back. */
export function describeOrphans(report: OrphanReport): string[] {
	const lines = report.orphans.map((o) => {
		const note = o.decision.note === undefined ? '' : `; note: ${quote(o.decision.note)}`;
		return `warning: ${report.file}: orphaned decision ${o.decision.id} (${o.decision.action} ${quote(o.decision.anchor.exact)}): ${o.reason}: ${REASONS[o.reason]}${note}`;
	});
	if (report.heldBack) lines.push(`warning: ${report.file}: ${report.heldBack} unreviewed fact(s) left out: an orphaned decision may be about them`);
	return lines;
}
