// Every command the extension registers, by name. `package.json` contributes exactly the
// `COMMANDS` (checked by test/unit/extension-commands.test.ts); registrars take ids from here only.
// Pure (no `vscode`).

export const COMMANDS = {
	toggleHighlights: 'seedFacts.toggleHighlights',
	toggleKind: 'seedFacts.toggleKind',
	annotateFile: 'seedFacts.annotateFile',
	focusTree: 'seedFacts.focusTree',
	nextFact: 'seedFacts.nextFact',
	previousFact: 'seedFacts.previousFact',
	refreshIndex: 'seedFacts.refreshIndex',
	changeGrouping: 'seedFacts.changeGrouping',
	groupByDocument: 'seedFacts.groupByDocument',
	groupByKind: 'seedFacts.groupByKind',
	filterTree: 'seedFacts.filterTree',
	clearFilter: 'seedFacts.clearFilter',
	openMention: 'seedFacts.openMention',
	revealMention: 'seedFacts.revealMention',
	revealInTree: 'seedFacts.revealInTree',
	copyValue: 'seedFacts.copyValue',
	copyMarkdownRow: 'seedFacts.copyMarkdownRow',
	exportFacts: 'seedFacts.exportFacts',
	copyFactsMarkdown: 'seedFacts.copyFactsMarkdown',
	copyFactsCsv: 'seedFacts.copyFactsCsv',
	acceptFact: 'seedFacts.acceptFact',
	rejectFact: 'seedFacts.rejectFact',
	changeKind: 'seedFacts.changeKind',
	correctValue: 'seedFacts.correctValue',
	addNote: 'seedFacts.addNote',
	clearReview: 'seedFacts.clearReview',
	markAmount: 'seedFacts.markAmount',
	markDate: 'seedFacts.markDate',
	markOrganization: 'seedFacts.markOrganization',
	nextUnreviewedFact: 'seedFacts.nextUnreviewedFact',
	undoCuration: 'seedFacts.undoCuration',
	redoCuration: 'seedFacts.redoCuration',
	scoreExtraction: 'seedFacts.scoreExtraction',
	filterByStatus: 'seedFacts.filterByStatus',
	openReviewFile: 'seedFacts.openReviewFile',
	resetReviewFile: 'seedFacts.resetReviewFile',
	removeOrphanedDecision: 'seedFacts.removeOrphanedDecision',
	reattachOrphanedDecision: 'seedFacts.reattachOrphanedDecision',
} as const;

/** Registered for tests and automation, never contributed to menus or the palette. */
export const INTERNAL_COMMANDS = {
	curationInspect: 'seedFacts.curation.inspect',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS] | (typeof INTERNAL_COMMANDS)[keyof typeof INTERNAL_COMMANDS];

/** A command's implementation: arguments come from menus, hover links, keybindings or tests, so they are `unknown`. */
export type CommandHandler = (...args: unknown[]) => unknown;

/** A registrar's commands: one entry per id, checked by the compiler against `CommandId`. */
export type CommandHandlers = Partial<Record<CommandId, CommandHandler>>;
