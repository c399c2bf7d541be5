// javacore's main exports at sizes 1e3…1e7 (not a test): on Node through the generated JS bindings,
// or in Pyodide (Node) through the wheel's Python bindings side by side with the same algorithms in
// pure Python (tests/src/test/python/pure_core.py). Driven by the Java bench (CoreBench), which
// parses the JSON printed as the last line of stdout; progress goes to stderr.
//   node tests/node/bench/core-bench.mjs --host node|pyodide [--sizes 1000,10000] [--repeats 5]
//        [--cell-ms 600] [--max-call-ms 2500]
// Per (export, size): warm-up calls (at least one, up to 300 ms), then `repeats` timed batches of
// ≥10 ms each (fewer when they would exceed --cell-ms), reporting the median, min and max ms per
// call. A size is skipped when the previous size's median × 10 exceeds --max-call-ms (1e7 only
// where it fits in time). Inputs are generated identically on every host (see pure_core.py).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const coreDir = process.env.SAMOVAR_JAVACORE_DIR ?? path.join(repo, 'wasm-core/target/samovar');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const host = arg('host', 'node');
const sizes = arg('sizes', '1000,10000,100000,1000000,10000000').split(',').map(Number);
const repeats = Number(arg('repeats', '5'));
const cellMs = Number(arg('cell-ms', '600'));
const maxCallMs = Number(arg('max-call-ms', '2500'));
for (const [k, v] of Object.entries({ repeats, cellMs, maxCallMs })) {
  if (!(v > 0)) throw new Error(`core-bench.mjs: --${k} must be a positive number, got ${v}`);
}
if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`core-bench.mjs: --sizes must be positive integers, got ${arg('sizes')}`);
if (!['node', 'pyodide'].includes(host)) throw new Error(`core-bench.mjs: --host must be node or pyodide, got ${host}`);

const OPS = ['stats', 'sort', 'scale', 'histogram', 'sha256', 'crc32', 'wordFrequencies'];

// Inputs, as pure_core.py and CoreInputs.java.
const doubles = (n) => Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 1000);
const byteData = (n) => Uint8Array.from({ length: n }, (_, i) => (i * 131 + (i >> 9)) & 255);
function word(k) {
  let v = (k * 7919) % 5000;
  let s = '';
  do {
    s += String.fromCharCode(97 + (v % 26));
    v = Math.floor(v / 26);
  } while (v > 0);
  return s;
}
function text(n) {
  const parts = [];
  let size = 0;
  for (let k = 0; size < n; k++) {
    const w = `${word(k)} `;
    parts.push(w);
    size += w.length;
  }
  return parts.join('').slice(0, n);
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
let sink = 0;
function cell(fn) {
  const t0 = now();
  let calls = 0;
  do {
    sink ^= fn() ? 1 : 0;
    calls++;
  } while (now() - t0 < 300 && calls < 50);
  const one = (now() - t0) / calls;
  const iters = Math.max(1, Math.ceil(10 / Math.max(one, 1e-6)));
  const reps = Math.max(1, Math.min(repeats, Math.floor(cellMs / (iters * one))));
  const times = [];
  for (let r = 0; r < reps; r++) {
    const s = now();
    for (let i = 0; i < iters; i++) sink ^= fn() ? 1 : 0;
    times.push((now() - s) / iters);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), n: reps };
}

