// The `workspace.fs` adapter of the seed pipeline's SeedSource (paths are URI strings), and the
// extension's one atomic writer: a temporary file beside the target, renamed over it.
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../curation/sidecar';
import type { EntryStat, EntryType, FolderEntry, SeedSource } from '../../pipeline/source';

/** Whether an error from `workspace.fs` means "no such file". */
export function isNotFound(e: unknown): boolean {
	return e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'EntryNotFound');
}

function typeOf(type: vscode.FileType): EntryType {
	// A symbolic link to a folder is never followed (no cycles); one to a file is read.
	if (type & vscode.FileType.SymbolicLink) return type & vscode.FileType.File ? 'file' : 'other';
	if (type & vscode.FileType.Directory) return 'folder';
	return type & vscode.FileType.File ? 'file' : 'other';
}

/** `.NAME.<random>.tmp` beside `target`. */
export function temporaryUriFor(target: vscode.Uri): vscode.Uri {
	const name = target.path.slice(target.path.lastIndexOf('/') + 1);
	return target.with({ path: `${target.path.slice(0, target.path.length - name.length)}.${name}.${Math.random().toString(36).slice(2, 10)}.tmp` });
}

/** Writes `content` to a temporary file beside `target`, then renames it over `target`. */
export async function writeAtomic(target: vscode.Uri, content: Uint8Array): Promise<void> {
	const tmp = temporaryUriFor(target);
	try {
		await vscode.workspace.fs.writeFile(tmp, content);
		await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
	} catch (e) {
		await vscode.workspace.fs.delete(tmp, { useTrash: false }).then(undefined, () => undefined);
		throw e;
	}
}

export function describeFsError(err: unknown): string {
	if (err instanceof vscode.FileSystemError) return err.code ? `${err.code}: ${err.message}` : err.message;
	return err instanceof Error ? err.message : String(err);
}

export const workspaceSource: SeedSource = {
	async stat(path: string): Promise<EntryStat | undefined> {
		try {
			const st = await vscode.workspace.fs.stat(vscode.Uri.parse(path));
			return { type: typeOf(st.type), size: st.size };
		} catch (e) {
			if (isNotFound(e)) return undefined;
			throw e;
		}
	},
	async read(path: string): Promise<Uint8Array> {
		return vscode.workspace.fs.readFile(vscode.Uri.parse(path));
	},
	async list(folder: string): Promise<FolderEntry[]> {
		const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(folder));
		return entries.map(([name, type]) => ({ name, type: typeOf(type) }));
	},
	join: (folder, name) => vscode.Uri.joinPath(vscode.Uri.parse(folder), name).toString(),
	sidecarOf(seed: string): string {
		const uri = vscode.Uri.parse(seed);
		return uri.with({ path: uri.path + SIDECAR_SUFFIX }).toString();
	},
	writeAtomic: (path, content) => writeAtomic(vscode.Uri.parse(path), content),
	describe: describeFsError,
};
