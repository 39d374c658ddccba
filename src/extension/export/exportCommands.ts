// "Seed Facts: Export Facts…", "Copy Facts as Markdown Table", "Copy Facts as CSV".
// The formats are src/export's, the same code path as `seed-facts export`; files are written
// through `workspace.fs` (so the web extension works) with a temporary file renamed into place.
//
// Every command accepts an argument object that skips the corresponding UI (tests, keybindings):
//   executeCommand(COMMANDS.exportFacts /* seedFacts.exportFacts */, { scope: 'corpus', format: 'csv', target: uri })
import * as vscode from 'vscode';
import { COMMANDS, type CommandId } from '../model/commandIds';
import { commonFolder } from '../../export/brat';
import { EXPORT_FORMATS, FORMAT_INFO, isExportFormat, type ExportFormat } from '../../export/format';
import { exportMeta } from '../../export/meta';
import { ExportCancelledError, exportFolder, exportStream, exportToString, type ExportRunOptions, type ExportSummary } from '../../export/run';
import type { ExportDocument } from '../../export/rows';
import type { SeedFactsServices } from '../api';
import type { DocumentFacts } from '../facts/factsService';
import { holdBackOrphans } from '../../pipeline/review';
import { checkFileTarget, concat, openFolderTarget, writeAtomically } from './exportTargets';

export type ExportScope = 'document' | 'corpus' | 'tree';
const SCOPES: readonly ExportScope[] = ['document', 'corpus', 'tree'];

export interface ExportFactsArgs {
	scope?: ExportScope;
	format?: ExportFormat;
	/** CSV: UTF-8 byte order mark (for Excel). */
	bom?: boolean;
	/** Where to write (a file; a folder for brat). Skips the save dialog. */
	target?: vscode.Uri | string;
	/** The document for scope `document` (default: the active editor's). */
	uri?: vscode.Uri | string;
	/** Keep rejected facts (default: only for scope `tree`, which exports what it shows). */
	includeRejected?: boolean;
}

export interface ExportFactsResult {
	target: vscode.Uri;
	format: ExportFormat;
	files: number;
	mentions: number;
	/** Workspace paths left out (too large to be annotated, or a review file that is not usable). */
	skipped: string[];
}

/** Nothing to export (no seed open, no seeds in the workspace, an empty tree). */
class NothingToExportError extends Error {
	override readonly name = 'NothingToExportError';
}

const LAST_FOLDER_KEY = 'seedFacts.export.lastFolder';

