// The page in real Chromium (Debian's /usr/bin/chromium through playwright-core), served by our
// server, with every request that is not to our server blocked. Runs each example from the UI and
// checks its output against values computed here, independently of Java and of the page's Python.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import os from 'node:os';
import { defaultRoots, startServer } from '../../../server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.resolve(here, '../../../target/screenshots');
const CHROMIUM = process.env.SAMOVAR_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const LOAD_MS = 240_000;
const RUN_MS = 300_000;

describe('the page in Chromium', () => {
  let srv;
  let browser;
  let page;
  let origin;
  const blocked = [];
  const pageErrors = [];

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (or set SAMOVAR_CHROMIUM)`);
    fs.mkdirSync(shots, { recursive: true });
    srv = await startServer({ port: 0 });
    origin = new URL(srv.url).origin;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // Network off except our server: a CDN fetch would fail the load and be listed here.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    await page.goto(srv.url);
    await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: LOAD_MS });
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  /** Loads an example into the editor, presses Run and waits for it to finish; returns the output. */
  async function runExample(name) {
    await page.click(`#examples button[data-example="${name}"]`);
    await page.waitForFunction((n) => document.body.dataset.example === n && document.getElementById('code').value.length > 0, name);
    const runs = Number((await page.getAttribute('body', 'data-runs')) ?? 0);
    const t0 = Date.now();
    await page.click('#run');
    await page.waitForFunction((r) => Number(document.body.dataset.runs ?? 0) > r, runs, { timeout: RUN_MS, polling: 200 });
    const output = await page.textContent('#output');
    const status = await page.getAttribute('body', 'data-last-run');
    console.log(`# ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s in the browser`);
    assert.equal(status, 'ok', `example ${name} failed:\n${output}`);
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
    return output;
  }

  /** Puts `code` in the editor, presses Run, waits; returns {status, output}. */
  async function runCode(code) {
    await page.fill('#code', code);
    const runs = Number((await page.getAttribute('body', 'data-runs')) ?? 0);
    await page.click('#run');
    await page.waitForFunction((r) => Number(document.body.dataset.runs ?? 0) > r, runs, { timeout: RUN_MS, polling: 100 });
    return { status: await page.getAttribute('body', 'data-last-run'), output: await page.textContent('#output') };
  }

  /** The newest timing row: label, Java, aio, Python, ratio cells. */
  async function timingRow(label) {
    const cells = await page.$$eval(`#timings tbody tr[data-label^="${label}"] td`, (tds) => tds.map((td) => td.textContent));
    assert.equal(cells.length >= 5, true, `no timing row for ${label}`);
    return cells.slice(0, 5);
  }

  function ratioOf(cells) {
    const m = /^(\d+(?:\.\d)?)×$/.exec(cells[4]);
    assert.ok(m, `the Python/Java ratio is shown: ${cells[4]}`);
    return Number(m[1]);
  }

  test('loads Pyodide and the javacore wheel from our server only', async () => {
    const state = await page.evaluate(() => ({
      state: document.body.dataset.state,
      status: document.getElementById('status').textContent,
      loadTimes: window.samovarPage.loadTimes,
      from: window.samovarPage.javacoreFrom,
      stages: [...document.querySelectorAll('#stages li')].map((li) => li.className),
      stageTimes: [...document.querySelectorAll('#stages li')].map((li) => li.dataset.time),
      statusLog: window.samovarPage.statusLog,
      loadingHidden: getComputedStyle(document.getElementById('loading')).display === 'none',
    }));
    await page.screenshot({ path: path.join(shots, 'loaded.png'), fullPage: true });
    assert.equal(state.state, 'ready', `page did not load: ${state.status}`);
    assert.deepEqual(state.stages, ['done', 'done', 'done']);
    for (const t of state.stageTimes) assert.match(t, /^\d+(\.\d+)? (ms|s)$/);
    // The progress the user saw, in order.
    const seen = (re) => state.statusLog.findIndex((m) => re.test(m));
    const order = [/^Loading Pyodide from this server/, /^Installing javacore-.*-py3-none-any\.whl \(\d+ KiB\)/, /^import javacore/, /^Ready in \d+\.\d\d s/];
    const at = order.map(seen);
    assert.ok(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1])), `status messages in order: ${JSON.stringify(state.statusLog)}`);
    assert.equal(state.loadingHidden, true);
    assert.deepEqual(blocked, [], 'requests to anything but our server');
    assert.deepEqual(pageErrors, []);
    console.log(`# loaded from ${state.from}: ${JSON.stringify(Object.fromEntries(Object.entries(state.loadTimes).map(([k, v]) => [k, Math.round(v)])))} ms`);
  });

  test('a Java exception and a wrong argument type reach the editor as Python errors; the page stays usable', { timeout: RUN_MS }, async () => {
    const empty = await runCode('import javacore\njavacore.stats([])');
    assert.equal(empty.status, 'error');
    assert.match(empty.output, /IllegalArgumentException/);
    assert.match(empty.output, /stats: empty input/);
    assert.match(empty.output, /^Traceback \(most recent call last\):\n {2}File "<editor>", line 2, in <module>/);
    assert.doesNotMatch(empty.output, /_pyodide\/_base\.py/);
    await page.screenshot({ path: path.join(shots, 'java-exception.png'), fullPage: true });
    const caught = await runCode('import javacore\ntry:\n    javacore.stats([])\nexcept ValueError as e:\n    print("caught as ValueError:", type(e).__name__)');
    assert.equal(caught.status, 'ok');
    assert.match(caught.output, /caught as ValueError: IllegalArgumentException/);
    const wrong = await runCode('import javacore\njavacore.histogram("not numbers", 4)');
    assert.equal(wrong.status, 'error');
    assert.match(wrong.output, /TypeError/);
    const hostile = await runCode('import javacore\nawait javacore.aio.histogram([1.0, float("nan")], 4)');
    assert.equal(hostile.status, 'error');
    assert.match(hostile.output, /values must be finite/);
    const after = await runCode('import javacore\nprint("after:", javacore.add(40, 2), await javacore.aio.add(1, 2), list(javacore.histogram([1.0, 2.0, 3.0], 2)))');
    assert.equal(after.status, 'ok', after.output);
    assert.match(after.output, /^after: 42 3 \[1, 2\]$/m);
  });

  test('stats on 1e6 doubles match an independent computation; ratio and histogram shown', { timeout: RUN_MS }, async () => {
    const output = await runExample('stats');
    const java = {};
    for (const m of output.matchAll(/^\s*(count|mean|variance|min|max|p50|p90|p99)\s+(\S+)\s+(\S+)$/gm)) java[m[1]] = Number(m[2]);
    assert.equal(Object.keys(java).length, 8, `stats table in the output:\n${output}`);
    // Independent: the test's own two-pass statistics over the very array Python passed to Java.
    const expected = await page.evaluate(() => {
      const proxy = window.samovarPage.pyodide.globals.get('xs');
      const buf = proxy.getBuffer('f64');
      const xs = Float64Array.from(buf.data);
      buf.release();
      proxy.destroy();
      const n = xs.length;
      let sum = 0;
      for (const x of xs) sum += x;
      const mean = sum / n;
      let ss = 0;
      for (const x of xs) ss += (x - mean) * (x - mean);
      const s = Float64Array.from(xs).sort();
      const pct = (p) => {
        const r = (n - 1) * (p / 100);
        const k = Math.floor(r);
        return k >= n - 1 ? s[n - 1] : s[k] + (s[k + 1] - s[k]) * (r - k);
      };
      const bins = 40;
      const counts = new Array(bins).fill(0);
      for (const x of xs) counts[Math.min(bins - 1, Math.floor(((x - s[0]) / (s[n - 1] - s[0])) * bins))]++;
      return { count: n, mean, variance: ss / n, min: s[0], max: s[n - 1], p50: pct(50), p90: pct(90), p99: pct(99), counts };
    });
    assert.equal(java.count, 1_000_000);
    for (const k of ['mean', 'variance', 'min', 'max', 'p50', 'p90', 'p99']) {
      const tol = Math.abs(expected[k]) * 1e-9;
      assert.ok(Math.abs(java[k] - expected[k]) <= tol, `${k}: Java ${java[k]}, expected ${expected[k]}`);
    }
    assert.match(output, /Java and pure Python agree: True \| direct and aio agree: True/);
    const chart = await page.evaluate(() => window.samovarPage.chart);
    assert.equal(chart.kind, 'histogram');
    assert.equal(chart.counts.length, 40);
    assert.equal(chart.counts.reduce((a, b) => a + b, 0), 1_000_000);
    const off = chart.counts.reduce((acc, c, i) => acc + Math.abs(c - expected.counts[i]), 0);
    assert.ok(off <= 4, `histogram counts differ from the independent ones by ${off}`);
    assert.ok(await canvasHasBars(), 'the histogram is drawn');
    const cells = await timingRow('stats');
    const ratio = ratioOf(cells);
    // Shown, not asserted: speed belongs in benchmarks (scripts/bench.mjs), not in tests.
    assert.ok(ratio > 0);
    console.log(`# stats timings: Java ${cells[1]}, aio ${cells[2]}, pure Python ${cells[3]}, ratio ${cells[4]}`);
  });

  async function canvasHasBars() {
    return page.evaluate(() => {
      const c = document.getElementById('chart');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let bar = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] === 0xb5 && d[i + 1] === 0x47 && d[i + 2] === 0x1b) bar++;
      return bar > 500;
    });
  }

  test('word frequencies of pasted text match an independent count', { timeout: RUN_MS }, async () => {
    const text = `${'Samovar tea, TEA and more tea! Don\'t stop: the café serves tea. '.repeat(300)}Zebra zebra état ÉTAT état 42 42 x\n`;
    await page.fill('#text', text);
    const output = await runExample('words');
    const counts = new Map();
    for (const w of text.match(/[\p{L}\p{Nd}']+/gu)) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 15);
    for (const [word, n] of top) assert.match(output, new RegExp(`^\\s+${word}\\s+${n}$`, 'm'), `${word} ${n} in\n${output}`);
    assert.match(output, /Java and pure Python agree: True \| direct and aio agree: True/);
    const chart = await page.evaluate(() => window.samovarPage.chart);
    assert.deepEqual(chart.labels, top.map(([w]) => w));
    assert.deepEqual(chart.values, top.map(([, n]) => n));
    assert.ok(await canvasHasBars(), 'the bars are drawn');
    const cells = await timingRow('word frequencies');
    ratioOf(cells);
    console.log(`# words timings: Java ${cells[1]}, aio ${cells[2]}, pure Python ${cells[3]}, ratio ${cells[4]}`);
  });

  test('sha256 of a dropped file matches node:crypto', { timeout: RUN_MS }, async () => {
    const bytes = crypto.createHash('sha512').update('samovar').digest();
    const data = Buffer.alloc(96 * 1024 + 17);
    for (let i = 0; i < data.length; i++) data[i] = bytes[i % bytes.length] ^ (i * 31);
    const expected = crypto.createHash('sha256').update(data).digest('hex');
    // A real drop event with a DataTransfer holding the file, as a user's drag and drop gives.
    await page.evaluate((b64) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bin], 'dropped.bin'));
      document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, data.toString('base64'));
    await page.waitForFunction(() => window.samovarPage.dropped?.name === 'dropped.bin');
    const output = await runExample('sha256');
    assert.match(output, new RegExp(`^dropped.bin: ${data.length.toLocaleString('en')} bytes$`, 'm'));
    assert.match(output, new RegExp(`^sha256 \\(Java\\)\\s+${expected}$`, 'm'));
    assert.match(output, /Java, aio, pure Python and hashlib agree: True/);
    const cells = await timingRow('sha256');
    ratioOf(cells);
    console.log(`# sha256 timings (${data.length} bytes): Java ${cells[1]}, aio ${cells[2]}, pure Python ${cells[3]}, ratio ${cells[4]}`);
  });

  /** Edit distance over UTF-16 units (the example's strings are ASCII). */
  function levenshtein(a, b) {
    let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
    let cur = new Int32Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
      cur[0] = i;
      const ca = a.charCodeAt(i - 1);
      for (let j = 1; j <= b.length; j++) {
        cur[j] = Math.min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      }
      [prev, cur] = [cur, prev];
    }
    return prev[b.length];
  }

  /** Starts the test's own 20 ms timer in the page; returns a function reading its tick times. */
  async function startProbe() {
    await page.evaluate(() => {
      clearInterval(window.__probeTimer);
      window.__probe = [];
      window.__probeTimer = setInterval(() => window.__probe.push(performance.now()), 20);
    });
  }

  /** The longest gap between probe ticks within [start, end] (marks by name), and the call length. */
  async function probeGap(startMark, endMark) {
    return page.evaluate(([s, e]) => {
      const start = performance.getEntriesByName(s).at(-1).startTime;
      const end = performance.getEntriesByName(e).at(-1).startTime;
      const ticks = [start, ...window.__probe.filter((t) => t > start && t < end), end];
      let gap = 0;
      for (let i = 1; i < ticks.length; i++) gap = Math.max(gap, ticks[i] - ticks[i - 1]);
      return { duration: end - start, gap, ticks: ticks.length - 2 };
    }, [startMark, endMark]);
  }

  test('aio keeps the page responsive during a ~3 s Java call; a timed-out call leaves the module usable', { timeout: RUN_MS }, async () => {
    await startProbe();
    const output = await runExample('responsive');
    const aio = await probeGap('java-aio-start', 'java-aio-end');
    console.log(`# aio.levenshtein: ${aio.duration.toFixed(0)} ms, longest timer gap ${aio.gap.toFixed(0)} ms, ${aio.ticks} ticks`);
    assert.ok(aio.duration >= 2000, `the Java call should take about 3 s, took ${aio.duration} ms`);
    // The machine may be loaded (CI shares cores), so allow scheduling hiccups, but a blocked thread
    // would show one gap as long as the whole call (see the control below).
    assert.ok(aio.gap < 500, `a 20 ms timer stalled ${aio.gap} ms during the aio call`);
    assert.ok(aio.ticks >= aio.duration / 20 / 4, `only ${aio.ticks} ticks of a 20 ms timer in ${aio.duration} ms`);
    const calls = [...output.matchAll(/^aio\.levenshtein of two [\d,]+-character strings = (\d+) in \d+\.\d\d s/gm)];
    assert.ok(calls.length > 0, output);
    // The distance itself, checked against the test's own Levenshtein over the same strings.
    const [a, b] = await page.evaluate(() => ['a', 'b'].map((k) => window.samovarPage.pyodide.globals.get(k)));
    assert.equal(Number(calls.at(-1)[1]), levenshtein(a, b));
    assert.match(output, /raised TimeoutError after 0\.\d\d s; the worker was terminated/);
    assert.match(output, /the module still works: add\(2, 3\) = 5 \| aio\.add\(2, 3\) = 5/);
    assert.match(output, /levenshtein\('kitten', 'sitting'\) = 3/);

    // Control: the same call made directly on the page's thread does stall the timer, so the probe
    // above would have seen it.
    const sync = await page.evaluate(async () => {
      await window.samovarPage.pyodide.runPythonAsync(`
import javacore, samovar_page as page
page.mark("java-sync-start")
javacore.levenshtein(a, b)  # the example's strings
page.mark("java-sync-end")
`);
    }).then(() => probeGap('java-sync-start', 'java-sync-end'));
    console.log(`# direct levenshtein: ${sync.duration.toFixed(0)} ms, longest timer gap ${sync.gap.toFixed(0)} ms`);
    assert.ok(sync.gap >= sync.duration * 0.9, `the direct call should block the timer: gap ${sync.gap} of ${sync.duration} ms`);
    await page.screenshot({ path: path.join(shots, 'responsive.png'), fullPage: true });
  });
});

