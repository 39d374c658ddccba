// Issue 14, defect 1: extraction memory on capitalized text. No timing here (see
// scripts/bench-memory-orgs.mjs for the measurement): these tests check the
// structure that bounds memory, that the line pass keeps no candidate for an
// acronym without evidence and that the document pass finds names without a list
// per name.
import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { createExtractor } from '../../src/engine/extract';
import { findOrganizations } from '../../src/engine/organizations/candidates';
import { forEachOccurrence } from '../../src/engine/organizations/propagation';

/** Distinct upper-case words of letters (`QZ` + base 26): no well-known acronym among them. */
function acronyms(count: number): string[] {
	const out: string[] = [];
	for (let n = 0; n < count; n++) {
		let s = '';
		for (let k = 0, m = n; k < 4 || m > 0; k++, m = Math.floor(m / 26)) s = String.fromCharCode(65 + (m % 26)) + s;
		out.push(`QZ${s}`);
	}
	return out;
}

describe('memory: candidates on capitalized text', () => {
	test('a line of 20 000 distinct acronyms leaves no candidate', () => {
		assert.equal(findOrganizations(acronyms(20_000).join(' ')).length, 0);
	});
	test('only acronyms beside a parenthesis are candidates, and only a definition keeps one', () => {
		const line = `${acronyms(500).join(' ')}. L'Agence nationale des routes (ANR) publie ${acronyms(500).join(' ')}`;
		assert.deepEqual(
			findOrganizations(line).map((m) => m.text),
			['Agence nationale des routes', 'ANR'],
		);
	});
	test('the organizations of a document of capitals are its names, not its words', () => {
		const words = acronyms(30_000);
		const lines: string[] = [];
		for (let k = 0; k < words.length; k += 12) lines.push(`${words.slice(k, k + 12).join(' ')}.`);
		lines.splice(10, 0, "L'Agence nationale des routes (ANR) a publié un rapport.");
		lines.push("L'ANR le confirme.");
		const found = createExtractor()
			.extract(lines.join('\n'), { kinds: ['organization'] })
			.map((m) => m.text);
		assert.deepEqual(found, ['Agence nationale des routes', 'ANR', 'ANR']);
	});
});

describe('memory: one walk finds many names', () => {
	const text = 'Alpha Beta et Gamma, puis Alpha-Beta, Alphabet et Alpha Beta Corp; delta. Beta Alpha Beta';
	const byIndexOf = (names: string[]): [string, number][] => {
		const out: [string, number][] = [];
		for (const name of names) {
			for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
				const before = i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]);
				const after = i + name.length >= text.length || !/[\p{L}\p{N}]/u.test(text[i + name.length]);
				if (before && after) out.push([name, i]);
			}
		}
		return out.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
	};
	const collect = (names: string[]): [string, number][] => {
		const out: [string, number][] = [];
		forEachOccurrence(text, names, (name, start) => out.push([name, start]));
		return out.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
	};
	test('a few names (indexOf) and many names (one walk over the words) give the same occurrences', () => {
		const few = ['Alpha Beta', 'Gamma', 'delta', 'Beta'];
		const many = [...few, 'Alpha Beta Corp', ...acronyms(40)];
		assert.deepEqual(collect(few), byIndexOf(few));
		assert.deepEqual(collect(many), byIndexOf(many));
		assert.ok(collect(many).some(([name]) => name === 'Alpha Beta Corp'));
	});
});
