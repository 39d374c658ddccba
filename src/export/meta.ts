// The generator named in export headers: this package's name and version, baked in by the bundler.
import { name, version } from '../../package.json';
import type { ExportMeta } from './format';

export function exportMeta(now: Date = new Date()): ExportMeta {
	return { generator: { name, version }, exportedAt: now.toISOString() };
}
