// Review sidecars (`NAME.txt.facts.json`) as the extension sees them: loaded lazily through
// `workspace.fs` (so the web and virtual workspaces work), written atomically, reloaded when they
// change on disk, and never written while they are unusable. Undo history per seed lives here too.
import * as vscode from 'vscode';
import { CurationHistory } from '../../curation/history';
import { isNotFound, writeAtomic } from '../facts/workspaceSource';
import { SidecarError, SIDECAR_SUFFIX, type Decision } from '../../curation/sidecar';
import { baseName, headerOf, isEmptyHeader, readSidecarText, serialize, sidecarUriFor, seedUriForSidecar, stateOf, type SidecarHeader, type SidecarState } from './sidecarFile';

export { seedUriForSidecar, sidecarUriFor, type SidecarHeader, type SidecarState } from './sidecarFile';

/** A curation action cannot run; `message` is for the person. */
export class CurationError extends Error {
	override readonly name = 'CurationError';
	constructor(
		message: string,
		readonly sidecar?: vscode.Uri,
	) {
		super(message);
	}
}

const encoder = new TextEncoder();

export interface StoreChange {
	readonly seed: vscode.Uri;
	/** Why: an action or undo here, or a change from outside (disk, the sidecar's editor). */
	readonly cause: 'action' | 'undo' | 'load' | 'external';
}

export class SidecarStore implements vscode.Disposable {
	private readonly states = new Map<string, SidecarState>();
	private readonly loads = new Map<string, Promise<SidecarState>>();
	private readonly histories = new Map<string, CurationHistory>();
	/** Text of each sidecar as last read or written by us: watcher events that match it are our own. */
	private readonly disk = new Map<string, string | undefined>();
	private readonly writingThroughEditor = new Set<string>();
	/** One write at a time per seed. */
	private readonly queues = new Map<string, Promise<unknown>>();
	private readonly changeEmitter = new vscode.EventEmitter<StoreChange>();
	readonly onDidChange = this.changeEmitter.event;
	private readonly disposables: vscode.Disposable[] = [];

	constructor(private readonly log: vscode.LogOutputChannel) {
		const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
		const changed = (uri: vscode.Uri) => void this.diskChanged(uri);
		this.disposables.push(
			this.changeEmitter,
			watcher,
			watcher.onDidCreate(changed),
			watcher.onDidChange(changed),
			watcher.onDidDelete(changed),
			// The sidecar open in an editor: its edits (typing, ordinary undo) are the person's decisions.
			vscode.workspace.onDidChangeTextDocument((e) => {
				if (e.contentChanges.length && e.document.uri.path.endsWith(SIDECAR_SUFFIX)) this.editorChanged(e.document);
			}),
			vscode.workspace.onDidCloseTextDocument((d) => {
				// Unsaved edits of the sidecar were dropped: the disk is the truth again.
				if (d.uri.path.endsWith(SIDECAR_SUFFIX) && d.isDirty) void this.diskChanged(d.uri);
			}),
		);
	}

	/** The state now; starts loading a sidecar never seen (the change event says when it is there). */
	peek(seed: vscode.Uri): SidecarState {
		const key = seed.toString();
		const s = this.states.get(key);
		if (s) return s;
		void this.load(seed);
		return { status: 'loading' };
	}

	/** The state once loaded. */
	load(seed: vscode.Uri): Promise<SidecarState> {
		const key = seed.toString();
		const s = this.states.get(key);
		if (s && s.status !== 'loading') return Promise.resolve(s);
		let p = this.loads.get(key);
		if (!p) {
			this.states.set(key, { status: 'loading' });
			p = this.read(seed).then((state) => {
				this.loads.delete(key);
				// A write or an external change may have settled it meanwhile.
				const now = this.states.get(key);
				if (now && now.status !== 'loading') return now;
				this.states.set(key, state);
				this.changeEmitter.fire({ seed, cause: 'load' });
				return state;
			});
			this.loads.set(key, p);
		}
		return p;
	}

