// "Seed Facts: Score Extraction Against Reviewed Facts": the engine's raw output measured against what
// people decided, for the active document and the corpus, as Markdown. No `vscode` import.
import { applyDecisions, reviewProgress } from '../../curation/apply';
import { formatScoreMarkdown, reviewedTruth, Scoreboard, type GroupScore, type ScoreGroup } from '../../curation/score';
import type { ReviewStatus } from '../../curation/types';
import type { SidecarState } from '../curation/curationStore';
import type { DocumentFacts } from '../facts/factsService';
import type { Translate } from './format';

export interface ScoreSection {
	/** Documents with a usable review file. */
	documents: number;
	scores: Record<ScoreGroup, GroupScore>;
	statuses: Record<ReviewStatus, number>;
	orphans: number;
}

export interface ScoreReport {
	markdown: string;
	/** The active document's figures, when it has a review file. */
	document?: ScoreSection & { path: string };
	corpus: ScoreSection;
	/** Documents whose review file is unusable (not scored). */
	unusable: string[];
}

function section(): { board: Scoreboard; statuses: Record<ReviewStatus, number>; orphans: number } {
	return { board: new Scoreboard(), statuses: { machine: 0, accepted: 0, rejected: 0, corrected: 0, manual: 0 }, orphans: 0 };
}

export function buildScoreReport(docs: readonly DocumentFacts[], stateOf: (d: DocumentFacts) => SidecarState, activeKey: string | undefined, t: Translate): ScoreReport {
	const corpus = section();
	let active: ReturnType<typeof section> | undefined;
	let activePath = '';
	const unusable: string[] = [];
	for (const d of [...docs].sort((a, b) => a.path.localeCompare(b.path))) {
		const state = stateOf(d);
		if (state.status === 'error') unusable.push(d.path);
		if (state.status !== 'ok') continue;
		const r = applyDecisions(d.text, d.raw, state.decisions);
		const { truth, predicted } = reviewedTruth(d.raw, r.mentions);
		const p = reviewProgress(r.mentions);
		const targets = [corpus];
		if (d.key === activeKey) {
			active = section();
			activePath = d.path;
			targets.push(active);
		}
		for (const s of targets) {
			s.board.add(truth, predicted, d.path);
			for (const k of Object.keys(s.statuses) as ReviewStatus[]) s.statuses[k] += p.byStatus[k];
			s.orphans += r.orphans.length;
		}
	}
	const finish = (s: ReturnType<typeof section>): ScoreSection => ({ documents: s.board.documents, scores: s.board.result(), statuses: s.statuses, orphans: s.orphans });
	const corpusSection = finish(corpus);
	const documentSection = active ? { ...finish(active), path: activePath } : undefined;

	const md: string[] = [`# ${t('Seed Facts: the engine against reviewed facts')}`, ''];
	md.push(
		t(
			'Truth: accepted, corrected and manual facts. Accepted and rejected mentions tell how right the engine was; unreviewed mentions are left out. A mention matches a true one of the same kind when the spans overlap and, for amounts, the values are equal.',
		),
		'',
	);
	const describe = (s: ScoreSection) =>
		t(
			'{0} accepted · {1} corrected · {2} manual · {3} rejected · {4} unreviewed (left out)',
			s.statuses.accepted,
			s.statuses.corrected,
			s.statuses.manual,
			s.statuses.rejected,
			s.statuses.machine,
		) + (s.orphans ? ` · ${t('{0} orphaned decisions (not counted)', s.orphans)}` : '');
	if (documentSection) {
		md.push(`## ${t('This document: {0}', escapeMd(documentSection.path))}`, '', describe(documentSection), '', formatScoreMarkdown(documentSection.scores), '');
	} else if (activeKey) {
		md.push(`## ${t('This document')}`, '', t('No review file yet: accept or reject a few facts first.'), '');
	}
	md.push(`## ${t('Corpus: {0} reviewed document(s)', corpusSection.documents)}`, '');
	if (corpusSection.documents) md.push(describe(corpusSection), '', formatScoreMarkdown(corpusSection.scores), '');
	else md.push(t('No document has a review file yet.'), '');
	if (unusable.length) md.push(`## ${t('Not scored: unusable review files')}`, '', ...unusable.map((p) => `- ${escapeMd(p)}`), '');
	return { markdown: md.join('\n'), document: documentSection, corpus: corpusSection, unusable };
}

function escapeMd(s: string): string {
	return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