const results = {};
if (host === 'node') {
  const mod = await import(pathToFileURL(path.join(coreDir, 'bindings/js/javacore.mjs')).href);
  const core = await mod.load(path.join(coreDir, 'javacore.wasm'));
  const calls = {
    stats: (d) => core.stats(d.xs),
    sort: (d) => core.sort(d.xs),
    scale: (d) => core.scale(d.xs, 2),
    histogram: (d) => core.histogram(d.xs, 64),
    sha256: (d) => core.sha256(d.bytes),
    crc32: (d) => core.crc32(d.bytes) + 1,
    wordFrequencies: (d) => core.wordFrequencies(d.text, 10),
  };
  const rows = [];
  const prev = {};
  for (const n of sizes) {
    const d = { xs: doubles(n), bytes: byteData(n), text: text(n) };
    for (const op of OPS) {
      if (prev[op] && prev[op] * 10 > maxCallMs) {
        rows.push({ op, size: n, skipped: `over ${maxCallMs} ms per call` });
        continue;
      }
      try {
        const r = cell(() => calls[op](d));
        prev[op] = r.median;
        rows.push({ op, size: n, ...r });
        console.error(`[core-bench] node ${op} ${n}: ${r.median.toFixed(3)} ms n=${r.n}`);
      } catch (e) {
        prev[op] = Infinity;
        rows.push({ op, size: n, error: String(e.message ?? e).split('\n')[0] });
        console.error(`[core-bench] node ${op} ${n}: ${e.message}`);
      }
    }
  }
  results.node = rows;
} else {
  const indexURL = `${path.join(repo, 'node_modules/pyodide')}/`;
  const wheels = fs.readdirSync(coreDir).filter((f) => f.startsWith('javacore-') && f.endsWith('-py3-none-any.whl'));
  if (wheels.length !== 1) throw new Error(`expected one javacore wheel in ${coreDir}, found ${wheels.length}: build it with mvn package -pl wasm-core -am`);
  const { loadPyodide } = await import(path.join(indexURL, 'pyodide.mjs'));
  const py = await loadPyodide({ indexURL, stdout: (s) => console.error(s), stderr: (s) => console.error(s) });
  await py.loadPackage(path.join(coreDir, wheels[0]));
  py.FS.writeFile('/tmp/pure_core.py', fs.readFileSync(path.join(repo, 'tests/src/test/python/pure_core.py')));
  const out = await py.runPythonAsync(`
import sys, time, array, json
sys.path.insert(0, "/tmp")
import javacore, pure_core
SIZES = ${JSON.stringify(sizes)}
REPEATS, CELL_MS, MAX_CALL_MS = ${repeats}, ${cellMs}, ${maxCallMs}
OPS = ${JSON.stringify(OPS)}

def now():
    return time.perf_counter() * 1000.0

def cell(fn):
    t0 = now()
    calls = 0
    while True:
        fn()
        calls += 1
        if now() - t0 >= 300 or calls >= 50:
            break
    one = (now() - t0) / calls
    iters = max(1, -(-10 // max(one, 1e-6)))
    iters = int(iters)
    reps = max(1, min(REPEATS, int(CELL_MS // (iters * one))))
    times = []
    for _ in range(reps):
        s = now()
        for _ in range(iters):
            fn()
        times.append((now() - s) / iters)
    t = sorted(times)
    med = t[len(t) // 2] if len(t) % 2 else (t[len(t) // 2 - 1] + t[len(t) // 2]) / 2
    return {"median": med, "min": t[0], "max": t[-1], "n": reps}

java = {
    "stats": lambda d: javacore.stats(d["xs"]),
    "sort": lambda d: javacore.sort(d["xs"]),
    "scale": lambda d: javacore.scale(d["xs"], 2.0),
    "histogram": lambda d: javacore.histogram(d["xs"], 64),
    "sha256": lambda d: javacore.sha256(d["bytes"]),
    "crc32": lambda d: javacore.crc32(d["bytes"]),
    "wordFrequencies": lambda d: javacore.word_frequencies(d["text"], 10),
}
pure = {
    "stats": lambda d: pure_core.stats(d["list"]),
    "sort": lambda d: pure_core.sort(d["list"]),
    "scale": lambda d: pure_core.scale(d["list"], 2.0),
    "histogram": lambda d: pure_core.histogram(d["list"], 64),
    "sha256": lambda d: pure_core.sha256(d["bytes"]),
    "crc32": lambda d: pure_core.crc32(d["bytes"]),
    "wordFrequencies": lambda d: pure_core.word_frequencies(d["text"], 10),
}
# The pure-Python algorithms must give javacore's answers (else the comparison is meaningless).
check = {"list": pure_core.doubles(2000), "bytes": pure_core.byte_data(2000), "text": pure_core.text(2000)}
check["xs"] = array.array("d", check["list"])
for op in OPS:
    a, b = java[op](check), pure[op](check)
    a = list(a) if isinstance(a, array.array) else a
    if op == "stats":
        same = all(abs(x - y) <= 1e-9 * max(1.0, abs(x)) for x, y in zip(a, b))
    else:
        same = a == b
    if not same:
        raise AssertionError(f"pure_core.{op} differs from javacore: {str(a)[:200]} != {str(b)[:200]}")
results = {"pyodide": [], "pure-python": []}
prev = {"pyodide": {}, "pure-python": {}}
for n in SIZES:
    data = None
    for op in OPS:
        for name, fns in (("pyodide", java), ("pure-python", pure)):
            p = prev[name].get(op)
            if p is not None and p * 10 > MAX_CALL_MS:
                results[name].append({"op": op, "size": n, "skipped": f"over {MAX_CALL_MS} ms per call"})
                continue
            if data is None:
                lst = pure_core.doubles(n)
                data = {"list": lst, "xs": array.array("d", lst), "bytes": pure_core.byte_data(n), "text": pure_core.text(n)}
            try:
                r = cell(lambda: fns[op](data))
                prev[name][op] = r["median"]
                results[name].append({"op": op, "size": n, **r})
                print(f"[core-bench] {name} {op} {n}: {r['median']:.3f} ms n={r['n']}", file=sys.stderr)
            except Exception as e:
                prev[name][op] = float("inf")
                results[name].append({"op": op, "size": n, "error": str(e).splitlines()[0] if str(e) else type(e).__name__})
                print(f"[core-bench] {name} {op} {n}: {e}", file=sys.stderr)
    data = None
json.dumps(results)
`);
  Object.assign(results, JSON.parse(out));
}
if (sink === 42) console.error('');
console.log(JSON.stringify({ host, runtime: process.version, results }));
