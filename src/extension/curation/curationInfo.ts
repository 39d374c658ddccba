// What the curation layer tells the views about a document (shared by curation.ts and curationView.ts).
import type * as vscode from 'vscode';
import type { Orphan } from '../../curation/anchor';
import type { SidecarState, SidecarStore } from './curationStore';

/** What the curation layer knows of a document, for the views. */
export interface CurationInfo {
	state: SidecarState;
	orphans: readonly Orphan[];
}

export interface Curation {
	readonly store: SidecarStore;
	info(uri: vscode.Uri): CurationInfo;
}
