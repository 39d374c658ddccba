// Undo and redo of curation actions: each entry holds the decision lists before and after. Pure TypeScript.
import type { Decision } from './sidecar';

export interface HistoryEntry {
	/** What the action was, for messages ("Undid: reject «OCDE»"). */
	label: string;
	before: readonly Decision[];
	after: readonly Decision[];
}

export class CurationHistory {
	private readonly done: HistoryEntry[] = [];
	private readonly undone: HistoryEntry[] = [];

	constructor(private readonly limit = 200) {}

	get canUndo(): boolean {
		return this.done.length > 0;
	}

	get canRedo(): boolean {
		return this.undone.length > 0;
	}

	/** Label of the action `undo` would revert. */
	get nextUndo(): string | undefined {
		return this.done[this.done.length - 1]?.label;
	}

	/** The entry `undo` would return, left in place. */
	peekUndo(): HistoryEntry | undefined {
		return this.done[this.done.length - 1];
	}

	record(label: string, before: readonly Decision[], after: readonly Decision[]): void {
		this.done.push({ label, before, after });
		if (this.done.length > this.limit) this.done.shift();
		this.undone.length = 0;
	}

	/** The entry to revert (its `before` is the list to restore), or undefined. */
	undo(): HistoryEntry | undefined {
		const e = this.done.pop();
		if (e) this.undone.push(e);
		return e;
	}

	/** The entry to re-apply (its `after` is the list to restore), or undefined. */
	redo(): HistoryEntry | undefined {
		const e = this.undone.pop();
		if (e) this.done.push(e);
		return e;
	}

	/** Forgets everything (the sidecar changed outside: old states no longer describe it). */
	clear(): void {
		this.done.length = 0;
		this.undone.length = 0;
	}
}
