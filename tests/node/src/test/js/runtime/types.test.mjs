// Every ABI type round-trips through the generated abifixture bindings on real Node.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadFixture } from './fixture.mjs';

let m;
before(async () => {
  ({ m } = await loadFixture());
});

const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;

test('boolean', () => {
  assert.equal(m.notBool(true), false);
  assert.equal(m.notBool(false), true);
});

test('int wraps as Java does, and a real Integer.MIN_VALUE is not an error', () => {
  assert.equal(m.addInt(2, 3), 5);
  assert.equal(m.addInt(2147483647, 1), -2147483648);
  assert.equal(m.addInt(-2147483648, 0), -2147483648);
  assert.equal(m.minInt(), -2147483648);
});

test('long extremes as BigInt, all 64 bits', () => {
  assert.equal(m.addLong(LONG_MAX, 0n), LONG_MAX);
  assert.equal(m.addLong(LONG_MAX, 1n), LONG_MIN, 'wraps to Long.MIN_VALUE, the sentinel, without an error');
  assert.equal(m.addLong(LONG_MIN, 0n), LONG_MIN);
  assert.equal(m.addLong(-1n, -1n), -2n);
  assert.equal(m.addLong(0x123456789abcdefn, 0x1000000000000000n), 0x123456789abcdefn + 0x1000000000000000n);
  assert.equal(m.addLong(5, 6), 11n, 'safe-integer numbers are accepted, results are bigint');
});

test('float is rounded to 32 bits', () => {
  assert.equal(m.halfFloat(3), 1.5);
  assert.equal(m.halfFloat(0.1), Math.fround(Math.fround(0.1) / 2));
  assert.ok(Number.isNaN(m.halfFloat(NaN)));
  assert.equal(m.halfFloat(Infinity), Infinity);
  assert.ok(Object.is(m.halfFloat(-0), -0));
});

test('double: NaN, -0.0, infinities, extremes', () => {
  for (const x of [0, 1.5, -2.25, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, Infinity, -Infinity]) {
    assert.equal(m.echoDouble(x), x);
  }
  assert.ok(Object.is(m.echoDouble(-0), -0));
  assert.ok(Number.isNaN(m.echoDouble(NaN)), 'a real NaN result is not an error');
  assert.ok(Number.isNaN(m.nan()));
});

test('strings: emoji, embedded NUL, non-BMP, empty, 1 MB', () => {
  for (const s of ['', 'a', 'h\u20acllo', '😀', 'a\u0000b', '\u0000', 'ß→SS', '𝄞 music', 'ÿ'.repeat(1000)]) {
    assert.equal(m.echoString(s), s);
  }
  assert.equal(m.reverse('abc'), 'cba');
  assert.equal(m.javaLength('😀'), 2, 'Java counts UTF-16 units');
  assert.equal(m.javaLength('a\u0000b'), 3);
  const big = 'é😀x'.repeat(1 << 18);
  assert.equal(m.echoString(big), big);
  assert.equal(m.javaLength(big), big.length);
});

// Found here: the JDK's StringBuilder.reverse keeps surrogate pairs whole, TeaVM's splits them
// (the module then sends each lone surrogate as '?', as docs/abi.md says). Reported, not hidden.
test('StringBuilder.reverse keeps surrogate pairs (JDK behaviour)', { todo: 'TeaVM 0.13.1 StringBuilder.reverse splits surrogate pairs' }, () => {
  assert.equal(m.reverse('ab😀c'), 'c😀ba');
});

test('a lone surrogate made by Java arrives as ?', () => {
  assert.equal(m.reverse('😀'), '??');
});

test('nullable string parameter', () => {
  assert.equal(m.describe(null), 'null');
  assert.equal(m.describe(undefined), 'null');
  assert.equal(m.describe('x'), '<x>');
});

