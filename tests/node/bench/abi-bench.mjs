// Node-side ABI benchmark (not a test): per-call overhead of the typed bindings, measured side by
// side in one run with the raw wasm export as the baseline. The Java bench (AbiBench, from
// scripts/bench.sh) runs it as a subprocess and joins the rows that have a `key` (addInt,
// echoString, echoDoubles:<n>: the same calls and inputs as its JVM and Chicory cases) with its
// JVM numbers from the same run.
//   node tests/node/bench/abi-bench.mjs [--quick]
// Prints, per case, the median of 5 runs in ns/call (or ms for big arrays), and the ratio to the
// raw export. Compare with the JVM (Chicory) numbers of the lead's benchmark.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const coreDir = process.env.SAMOVAR_JAVACORE_DIR ?? path.join(repo, 'wasm-core/target/samovar');
const fixtureDir = process.env.SAMOVAR_ABIFIXTURE_DIR ?? path.join(repo, 'tests/abi-fixture/target/samovar');
const quick = process.argv.includes('--quick');

const core = await (await import(pathToFileURL(path.join(coreDir, 'bindings/js/javacore.mjs')).href)).load(path.join(coreDir, 'javacore.wasm'));
const fixture = await (await import(pathToFileURL(path.join(fixtureDir, 'bindings/js/abifixture.mjs')).href)).load(path.join(fixtureDir, 'abifixture.wasm'));
const raw = core.$runtime.raw;

function time(fn, n) {
  const t0 = process.hrtime.bigint();
  fn(n);
  return Number(process.hrtime.bigint() - t0) / n;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** ns per call: warm up, then the median of 5 timed runs of n calls. */
function measure(fn, n) {
  fn(Math.max(1, n >> 2));
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(time(fn, n));
  return median(runs);
}

const rows = [];
function row(name, ns, base, key) {
  rows.push({ name, key: key ?? null, ns, ratio: base ? ns / base : null });
  const value = ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e4 ? `${(ns / 1e3).toFixed(1)} us` : `${ns.toFixed(0)} ns`;
  console.log(`${name.padEnd(44)} ${value.padStart(12)}${base ? `   x${(ns / base).toFixed(2)} vs raw` : ''}`);
}

const N = quick ? 100_000 : 1_000_000;
let sink = 0;

const rawAdd = measure((n) => {
  for (let i = 0; i < n; i++) sink += raw.add(i, 1);
}, N);
row('add(int,int): raw wasm export', rawAdd);
row('add(int,int): typed binding', measure((n) => {
  for (let i = 0; i < n; i++) sink += core.add(i, 1);
}, N), rawAdd);
row('addInt(int,int) (abifixture)', measure((n) => {
  for (let i = 0; i < n; i++) sink += fixture.addInt(i, 1);
}, N), null, 'addInt');

const text = 'é😀abcdefgh'.repeat(72); // 1,008 bytes of UTF-8
const bytes = new TextEncoder().encode(text);
row('echoString(1 KB) round trip (abifixture)', measure((n) => {
  for (let i = 0; i < n; i++) sink += fixture.echoString(text).length;
}, N / 100), null, 'echoString');
row('echoBytes(1 KB) round trip (abifixture)', measure((n) => {
  for (let i = 0; i < n; i++) sink += fixture.echoBytes(bytes).length;
}, N / 100), null, 'echoBytes');
row('toUpper(1 KB) (javacore)', measure((n) => {
  for (let i = 0; i < n; i++) sink += core.toUpper(text).length;
}, N / 100));

for (const size of quick ? [1e3, 1e5] : [1e3, 1e4, 1e5, 1e6, 1e7]) {
  const xs = new Float64Array(size).map((_, i) => Math.sin(i));
  const calls = Math.max(2, Math.round(2e6 / size / (quick ? 10 : 1)));
  const echo = measure((n) => {
    for (let i = 0; i < n; i++) sink += fixture.echoDoubles(xs).length;
  }, calls);
  const copyOnly = measure((n) => {
    for (let i = 0; i < n; i++) sink += new Float64Array(xs).length;
  }, calls);
  row(`echoDoubles(double[${size.toExponential(0)}])`, echo, null, `echoDoubles:${size}`);
  row(`  (JS copy of the same array, for scale)`, copyOnly);
  row(`scale(double[${size.toExponential(0)}], 2) (javacore)`, measure((n) => {
    for (let i = 0; i < n; i++) sink += core.scale(xs, 2).length;
  }, calls));
}
if (sink === 42) console.log('');
console.log(JSON.stringify({ node: process.version, rows }));
