// The corpus index: every seed of the workspace read in the background through `workspace.fs`
// (virtual workspaces and the web work), cancellably, and kept current by file-system watchers.
import * as vscode from 'vscode';
import { createExtractor } from '../../engine/extract';
import { decodeSeed, SeedDecodeError } from '../../export/decode';
import { walkSeeds } from '../../pipeline/walk';
import type { FactsCore } from './factsCore';
import { now, SLICE_MS, yieldToEventLoop, type IndexStats } from './factsTypes';
import { workspaceSource } from './workspaceSource';

const LARGE_DOCUMENT = 256 * 1024;
const READ_CONCURRENCY = 64;
const READ_BUDGET_BYTES = 32 * 1024 * 1024;

/**
 * The include globs also match absolute paths (a workspace opened on the `seeds` folder itself
 * holds seeds at its root), which workspace-relative search cannot express: search for the
 * file-name part everywhere, then filter with the full matcher.
 */
function broaden(glob: string): string {
	const last = glob.slice(glob.lastIndexOf('/') + 1);
	return last && !last.includes('**') && last !== glob ? `**/${last}` : glob;
}

export class CorpusIndex implements vscode.Disposable {
	private readonly indexEmitter = new vscode.EventEmitter<boolean>();
	/** Fires with `true` when corpus indexing starts, `false` when it ends. */
	readonly onDidChangeIndexing = this.indexEmitter.event;
	private readonly corpusExtractor = createExtractor();
	private readonly watcherTimers = new Map<string, ReturnType<typeof setTimeout>>();
	private watchers: vscode.Disposable[] = [];
	private indexCts?: vscode.CancellationTokenSource;
	indexRun: Promise<void> = Promise.resolve();
	indexingNow = false;

	constructor(private readonly core: FactsCore) {
		this.createWatchers();
	}

	/**
	 * (Re)builds the corpus index in the background. Cancels a run in progress.
	 * `reuseText`: re-extract the texts already read (settings changed) instead of reading the disk.
	 */
	indexCorpus(opts: { userInitiated?: boolean; reuseText?: boolean } = {}): Promise<void> {
		this.indexCts?.cancel();
		this.indexCts?.dispose();
		const cts = new vscode.CancellationTokenSource();
		this.indexCts = cts;
		const previous = this.indexRun;
		const run = previous
			.then(() => this.runIndex(cts.token, opts))
			.catch((err: unknown) => {
				if (!(err instanceof vscode.CancellationError)) {
					this.core.host.log.error(`indexing failed: ${String(err)}`);
					void vscode.window.showErrorMessage(this.core.host.t('Seed Facts: indexing the seeds failed: {0}', String(err)));
				}
			});
		this.indexRun = run;
		return run;
	}