export function registerExportCommands(context: vscode.ExtensionContext, services: SeedFactsServices): void {
	const register = (id: CommandId, fn: (arg?: unknown) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
	register(COMMANDS.exportFacts, (arg) => runExport(services, (arg ?? {}) as ExportFactsArgs));
	register(COMMANDS.copyFactsMarkdown, (arg) => copyFacts(services, 'md', arg));
	register(COMMANDS.copyFactsCsv, (arg) => copyFacts(services, 'csv', arg));
}

// ---- export ---------------------------------------------------------------------------------

async function runExport(services: SeedFactsServices, args: ExportFactsArgs): Promise<ExportFactsResult | undefined> {
	const t = services.t;
	try {
		if (args.scope !== undefined && !SCOPES.includes(args.scope)) throw new Error(`unknown scope "${String(args.scope)}"`);
		if (args.format !== undefined && !isExportFormat(args.format)) throw new Error(`unknown format "${String(args.format)}"`);
		const scope = args.scope ?? (await pickScope(services));
		if (!scope) return undefined;
		const documentUri = scope === 'document' ? documentFor(services, args.uri) : undefined;
		const choice = args.format ? { format: args.format, bom: args.bom ?? false } : await pickFormat(t);
		if (!choice) return undefined;
		const target = args.target !== undefined ? toUri(args.target) : await pickTarget(services, scope, choice.format, documentUri);
		if (!target) return undefined;
		const includeRejected = args.includeRejected ?? scope === 'tree';
		const run = (token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>) =>
			exportTo(services, { scope, documentUri, format: choice.format, bom: choice.bom, target, includeRejected }, token, progress);
		const result =
			scope === 'document'
				? await run()
				: await vscode.window.withProgress(
						{ location: vscode.ProgressLocation.Notification, title: t('Seed Facts: exporting facts'), cancellable: true },
						(progress, token) => run(token, progress),
					);
		void services.context.workspaceState.update(LAST_FOLDER_KEY, vscode.Uri.joinPath(target, '..').toString());
		notifyDone(services, result);
		return result;
	} catch (err) {
		if (err instanceof ExportCancelledError) {
			void vscode.window.showInformationMessage(t('Seed Facts: export cancelled; nothing was written.'));
			return undefined;
		}
		const message = err instanceof Error ? err.message : String(err);
		services.log.error(`export failed: ${message}`);
		void vscode.window.showErrorMessage(t('Seed Facts: export failed: {0}', message));
		return undefined;
	}
}

interface ExportPlan {
	scope: ExportScope;
	documentUri?: vscode.Uri;
	format: ExportFormat;
	bom: boolean;
	target: vscode.Uri;
	includeRejected: boolean;
}

async function exportTo(
	services: SeedFactsServices,
	plan: ExportPlan,
	token?: vscode.CancellationToken,
	progress?: vscode.Progress<{ message?: string; increment?: number }>,
): Promise<ExportFactsResult> {
	const t = services.t;
	progress?.report({ message: t('waiting for the index…') });
	const { docs, skipped } = await documentsFor(services, plan.scope, plan.documentUri);
	if (token?.isCancellationRequested) throw new ExportCancelledError();
	const options: ExportRunOptions = {
		meta: exportMeta(),
		includeRejected: plan.includeRejected,
		bom: plan.bom,
		stripPrefix: commonFolder(docs.map((d) => d.file)),
		isCancelled: () => token?.isCancellationRequested ?? false,
		onDocument: (file, done) => progress?.report({ message: `${done}/${docs.length} ${file}`, increment: 100 / docs.length }),
	};
	let summary: ExportSummary;
	if (plan.format === 'brat') {
		const folder = await openFolderTarget(plan.target);
		try {
			summary = await exportFolder(docs, folder, options);
			await folder.commit();
		} catch (err) {
			await folder.abort();
			throw err;
		}
	} else {
		await checkFileTarget(plan.target);
		// workspace.fs has no append: the output is gathered, encoded chunk by chunk, then written once.
		const parts: Uint8Array[] = [];
		const encoder = new TextEncoder();
		summary = await exportStream(plan.format, docs, { write: (chunk) => void parts.push(encoder.encode(chunk)) }, options);
		await writeAtomically(plan.target, concat(parts));
	}
	return { target: plan.target, format: plan.format, files: summary.files, mentions: summary.mentions, skipped };
}

/**
 * The seed pipeline's policy for an export: a seed whose review file is unusable is left out (never
 * exported as if unreviewed), and unreviewed facts an orphaned decision may be about are held back.
 */
async function toExportDocument(services: SeedFactsServices, d: DocumentFacts, mentions = d.mentions): Promise<ExportDocument | undefined> {
	await services.reviews.store.load(d.uri);
	const info = services.reviews.info(d.uri, d);
	if (info.state.status === 'error') return undefined;
	return { file: d.path, text: d.text, mentions: holdBackOrphans(mentions, info.orphans).kept };
}

async function documentsFor(services: SeedFactsServices, scope: ExportScope, documentUri?: vscode.Uri): Promise<{ docs: ExportDocument[]; skipped: string[] }> {
	const { facts } = services;
	const skipped: string[] = [];
	if (scope === 'document') {
		const uri = documentUri!;
		const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
		facts.flush(open);
		await facts.whenIdle();
		const d = facts.get(uri);
		if (!d || facts.tooLarge(uri)) throw new NothingToExportError(services.t('{0} is not annotated (too large, or outside the seeds).', facts.relativePath(uri)));
		const doc = await toExportDocument(services, d);
		if (!doc) throw new NothingToExportError(services.t('The review file of {0} is not usable: fix or reset it first.', facts.relativePath(uri)));
		return { docs: [doc], skipped };
	}
	await facts.whenIdle();
	if (scope === 'corpus') {
		const docs: ExportDocument[] = [];
		// The index learns of deletions through a file watcher, a little late: export only seeds that are still there.
		const corpus = facts.corpusDocuments();
		const present = await Promise.all(
			corpus.map((d) =>
				Promise.resolve(vscode.workspace.fs.stat(d.uri)).then(
					() => true,
					() => false,
				),
			),
		);
		for (const [i, d] of corpus.entries()) {
			if (!present[i]) continue;
			const doc = facts.tooLarge(d.uri) ? undefined : await toExportDocument(services, d);
			if (doc) docs.push(doc);
			else skipped.push(d.path);
		}
		if (docs.length === 0) throw new NothingToExportError(services.t('No seeds found in the workspace (see the seedFacts.include setting).'));
		return { docs: docs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), skipped };
	}
	const docs: ExportDocument[] = [];
	for (const shown of services.tree.visibleFacts()) {
		const d = facts.get(shown.uri);
		const doc = d && (await toExportDocument(services, d, shown.mentions));
		if (doc) docs.push(doc);
	}
	if (docs.length === 0) throw new NothingToExportError(services.t('The Facts tree shows no facts.'));
	return { docs, skipped };
}

