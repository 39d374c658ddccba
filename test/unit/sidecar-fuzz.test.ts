// Fuzz target for the sidecar loader (issue 14): sidecars drawn from the schema, then mutated at the
// byte level (truncation, bit flips, invalid UTF-8, huge numbers, deep nesting, prototype-pollution
// keys). The loader returns a sidecar that round-trips or throws SidecarError, nothing else, and never
// mutates its input. A fixed seed under CI=true (fastCheckSeed.ts).
import './fastCheckSeed';
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { SeedDecodeError } from '../../src/export/decode';
import { decodeSidecar, reviewSeed } from '../../src/pipeline/review';
import { parseSidecar, parseSidecarBytes, serializeSidecar, SidecarError, type Decision, type Sidecar } from '../../src/curation/sidecar';

const kind = fc.constantFrom('amount', 'date', 'organization');
const text = fc.string({ unit: 'binary', maxLength: 12 });
const anchor = fc.tuple(fc.nat({ max: 1_000_000 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), text, text).map(([start, exact, prefix, suffix]) => ({ start, end: start + exact.length, exact, prefix, suffix }));
const fact = fc.oneof(
	fc.record({ kind: fc.constant('amount' as const), sub: fc.constantFrom('money' as const, 'percent' as const, 'quantity' as const), value: fc.double({ noNaN: true, noDefaultInfinity: true }), unit: fc.option(text, { nil: undefined }) }, { requiredKeys: ['kind', 'sub', 'value'] }),
	fc.record({ kind: fc.constant('date' as const), value: fc.string({ maxLength: 10 }), mod: fc.option(fc.constantFrom('start' as const, 'mid' as const, 'end' as const), { nil: undefined }) }, { requiredKeys: ['kind', 'value'] }),
	fc.record({ kind: fc.constant('organization' as const), canonical: fc.option(text, { nil: undefined }) }, { requiredKeys: ['kind'] }),
);
const decision = fc
	.record({ action: fc.constantFrom('accept', 'reject', 'correct', 'add', 'note'), target: kind, anchor, fact, note: fc.option(text, { nil: undefined }), at: fc.option(fc.constant('2025-11-20T10:00:00.000Z'), { nil: undefined }) })
	.map((r) => {
		const d: Decision = { id: '', action: r.action as Decision['action'], anchor: r.anchor };
		if (r.action !== 'add') d.target = r.target as Decision['target'];
		if (r.action === 'accept' || r.action === 'correct' || r.action === 'add') d.fact = r.fact as Decision['fact'];
		if (r.note !== undefined || r.action === 'note') d.note = r.note ?? 'n';
		if (r.at !== undefined) d.at = r.at;
		return d;
	});
const sidecar = fc.array(decision, { maxLength: 6 }).map((ds): Sidecar => ({ version: 1, text: 'a.txt', decisions: ds.map((d, i) => ({ ...d, id: `d${i}` })) }));

const encode = (s: string) => new TextEncoder().encode(s);

/** Byte-level mutations of a valid sidecar's bytes. */
const INVALID_UTF8 = [[0xc0, 0x80], [0xff], [0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3]];
function splice(bytes: Uint8Array, at: number, remove: number, insert: ArrayLike<number>): Uint8Array {
	const p = Math.min(at, bytes.length);
	const out = new Uint8Array(bytes.length - Math.min(remove, bytes.length - p) + insert.length);
	out.set(bytes.subarray(0, p));
	out.set(Array.from(insert), p);
	out.set(bytes.subarray(p + remove), p + insert.length);
	return out;
}
const mutation = fc.oneof(
	fc.nat().map((n) => (b: Uint8Array) => b.slice(0, n % (b.length + 1))),
	fc.tuple(fc.nat(), fc.nat({ max: 7 })).map(([n, bit]) => (b: Uint8Array) => {
		const c = b.slice();
		if (c.length) c[n % c.length] ^= 1 << bit;
		return c;
	}),
	fc.tuple(fc.nat(), fc.constantFrom(...INVALID_UTF8)).map(([n, seq]) => (b: Uint8Array) => splice(b, n % (b.length + 1), 0, seq)),
	fc.constantFrom('1e309', '-1e309', '123456789012345678901234567890', '9007199254740993', '1e-400', '-0').map((num) => (b: Uint8Array) => encode(new TextDecoder().decode(b).replace(/(?<=[:,[]\s*)-?\d+(\.\d+)?(e[+-]?\d+)?/i, num))),
	fc.nat({ max: 5_000 }).map((depth) => (b: Uint8Array) => encode(new TextDecoder().decode(b).replace(/"text": /, `"text": ${'['.repeat(depth)}${']'.repeat(depth)}, "x": `))),
	fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString').map((key) => (b: Uint8Array) => encode(new TextDecoder().decode(b).replace(/\{/g, (m, i: number) => (i % 3 === 0 ? `{"${key}": {"polluted": true, "version": 2}, ` : m)).replace(/, \}/g, '}'))),
	fc.uint8Array({ maxLength: 64 }).map((junk) => (b: Uint8Array) => splice(b, b.length >> 1, junk.length >> 2, junk)),
);

function check(bytes: Uint8Array): void {
	const copy = bytes.slice();
	let parsed: Sidecar | undefined;
	try {
		parsed = parseSidecarBytes(bytes);
	} catch (e) {
		assert.ok(e instanceof SidecarError, `only SidecarError may escape, got ${(e as Error)?.name}: ${(e as Error)?.message}`);
		assert.ok(e.message.length > 0 && e.message.length < 2000, 'a readable message');
	}
	assert.deepEqual(bytes, copy, 'the input is not mutated');
	assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype is untouched');
	if (parsed) {
		const again = serializeSidecar(parsed);
		assert.equal(serializeSidecar(parseSidecar(again)), again, 'what loads round-trips');
		for (const d of parsed.decisions) assert.ok(Number.isSafeInteger(d.anchor.start) && Number.isSafeInteger(d.anchor.end), 'offsets are safe integers');
	}
}

test('sidecars drawn from the schema load and round-trip', () => {
	fc.assert(
		fc.property(sidecar, (s) => {
			const bytes = encode(serializeSidecar(s));
			const loaded = parseSidecarBytes(bytes);
			assert.equal(serializeSidecar(loaded), serializeSidecar(s));
			check(bytes);
		}),
		{ numRuns: 300 },
	);
});

test('mutated sidecars: a sidecar or SidecarError, never another error, input untouched', () => {
	fc.assert(
		fc.property(sidecar, fc.array(mutation, { minLength: 1, maxLength: 3 }), (s, mutations) => {
			let bytes: Uint8Array = encode(serializeSidecar(s));
			for (const m of mutations) bytes = m(bytes);
			check(bytes);
		}),
		{ numRuns: 400 },
	);
});

test('invalid UTF-8 is reported like a seed\'s: the byte offset of the first bad sequence', () => {
	const good = encode(serializeSidecar({ version: 1, decisions: [] }));
	const bad = splice(good, 5, 0, [0xc3, 0x28]);
	assert.throws(() => parseSidecarBytes(bad), (e: unknown) => e instanceof SidecarError && e.reason === 'encoding' && /invalid UTF-8 at byte 5/.test(e.message));
	// A BOM is fine; an oversized file is refused before decoding.
	assert.equal(parseSidecarBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...good])).version, 1);
	assert.throws(() => parseSidecarBytes(good, 10), (e: unknown) => e instanceof SidecarError && e.reason === 'size');
});

