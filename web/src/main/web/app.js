// The Samovar page: loads Pyodide and the javacore wheel from this server, runs the editor's Python
// with `import javacore`, and gives Python a small `samovar_page` module to draw charts and report
// timings. Plain ES module, no framework, no build step.
import { drawBars, drawHistogram } from './chart.js';

const $ = (id) => document.getElementById(id);
const MODULE = 'javacore';
const PYODIDE_URL = new URL('pyodide/', location.href).href;

/** Page state, also reachable from the console and the tests as `window.samovarPage`. */
const state = {
  pyodide: null,
  loadTimes: {},
  javacoreFrom: null,
  running: false,
  runs: 0,
  ticks: 0,
  dropped: null,
  chart: null,
  timings: [],
  error: null,
  statusLog: [],
};
window.samovarPage = state;

// ---- a clock that keeps ticking while the page is responsive
const SPIN = '◐◓◑◒';
setInterval(() => {
  state.ticks++;
  $('ticks').textContent = state.ticks;
  $('spinner').textContent = SPIN[state.ticks % SPIN.length];
}, 50);

// ---- output
function append(text, cls) {
  const out = $('output');
  const span = document.createElement('span');
  if (cls) span.className = cls;
  span.textContent = text.endsWith('\n') ? text : `${text}\n`;
  out.append(span);
  out.scrollTop = out.scrollHeight;
}

function setStatus(text) {
  state.statusLog.push(text);
  $('status').textContent = text;
}

function setState(s) {
  document.body.dataset.state = s;
}

// ---- loading, in named stages
async function stage(name, fn) {
  const li = document.querySelector(`#stages li[data-stage="${name}"]`);
  li.classList.add('active');
  const t0 = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - t0;
    state.loadTimes[name] = ms;
    li.classList.remove('active');
    li.classList.add('done');
    li.dataset.time = ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
    $('progress').value += 1;
    return value;
  } catch (e) {
    li.classList.remove('active');
    li.classList.add('failed');
    throw e;
  }
}

async function fetchJson(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json();
}

/**
 * Installs javacore: the wheel the build wrote (wasm-core/target/samovar/javacore-*.whl) when there
 * is one; otherwise the Samovar loader's loadJavaModule with javacore.wasm (bindings made from the
 * module's samovar.abi section).
 */
async function installJavacore(pyodide) {
  const { wheels } = await fetchJson('api/wheels.json');
  const wheel = wheels.find((w) => w.name.startsWith(`${MODULE}-`));
  if (wheel) {
    setStatus(`Installing ${wheel.name} (${(wheel.size / 1024).toFixed(0)} KiB)…`);
    await pyodide.loadPackage(new URL(wheel.url, location.href).href, {
      messageCallback: (m) => setStatus(m),
      errorCallback: (m) => append(m, 'err'),
    });
    state.javacoreFrom = wheel.name;
    return;
  }
  setStatus('No javacore wheel on the server; using the Samovar loader with javacore.wasm…');
  let loader;
  try {
    loader = await import(new URL('loader/samovar-loader.mjs', location.href).href);
  } catch (e) {
    throw new Error(
      'Neither the javacore wheel nor the Samovar loader is on the server. Build them: ' +
        'mvn -B -ntp -Dquick -pl wasm-core,pyodide-loader -am package',
    );
  }
  // Without a wheel the loader installs bindings made at import time from the module's samovar.abi
  // section (same functions and aio, no docstrings).
  await loader.loadJavaModule(pyodide, new URL(`samovar/${MODULE}.wasm`, location.href).href, { name: MODULE });
  state.javacoreFrom = 'loader';
}

function toJs(x) {
  return x && typeof x.toJs === 'function' ? x.toJs() : x;
}

/** What Python sees as `import samovar_page`. */
const pageModule = {
  /** Draws counts (e.g. javacore.histogram's result) over [lo, hi]. */
  histogram(counts, lo, hi, title) {
    const c = Array.from(toJs(counts), Number);
    drawHistogram($('chart'), c, lo, hi);
    $('chart-title').textContent = title ?? 'Histogram';
    state.chart = { kind: 'histogram', counts: c, lo, hi, title: title ?? null };
  },
  /** Draws labelled bars (e.g. the top words). */
  bars(labels, values, title) {
    const l = Array.from(toJs(labels), String);
    const v = Array.from(toJs(values), Number);
    drawBars($('chart'), l, v);
    $('chart-title').textContent = title ?? 'Chart';
    state.chart = { kind: 'bars', labels: l, values: v, title: title ?? null };
  },
  /** Adds a row to the timing table; times in seconds, aioS may be None. */
  timing(label, javaS, pythonS, aioS) {
    const row = { label, javaS, pythonS, aioS: aioS ?? null, ratio: pythonS / javaS };
    state.timings.push(row);
    const fmt = (s) => (s == null ? '—' : s < 1 ? `${(s * 1000).toFixed(1)} ms` : `${s.toFixed(2)} s`);
    const tr = document.createElement('tr');
    tr.dataset.label = label;
    for (const [text, cls] of [
      [label, ''],
      [fmt(javaS), ''],
      [fmt(row.aioS), ''],
      [fmt(pythonS), ''],
      [`${row.ratio >= 10 ? row.ratio.toFixed(0) : row.ratio.toFixed(1)}×`, 'ratio'],
    ]) {
      const td = document.createElement('td');
      td.textContent = text;
      if (cls) td.className = cls;
      tr.append(td);
    }
    $('timings').tBodies[0].prepend(tr);
  },
  /** Ticks of the page clock (every 50 ms while the page is responsive). */
  ticks: () => state.ticks,
  /** A performance mark, so timelines can be compared with the clock. */
  mark: (name) => {
    performance.mark(name);
  },
  /** The text pasted in the page. */
  pasted_text: () => $('text').value,
  /** The dropped file's bytes (a Uint8Array; `.to_bytes()` in Python) or None. */
  dropped_file: () => (state.dropped ? state.dropped.bytes : null),
  dropped_name: () => (state.dropped ? state.dropped.name : null),
};