function documentFor(services: SeedFactsServices, arg?: vscode.Uri | string): vscode.Uri {
	if (arg !== undefined) return toUri(arg);
	const editor = vscode.window.activeTextEditor;
	if (!editor || !services.facts.isAnnotated(editor.document)) throw new NothingToExportError(services.t('Open a seed first: the active editor is not an annotated seed.'));
	return editor.document.uri;
}

function toUri(u: vscode.Uri | string): vscode.Uri {
	return typeof u === 'string' ? (/^[a-z][\w+.-]+:/i.test(u) && !/^[a-z]:[\\/]/i.test(u) ? vscode.Uri.parse(u) : vscode.Uri.file(u)) : u;
}

// ---- pickers --------------------------------------------------------------------------------

interface ScopeItem extends vscode.QuickPickItem {
	scope: ExportScope;
}

async function pickScope(services: SeedFactsServices): Promise<ExportScope | undefined> {
	const t = services.t;
	const { facts } = services;
	const editor = vscode.window.activeTextEditor;
	const items: ScopeItem[] = [];
	if (editor && facts.isAnnotated(editor.document)) {
		items.push({ scope: 'document', label: `$(file) ${t('This document')}`, description: facts.relativePath(editor.document.uri) });
	}
	const seeds = facts.corpusDocuments().length;
	items.push({ scope: 'corpus', label: `$(files) ${t('All seeds in the workspace')}`, description: facts.indexing ? t('indexing…') : t('{0} files', seeds) });
	const shown = services.tree.visibleFacts();
	const shownFacts = shown.reduce((n, f) => n + f.mentions.length, 0);
	items.push({ scope: 'tree', label: `$(list-tree) ${t('What the Facts tree shows')}`, description: t('{0} facts in {1} files', shownFacts, shown.length) });
	const picked = await vscode.window.showQuickPick(items, { title: t('Export Facts: what to export'), placeHolder: t('Choose the facts to export') });
	return picked?.scope;
}

interface FormatItem extends vscode.QuickPickItem {
	format: ExportFormat;
	bom: boolean;
}

