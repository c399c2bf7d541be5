// The same generated bindings and runtime in real Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): on a page and in a module Web Worker. Proves the shared code path has no
// Node-only imports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ABIFIXTURE_DIR } from './fixture.mjs';

const CHROMIUM = process.env.SAMOVAR_CHROMIUM ?? '/usr/bin/chromium';

const WORKER = `
import { load } from '/bindings/js/abifixture.mjs';
const out = [];
const m = await load('/abifixture.wasm', { stdout: (t) => out.push(t), stderr: () => {} });
const c = new m.Counter('w');
c.add(5n);
let error = null;
try { m.fail('nfe', 'zz'); } catch (e) { error = [e.name, e.javaClass, e.isInstance('java.lang.IllegalArgumentException')]; }
m.say('from a worker 😀');
postMessage({
  add: m.addInt(2, 3), long: m.addLong(1n << 62n, 1n).toString(), text: m.echoString('h€llo 😀'),
  doubles: [...m.echoDoubles([1.5, -0, NaN])].map(String), label: c.label(), error, out: out.join(''),
});
c.close();
`;

const TYPES = {
  '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.json': 'application/json',
};

let server;
let base;
let browser;
let chromium;

before(async () => {
  ({ chromium } = await import('playwright-core'));
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>samovar</title>');
      return;
    }
    if (url.pathname === '/worker.mjs') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(WORKER);
      return;
    }
    const file = path.join(ABIFIXTURE_DIR, path.normalize(url.pathname));
    if (!file.startsWith(`${ABIFIXTURE_DIR}${path.sep}`) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test('typed calls on a Chromium page', { timeout: 120_000 }, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/`);
  const r = await page.evaluate(async () => {
    const { load, INTERFACE } = await import('/bindings/js/abifixture.mjs');
    const out = [];
    const m = await load(fetch('/abifixture.wasm'), { stdout: (t) => out.push(t), stderr: () => {} });
    const c = new m.Counter('page');
    c.add(41n);
    const copy = c.copy('copy');
    let error = null;
    try {
      m.fail('aioobe', 'x');
    } catch (e) {
      error = [e.name, e.javaClass, e.isInstance('java.lang.IndexOutOfBoundsException')];
    }
    let typeError = null;
    try {
      m.addInt('1', 2);
    } catch (e) {
      typeError = [e.name, e.message];
    }
    m.say('on a page 😀');
    const result = {
      iface: INTERFACE, add: m.addInt(2147483647, 1), long: m.addLong(-(1n << 63n), 0n).toString(),
      text: m.echoString('a\u0000b 😀'), strings: m.upperAll(['a', null, 'ß']), bytes: [...m.echoBytes([1, 255])],
      label: copy.label(), live: m.$runtime.liveHandles(), error, typeError, out: out.join(''),
    };
    copy.close();
    c.close();
    result.liveAfter = m.$runtime.liveHandles();
    try {
      m.recurse(0);
    } catch (e) {
      result.trap = e.samovarKind;
    }
    return result;
  });
  await page.close();
  assert.deepEqual(errors, []);
  assert.match(r.iface, /^[0-9a-f]{16}$/);
  assert.equal(r.add, -2147483648);
  assert.equal(r.long, String(-(1n << 63n)));
  assert.equal(r.text, 'a\u0000b 😀');
  assert.deepEqual(r.strings, ['A', null, 'SS']);
  assert.deepEqual(r.bytes, [1, 255]);
  assert.equal(r.label, 'copy=41');
  assert.equal(r.liveAfter, r.live - 2);
  assert.deepEqual(r.error, ['JavaError', 'java.lang.ArrayIndexOutOfBoundsException', true]);
  assert.equal(r.typeError[0], 'TypeError');
  assert.match(r.typeError[1], /parameter 'a'/);
  assert.equal(r.out, 'on a page 😀\n');
  assert.equal(r.trap, 'trap');
});

test('typed calls in a Chromium module worker', { timeout: 120_000 }, async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  const r = await page.evaluate(() => new Promise((resolve, reject) => {
    const w = new Worker('/worker.mjs', { type: 'module' });
    w.onmessage = (e) => resolve(e.data);
    w.onerror = (e) => reject(new Error(e.message));
  }));
  await page.close();
  assert.equal(r.add, 5);
  assert.equal(r.long, String((1n << 62n) + 1n));
  assert.equal(r.text, 'h€llo 😀');
  assert.deepEqual(r.doubles, ['1.5', '0', 'NaN']);
  assert.equal(r.label, 'w=5');
  assert.deepEqual(r.error, ['JavaError', 'java.lang.NumberFormatException', true]);
  assert.equal(r.out, 'from a worker 😀\n');
});