test('byte[]: typed arrays, plain arrays, ArrayBuffer, empty', () => {
  const all = new Uint8Array(256).map((_, i) => i);
  assert.deepEqual(m.echoBytes(all), all);
  assert.deepEqual(m.echoBytes(new Int8Array([-1, -128, 127])), new Uint8Array([255, 128, 127]));
  assert.deepEqual(m.echoBytes([1, 2, -1]), new Uint8Array([1, 2, 255]));
  assert.deepEqual(m.echoBytes(new Uint8Array([9, 8]).buffer), new Uint8Array([9, 8]));
  assert.deepEqual(m.echoBytes(new Uint8Array(0)), new Uint8Array(0));
  const offset = new Uint8Array([0, 1, 2, 3, 4, 5]).subarray(1, 4);
  assert.deepEqual(m.echoBytes(offset), new Uint8Array([1, 2, 3]), 'a subarray view copies only its bytes');
});

test('int[], long[], float[], double[] with extremes', () => {
  assert.deepEqual(m.incInts(new Int32Array([0, -1, 2147483647])), new Int32Array([1, 0, -2147483648]));
  assert.deepEqual(m.incInts([1, 2, 3]), new Int32Array([2, 3, 4]));
  assert.deepEqual(m.incInts([]), new Int32Array(0));
  assert.deepEqual(m.negLongs(new BigInt64Array([1n, LONG_MAX, LONG_MIN, 0n])), new BigInt64Array([-1n, -LONG_MAX, LONG_MIN, 0n]));
  assert.deepEqual(m.negLongs([5n, 7]), new BigInt64Array([-5n, -7n]));
  assert.deepEqual(m.twiceFloats([1.5, -0.25, Infinity]), new Float32Array([3, -0.5, Infinity]));
  const ds = new Float64Array([NaN, -0, 0, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE, 1 / 3]);
  const back = m.echoDoubles(ds);
  assert.ok(back instanceof Float64Array);
  assert.equal(back.length, ds.length);
  for (let i = 0; i < ds.length; i++) assert.ok(Object.is(back[i], ds[i]), `element ${i}`);
  assert.deepEqual(m.echoDoubles([]), new Float64Array(0));
  assert.equal(m.sum([0.5, 0.25, 0.125]), 0.875);
  assert.ok(Number.isNaN(m.sum([1, NaN])), 'a NaN result of a real computation is not an error');
});

test('arrays at unaligned offsets and of large sizes', () => {
  const backing = new Float64Array(1001);
  for (let i = 0; i < backing.length; i++) backing[i] = i * 1.25;
  const view = backing.subarray(1);
  assert.deepEqual(m.echoDoubles(view), view);
  const r = m.range(100000);
  assert.equal(r.length, 100000);
  assert.equal(r[99999], 99999);
});

test('nullable array result', () => {
  assert.equal(m.maybeNull(true), null);
  assert.deepEqual(m.maybeNull(false), new Float64Array(0));
});

test('String[]: nulls, empty strings, emoji, empty array', () => {
  assert.deepEqual(m.upperAll(['a', null, '', 'ß', '😀x']), ['A', null, '', 'SS', '😀X']);
  assert.deepEqual(m.upperAll([]), []);
  assert.deepEqual(m.splitOn('a,b,,c', ','), ['a', 'b', '', 'c']);
  assert.deepEqual(m.splitOn('a\u0000b', '\u0000'), ['a', 'b']);
});

test('boxed parameters and results', () => {
  assert.equal(m.boxedInc(41), 42);
  assert.equal(m.boxedInc(null), null);
  assert.equal(m.boxedInc(-2147483648), -2147483647);
  assert.equal(m.boxedMix(true, 5n, 1.5, -2.5), 'true,5,1.5,-2.5');
  assert.equal(m.boxedMix(null, null, null, null), 'null,null,null,null');
  assert.equal(m.boxedMix(false, LONG_MIN, null, NaN), `false,${LONG_MIN},null,NaN`);
  assert.equal(m.boxedLong(1), (1n << 62n) + 1n);
  assert.equal(m.boxedLong(0), null);
  assert.ok(Object.is(m.boxedNegZero(true), -0));
  assert.equal(m.boxedNegZero(false), null);
});

test('void results and state between calls', () => {
  assert.equal(m.touch(17), undefined);
  assert.equal(m.lastTouched(), 17);
});

test('mixed parameters keep their order', () => {
  assert.equal(m.mixed(1, -2n, 'c😀', 4.5, [1, 2, 3], 0.5, true), '1|-2|c😀|4.5|3|0.5|true');
});
