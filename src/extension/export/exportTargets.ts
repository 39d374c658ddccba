// Export targets in the workspace: checks before any work, the atomic single-file write, the
// staged folder of a brat export.
import * as vscode from 'vscode';
import { type FolderEntry } from '../../export/format';
import { describeFsError as describe, writeAtomic } from '../facts/workspaceSource';

/** The export's target cannot be written; the message names it. */
export class ExportTargetError extends Error {
	override readonly name = 'ExportTargetError';
}

export function parentOf(uri: vscode.Uri): vscode.Uri {
	return vscode.Uri.joinPath(uri, '..');
}

export function baseName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function shown(uri: vscode.Uri): string {
	return uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
}

export async function statOrUndefined(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
	try {
		return await vscode.workspace.fs.stat(uri);
	} catch {
		return undefined;
	}
}

export async function checkFolder(dir: vscode.Uri, target: vscode.Uri): Promise<void> {
	const st = await statOrUndefined(dir);
	if (!st) throw new ExportTargetError(`cannot write ${shown(target)}: folder ${shown(dir)} does not exist`);
	if (!(st.type & vscode.FileType.Directory)) throw new ExportTargetError(`cannot write ${shown(target)}: ${shown(dir)} is not a folder`);
}

export async function checkFileTarget(target: vscode.Uri): Promise<void> {
	await checkFolder(parentOf(target), target);
	const st = await statOrUndefined(target);
	if (st && st.type & vscode.FileType.Directory) throw new ExportTargetError(`${shown(target)} is a folder`);
	if (st && st.permissions !== undefined && st.permissions & vscode.FilePermission.Readonly) throw new ExportTargetError(`${shown(target)} is read-only`);
}

export function tempName(name: string): string {
	return `.${name}.${Math.random().toString(36).slice(2, 10)}.tmp`;
}

/** A temporary file beside the target, renamed over it: the target is never left half-written. */
export async function writeAtomically(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
	try {
		await writeAtomic(target, bytes);
	} catch (err) {
		throw new ExportTargetError(`cannot write ${shown(target)} (${describe(err)})`);
	}
}

export interface FolderTarget {
	writeFile(entry: FolderEntry): Promise<void>;
	commit(): Promise<void>;
	abort(): Promise<void>;
}

/**
 * brat: files are staged in a hidden folder; a new target is the staging folder renamed, an
 * existing one receives each file by rename (its other files, and a customized annotation.conf, stay).
 */
export async function openFolderTarget(target: vscode.Uri): Promise<FolderTarget> {
	await checkFolder(parentOf(target), target);
	const existing = await statOrUndefined(target);
	if (existing && !(existing.type & vscode.FileType.Directory)) throw new ExportTargetError(`${shown(target)} exists and is not a folder`);
	const staging = vscode.Uri.joinPath(existing ? target : parentOf(target), tempName(baseName(target)));
	try {
		await vscode.workspace.fs.createDirectory(staging);
	} catch (err) {
		throw new ExportTargetError(`cannot write in ${shown(existing ? target : parentOf(target))} (${describe(err)})`);
	}
	const entries: FolderEntry[] = [];
	const remove = () => vscode.workspace.fs.delete(staging, { recursive: true, useTrash: false }).then(undefined, () => undefined);
	return {
		async writeFile(entry) {
			const uri = vscode.Uri.joinPath(staging, ...entry.path.split('/'));
			try {
				await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(entry.content));
			} catch (err) {
				throw new ExportTargetError(`cannot write ${shown(vscode.Uri.joinPath(target, ...entry.path.split('/')))} (${describe(err)})`);
			}
			entries.push({ path: entry.path, content: '', ifAbsent: entry.ifAbsent });
		},
		async commit() {
			try {
				if (!existing) {
					await vscode.workspace.fs.rename(staging, target, { overwrite: false });
					return;
				}
				for (const entry of entries) {
					const dest = vscode.Uri.joinPath(target, ...entry.path.split('/'));
					if (entry.ifAbsent && (await statOrUndefined(dest))) continue;
					const dir = parentOf(dest);
					if (!(await statOrUndefined(dir))) await vscode.workspace.fs.createDirectory(dir);
					await vscode.workspace.fs.rename(vscode.Uri.joinPath(staging, ...entry.path.split('/')), dest, { overwrite: true });
				}
				await remove();
			} catch (err) {
				await remove();
				throw new ExportTargetError(`cannot complete ${shown(target)} (${describe(err)})`);
			}
		},
		abort: async () => void (await remove()),
	};
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
	let offset = 0;
	for (const p of parts) {
		out.set(p, offset);
		offset += p.byteLength;
	}
	return out;
}

// ---- after the export -----------------------------------------------------------------------