	private async read(seed: vscode.Uri): Promise<SidecarState> {
		// An unsaved document has no place for a sidecar yet.
		if (seed.scheme === 'untitled') return { status: 'absent' };
		const uri = sidecarUriFor(seed);
		// An open, modified sidecar editor holds the person's latest decisions.
		const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
		let json: string;
		if (open && open.isDirty) {
			json = open.getText();
		} else {
			try {
				json = await readSidecarText(uri);
			} catch (e) {
				if (isNotFound(e)) {
					this.disk.set(uri.toString(), undefined);
					return { status: 'absent' };
				}
				this.disk.delete(uri.toString());
				return { status: 'error', error: new SidecarError('json', `The review file cannot be read (${(e as Error).message}).`) };
			}
			this.disk.set(uri.toString(), json);
		}
		return stateOf(json);
	}

	/** Undo history of a seed's curation actions. */
	history(seed: vscode.Uri): CurationHistory {
		const key = seed.toString();
		let h = this.histories.get(key);
		if (!h) this.histories.set(key, (h = new CurationHistory()));
		return h;
	}

	/** The loaded state, refused (CurationError) for an unsaved document or an unusable sidecar. */
	private async loadUsable(seed: vscode.Uri): Promise<SidecarState> {
		const state = await this.load(seed);
		const uri = sidecarUriFor(seed);
		if (seed.scheme === 'untitled') throw new CurationError('Save this document first: its decisions are stored in a review file beside it.');
		if (state.status === 'error') {
			throw new CurationError(`${baseName(uri)}: ${state.error.message} Fix the file (or reset it) before curating this seed; it is left as it is.`, uri);
		}
		return state;
	}

	/**
	 * Runs a curation action: `fn` gets the current decisions and returns the new ones, which are
	 * written to the sidecar (atomically) and recorded for undo. Refused while the sidecar is unusable.
	 */
	update(seed: vscode.Uri, label: string, fn: (decisions: readonly Decision[]) => Decision[]): Promise<boolean> {
		return this.queued(seed, async () => {
			const state = await this.loadUsable(seed);
			const before = state.status === 'ok' ? state.decisions : [];
			const after = fn(before);
			const header = state.status === 'ok' ? state.header : undefined;
			if (serialize(seed, after, header) === serialize(seed, before, header)) return false;
			await this.write(seed, after, header);
			this.history(seed).record(label, before, after);
			this.changeEmitter.fire({ seed, cause: 'action' });
			return true;
		});
	}

	/** Undoes the seed's last curation action; its label, or undefined when there is nothing to undo. */
	undo(seed: vscode.Uri): Promise<string | undefined> {
		return this.queued(seed, async () => {
			const state = await this.load(seed);
			if (state.status === 'error')
				throw new CurationError(`${baseName(sidecarUriFor(seed))}: ${state.error.message} Undo is not possible until the file is fixed.`, sidecarUriFor(seed));
			const entry = this.history(seed).undo();
			if (!entry) return undefined;
			await this.write(seed, [...entry.before], headerOf(state));
			this.changeEmitter.fire({ seed, cause: 'undo' });
			return entry.label;
		});
	}

	/** Re-does the last undone action. */
	redo(seed: vscode.Uri): Promise<string | undefined> {
		return this.queued(seed, async () => {
			const state = await this.load(seed);
			if (state.status === 'error') throw new CurationError(state.error.message, sidecarUriFor(seed));
			const entry = this.history(seed).redo();
			if (!entry) return undefined;
			await this.write(seed, [...entry.after], headerOf(state));
			this.changeEmitter.fire({ seed, cause: 'undo' });
			return entry.label;
		});
	}

	/** Keeps anchors on their text while the seed is edited (no write: see `persistAnchors`). */
	setDecisionsInMemory(seed: vscode.Uri, decisions: readonly Decision[]): void {
		const s = this.states.get(seed.toString());
		if (s?.status === 'ok') this.states.set(seed.toString(), { ...s, decisions });
	}

