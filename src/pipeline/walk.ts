// The one folder walker: CLI inputs, `seed-facts score` and the extension's fallback when search is
// unavailable all list seeds with it. Pure (the file system comes through a SeedSource).
import type { SeedSource } from './source';

/** Folders never walked into: hidden ones (.git, .vscode) and dependencies. */
export function isSkippedFolder(name: string): boolean {
	return name.startsWith('.') || name === 'node_modules';
}

export interface WalkOptions {
	/** Which files to keep (default: `.txt`, any case). */
	keep?: (path: string, name: string) => boolean;
	/** Folders (adapter paths) not to enter, e.g. the export's own output folder. */
	exclude?: readonly string[];
	/** Stops the walk after this many entries (a runaway workspace). */
	maxEntries?: number;
	/** Called for a folder that cannot be listed; the walk goes on. */
	onError?: (path: string, error: unknown) => void;
	cancelled?: () => boolean;
}

const isText = (_path: string, name: string) => /\.txt$/i.test(name);

/** The seeds under `root`, sorted by name at each level (code-unit order), depth first. */
export async function walkSeeds(source: SeedSource, root: string, options: WalkOptions = {}): Promise<string[]> {
	const keep = options.keep ?? isText;
	const out: string[] = [];
	let budget = options.maxEntries ?? Infinity;
	const visit = async (folder: string): Promise<void> => {
		let entries;
		try {
			entries = await source.list(folder);
		} catch (e) {
			options.onError?.(folder, e);
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (budget-- <= 0 || options.cancelled?.()) return;
			const path = source.join(folder, entry.name);
			if (entry.type === 'folder') {
				if (!isSkippedFolder(entry.name) && !options.exclude?.includes(path)) await visit(path);
			} else if (entry.type === 'file' && keep(path, entry.name)) {
				out.push(path);
			}
		}
	};
	await visit(root);
	return out;
}
