import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { AmountMention, DateMention } from '../../src/engine/types';
import { approximateAmount, formatAmount, formatDateValue, formatNumberFr, humanDate, plainTranslate, plainValue, THIN_SPACE } from '../../src/extension/model/format';

const S = THIN_SPACE;
const money = (value: number, unit = 'USD', extra: Partial<AmountMention> = {}): AmountMention => ({ kind: 'amount', sub: 'money', start: 0, end: 1, text: 'x', value, unit, ...extra });

test('numbers are grouped by thousands with narrow no-break spaces and use a decimal comma', () => {
	assert.equal(formatNumberFr(758500000), `758${S}500${S}000`);
	assert.equal(formatNumberFr(16.3), '16,3');
	assert.equal(formatNumberFr(999), '999');
	assert.equal(formatNumberFr(1000), `1${S}000`);
	assert.equal(formatNumberFr(-1234567.25), `-1${S}234${S}567,25`);
	assert.equal(formatNumberFr(0.1 + 0.2), '0,3');
	assert.equal(formatNumberFr(1e21), `1${S}000${S}000${S}000${S}000${S}000${S}000${S}000`);
	assert.equal(formatNumberFr(Number.NaN), 'NaN');
});

test('money: exact value with its ISO code, and a short approximate reading', () => {
	const m = money(758500000);
	assert.equal(formatAmount(m), `758${S}500${S}000 USD`);
	assert.equal(approximateAmount(m), '≈ 758,5\u00a0M$');
	assert.equal(approximateAmount(money(12.5e9, 'EUR')), '≈ 12,5\u00a0Md€');
	assert.equal(approximateAmount(money(600e6, 'CNY')), '≈ 600\u00a0M CNY');
	assert.equal(approximateAmount(money(2500, 'USD')), undefined, 'small sums need no approximation');
	assert.equal(plainValue(m), '758500000 USD');
});

test('percentages, quantities and ranges', () => {
	const pct: AmountMention = { kind: 'amount', sub: 'percent', start: 0, end: 1, text: '16,3 %', value: 16.3, unit: '%' };
	assert.equal(formatAmount(pct), '16,3\u00a0%');
	assert.equal(plainValue(pct), '16.3 %');
	const km: AmountMention = { kind: 'amount', sub: 'quantity', start: 0, end: 1, text: '3 245 km', value: 3245, unit: 'km' };
	assert.equal(formatAmount(km), `3${S}245 km`);
	const range: AmountMention = { ...money(3e6), min: 3e6, max: 5e6 };
	assert.equal(formatAmount(range), `3${S}000${S}000 – 5${S}000${S}000 USD`);
	assert.equal(plainValue(range), '3000000-5000000 USD');
});

test('dates: ISO value with the position in the period, and a French reading', () => {
	const end: DateMention = { kind: 'date', start: 0, end: 1, text: 'Fin octobre 2025', value: '2025-10', mod: 'end' };
	assert.equal(formatDateValue(end), '2025-10 (end)');
	const fr = (m: string) => ({ end: 'fin', start: 'début', middle: 'mi' })[m] ?? m;
	assert.equal(formatDateValue(end, fr), '2025-10 (fin)');
	assert.equal(humanDate('2025-10-16'), '16 octobre 2025');
	assert.equal(humanDate('2025-03-01'), '1er mars 2025');
	assert.equal(humanDate('XXXX-10-16'), '16 octobre');
	assert.equal(humanDate('2025-10'), 'octobre 2025');
	assert.equal(humanDate('198X'), 'années 1980');
	assert.equal(humanDate('XXXX-10-15/XXXX-10-18'), 'du 15 au 18 octobre');
	assert.equal(humanDate('2025-01/2025-10'), 'de janvier à octobre 2025');
	assert.equal(humanDate('2025-04/2025-08'), "d'avril à août 2025");
	assert.equal(humanDate('2021/2025'), 'de 2021 à 2025');
	assert.equal(humanDate('not a date'), undefined);
	assert.equal(humanDate('2025-13'), undefined);
	const inferred: DateMention = { kind: 'date', start: 0, end: 1, text: '16 octobre', value: 'XXXX-10-16', resolved: '2025-10-16' };
	assert.equal(plainValue(inferred), '2025-10-16');
});

test('plainTranslate substitutes numbered arguments once', () => {
	assert.equal(plainTranslate('{0} and {1}', 'a', 2), 'a and 2');
	assert.equal(plainTranslate('{0}', '{1}', 'no'), '{1}');
	assert.equal(plainTranslate('{3}', 'a'), '{3}');
});