async function load() {
  setState('loading');
  const pyodide = await stage('pyodide', async () => {
    setStatus('Loading Pyodide from this server…');
    const { loadPyodide } = await import(`${PYODIDE_URL}pyodide.mjs`);
    return loadPyodide({
      indexURL: PYODIDE_URL,
      stdout: (line) => append(line),
      stderr: (line) => append(line, 'err'),
    });
  });
  state.pyodide = pyodide;
  pyodide.setStdout({ batched: (line) => append(line) });
  pyodide.setStderr({ batched: (line) => append(line, 'err') });
  pyodide.registerJsModule('samovar_page', pageModule);
  await stage('wheel', () => installJavacore(pyodide));
  await stage('import', async () => {
    setStatus('import javacore…');
    await pyodide.runPythonAsync(`import ${MODULE}`);
  });
  const t = state.loadTimes;
  const total = (t.pyodide + t.wheel + t.import) / 1000;
  setStatus(`Ready in ${total.toFixed(2)} s (javacore from ${state.javacoreFrom}).`);
  append(`Ready: Pyodide ${pyodide.version}, javacore from ${state.javacoreFrom} — loaded in ${total.toFixed(2)} s. Pick an example and press Run.`);
  $('run').disabled = false;
  setState('ready');
}

// ---- the editor
const exampleCache = new Map();
async function showExample(name) {
  if (!exampleCache.has(name)) {
    const r = await fetch(`examples/${name}.py`);
    if (!r.ok) throw new Error(`examples/${name}.py: HTTP ${r.status}`);
    exampleCache.set(name, await r.text());
  }
  const code = $('code');
  code.value = exampleCache.get(name);
  code.scrollTop = 0;
  code.scrollLeft = 0;
  code.setSelectionRange(0, 0);
  for (const b of document.querySelectorAll('#examples button')) b.classList.toggle('selected', b.dataset.example === name);
  document.body.dataset.example = name;
}

async function run() {
  if (state.running || !state.pyodide) return;
  state.running = true;
  setState('running');
  $('run').disabled = true;
  $('output').textContent = '';
  const status = $('run-status');
  status.className = '';
  status.textContent = 'running…';
  // Let the browser paint "running…" before Python takes the thread.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const t0 = performance.now();
  try {
    await state.pyodide.runPythonAsync($('code').value, { filename: '<editor>' });
    status.textContent = `done in ${((performance.now() - t0) / 1000).toFixed(2)} s`;
    document.body.dataset.lastRun = 'ok';
  } catch (e) {
    append(userTraceback(String(e.message ?? e)), 'err');
    status.className = 'error';
    status.textContent = `failed after ${((performance.now() - t0) / 1000).toFixed(2)} s`;
    document.body.dataset.lastRun = 'error';
  } finally {
    state.running = false;
    state.runs++;
    document.body.dataset.runs = String(state.runs);
    $('run').disabled = false;
    setState('ready');
  }
}

/** A Python traceback from the editor's code on: Pyodide's own frames above it are noise. */
function userTraceback(text) {
  const at = text.indexOf('  File "<editor>"');
  return at > 0 && text.startsWith('Traceback') ? `Traceback (most recent call last):\n${text.slice(at)}` : text;
}

function onKey(ev) {
  if (ev.key === 'Tab' && !ev.shiftKey) {
    ev.preventDefault();
    const ta = ev.target;
    const { selectionStart: s, selectionEnd: e } = ta;
    ta.setRangeText('    ', s, e, 'end');
  } else if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
    ev.preventDefault();
    run();
  }
}

// ---- the dropped file
async function takeFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  state.dropped = { name: file.name, bytes };
  $('drop-info').textContent = `${file.name}: ${bytes.length.toLocaleString('en')} bytes — run the SHA-256 example`;
}

function setupDrop() {
  const zone = $('drop');
  zone.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (ev) => {
    ev.preventDefault();
    zone.classList.remove('over');
    const file = ev.dataTransfer?.files?.[0];
    if (file) takeFile(file).catch((e) => append(String(e), 'err'));
  });
  $('file').addEventListener('change', (ev) => {
    const file = ev.target.files?.[0];
    if (file) takeFile(file).catch((e) => append(String(e), 'err'));
  });
}

const SAMPLE_TEXT = `It was the best of times, it was the worst of times, it was the age of wisdom, it was the age
of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of
Light, it was the season of Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way – in short, the period was so far like the present period, that some of
its noisiest authorities insisted on its being received, for good or for evil, in the superlative
degree of comparison only. Don't panic: naïve café owners' déjà vu isn't "state-of-the-art".
`;

function init() {
  $('text').value = SAMPLE_TEXT.repeat(200);
  $('code').addEventListener('keydown', onKey);
  $('run').addEventListener('click', run);
  for (const b of document.querySelectorAll('#examples button')) {
    b.addEventListener('click', () => showExample(b.dataset.example).catch((e) => append(String(e), 'err')));
  }
  setupDrop();
  showExample('stats').catch((e) => append(String(e), 'err'));
  load().catch((e) => {
    state.error = String(e.message ?? e);
    setState('error');
    setStatus(`Loading failed: ${state.error}`);
    append(state.error, 'err');
  });
}

init();
