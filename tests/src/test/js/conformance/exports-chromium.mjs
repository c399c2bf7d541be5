// Runs the export conformance cases in real Pyodide in headless Debian Chromium (playwright-core),
// with every request served from local files by the test itself and anything else refused.
//   node exports-chromium.mjs <wheel> <module> <cases.json> <module>.abi.json <exports_runner.py>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const [wheel, moduleName, casesFile, abiFile, runner] = process.argv.slice(2);
const require = createRequire(path.join(process.cwd(), 'package.json'));
const { chromium } = require('playwright-core');
const pyodideDir = path.dirname(require.resolve('pyodide/package.json'));
const here = path.dirname(fileURLToPath(import.meta.url));
const ORIGIN = 'http://samovar.test';
const TYPES = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json',
  '.whl': 'application/zip', '.zip': 'application/zip', '.py': 'text/plain', '.bin': 'application/octet-stream', '.html': 'text/html', '.tar': 'application/x-tar' };
const files = {
  '/pyodide/': pyodideDir,
  '/conformance/': path.dirname(casesFile),
  '/js/': here,
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') process.stderr.write(`[chromium] ${m.text()}\n`); });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    let file = null;
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>conformance</title>' });
    if (url.pathname === '/wheel/' + path.basename(wheel)) file = path.resolve(wheel);
    if (url.pathname === '/runner/exports_runner.py') file = path.resolve(runner);
    if (url.pathname === '/abi.json') file = path.resolve(abiFile);
    for (const [prefix, dir] of Object.entries(files)) {
      if (url.pathname.startsWith(prefix)) {
        const p = path.resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
        if (p.startsWith(path.resolve(dir) + path.sep)) file = p;
      }
    }
    if (!file || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
  });
  await page.goto(ORIGIN + '/');
  const dataNames = fs.readdirSync(path.join(path.dirname(casesFile), 'data'));
  const out = await page.evaluate(async ({ wheelUrl, moduleName, dataNames }) => {
    const { loadPyodide } = await import('/pyodide/pyodide.mjs');
    const { runCases } = await import('/js/pyodide-exports.mjs');
    const text = async (u) => (await fetch(u)).text();
    const pyodide = await loadPyodide({ indexURL: '/pyodide/' });
    const data = new Map();
    for (const n of dataNames) data.set(n, new Uint8Array(await (await fetch('/conformance/data/' + n)).arrayBuffer()));
    return runCases(pyodide, wheelUrl, moduleName, await text('/conformance/cases.json'), await text('/abi.json'), data,
      await text('/runner/exports_runner.py'));
  }, { wheelUrl: ORIGIN + '/wheel/' + path.basename(wheel), moduleName, dataNames });
  process.stdout.write(out);
} finally {
  await browser.close();
}