async function pickFormat(t: SeedFactsServices['t']): Promise<{ format: ExportFormat; bom: boolean } | undefined> {
	const items: FormatItem[] = [];
	for (const format of EXPORT_FORMATS) {
		const info = FORMAT_INFO[format];
		items.push({ format, bom: false, label: info.label, description: format, detail: t(info.description) });
		if (format === 'csv')
			items.push({ format, bom: true, label: t('CSV for Excel'), description: 'csv', detail: t('UTF-8 with a byte order mark, so that Excel reads accents correctly') });
	}
	const picked = await vscode.window.showQuickPick(items, { title: t('Export Facts: format'), placeHolder: t('Choose the export format') });
	return picked && { format: picked.format, bom: picked.bom };
}

async function pickTarget(services: SeedFactsServices, scope: ExportScope, format: ExportFormat, documentUri?: vscode.Uri): Promise<vscode.Uri | undefined> {
	const t = services.t;
	const last = services.context.workspaceState.get<string>(LAST_FOLDER_KEY);
	const folder = last ? vscode.Uri.parse(last) : (vscode.workspace.workspaceFolders?.[0]?.uri ?? (documentUri && vscode.Uri.joinPath(documentUri, '..')));
	const base =
		scope === 'document' && documentUri
			? documentUri.path.slice(documentUri.path.lastIndexOf('/') + 1).replace(/\.txt$/i, '')
			: scope === 'corpus'
				? (vscode.workspace.workspaceFolders?.[0]?.name ?? 'seeds')
				: 'facts-tree';
	const info = FORMAT_INFO[format];
	const name = info.folder ? `${base}-brat` : `${base}.facts.${info.extension}`;
	const defaultUri = folder ? vscode.Uri.joinPath(folder, name) : undefined;
	return vscode.window.showSaveDialog({
		defaultUri,
		title: info.folder ? t('Export Facts: brat folder to create or update') : t('Export Facts: save as'),
		saveLabel: t('Export'),
		filters: info.folder ? undefined : { [info.label]: [info.extension] },
	});
}

// ---- writing through workspace.fs -----------------------------------------------------------

function notifyDone(services: SeedFactsServices, result: ExportFactsResult): void {
	const t = services.t;
	const open = t('Open');
	const reveal = t('Reveal in Explorer');
	const where = vscode.workspace.asRelativePath(result.target, false);
	let message = t('Seed Facts: exported {0} facts from {1} files to {2}.', result.mentions, result.files, where);
	if (result.skipped.length) message += ` ${t('Skipped (too large): {0}.', result.skipped.join(', '))}`;
	const buttons = FORMAT_INFO[result.format].folder ? [reveal] : [open, reveal];
	void Promise.resolve(vscode.window.showInformationMessage(message, ...buttons)).then((choice) => {
		if (choice === open) void vscode.commands.executeCommand('vscode.open', result.target);
		else if (choice === reveal) {
			const inWorkspace = vscode.workspace.getWorkspaceFolder(result.target) !== undefined;
			void vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', result.target);
		}
	});
}

// ---- clipboard ------------------------------------------------------------------------------

/** Copies the facts of the active seed (or `{ uri }`) as a Markdown table or CSV; resolves to the text copied. */
async function copyFacts(services: SeedFactsServices, format: 'md' | 'csv', arg?: unknown): Promise<string | undefined> {
	const t = services.t;
	try {
		const given = (arg as { uri?: vscode.Uri | string } | undefined)?.uri ?? (arg instanceof vscode.Uri ? arg : undefined);
		const uri = documentFor(services, given);
		const { docs } = await documentsFor(services, 'document', uri);
		const text = await exportToString(format, docs, { meta: exportMeta() });
		await vscode.env.clipboard.writeText(text);
		const count = docs[0].mentions.filter((m) => m.status !== 'rejected').length;
		vscode.window.setStatusBarMessage(format === 'md' ? t('Seed Facts: copied {0} facts as a Markdown table', count) : t('Seed Facts: copied {0} facts as CSV', count), 4000);
		return text;
	} catch (err) {
		void vscode.window.showErrorMessage(t('Seed Facts: copy failed: {0}', err instanceof Error ? err.message : String(err)));
		return undefined;
	}
}
