// Lint: layer boundaries, no default exports, size limits, and typescript-eslint's recommended rules.
// Formatting is Prettier's (see .prettierrc.json and the `format:check` script), import cycles madge's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const VSCODE = { name: 'vscode', message: 'Only src/extension may import vscode.' };
const NODE_BUILTIN = '^(node:.*|fs|fs/.*|path|os|crypto|child_process|util|stream|worker_threads|events|url)$';
/** `no-restricted-imports` for a layer: `vscode` never, plus the import paths (regular expressions) that reach outside it. */
const layer = (message, ...regexes) => ({
	'no-restricted-imports': ['error', { paths: [VSCODE], patterns: regexes.map((regex) => ({ regex, message })) }],
});


export default tseslint.config(
	{ ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', '.vscode-test*/**', 'src/curation/sidecarSchema.generated.ts'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
		rules: {
			'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' }],
			'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
			'max-lines': ['error', { max: 800, skipBlankLines: false, skipComments: false }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
	{
		files: ['src/**/*.ts'],
		ignores: ['src/extension/**'],
		rules: layer('Only src/extension may import vscode.', '^vscode$'),
	},
	{
		files: ['src/engine/*.ts'],
		rules: layer('The engine is pure: it imports nothing of ours outside src/engine, and no Node built-in.', '^\\.\\./', NODE_BUILTIN),
	},
	{
		// One folder down (src/engine/dates/, organizations/, en/ ...): `../` is still the engine.
		files: ['src/engine/*/**/*.ts'],
		rules: layer('The engine is pure: it imports nothing of ours outside src/engine, and no Node built-in.', '^\\.\\./\\.\\./', NODE_BUILTIN),
	},
	{
		files: ['src/curation/**/*.ts'],
		rules: layer('Curation imports only the engine, and no Node built-in.', '^\\.\\./(?!engine/)', NODE_BUILTIN),
	},
	{
		// Exports write reviewed mentions: the review data model (curation/types) is theirs to read.
		// Amount rows carry their fact (measure, holder, date): src/facts is theirs to read too.
		files: ['src/export/**/*.ts'],
		rules: layer('Exports import only the engine, facts and the review data model, and no Node built-in.', '^\\.\\./(?!engine/|facts/|curation/types$|\\.\\./package\\.json$)', NODE_BUILTIN),
	},
	{
		// The seed pipeline and facts: the pure core above engine, curation and export.
		files: ['src/pipeline/**/*.ts'],
		rules: layer('The pipeline is pure: no Node built-in, no CLI or extension code.', '^\\.\\./(extension|cli)/', NODE_BUILTIN),
	},
	{
		// Facts read the engine's mentions and nothing else of ours.
		files: ['src/facts/**/*.ts'],
		rules: layer('Facts import only the engine, and no Node built-in.', '^\\.\\./(?!engine/)', NODE_BUILTIN),
	},
	{
		files: ['src/cli/**/*.ts'],
		rules: layer('The CLI never imports the extension.', '^\\.\\./extension/'),
	},
	{
		// Lexicon data may run long; the rest of the engine keeps the 800-line rule.
		files: ['src/engine/*-data.ts', 'src/engine/*Lexicon.ts', 'src/engine/**/generated-*.ts', 'src/engine/**/lexicon.ts'],
		rules: { 'max-lines': 'off' },
	},
	{
		files: ['src/extension/**/*.ts', 'src/cli/**/*.ts'],
		rules: { 'max-lines': ['error', { max: 400 }] },
	},
	{
		// ESLint's own configuration file is the one place a default export is required.
		files: ['eslint.config.mjs'],
		rules: { 'no-restricted-syntax': 'off' },
	},
	{
		files: ['test/**/*.ts', 'scripts/**/*.mjs', 'test/**/*.mjs', 'test/**/*.js', '*.mjs'],
		rules: {
			// Integration suites load VS Code's own modules at run time; the web harness shims are CommonJS.
			'@typescript-eslint/no-require-imports': 'off', 'max-lines-per-function': 'off', 'no-restricted-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
	},
	{
		files: ['scripts/**/*.mjs', 'test/**/*.mjs', 'test/**/*.js', '*.mjs'],
		languageOptions: {
			globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', performance: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', globalThis: 'readonly', fetch: 'readonly', AbortController: 'readonly', setImmediate: 'readonly', queueMicrotask: 'readonly', structuredClone: 'readonly' },
		},
	},
);