	private async runIndex(external: vscode.CancellationToken, opts: { userInitiated?: boolean; reuseText?: boolean }): Promise<void> {
		if (external.isCancellationRequested) return;
		const t = this.core.host.t;
		this.setIndexing(true);
		const stats: IndexStats = { files: 0, findMs: 0, readWaitMs: 0, extractMs: 0, totalMs: 0 };
		const began = now();
		try {
			const files = await this.findSeedFiles(external);
			stats.files = files.length;
			stats.findMs = now() - began;
			if (external.isCancellationRequested) return;
			const wanted = new Set(files.map((u) => u.toString()));
			this.core.corpusKeys.clear();
			for (const k of wanted) this.core.corpusKeys.add(k);
			const removed: vscode.Uri[] = [];
			for (const [k, d] of this.core.corpus) {
				if (!wanted.has(k)) {
					this.core.corpus.delete(k);
					removed.push(d.uri);
				}
			}
			if (removed.length) this.core.fire(removed, false);
			const many = files.length > 300;
			const location = opts.userInitiated || many ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
			await vscode.window.withProgress({ location, title: t('Seed Facts: indexing {0} seeds', files.length), cancellable: true }, async (progress, token) => {
				const cancelled = () => token.isCancellationRequested || external.isCancellationRequested;
				const step = files.length ? 100 / files.length : 100;
				let sliceStart = now();
				let done = 0;
				// Reads run ahead of extraction, many in flight (each is a round trip to the main
				// thread or a remote file system), up to a memory budget.
				const reads = new Map<number, Promise<Uint8Array | string | undefined>>();
				let nextRead = 0;
				let inFlight = 0;
				let buffered = 0;
				let wake: (() => void) | undefined;
				const pump = () => {
					while (nextRead < files.length && inFlight < READ_CONCURRENCY && buffered < READ_BUDGET_BYTES && !cancelled()) {
						const i = nextRead++;
						inFlight++;
						reads.set(
							i,
							this.readSeed(files[i], opts.reuseText === true).then((c) => {
								inFlight--;
								buffered += typeof c === 'string' ? c.length * 2 : (c?.byteLength ?? 0);
								pump();
								wake?.();
								return c;
							}),
						);
					}
				};
				pump();
				// Extraction blocks the event loop and would starve the reads' round trips: let
				// them run first, up to the memory budget.
				const readAhead = now();
				while (inFlight > 0 && buffered < READ_BUDGET_BYTES && !cancelled()) {
					await new Promise<void>((resolve) => (wake = resolve));
					wake = undefined;
				}
				stats.readWaitMs += now() - readAhead;
				for (let i = 0; i < files.length; i++) {
					if (cancelled()) throw new vscode.CancellationError();
					const waited = now();
					pump();
					const content = await reads.get(i)!;
					const extracting = now();
					stats.readWaitMs += extracting - waited;
					reads.delete(i);
					buffered -= typeof content === 'string' ? content.length * 2 : (content?.byteLength ?? 0);
					if (content !== undefined) await this.indexText(files[i], content, cancelled);
					stats.extractMs += now() - extracting;
					done++;
					if (now() - sliceStart > SLICE_MS) {
						progress.report({ increment: step * done, message: `${i + 1}/${files.length}` });
						done = 0;
						await yieldToEventLoop();
						sliceStart = now();
					}
				}
			});
			this.core.fire([], true);
			stats.totalMs = now() - began;
			this.lastIndexStats = stats;
			this.core.host.log.info(
				`indexed ${stats.files} files in ${stats.totalMs.toFixed(0)} ms (find ${stats.findMs.toFixed(0)}, waiting for reads ${stats.readWaitMs.toFixed(0)}, extraction ${stats.extractMs.toFixed(0)})`,
			);
		} finally {
			this.setIndexing(false);
		}
	}

	/** Timings of the last complete corpus indexing (benchmarks, the log). */
	lastIndexStats?: IndexStats;

	private setIndexing(value: boolean): void {
		this.indexingNow = value;
		this.indexEmitter.fire(value);
	}