describe('the page without a wheel', () => {
  let tmp;
  let browser;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samovar-web-page-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  after(async () => {
    await browser?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Serves the page with `samovar` as the build output directory; returns the loaded page. */
  async function open(samovar, extra = {}) {
    const srv = await startServer({ port: 0, roots: { ...defaultRoots(), '/samovar/': samovar, ...extra } });
    const origin = new URL(srv.url).origin;
    const page = await browser.newPage();
    const blocked = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    await page.goto(srv.url);
    await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: LOAD_MS });
    return { page, blocked, close: async () => { await page.close(); await srv.close(); } };
  }

  test('loads javacore.wasm through the Samovar loader (loadJavaModule) and runs Java, direct and aio', { timeout: RUN_MS }, async () => {
    const dir = path.join(tmp, 'wasm-only');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(defaultRoots()['/samovar/'], 'javacore.wasm'), path.join(dir, 'javacore.wasm'));
    const { page, blocked, close } = await open(dir);
    try {
      const loaded = await page.evaluate(() => ({ state: document.body.dataset.state, from: window.samovarPage.javacoreFrom, status: document.getElementById('status').textContent }));
      assert.equal(loaded.state, 'ready', loaded.status);
      assert.equal(loaded.from, 'loader');
      const out = await page.evaluate(() => window.samovarPage.pyodide.runPythonAsync(`
import javacore
s = javacore.stats([3.0, 1.0, 2.0])
a = await javacore.aio.sha256(b"abc")
f"{javacore.add(2, 3)} {list(s)[:3]} {a.hex()}"
`));
      assert.equal(out, `5 [3.0, 2.0, ${2 / 3}] ${crypto.createHash('sha256').update('abc').digest('hex')}`);
      assert.deepEqual(blocked, []);
      await page.screenshot({ path: path.join(shots, 'loader-without-wheel.png'), fullPage: true });
    } finally {
      await close();
    }
  });

  test('with neither a wheel nor the loader, the page says what to build', { timeout: RUN_MS }, async () => {
    const dir = path.join(tmp, 'empty');
    fs.mkdirSync(dir);
    const { page, close } = await open(dir, { '/loader/': dir });
    try {
      const s = await page.evaluate(() => ({ state: document.body.dataset.state, status: document.getElementById('status').textContent }));
      assert.equal(s.state, 'error');
      assert.match(s.status, /Neither the javacore wheel nor the Samovar loader is on the server\. Build them: mvn .* -pl wasm-core,pyodide-loader -am package/);
      assert.equal(await page.isDisabled('#run'), true);
      await page.screenshot({ path: path.join(shots, 'nothing-built.png'), fullPage: true });
    } finally {
      await close();
    }
  });
});