test('hand-made hostile sidecars', () => {
	const hostile = [
		'{"version": 1, "decisions": [], "__proto__": {"polluted": true}}',
		'{"__proto__": {"version": 1, "decisions": []}}',
		'{"version": 1, "decisions": [{"id": "a", "action": "reject", "target": "date", "anchor": {"start": 9007199254740990, "end": 9007199254740994, "exact": "abcd", "prefix": "", "suffix": ""}}]}',
		'{"version": 1, "decisions": [{"id": "a", "action": "reject", "target": "date", "anchor": {"start": 1e400, "end": 1e400, "exact": "", "prefix": "", "suffix": ""}}]}',
		`{"version": 1, "decisions": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
		`${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
		'{"version": 1e999, "decisions": []}',
		'',
		'\uFEFF',
		'null',
		'[]',
		'"version"',
	];
	for (const h of hostile) check(encode(h));
});

test('the seed pipeline reports invalid UTF-8 in a review file like in a seed: the byte offset (CLI and extension path)', () => {
	const bad = new Uint8Array([...encode('{"version": 1, '), 0xff, ...encode('"decisions": []}')]);
	assert.throws(() => decodeSidecar(bad), (e: unknown) => e instanceof SeedDecodeError && /invalid UTF-8 at byte 15/.test(e.message));
	assert.throws(() => parseSidecarBytes(bad), (e: unknown) => e instanceof SidecarError && e.reason === 'encoding');
	const good = encode(serializeSidecar({ version: 1, decisions: [] }));
	assert.deepEqual(reviewSeed('Texte.', decodeSidecar(good)).orphans, []);
});
