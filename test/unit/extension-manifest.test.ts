// The manifest, its localizations and the runtime strings agree (what a French user sees is complete).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FACT_CATEGORIES } from '../../src/extension/model/categories';

const root = join(__dirname, '..', '..');
const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const pkg = read('package.json');
const nls: Record<string, string> = read('package.nls.json');
const nlsFr: Record<string, string> = read('package.nls.fr.json');
const bundleFr: Record<string, string> = read('l10n/bundle.l10n.fr.json');

/** `t('...')` literals of the editor UI's sources (exports and curation keep their own lists). */
function runtimeStrings(): string[] {
	const dir = join(root, 'src', 'extension');
	const out = new Set<string>();
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!name.endsWith('.ts') || name.endsWith('.d.ts') || /^(export|curation)/.test(name)) continue;
		const src = readFileSync(join(dir, name), 'utf8');
		for (const m of src.matchAll(/\bt\(\s*('(?:[^'\\\n]|\\.)*')/g)) out.add(new Function(`return ${m[1]}`)() as string);
	}
	return [...out];
}

test('every runtime string has a French translation', () => {
	const strings = runtimeStrings();
	assert.ok(strings.length > 40, `found ${strings.length} strings`);
	const missing = strings.filter((s) => !(s in bundleFr));
	assert.deepEqual(missing, []);
	for (const status of ['machine', 'accepted', 'rejected', 'corrected', 'manual']) assert.ok(status in bundleFr, status);
});

test('translations keep their placeholders', () => {
	for (const [en, fr] of Object.entries(bundleFr)) {
		const ph = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
		assert.deepEqual(ph(fr), ph(en), en);
	}
});

test('package.nls.json covers every %key% of the manifest, and French covers every key', () => {
	const keys = [...JSON.stringify(pkg).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
	assert.deepEqual(
		[...new Set(keys.filter((k) => !(k in nls)))],
		[],
	);
	assert.deepEqual(
		Object.keys(nls).filter((k) => !(k in nlsFr)),
		[],
	);
});

test('commands: all in the "Seed Facts" category, every menu/keybinding refers to a declared command', () => {
	const c = pkg.contributes;
	const ids = new Set<string>(c.commands.map((x: { command: string }) => x.command));
	for (const cmd of c.commands) if (cmd.command.startsWith('seedFacts.')) assert.equal(cmd.category, '%seedFacts.category%', cmd.command);
	// An entry is a declared command, or a declared submenu (curation's "Seed Facts Review" in the editor context menu).
	const submenus = new Set<string>((c.submenus ?? []).map((x: { id: string }) => x.id));
	for (const [menu, items] of Object.entries(c.menus as Record<string, { command?: string; submenu?: string }[]>)) {
		for (const i of items) assert.ok(i.submenu !== undefined ? submenus.has(i.submenu) : ids.has(i.command ?? ''), `${menu}: ${i.command ?? i.submenu}`);
	}
	for (const k of c.keybindings) assert.ok(ids.has(k.command), k.command);
	for (const id of ['seedFacts.toggleHighlights', 'seedFacts.toggleKind', 'seedFacts.annotateFile', 'seedFacts.focusTree', 'seedFacts.nextFact', 'seedFacts.previousFact', 'seedFacts.refreshIndex', 'seedFacts.changeGrouping']) {
		assert.ok(ids.has(id), id);
	}
	assert.ok(c.keybindings.some((k: { command: string }) => k.command === 'seedFacts.nextFact'));
	assert.ok(c.keybindings.some((k: { command: string }) => k.command === 'seedFacts.previousFact'));
});

test('colors for every category in light, dark and both high-contrast themes', () => {
	const colors = new Map<string, Record<string, string>>(pkg.contributes.colors.map((x: { id: string; defaults: Record<string, string> }) => [x.id, x.defaults]));
	for (const cat of FACT_CATEGORIES) {
		for (const part of ['background', 'border', 'ruler']) {
			const d = colors.get(`seedFacts.${cat}.${part}`);
			assert.ok(d, `${cat}.${part}`);
			for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.match(d[theme], /^#[0-9a-f]{6}([0-9a-f]{2})?$/i, `${cat}.${part}.${theme}`);
		}
	}
});

test('settings of the issue are declared; platform capabilities; seed language and grammar', () => {
	const props = pkg.contributes.configuration.properties;
	for (const key of ['include', 'exclude', 'kinds', 'maxFileSizeMB', 'debounceMs', 'organizations.add', 'organizations.ignore', 'referenceYear', 'hover.enabled', 'tree.groupBy']) {
		assert.ok(props[`seedFacts.${key}`], key);
	}
	// Untrusted workspaces: supported, with the settings a repository could abuse restricted (extension-settings.test.ts).
	assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
	assert.equal(pkg.capabilities.virtualWorkspaces, true);
	assert.equal(pkg.l10n, './l10n');
	const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'seed');
	assert.deepEqual(lang.filenamePatterns, ['**/seeds/**/*.txt']);
	assert.equal(lang.aliases[0], 'Seed document');
	assert.equal(pkg.contributes.configurationDefaults['[seed]']['editor.wordWrap'], 'on');
	const grammar = read('syntaxes/seed.tmLanguage.json');
	assert.equal(grammar.scopeName, 'text.seed');
	for (const [name, rule] of Object.entries(grammar.repository as Record<string, { match?: string; begin?: string }>)) {
		// Oniguruma's syntax is close enough to JavaScript's for these patterns to be checked here.
		const src = (rule.match ?? rule.begin ?? '').replace(/^\(\?i\)/, '');
		assert.doesNotThrow(() => new RegExp(src, 'u'), name);
	}
});

test('the grammar scopes French numbers, money, percentages, months and acronyms', () => {
	const g = read('syntaxes/seed.tmLanguage.json').repository;
	const re = (name: string) => new RegExp(g[name].match.replace(/^\(\?i\)/, ''), g[name].match.startsWith('(?i)') ? 'iu' : 'u');
	assert.equal(re('money').exec('plus de 758,5 millions de dollars américains.')?.[0], '758,5 millions de dollars américains');
	assert.equal(re('percent').exec('hausse de 16,3 % sur un an')?.[0], '16,3 %');
	assert.equal(re('number').exec('soit 3\u00a0245 km')?.[0], '3\u00a0245');
	assert.equal(re('date').exec('Fin octobre 2025, Hai Phong')?.[0], 'Fin octobre 2025');
	assert.equal(re('acronym').exec('la JETRO et le G20')?.[0], 'JETRO');
	assert.equal(re('acronym').exec('Le président'), null);
});