	/** Writes re-anchored offsets (after the seed was saved) when they differ from the file; not an undoable action. */
	persistAnchors(seed: vscode.Uri, decisions: readonly Decision[]): Promise<boolean> {
		return this.queued(seed, async () => {
			const s = this.states.get(seed.toString());
			if (s?.status !== 'ok') return false;
			const text = serialize(seed, decisions, s.header);
			if (text === this.disk.get(sidecarUriFor(seed).toString())) return false;
			await this.write(seed, [...decisions], s.header);
			return true;
		});
	}

	/** The seed's document-level fields as loaded (empty while loading, absent or unusable). */
	header(seed: vscode.Uri): SidecarHeader {
		return headerOf(this.peek(seed)) ?? {};
	}

	/**
	 * Sets document-level fields (undefined removes one) and writes the sidecar. Refused while the
	 * sidecar is unusable; not part of the undo history (the command that set a field sets it back).
	 */
	updateHeader(seed: vscode.Uri, patch: Partial<SidecarHeader>): Promise<boolean> {
		return this.queued(seed, async () => {
			const state = await this.loadUsable(seed);
			const decisions = state.status === 'ok' ? state.decisions : [];
			const before = headerOf(state) ?? {};
			const after: SidecarHeader = { ...before, ...patch };
			for (const k of Object.keys(after) as (keyof SidecarHeader)[]) if (after[k] === undefined) delete after[k];
			if (serialize(seed, decisions, after) === serialize(seed, decisions, before)) return false;
			await this.write(seed, decisions, after);
			this.changeEmitter.fire({ seed, cause: 'action' });
			return true;
		});
	}

	/** Moves an unusable sidecar aside (`….facts.json.bak`, never deleted) so the seed can be curated again. */
	reset(seed: vscode.Uri): Promise<vscode.Uri | undefined> {
		return this.queued(seed, async () => {
			const uri = sidecarUriFor(seed);
			let backup: vscode.Uri | undefined;
			try {
				await vscode.workspace.fs.stat(uri);
				backup = uri.with({ path: `${uri.path}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak` });
				await vscode.workspace.fs.rename(uri, backup, { overwrite: false });
			} catch (e) {
				if (!isNotFound(e)) throw e;
			}
			this.disk.set(uri.toString(), undefined);
			this.states.set(seed.toString(), { status: 'absent' });
			this.history(seed).clear();
			this.changeEmitter.fire({ seed, cause: 'external' });
			return backup;
		});
	}

	private queued<T>(seed: vscode.Uri, job: () => Promise<T>): Promise<T> {
		const key = seed.toString();
		const run = (this.queues.get(key) ?? Promise.resolve()).then(job, job);
		this.queues.set(
			key,
			run.catch(() => undefined),
		);
		return run;
	}

