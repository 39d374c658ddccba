import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extract } from '../../src/engine/extract';
import { detectLanguage, resolveLanguage } from '../../src/engine/language';

const shared = join(__dirname, '..', '..', '..', 'shared');
const folders: [string, 'fr' | 'en'][] = [
	['seeds', 'fr'],
	[join('gold', 'dev', 'texts'), 'fr'],
	[join('gold', 'en', 'texts'), 'en'],
];

test('every document of ../shared (seeds, dev, en) is detected in its language', (t) => {
	let seen = 0;
	for (const [folder, lang] of folders) {
		let names: string[];
		try {
			names = readdirSync(join(shared, folder)).filter((n) => n.endsWith('.txt'));
		} catch {
			continue;
		}
		for (const name of names) {
			seen++;
			assert.equal(detectLanguage(readFileSync(join(shared, folder, name), 'utf8')), lang, `${folder}/${name}`);
		}
	}
	if (seen === 0) t.diagnostic('../shared not found: only the inline cases ran');
});

test('a French article quoting English names stays French', () => {
	const text =
		"Selon le Financial Times, l'Asian Development Bank et Wood Mackenzie ont revu leurs prévisions pour le Vietnam. " +
		'Le directeur a déclaré : « We expect strong growth », lors d’une conférence à Hanoï la semaine dernière.';
	assert.equal(detectLanguage(text), 'fr');
});

test('a short English paragraph is English; empty, numeric and junk text is French (the default)', () => {
	assert.equal(detectLanguage('Exports rose 8.1 percent in the 12 months through December from a year earlier.'), 'en');
	assert.equal(detectLanguage(''), 'fr');
	assert.equal(detectLanguage('1 2 34 567 8,9 '.repeat(100)), 'fr');
	assert.equal(detectLanguage('A'.repeat(10_000)), 'fr');
	assert.equal(detectLanguage('abc def ghi '.repeat(300)), 'fr');
});

test('a long document is sampled: detection reads a bounded part of it', () => {
	const english = 'The company said its revenue rose sharply in the third quarter, driven by strong demand. ';
	assert.equal(detectLanguage(english.repeat(20_000)), 'en');
});

test('resolveLanguage takes fr and en as given and detects for auto or nothing', () => {
	const english = 'The company said its revenue rose sharply in the third quarter, driven by strong demand.';
	assert.equal(resolveLanguage(english, 'fr'), 'fr');
	assert.equal(resolveLanguage('Le chiffre d’affaires a progressé de 5 %.', 'en'), 'en');
	assert.equal(resolveLanguage(english, 'auto'), 'en');
	assert.equal(resolveLanguage(english), 'en');
});

test('extract dispatches on the language: options.language forces it', () => {
	const english = 'Exports rose 8.1 percent to $162.4 billion, the General Statistics Office said.';
	const auto = extract(english);
	assert.ok(auto.some((m) => m.kind === 'amount' && m.text === '$162.4 billion' && m.value === 162_400_000_000));
	const asFrench = extract(english, { language: 'fr' });
	assert.ok(!asFrench.some((m) => m.kind === 'amount' && m.text === '$162.4 billion' && m.value === 162_400_000_000));
});

test('short French sentences stay French even when trigrams lean English', () => {
	for (const t of ['je vais rentrer mardi', 'Je reviendrai dimanche prochain', 'Je suis en absence en juin 2001', "J'ai alle hier", 'le base-ball le 11 mai']) {
		assert.equal(detectLanguage(t), 'fr', t);
	}
});