	/** Seeds in the workspace: `findFiles` per include glob, or a directory walk where search is unavailable. */
	private async findSeedFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
		const folders = vscode.workspace.workspaceFolders ?? [];
		if (folders.length === 0) return [];
		const s = this.core.host.settings();
		const exclude = s.exclude.length ? (s.exclude.length === 1 ? s.exclude[0] : `{${s.exclude.join(',')}}`) : undefined;
		const found = new Map<string, vscode.Uri>();
		try {
			for (const folder of folders) {
				for (const glob of s.include) {
					const pattern = new vscode.RelativePattern(folder, broaden(glob));
					for (const uri of await vscode.workspace.findFiles(pattern, exclude, undefined, token)) found.set(uri.toString(), uri);
				}
			}
		} catch (err) {
			if (token.isCancellationRequested) throw new vscode.CancellationError();
			this.core.host.log.warn(`findFiles failed (${String(err)}); walking the workspace instead`);
			for (const folder of folders) await this.walk(folder.uri, found, token);
		}
		return [...found.values()].filter((u) => this.core.isAnnotated(u)).sort((a, b) => a.toString().localeCompare(b.toString()));
	}

	/** The folder walk of the seed pipeline, filtered by the include and exclude globs. */
	private async walk(root: vscode.Uri, found: Map<string, vscode.Uri>, token: vscode.CancellationToken): Promise<void> {
		const files = await walkSeeds(workspaceSource, root.toString(), {
			keep: (path) => this.core.isAnnotated(vscode.Uri.parse(path)),
			maxEntries: 50_000,
			cancelled: () => token.isCancellationRequested,
		});
		for (const f of files) found.set(f, vscode.Uri.parse(f));
	}

	private async readSeed(uri: vscode.Uri, reuseText: boolean): Promise<Uint8Array | string | undefined> {
		const key = uri.toString();
		// An open document's facts come from its editor; the file is read again when it closes.
		if (this.core.open.has(key) && !reuseText) return undefined;
		if (reuseText && this.core.corpus.has(key)) return this.core.corpus.get(key)!.text;
		try {
			const limit = this.core.host.settings().maxFileSizeMB * 1024 * 1024;
			// The size is checked before reading (a hostile workspace may hold huge files), and the
			// text is decoded under the seed pipeline's policy (UTF-8 only, no NUL).
			const st = await workspaceSource.stat(key);
			if (st === undefined || st.type !== 'file') return undefined;
			if (st.size > limit) {
				this.core.tooLargeDocs.set(key, { uri, sizeMB: st.size / (1024 * 1024), limitMB: limit / (1024 * 1024) });
				this.core.corpus.set(key, this.core.build(uri, '', [], 'disk', now()));
				return undefined;
			}
			this.core.tooLargeDocs.delete(key);
			return decodeSeed(await workspaceSource.read(key), limit);
		} catch (err) {
			this.core.host.log.warn(`cannot read ${uri.toString()}: ${err instanceof SeedDecodeError ? err.message : String(err)}`);
			return undefined;
		}
	}

	private async indexText(uri: vscode.Uri, content: Uint8Array | string, stale: () => boolean = () => false): Promise<void> {
		const started = now();
		const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
		// A large file gets its own extractor (its lines would flush the shared cache) and slices.
		const raw = text.length > LARGE_DOCUMENT ? await this.core.extractSliced(createExtractor(), text, stale) : this.core.extractWith(this.corpusExtractor, text);
		if (raw === undefined) return;
		this.core.corpus.set(uri.toString(), this.core.build(uri, text, raw, 'disk', started));
		this.core.fire([uri], false);
	}

	/** Reads and indexes one file (watcher events, a closed editor). */
	async indexOne(uri: vscode.Uri): Promise<void> {
		if (!this.core.isAnnotated(uri)) return;
		let exists = true;
		try {
			await vscode.workspace.fs.stat(uri);
		} catch {
			exists = false;
		}
		// Gone meanwhile (a change event queued before a deletion): not part of the corpus.
		if (!exists) return this.removeUnder(uri);
		this.core.corpusKeys.add(uri.toString());
		this.core.deleted.delete(uri.toString());
		const content = await this.readSeed(uri, false);
		if (content !== undefined) await this.indexText(uri, content);
	}

	createWatchers(): void {
		for (const w of this.watchers) w.dispose();
		this.watchers = [];
		// A deleted folder is reported once, for the folder: this watcher sees every deletion.
		for (const folder of vscode.workspace.workspaceFolders ?? []) {
			const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), true, true, false);
			this.watchers.push(
				w,
				w.onDidDelete((uri) => this.removeUnder(uri)),
			);
		}
		const patterns = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
			[...new Set(this.core.host.settings().include.map(broaden))].map((glob) => new vscode.RelativePattern(folder, glob)),
		);
		for (const pattern of patterns) {
			const w = vscode.workspace.createFileSystemWatcher(pattern);
			const changed = (uri: vscode.Uri) => {
				if (!this.core.isAnnotated(uri)) return;
				const key = uri.toString();
				const t = this.watcherTimers.get(key);
				if (t !== undefined) clearTimeout(t);
				this.watcherTimers.set(
					key,
					setTimeout(() => {
						this.watcherTimers.delete(key);
						void this.indexOne(uri);
					}, 150),
				);
			};
			this.watchers.push(
				w,
				w.onDidCreate(changed),
				w.onDidChange(changed),
				w.onDidDelete((uri) => this.removeUnder(uri)),
			);
		}
	}

	/** Drops the corpus entries of a deleted file or folder. */
	removeUnder(uri: vscode.Uri): void {
		const key = uri.toString();
		const prefix = key.endsWith('/') ? key : key + '/';
		const removed: vscode.Uri[] = [];
		for (const [k, d] of this.core.corpus) {
			if (k === key || k.startsWith(prefix)) {
				this.core.corpus.delete(k);
				this.core.corpusKeys.delete(k);
				this.core.tooLargeDocs.delete(k);
				removed.push(d.uri);
			}
		}
		for (const k of [...this.core.corpusKeys]) if (k === key || k.startsWith(prefix)) this.core.corpusKeys.delete(k);
		for (const [k, d] of this.core.open) {
			if (k === key || k.startsWith(prefix)) {
				this.core.deleted.add(k);
				removed.push(d.uri);
			}
		}
		if (removed.length) this.core.fire(removed, false);
	}

	dispose(): void {
		this.indexCts?.cancel();
		this.indexCts?.dispose();
		for (const t of this.watcherTimers.values()) clearTimeout(t);
		for (const w of this.watchers) w.dispose();
		this.indexEmitter.dispose();
	}
}
