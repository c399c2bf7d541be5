// Runs a WASI command module on Samovar's own JS WASI, in Node or (--browser) in headless Debian
// Chromium, with the command line of wasi-run.mjs:
//   node js-wasi-run.mjs [--browser] [--dir HOST::GUEST] [--env K=V]... module.wasm [args...]
// The mapped directory is copied into an in-memory file system; files the guest writes or removes
// are written back to it afterwards. stdin is read whole; the exit status is the guest's.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCli } from './js-wasi-cli.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../../..');
const loaderFile = process.env.SAMOVAR_LOADER
  ?? path.join(repo, 'pyodide-loader/target/classes/dev/samovar/pyodide/runtime/samovar-loader.mjs');

const argv = process.argv.slice(2);
let browser = false;
let hostDir = null;
let guestDir = null;
const env = {};
while (argv.length && argv[0].startsWith('--')) {
  const flag = argv.shift();
  if (flag === '--browser') { browser = true; continue; }
  const value = argv.shift();
  if (flag === '--dir') {
    [hostDir, guestDir] = value.split('::');
  } else if (flag === '--env') {
    const eq = value.indexOf('=');
    env[value.slice(0, eq)] = value.slice(eq + 1);
  } else {
    console.error(`js-wasi-run: unknown flag ${flag}`);
    process.exit(2);
  }
}
const [module, ...args] = argv;
const files = [];
const walk = (dir, rel) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(path.join(dir, e.name), r);
    else if (e.isFile()) files.push({ path: r, data: new Uint8Array(fs.readFileSync(path.join(dir, e.name))) });
  }
};
if (hostDir) walk(hostDir, '');
let stdin = new Uint8Array(0);
try { stdin = new Uint8Array(fs.readFileSync(0)); } catch { /* no stdin */ }
const wasm = new Uint8Array(fs.readFileSync(module));
const request = { args: [module, ...args], env, guestDir, files, stdin };

const result = browser ? await inChromium(request) : await runCli(await import(pathToFileURL(loaderFile).href), wasm, request);
if (hostDir) {
  for (const w of result.written) {
    fs.mkdirSync(path.dirname(path.join(hostDir, w.path)), { recursive: true });
    fs.writeFileSync(path.join(hostDir, w.path), w.data);
  }
  for (const r of result.removed) fs.rmSync(path.join(hostDir, r), { force: true, recursive: true });
}
for (const stream of [process.stdout, process.stderr]) stream._handle?.setBlocking?.(true);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;

async function inChromium(req) {
  const require = createRequire(path.join(repo, 'package.json'));
  const { chromium } = require('playwright-core');
  const ORIGIN = 'http://samovar.test';
  const served = { '/loader.mjs': loaderFile, '/js-wasi-cli.mjs': path.join(here, 'js-wasi-cli.mjs'), '/module.wasm': module };
  const b = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await b.newPage();
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>wasi</title>' });
      const file = served[url.pathname];
      if (!file) return route.fulfill({ status: 404, body: 'not found' });
      const type = file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
      return route.fulfill({ contentType: type, body: fs.readFileSync(file) });
    });
    await page.goto(ORIGIN + '/');
    const b64 = (u8) => Buffer.from(u8).toString('base64');
    const out = await page.evaluate(async (r) => {
      const un = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
      const to = (u8) => { let s = ''; for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode(...u8.subarray(i, i + 0x8000)); return btoa(s); };
      const loader = await import('/loader.mjs');
      const { runCli } = await import('/js-wasi-cli.mjs');
      const wasm = new Uint8Array(await (await fetch('/module.wasm')).arrayBuffer());
      const res = await runCli(loader, wasm, {
        args: r.args, env: r.env, guestDir: r.guestDir, stdin: un(r.stdin),
        files: r.files.map((f) => ({ path: f.path, data: un(f.data) })),
      });
      return { code: res.code, stdout: to(res.stdout), stderr: to(res.stderr), removed: res.removed,
        written: res.written.map((w) => ({ path: w.path, data: to(w.data) })) };
    }, { ...req, stdin: b64(req.stdin), files: req.files.map((f) => ({ path: f.path, data: b64(f.data) })) });
    const un = (s) => new Uint8Array(Buffer.from(s, 'base64'));
    return { code: out.code, stdout: un(out.stdout), stderr: un(out.stderr), removed: out.removed,
      written: out.written.map((w) => ({ path: w.path, data: un(w.data) })) };
  } finally {
    await b.close();
  }
}
