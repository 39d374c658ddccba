import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Mention } from '../../src/engine/types';
import { accept, addManual, clearDecision, correct, reject, setNote, type ActionContext } from '../../src/curation/actions';
import { locate, makeAnchor, reanchor, shiftDecisions } from '../../src/curation/anchor';
import { applyDecisions, exportable, reviewProgress } from '../../src/curation/apply';
import { CurationHistory } from '../../src/curation/history';
import { emptySidecar, parseSidecar, serializeSidecar, SidecarError, type Decision, type Sidecar } from '../../src/curation/sidecar';
import { isDateValue, parseAmountInput, parseAmountValue, suggestFact } from '../../src/curation/suggest';
import type { ReviewedMention } from '../../src/curation/types';

const TEXT = [
	'Hanoï, 12 novembre 2025 (VNA) - Fin octobre 2025, le Comité populaire de Hanoï a approuvé 228 projets.',
	"L'Organisation de coopération et de développement économiques (OCDE) prévoit une croissance de 6,5 %.",
	'Le montant total atteint 758,5 millions de dollars américains, selon le ministère des Finances.',
	'',
].join('\n');

/** The engine's output for TEXT, fixed here so that these tests do not move with the engine. */
function at(text: string, quote: string, from = 0): { start: number; end: number; text: string } {
	const start = text.indexOf(quote, from);
	return { start, end: start + quote.length, text: quote };
}
function machineOf(text: string): Mention[] {
	const out: Mention[] = [
		{ ...at(text, '12 novembre 2025'), kind: 'date', value: '2025-11-12' },
		{ ...at(text, 'VNA'), kind: 'organization', canonical: 'VNA' },
		{ ...at(text, 'Fin octobre 2025'), kind: 'date', value: '2025-10', mod: 'end' },
		{ ...at(text, 'Comité populaire de Hanoï'), kind: 'organization', canonical: 'Comité populaire de Hanoï' },
		{ ...at(text, '228'), kind: 'amount', sub: 'quantity', value: 228, unit: 'projets' },
		{ ...at(text, 'Organisation de coopération et de développement économiques'), kind: 'organization', canonical: 'Organisation de coopération et de développement économiques', acronym: 'OCDE' },
		{ ...at(text, 'OCDE'), kind: 'organization', canonical: 'Organisation de coopération et de développement économiques', longForm: 'Organisation de coopération et de développement économiques' },
		{ ...at(text, '6,5 %'), kind: 'amount', sub: 'percent', value: 6.5, unit: '%' },
		{ ...at(text, '758,5 millions de dollars'), kind: 'amount', sub: 'money', value: 758.5e6, unit: 'USD' },
		{ ...at(text, 'ministère des Finances'), kind: 'organization', canonical: 'ministère des Finances' },
	];
	return out.filter((m) => m.start >= 0).sort((a, b) => a.start - b.start);
}
const extract = machineOf;

let counter = 0;
const ctx = (text = TEXT): ActionContext => ({ text, newId: () => `id${++counter}`, now: () => '2025-11-20T10:00:00.000Z' });

function view(text: string, decisions: readonly Decision[], machine: readonly Mention[] = extract(text)) {
	return applyDecisions(text, machine, decisions);
}
function find(mentions: readonly ReviewedMention[], text: string, kind?: string): ReviewedMention {
	const m = mentions.find((x) => x.text === text && (!kind || x.kind === kind));
	assert.ok(m, `no mention «${text}» in ${mentions.map((x) => x.text).join(' | ')}`);
	return m;
}

