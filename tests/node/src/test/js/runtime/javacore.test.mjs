// javacore's exports through its generated JS bindings, compared with values computed here
// independently (Node's crypto and zlib, Buffer's base64, plain JS reference implementations).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { loadJavacore } from './fixture.mjs';

let core;
before(async () => {
  core = await loadJavacore({ stdout: () => {}, stderr: () => {} });
});

/** Deterministic pseudo-random data (xorshift), so failures reproduce. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

function randomBytes(n, seed) {
  const r = rng(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
}

test('add wraps like Java int', () => {
  const r = rng(1);
  for (let i = 0; i < 1000; i++) {
    const a = Math.floor(r() * 2 ** 32) - 2 ** 31;
    const b = Math.floor(r() * 2 ** 32) - 2 ** 31;
    assert.equal(core.add(a, b), (a + b) | 0);
  }
});

test('sha256 equals node:crypto', () => {
  for (const n of [0, 1, 55, 56, 63, 64, 65, 1000, 100_000]) {
    const data = randomBytes(n, n + 7);
    assert.deepEqual(Buffer.from(core.sha256(data)), crypto.createHash('sha256').update(data).digest(), `n=${n}`);
  }
});

test('crc32 equals zlib.crc32 (as a signed int)', () => {
  for (const n of [0, 1, 9, 1000, 65_537]) {
    const data = randomBytes(n, n + 3);
    assert.equal(core.crc32(data), zlib.crc32(data) | 0, `n=${n}`);
  }
});

test('base64 equals Buffer, and bad input is an IllegalArgumentException', () => {
  for (const n of [0, 1, 2, 3, 4, 100, 1001]) {
    const data = randomBytes(n, n + 11);
    const b64 = Buffer.from(data).toString('base64');
    assert.equal(core.base64Encode(data), b64);
    assert.deepEqual(Buffer.from(core.base64Decode(b64)), Buffer.from(data));
  }
  assert.throws(() => core.base64Decode('ab$d'), (e) => e.name === 'JavaError' && e.isInstance('java.lang.IllegalArgumentException'));
});

test('deflate output is read by node:zlib, and inflate reads node:zlib output', () => {
  const text = new TextEncoder().encode('the quick brown fox jumps over the lazy dog 😀 '.repeat(500));
  for (const data of [text, randomBytes(10_000, 5), new Uint8Array(0)]) {
    assert.deepEqual(zlib.inflateSync(core.deflate(data)), Buffer.from(data));
    for (const level of [1, 6, 9]) assert.deepEqual(Buffer.from(core.inflate(zlib.deflateSync(data, { level }))), Buffer.from(data));
  }
  assert.throws(() => core.inflate(new Uint8Array([1, 2, 3])), (e) => e.name === 'JavaError' && e.isInstance('java.lang.IllegalArgumentException'));
});

function codePoints(s) {
  return [...s];
}

function levenshtein(a, b) {
  const x = codePoints(a);
  const y = codePoints(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

test('levenshtein counts code points', () => {
  const pairs = [['', ''], ['kitten', 'sitting'], ['flaw', 'lawn'], ['😀a', 'a'], ['😀😀', '😁😀'], ['naïve', 'naive'], ['abc', '']];
  for (const [a, b] of pairs) assert.equal(core.levenshtein(a, b), levenshtein(a, b), `${a} / ${b}`);
});

test('countVowels, toUpper', () => {
  for (const s of ['', 'hello world', 'AEIOU aeiou y', 'éèê ÀÉ', 'Ünïcödé 😀 oo']) {
    assert.equal(core.countVowels(s), [...s].filter((c) => 'aeiouAEIOU'.includes(c)).length, s);
  }
  for (const s of ['', 'straße', 'istanbul', 'mixed Case 😀', 'ǆ']) assert.equal(core.toUpper(s), s.toUpperCase(), s);
});

test('wordFrequencies', () => {
  const text = "Don't stop; DON'T stop! state-of-the-art art, art. Ça ça";
  const counts = new Map();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}']+/gu)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const top of [0, 1, 3, 100]) {
    const expected = sorted.slice(0, Math.max(0, top)).map(([w, c]) => `${w}\t${c}\n`).join('');
    assert.equal(core.wordFrequencies(text, top), expected, `top=${top}`);
  }
});

test('scale, polyval, sort (Java total order)', () => {
  const xs = new Float64Array([1.5, -0, 0, NaN, Infinity, -2, 1e308]);
  const scaled = core.scale(xs, 2);
  xs.forEach((x, i) => assert.ok(Object.is(scaled[i], x * 2), `scale[${i}]`));
  const coeffs = [2, 0, 1, -3];
  const pts = [0, 1, -1.5, 10, 0.1];
  const horner = (x) => coeffs.reduce((acc, c) => acc * x + c, 0);
  assert.deepEqual([...core.polyval(coeffs, pts)], pts.map(horner));
  assert.deepEqual([...core.polyval([], pts)], pts.map(() => 0));
  const sorted = core.sort([3, NaN, -0, 0, -Infinity, 1, 0, -0]);
  const expected = [-Infinity, -0, -0, 0, 0, 1, 3, NaN];
  expected.forEach((x, i) => assert.ok(Object.is(sorted[i], x), `sort[${i}] = ${sorted[i]}, expected ${x}`));
});

/** numpy's default percentile (linear between closest ranks). */
function percentile(sorted, p) {
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const t = rank - lo;
  return sorted[lo] + (sorted[hi] - sorted[lo]) * t;
}

function stats(values) {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
  const sorted = [...values].sort((a, b) => a - b);
  return [n, mean, variance, sorted[0], sorted[n - 1], percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99)];
}

function close(actual, expected, what) {
  for (let i = 0; i < expected.length; i++) {
    const tol = 1e-9 * Math.max(1, Math.abs(expected[i]));
    assert.ok(Math.abs(actual[i] - expected[i]) <= tol, `${what}[${i}]: ${actual[i]} vs ${expected[i]}`);
  }
}

test('stats and RunningStats agree with a reference computation', () => {
  const r = rng(42);
  const values = Array.from({ length: 10_001 }, () => r() * 1000 - 300);
  const expected = stats(values);
  close(core.stats(values), expected, 'stats');
  const rs = new core.RunningStats();
  for (let i = 0; i < values.length; i += 1000) rs.add(values.slice(i, i + 1000));
  assert.equal(rs.count(), BigInt(values.length));
  close(rs.snapshot(), expected, 'RunningStats');
  rs.close();
  assert.throws(() => core.stats([]), (e) => e.name === 'JavaError' && /stats: empty input/.test(e.javaMessage));
});

test('histogram matches a reference on data away from bin edges', () => {
  const r = rng(9);
  const xs = Array.from({ length: 5000 }, () => r() * 10);
  xs.push(0, 10);
  const bins = 7;
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const counts = new Array(bins).fill(0);
  for (const x of xs) counts[Math.min(bins - 1, Math.floor(((x - min) / (max - min)) * bins))]++;
  assert.deepEqual([...core.histogram(xs, bins)], counts);
  assert.deepEqual([...core.histogram([5, 5, 5], 3)], [0, 3, 0]);
  assert.throws(() => core.histogram([1, NaN], 3), (e) => e.name === 'JavaError' && e.isInstance('java.lang.IllegalArgumentException'));
});