	/**
	 * Writes the decisions. With the sidecar open in an editor, through that editor (so that its
	 * ordinary undo reverts the action) and saved; otherwise to a temporary file renamed over the
	 * sidecar, so that a failed write never leaves a truncated file.
	 */
	private async write(seed: vscode.Uri, decisions: readonly Decision[], header: SidecarHeader | undefined): Promise<void> {
		const uri = sidecarUriFor(seed);
		const json = serialize(seed, decisions, header);
		const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
		if (open) {
			if (open.isDirty) {
				// The person is editing the file: their text must parse, or we would overwrite it.
				const mine = stateOf(open.getText());
				if (mine.status === 'error')
					throw new CurationError(`${baseName(uri)} has unsaved changes that are not valid (${mine.error.message}) Save or revert them first.`, uri);
			}
			const edit = new vscode.WorkspaceEdit();
			edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), json);
			this.disk.set(uri.toString(), json);
			this.writingThroughEditor.add(uri.toString());
			try {
				if (!(await vscode.workspace.applyEdit(edit)) || !(await open.save())) throw new CurationError(`${baseName(uri)} could not be saved.`, uri);
			} finally {
				this.writingThroughEditor.delete(uri.toString());
			}
		} else if (decisions.length === 0 && isEmptyHeader(header) && this.created.has(uri.toString())) {
			// Everything this session decided was undone: leave no empty file behind.
			await this.remove(uri);
		} else {
			if (this.disk.get(uri.toString()) === undefined) this.created.add(uri.toString());
			this.disk.set(uri.toString(), json);
			try {
				await writeAtomic(uri, encoder.encode(json));
			} catch (e) {
				this.disk.delete(uri.toString());
				throw new CurationError(`${baseName(uri)} could not be written (${(e as Error).message}); it was left as it was.`, uri);
			}
		}
		this.states.set(seed.toString(), { status: 'ok', decisions, header });
		this.log.info(`curation: wrote ${decisions.length} decision(s) to ${uri.toString()}`);
	}

	/** Sidecars this session created (undoing back to no decision deletes them again). */
	private readonly created = new Set<string>();

	private async remove(uri: vscode.Uri): Promise<void> {
		this.disk.set(uri.toString(), undefined);
		await vscode.workspace.fs.delete(uri).then(undefined, (e: unknown) => {
			if (!isNotFound(e)) throw e;
		});
	}

	private async diskChanged(uri: vscode.Uri): Promise<void> {
		const seed = seedUriForSidecar(uri);
		if (!seed) return;
		const key = seed.toString();
		// Never loaded: it will be read when needed.
		if (!this.states.has(key)) return;
		await this.queued(seed, async () => {
			let json: string | undefined;
			let unreadable: SidecarState | undefined;
			try {
				json = await readSidecarText(uri);
			} catch (e) {
				if (!isNotFound(e)) unreadable = { status: 'error', error: new SidecarError('json', `The review file cannot be read (${(e as Error).message}).`) };
			}
			if (!unreadable && json === this.disk.get(uri.toString()) && this.states.get(key)?.status !== 'loading') return;
			this.disk.set(uri.toString(), json);
			const state: SidecarState = unreadable ?? (json === undefined ? { status: 'absent' } : stateOf(json));
			this.adopt(seed, state);
		});
	}

	private editorChanged(doc: vscode.TextDocument): void {
		const seed = seedUriForSidecar(doc.uri);
		if (!seed || !this.states.has(seed.toString())) return;
		// Our own write through this editor.
		if (this.writingThroughEditor.has(doc.uri.toString())) return;
		const state = stateOf(doc.getText());
		// Half-typed JSON is not a decision yet: keep the last good state until it parses (or is saved broken).
		if (state.status === 'error') return;
		const current = this.states.get(seed.toString());
		if (current?.status === 'ok' && serialize(seed, current.decisions, current.header) === serialize(seed, state.decisions, state.header)) return;
		this.adopt(seed, state);
	}

	/** A state from outside: the undo history stays right when it is one step back or forward (ordinary undo in the sidecar's editor). */
	private adopt(seed: vscode.Uri, state: SidecarState): void {
		const h = this.history(seed);
		const text = state.status === 'ok' ? serialize(seed, state.decisions) : undefined;
		const prev = this.states.get(seed.toString());
		const last = h.peekUndo();
		// The history holds decisions only: compare without the header fields.
		if (text !== undefined && last && serialize(seed, last.before) === text) h.undo();
		else if (!(prev?.status === 'ok' && text !== undefined && serialize(seed, prev.decisions) === text)) h.clear();
		this.states.set(seed.toString(), state);
		this.log.info(`curation: ${sidecarUriFor(seed).toString()} changed outside (${state.status})`);
		this.changeEmitter.fire({ seed, cause: 'external' });
	}

	/** Seeds whose sidecar state is known (loaded at least once). */
	knownSeeds(): vscode.Uri[] {
		return [...this.states.keys()].map((k) => vscode.Uri.parse(k));
	}

	dispose(): void {
		for (const d of this.disposables) d.dispose();
	}
}
