// Benchmark of the page in Chromium: runs each example several times from the UI and reports the
// median Java (direct and aio) and pure-Python times side by side, measured in the same run, plus
// the page's load stages, the wheel size, the cost of one scalar call and of moving 1e6 doubles.
//   node web/scripts/bench.mjs [--runs 3]      (writes web/target/bench/report.md)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../target/bench');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('bench.mjs: --runs must be a positive integer');
  process.exit(2);
}
const CHROMIUM = process.env.SAMOVAR_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (s) => (s == null ? '—' : `${(s * 1000).toFixed(s < 0.01 ? 2 : 1)} ms`);

const srv = await startServer({ port: 0 });
const origin = new URL(srv.url).origin;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:') ? route.continue() : route.abort('blockedbyclient');
  });
  await page.goto(srv.url);
  await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 240_000 });
  const loaded = await page.evaluate(() => ({ state: document.body.dataset.state, status: document.getElementById('status').textContent, times: window.samovarPage.loadTimes, from: window.samovarPage.javacoreFrom }));
  if (loaded.state !== 'ready') throw new Error(`the page did not load: ${loaded.status}`);

  // A 256 KiB file for the sha256 example.
  await page.evaluate(() => {
    const bytes = new Uint8Array(256 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + (i >> 9)) & 255;
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'bench-256KiB.bin'));
    document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => window.samovarPage.dropped?.name === 'bench-256KiB.bin');

  const rows = [];
  for (const example of ['stats', 'words', 'sha256']) {
    for (let r = 0; r < RUNS; r++) {
      await page.click(`#examples button[data-example="${example}"]`);
      await page.waitForFunction((n) => document.body.dataset.example === n, example);
      const runs = Number((await page.getAttribute('body', 'data-runs')) ?? 0);
      await page.click('#run');
      await page.waitForFunction((x) => Number(document.body.dataset.runs ?? 0) > x, runs, { timeout: 600_000, polling: 200 });
      if ((await page.getAttribute('body', 'data-last-run')) !== 'ok') throw new Error(`${example} failed:\n${await page.textContent('#output')}`);
      const t = await page.evaluate(() => window.samovarPage.timings.at(-1));
      rows.push({ example, ...t });
      console.log(`${example} #${r + 1}: Java ${ms(t.javaS)}, aio ${ms(t.aioS)}, pure Python ${ms(t.pythonS)}`);
    }
  }

  const micro = await page.evaluate(() => window.samovarPage.pyodide.runPythonAsync(`
import array, time, javacore, js
def per_call(f, n):
    f()
    t0 = time.perf_counter()
    for _ in range(n):
        f()
    return (time.perf_counter() - t0) / n
xs = array.array("d", range(1_000_000))
[per_call(lambda: javacore.add(1, 2), 5000), per_call(lambda: js.Math.abs(-1), 5000),
 per_call(lambda: javacore.scale(xs, 2.0), 10), per_call(lambda: None, 5000)]
`).then((p) => { const v = p.toJs(); p.destroy(); return v; }));
  const wheels = await (await fetch(`${srv.url}api/wheels.json`)).json();

  const lines = [
    `# samovar-web benchmark (${new Date().toISOString()}, ${RUNS} runs per example, medians)`,
    '',
    `Chromium ${browser.version()}, javacore from ${loaded.from}; ${wheels.wheels.map((w) => `${w.name} ${w.size.toLocaleString('en')} bytes`).join(', ')}.`,
    `Load: Pyodide ${ms(loaded.times.pyodide / 1000)}, wheel ${ms(loaded.times.wheel / 1000)}, import ${ms(loaded.times.import / 1000)}.`,
    '',
    '| example | Java, direct | Java, aio worker | pure Python | Python / Java |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const example of ['stats', 'words', 'sha256']) {
    const rs = rows.filter((r) => r.example === example);
    const j = median(rs.map((r) => r.javaS));
    const a = median(rs.map((r) => r.aioS));
    const p = median(rs.map((r) => r.pythonS));
    lines.push(`| ${rs[0].label} | ${ms(j)} | ${ms(a)} | ${ms(p)} | ${(p / j).toFixed(1)}× |`);
  }
  lines.push(
    '',
    `One scalar call \`javacore.add(1, 2)\`: ${(micro[0] * 1e6).toFixed(1)} µs (a Python→JS call \`js.Math.abs(-1)\`: ${(micro[1] * 1e6).toFixed(1)} µs; an empty Python lambda: ${(micro[3] * 1e6).toFixed(2)} µs).`,
    `\`javacore.scale\` of 1e6 doubles (8 MB in and 8 MB out, plus one multiply each): ${ms(micro[2])}.`,
    '',
  );
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'report.md'), lines.join('\n'));
  console.log(`\n${lines.join('\n')}\nwritten to ${path.relative(process.cwd(), path.join(outDir, 'report.md'))}`);
} finally {
  await browser.close();
  await srv.close();
}
