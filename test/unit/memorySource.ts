// An in-memory SeedSource for unit tests: paths are `/`-joined keys of a map of file contents.
import type { EntryType, SeedSource } from '../../src/pipeline/source';

export function memorySource(files: Record<string, string | Uint8Array>, special: Record<string, EntryType> = {}): SeedSource & { writes: Map<string, Uint8Array> } {
	const enc = new TextEncoder();
	const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? enc.encode(v) : v);
	const writes = new Map<string, Uint8Array>();
	const isFolder = (p: string) => Object.keys(files).some((f) => f.startsWith(`${p}/`));
	return {
		writes,
		async stat(p) {
			if (p in special) return { type: special[p], size: 0 };
			if (p in files) return { type: 'file', size: bytes(files[p]).byteLength };
			return isFolder(p) ? { type: 'folder', size: 0 } : undefined;
		},
		async read(p) {
			if (p in special) throw new Error(`${p} would block`);
			if (!(p in files)) throw Object.assign(new Error(`ENOENT: no such file ${p}`), { code: 'ENOENT' });
			return bytes(files[p]);
		},
		async list(folder) {
			const names = new Map<string, EntryType>();
			for (const f of [...Object.keys(files), ...Object.keys(special)]) {
				if (!f.startsWith(`${folder}/`)) continue;
				const rest = f.slice(folder.length + 1);
				const slash = rest.indexOf('/');
				names.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? (special[f] ?? 'file') : 'folder');
			}
			return [...names].map(([name, type]) => ({ name, type }));
		},
		join: (folder, name) => `${folder}/${name}`,
		sidecarOf: (seed) => `${seed}.facts.json`,
		async writeAtomic(p, content) {
			writes.set(p, content);
		},
		describe: (e) => (e as Error).message,
	};
}