describe('sidecar: parse, validate, serialize', () => {
	const valid: Sidecar = {
		version: 1,
		text: 'a.txt',
		decisions: [
			{ id: 'b2', action: 'reject', target: 'organization', anchor: { start: 30, end: 34, exact: 'OCDE', prefix: 'x (', suffix: ') y' } },
			{ id: 'a1', action: 'accept', target: 'amount', anchor: { start: 10, end: 16, exact: '6,5 %', prefix: 'de ', suffix: '.' }, fact: { kind: 'amount', sub: 'percent', value: 6.5, unit: '%' }, note: 'vérifié\n"ok"' },
		],
	};
	// The anchor must be consistent: exact's length equals end - start.
	valid.decisions[1].anchor.end = 15;

	test('round-trips and orders decisions by position, one decision per line', () => {
		const text = serializeSidecar(valid);
		const lines = text.split('\n');
		assert.equal(lines[0], '{');
		assert.equal(lines[1], '\t"version": 1,');
		assert.match(lines[4], /^\t\t\{"id": "a1", "action": "accept", "target": "amount", "anchor": \{"start": 10, /);
		assert.match(lines[5], /^\t\t\{"id": "b2", "action": "reject"/);
		assert.equal(text.endsWith('}\n'), true);
		// A note with a line break stays on its decision's line.
		assert.equal(lines.length, 9);
		const back = parseSidecar(text);
		assert.deepEqual(back.decisions.map((d) => d.id), ['a1', 'b2']);
		assert.equal(serializeSidecar(back), text);
	});

	test('serialization is stable: key order and decision order do not depend on input order', () => {
		const shuffled: Sidecar = {
			decisions: [...valid.decisions].reverse().map((d) => Object.fromEntries(Object.entries(d).reverse()) as unknown as Decision),
			text: 'a.txt',
			version: 1,
		};
		assert.equal(serializeSidecar(shuffled), serializeSidecar(valid));
	});

	test('empty sidecar', () => {
		const text = serializeSidecar(emptySidecar('a.txt'));
		assert.equal(text, '{\n\t"version": 1,\n\t"text": "a.txt",\n\t"decisions": []\n}\n');
		assert.deepEqual(parseSidecar(text).decisions, []);
	});

	test('accepts a byte-order mark', () => {
		assert.equal(parseSidecar('\ufeff' + serializeSidecar(valid)).decisions.length, 2);
	});

	const corrupt: [string, string, SidecarError['reason'], RegExp][] = [
		['invalid JSON', '{"version": 1, "decisions": [', 'json', /not valid JSON/],
		['a newer version', '{"version": 2, "decisions": []}', 'version', /format version 2.*reads version 1.*newer/],
		['no version', '{"decisions": []}', 'schema', /"version" is missing/],
		['an array', '[]', 'schema', /must be object/],
		['unknown action', '{"version":1,"decisions":[{"id":"x","action":"approve","target":"date","anchor":{"start":0,"end":1,"exact":"a","prefix":"","suffix":""}}]}', 'schema', /decision 1 \(id x\), field "action": must be one of "accept"/],
		['accept without fact', '{"version":1,"decisions":[{"id":"x","action":"accept","target":"date","anchor":{"start":0,"end":1,"exact":"a","prefix":"","suffix":""}}]}', 'schema', /"fact" is missing/],
		['amount with a string value', '{"version":1,"decisions":[{"id":"x","action":"add","anchor":{"start":0,"end":1,"exact":"a","prefix":"","suffix":""},"fact":{"kind":"amount","sub":"money","value":"12"}}]}', 'schema', /field "fact.value": must be number/],
		['unknown field', '{"version":1,"decisions":[],"extra":true}', 'schema', /unknown field "extra"/],
		['anchor length mismatch', '{"version":1,"decisions":[{"id":"x","action":"reject","target":"date","anchor":{"start":0,"end":3,"exact":"a","prefix":"","suffix":""}}]}', 'invalid', /quote «a» is 1 characters long but its offsets span 3/],
		['duplicate ids', '{"version":1,"decisions":[{"id":"x","action":"reject","target":"date","anchor":{"start":0,"end":1,"exact":"a","prefix":"","suffix":""}},{"id":"x","action":"reject","target":"date","anchor":{"start":2,"end":3,"exact":"b","prefix":"","suffix":""}}]}', 'invalid', /id is used twice/],
	];
	for (const [name, json, reason, message] of corrupt) {
		test(`rejects ${name} with a readable SidecarError`, () => {
			assert.throws(
				() => parseSidecar(json),
				(e: unknown) => e instanceof SidecarError && e.reason === reason && message.test(e.message),
			);
		});
	}
});

describe('apply decisions', () => {
	const machine = extract(TEXT);
	test('without decisions every mention is the machine’s', () => {
		const r = view(TEXT, []);
		assert.equal(r.mentions.length, machine.length);
		assert.ok(r.mentions.every((m) => m.status === 'machine'));
		assert.deepEqual(reviewProgress(r.mentions).reviewed, 0);
	});

	test('accept, reject, correct, note and add produce statuses; rejected stay in the list', () => {
		let list: Decision[] = [];
		let r = view(TEXT, list);
		list = accept(list, ctx(), find(r.mentions, 'OCDE'));
		list = reject(list, ctx(), find(r.mentions, 'Fin octobre 2025'));
		list = correct(list, ctx(), find(r.mentions, '6,5 %'), { kind: 'amount', sub: 'percent', value: 6.4, unit: '%' });
		list = setNote(list, ctx(), find(r.mentions, '228'), 'projets approuvés');
		const start = TEXT.indexOf('VNA');
		list = addManual(list, ctx(), start, start + 3, { kind: 'organization', canonical: 'Agence vietnamienne d’information' });
		r = view(TEXT, list);
		assert.equal(find(r.mentions, 'OCDE').status, 'accepted');
		assert.equal(find(r.mentions, 'Fin octobre 2025').status, 'rejected');
		const corrected = find(r.mentions, '6,5 %');
		assert.equal(corrected.status, 'corrected');
		assert.equal(corrected.kind === 'amount' && corrected.value, 6.4);
		const noted = find(r.mentions, '228');
		assert.equal(noted.status, 'machine');
		assert.equal(noted.note, 'projets approuvés');
		const manual = find(r.mentions, 'VNA');
		assert.equal(manual.status, 'manual');
		assert.equal(manual.kind === 'organization' && manual.canonical, 'Agence vietnamienne d’information');
		assert.equal(manual.text, TEXT.slice(manual.start, manual.end));
		const p = reviewProgress(r.mentions);
		assert.equal(p.reviewed, 4);
		assert.equal(p.total, r.mentions.length);
		assert.equal(exportable(r.mentions).some((m) => m.status === 'rejected'), false);
		assert.equal(exportable(r.mentions, true).length, r.mentions.length);
		assert.deepEqual(r.orphans, []);
	});

	test('change kind keeps the span and the original target', () => {
		let list: Decision[] = [];
		const m = find(view(TEXT, list).mentions, '228');
		list = correct(list, ctx(), m, { kind: 'date', value: 'XXXX' });
		const d = list[0];
		assert.equal(d.action, 'correct');
		assert.equal(d.target, 'amount');
		const after = view(TEXT, list).mentions.filter((x) => x.text === '228');
		assert.equal(after.length, 1);
		assert.equal(after[0].kind, 'date');
		assert.equal(after[0].status, 'corrected');
	});

	test('redeciding keeps the id and the note; rejecting a manual mention deletes it; clear forgets', () => {
		let list: Decision[] = [];
		list = setNote(list, ctx(), find(view(TEXT, list).mentions, 'OCDE'), 'à vérifier');
		const id = list[0].id;
		list = reject(list, ctx(), find(view(TEXT, list).mentions, 'OCDE'));
		assert.equal(list.length, 1);
		assert.equal(list[0].id, id);
		assert.equal(list[0].action, 'reject');
		assert.equal(list[0].note, 'à vérifier');
		list = accept(list, ctx(), find(view(TEXT, list).mentions, 'OCDE'));
		assert.equal(list[0].action, 'accept');
		list = clearDecision(list, find(view(TEXT, list).mentions, 'OCDE'));
		assert.deepEqual(list, []);
		const s = TEXT.indexOf('Hanoï,');
		list = addManual(list, ctx(), s, s + 5, { kind: 'organization', canonical: 'Hanoï' });
		list = reject(list, ctx(), find(view(TEXT, list).mentions, 'Hanoï', 'organization'));
		assert.deepEqual(list, []);
	});

	test('a manual mention hides the machine’s overlapping mention of the same kind', () => {
		const s = TEXT.indexOf('758,5');
		const e = TEXT.indexOf(', selon');
		const list = addManual([], ctx(), s, e, { kind: 'amount', sub: 'money', value: 758.5e6, unit: 'USD' });
		const amounts = view(TEXT, list).mentions.filter((m) => m.kind === 'amount' && m.start < e && s < m.end);
		assert.equal(amounts.length, 1);
		assert.equal(amounts[0].status, 'manual');
	});

	test('accepted facts survive an engine that changes its mind', () => {
		const list = accept([], ctx(), find(view(TEXT, []).mentions, '6,5 %'));
		const upgraded = machine.map((m) => (m.text === '6,5 %' && m.kind === 'amount' ? { ...m, value: 65 } : m));
		const m = find(view(TEXT, list, upgraded).mentions, '6,5 %');
		assert.equal(m.status, 'accepted');
		assert.equal(m.kind === 'amount' && m.value, 6.5);
	});

	test('an accepted mention the engine no longer finds stays; a rejection with nothing to reject is moot; a note loses its mention', () => {
		let list: Decision[] = [];
		const r0 = view(TEXT, list).mentions;
		list = accept(list, ctx(), find(r0, 'OCDE'));
		list = reject(list, ctx(), find(r0, '228'));
		list = setNote(list, ctx(), find(r0, 'Fin octobre 2025'), 'fin de mois');
		const r = view(TEXT, list, []);
		assert.deepEqual(r.mentions.map((m) => [m.text, m.status]), [['OCDE', 'accepted']]);
		assert.deepEqual(r.orphans.map((o) => [o.decision.note, o.reason]), [['fin de mois', 'mention-gone']]);
	});
});

describe('re-anchoring', () => {
	function decideAll(): Decision[] {
		let list: Decision[] = [];
		const r = view(TEXT, list).mentions;
		list = accept(list, ctx(), find(r, 'OCDE'));
		list = reject(list, ctx(), find(r, 'Fin octobre 2025'));
		list = correct(list, ctx(), find(r, '758,5 millions de dollars'), { kind: 'amount', sub: 'money', value: 758.5e6, unit: 'USD', qualifier: 'environ' });
		return list;
	}
	function statusOf(text: string, list: Decision[]) {
		const r = view(text, list);
		return { r, byText: Object.fromEntries(r.mentions.filter((m) => m.status !== 'machine').map((m) => [m.text, m.status])) };
	}
	const expected = { OCDE: 'accepted', 'Fin octobre 2025': 'rejected', '758,5 millions de dollars': 'corrected' };

	test('after an insertion before the mentions', () => {
		const text = 'Titre ajouté en tête du document.\n\n' + TEXT;
		const { r, byText } = statusOf(text, decideAll());
		assert.deepEqual(byText, expected);
		assert.equal(r.moved, true);
		for (const d of r.decisions) assert.equal(text.slice(d.anchor.start, d.anchor.end), d.anchor.exact);
		assert.ok([...r.methods.values()].every((m) => m === 'context'));
	});

	test('after a deletion before the mentions', () => {
		const text = TEXT.replace('Hanoï, 12 novembre 2025 (VNA) - ', '');
		const { r, byText } = statusOf(text, decideAll());
		assert.deepEqual(byText, expected);
		assert.deepEqual(r.orphans, []);
	});

	test('after moving paragraphs', () => {
		const [a, b, c] = TEXT.split('\n');
		const text = [c, a, b, ''].join('\n');
		const { byText, r } = statusOf(text, decideAll());
		assert.deepEqual(byText, expected);
		assert.deepEqual(r.orphans, []);
	});

	test('a deleted quote is orphaned, never dropped', () => {
		const list = decideAll();
		const text = TEXT.replace(' (OCDE)', '');
		const { r, byText } = statusOf(text, list);
		assert.deepEqual(byText, { 'Fin octobre 2025': 'rejected', '758,5 millions de dollars': 'corrected' });
		assert.equal(r.orphans.length, 1);
		assert.equal(r.orphans[0].reason, 'not-found');
		assert.equal(r.orphans[0].decision.anchor.exact, 'OCDE');
		assert.equal(r.decisions.length, list.length);
	});

	test('an edited quote is orphaned', () => {
		const { r } = statusOf(TEXT.replace('758,5', '758,6'), decideAll());
		assert.deepEqual(r.orphans.map((o) => [o.decision.anchor.exact, o.reason]), [['758,5 millions de dollars', 'not-found']]);
	});

	test('a repeated quote: context decides; offsets first; ambiguous when nothing tells', () => {
		const text = 'En 2024, A. Puis en 2024, B. Enfin en 2024, C.';
		const second = text.indexOf('2024', 10);
		const anchor = makeAnchor(text, second, second + 4);
		assert.deepEqual(locate(text, anchor), { start: second, end: second + 4, method: 'offsets' });
		const inserted = 'Préambule. ' + text;
		assert.deepEqual(locate(inserted, anchor), { start: second + 11, end: second + 15, method: 'context' });
		const noContext = { ...anchor, start: 0, end: 4, prefix: 'zzzz', suffix: 'zzzz' };
		assert.deepEqual(locate(text, noContext), { orphan: 'ambiguous' });
		assert.deepEqual(locate('Rien ici.', anchor), { orphan: 'not-found' });
	});

	test('a unique quote is found even when its context changed', () => {
		const anchor = makeAnchor(TEXT, TEXT.indexOf('OCDE'), TEXT.indexOf('OCDE') + 4);
		const text = 'Tout autre texte, où l’OCDE apparaît une fois.';
		assert.deepEqual(locate(text, anchor), { start: text.indexOf('OCDE'), end: text.indexOf('OCDE') + 4, method: 'quote' });
	});

	test('a duplicated paragraph: the copy nearest the old place wins', () => {
		const [a] = TEXT.split('\n');
		const s = TEXT.indexOf('228');
		const anchor = makeAnchor(TEXT, s, s + 3);
		const text = `${a}\n${a}\n`;
		const at = locate(text, anchor);
		assert.ok(!('orphan' in at) && at.start === s);
	});

	test('shiftDecisions moves offsets through editor changes so they are found at their offsets', () => {
		const list = decideAll();
		// Insert 5 characters at the start of line 2 and delete 3 in line 1 (before all but "Fin octobre" ... all anchors after).
		const l2 = TEXT.indexOf("L'Organisation");
		const text = TEXT.slice(0, 0) + TEXT.slice(3, l2) + 'XXXXX' + TEXT.slice(l2);
		const shifted = shiftDecisions(list, [
			{ start: 0, end: 3, length: 0 },
			{ start: l2, end: l2, length: 5 },
		]);
		for (const d of shifted) assert.equal(text.slice(d.anchor.start, d.anchor.end), d.anchor.exact);
		const r = reanchor(text, shifted);
		assert.deepEqual(r.orphans, []);
		assert.ok(r.placed.every((p) => p.method === 'offsets' || p.method === 'context'));
	});

	test('property: decisions survive random insertions away from their quotes', () => {
		const list = decideAll();
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.nat(TEXT.length), fc.string({ maxLength: 12 })), { maxLength: 6 }), (edits) => {
				let text = TEXT;
				for (const [at, ins] of edits) {
					// Insert only between paragraphs or at sentence ends, never inside a quote.
					const nl = text.indexOf('\n', Math.min(at, text.length));
					const pos = nl < 0 ? text.length : nl;
					text = text.slice(0, pos) + ins.replace(/OCDE|Fin octobre 2025|758/g, '') + text.slice(pos);
				}
				const r = reanchor(text, list);
				assert.deepEqual(r.orphans, []);
				for (const p of r.placed) assert.equal(text.slice(p.decision.anchor.start, p.decision.anchor.end), p.decision.anchor.exact);
			}),
			{ numRuns: 200 },
		);
	});
});

