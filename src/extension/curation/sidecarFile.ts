// A review sidecar's file: where it lives beside its seed, how it is read (regular UTF-8 file only), parsed
// into the store's state and serialized with its header fields.
import * as vscode from 'vscode';
import { decodeSidecar } from '../../pipeline/review';
import { emptySidecar, parseSidecar, serializeSidecar, SidecarError, SIDECAR_SUFFIX, type Decision, type Sidecar } from '../../curation/sidecar';

/** A seed's document-level fields (status, reference date, language): not decisions, not in the undo history. */
export type SidecarHeader = Pick<Sidecar, 'status' | 'referenceDate' | 'language'>;

export type SidecarState =
	| { readonly status: 'loading' }
	| { readonly status: 'absent' }
	/** `decisions` may run ahead of the disk (anchors shifted by unsaved edits of the seed). */
	| { readonly status: 'ok'; readonly decisions: readonly Decision[]; readonly header?: SidecarHeader }
	| { readonly status: 'error'; readonly error: SidecarError };

export function sidecarUriFor(seed: vscode.Uri): vscode.Uri {
	return seed.with({ path: seed.path + SIDECAR_SUFFIX });
}

export function seedUriForSidecar(sidecar: vscode.Uri): vscode.Uri | undefined {
	return sidecar.path.endsWith(SIDECAR_SUFFIX) ? sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) }) : undefined;
}

export function baseName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function stateOf(json: string): Extract<SidecarState, { status: 'ok' | 'error' }> {
	try {
		const sidecar: Sidecar = parseSidecar(json);
		const header: SidecarHeader = {};
		if (sidecar.status !== undefined) header.status = sidecar.status;
		if (sidecar.referenceDate !== undefined) header.referenceDate = sidecar.referenceDate;
		if (sidecar.language !== undefined) header.language = sidecar.language;
		return { status: 'ok', decisions: sidecar.decisions, header };
	} catch (e) {
		if (e instanceof SidecarError) return { status: 'error', error: e };
		throw e;
	}
}

export function serialize(seed: vscode.Uri, decisions: readonly Decision[], header?: SidecarHeader): string {
	return serializeSidecar({ ...emptySidecar(baseName(seed)), ...header, decisions: [...decisions] });
}

export function headerOf(state: SidecarState): SidecarHeader | undefined {
	return state.status === 'ok' ? state.header : undefined;
}

export function isEmptyHeader(header: SidecarHeader | undefined): boolean {
	return !header || (header.status === undefined && header.referenceDate === undefined && header.language === undefined);
}

/**
 * A sidecar's text under the seed pipeline's policy: a regular file only (a FIFO would never
 * answer), UTF-8 only; throws with the reason (invalid UTF-8 is reported as in a seed).
 */
export async function readSidecarText(uri: vscode.Uri): Promise<string> {
	const st = await vscode.workspace.fs.stat(uri);
	if (st.type & vscode.FileType.Directory || !(st.type & vscode.FileType.File)) throw new Error('not a regular file');
	return decodeSidecar(await vscode.workspace.fs.readFile(uri), 0);
}