describe('undo history', () => {
	test('undo restores the list before, redo the list after; a new action clears redo', () => {
		const h = new CurationHistory(3);
		const s0: Decision[] = [];
		const s1 = accept(s0, ctx(), find(view(TEXT, s0).mentions, 'OCDE'));
		const s2 = reject(s1, ctx(), find(view(TEXT, s1).mentions, '228'));
		h.record('accept «OCDE»', s0, s1);
		h.record('reject «228»', s1, s2);
		assert.equal(h.nextUndo, 'reject «228»');
		assert.equal(h.undo()?.before, s1);
		assert.equal(h.undo()?.before, s0);
		assert.equal(h.undo(), undefined);
		assert.equal(h.redo()?.after, s1);
		h.record('again', s1, s2);
		assert.equal(h.canRedo, false);
		h.record('3', s2, s2);
		h.record('4', s2, s2);
		h.record('5', s2, s2);
		let n = 0;
		while (h.undo()) n++;
		assert.equal(n, 3);
	});
});

describe('values for hand-marked mentions', () => {
	const machine = extract(TEXT);
	test('the engine’s mention of the selection, or inside it, or of the selection alone', () => {
		const s = TEXT.indexOf('758,5');
		const e = s + '758,5 millions de dollars'.length;
		assert.deepEqual(suggestFact(TEXT, s, e, 'amount', machine), { kind: 'amount', sub: 'money', value: 758.5e6, unit: 'USD' });
		const wide = TEXT.indexOf('total');
		assert.equal(suggestFact(TEXT, wide, TEXT.indexOf(', selon'), 'amount', machine)?.value, 758.5e6);
		const engine = (t: string): Mention[] => [{ start: 0, end: 4, text: t.slice(0, 4), kind: 'amount', sub: 'quantity', value: 300, unit: 'km' }];
		assert.deepEqual(suggestFact('trois cents kilomètres', 0, 22, 'amount', [], engine), { kind: 'amount', sub: 'quantity', value: 300, unit: 'km' });
		assert.deepEqual(suggestFact(TEXT, 0, 5, 'organization', machine), { kind: 'organization', canonical: 'Hanoï' });
		assert.equal(suggestFact(TEXT, 0, 5, 'amount', machine, () => []), undefined);
	});
	test('typed values', () => {
		assert.equal(parseAmountValue('758,5'), 758.5);
		assert.equal(parseAmountValue('3 245'), 3245);
		assert.equal(parseAmountValue('6.500'), 6500);
		assert.equal(parseAmountValue('1.5'), 1.5);
		assert.equal(parseAmountValue('758500000'), 758500000);
		assert.equal(parseAmountValue('abc'), undefined);
		assert.equal(parseAmountValue(''), undefined);
		for (const v of ['2025-10-16', 'XXXX-10-16', '2025-10', '2021/2025', 'XXXX-10-15/XXXX-10-18', '198X', '2025']) assert.ok(isDateValue(v), v);
		for (const v of ['octobre', '2025-1', '20251016', '']) assert.ok(!isDateValue(v), v);
	});
});

describe('typed amounts with units', () => {
	test('number and unit', () => {
		assert.deepEqual(parseAmountInput('758500000 USD'), { value: 758500000, unit: 'USD' });
		assert.deepEqual(parseAmountInput('6,4 %'), { value: 6.4, unit: '%' });
		assert.deepEqual(parseAmountInput('3 245 km'), { value: 3245, unit: 'km' });
		assert.deepEqual(parseAmountInput(' 12 '), { value: 12 });
		assert.deepEqual(parseAmountInput('1.5e6 EUR'), { value: 1.5e6, unit: 'EUR' });
		assert.equal(parseAmountInput('USD'), undefined);
		assert.equal(parseAmountInput(''), undefined);
	});
});

describe('schema messages', () => {
	test('a decision without an action says so first', () => {
		assert.throws(
			() => parseSidecar('{"version": 1, "decisions": [{"id": "x"}]}'),
			(e: unknown) => e instanceof SidecarError && /^The review file does not follow the sidecar schema: decision 1 \(id x\): "action" is missing \(and 1 more\)\.$/.test(e.message) && e.details.length === 2,
		);
	});
});
