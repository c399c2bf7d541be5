// Runs WASI command modules inside real Pyodide (npm pyodide) in Node through Samovar's loader:
// loadJavaModule(pyodide, wasm, {name, stdout, stderr, mounts}) and JavaModule.main(args), the
// path a page author takes. Pyodide loads once (seconds); then one request per line on stdin:
//   {"wasm": path, "args": [...], "env": {...}, "dir": hostDir|null, "guestDir": "/data",
//    "stdin": base64}
// and one answer per line on stdout:
//   {"code": n, "stdout": base64, "stderr": base64}   or   {"error": text}
// The host directory is copied into Pyodide's Emscripten FS, mounted at guestDir, and what the
// guest wrote or removed there is copied back afterwards. Output is what the loader's line sinks
// hand the callbacks (text, UTF-8 encoded back here).
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../../..');
const loaderFile = process.env.SAMOVAR_LOADER
  ?? path.join(repo, 'pyodide-loader/target/classes/dev/samovar/pyodide/runtime/samovar-loader.mjs');
const loader = await import(pathToFileURL(loaderFile).href);
const require = createRequire(path.join(repo, 'package.json'));
const pyodideDir = path.dirname(require.resolve('pyodide/package.json'));
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, 'pyodide.mjs')).href);
const pyodide = await loadPyodide({ indexURL: pyodideDir + '/', stdout: () => {}, stderr: (s) => process.stderr.write(s + '\n') });
const FS = pyodide.FS;

const modules = new Map();
let out = [];
let err = [];
let runs = 0;

async function moduleFor(wasm) {
  let jm = modules.get(wasm);
  if (!jm) {
    jm = await loader.loadJavaModule(pyodide, new Uint8Array(fs.readFileSync(wasm)), {
      name: `cli${modules.size}`,
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
    });
    modules.set(wasm, jm);
  }
  return jm;
}

function stage(hostDir, emDir) {
  FS.mkdirTree(emDir);
  for (const e of fs.readdirSync(hostDir, { withFileTypes: true })) {
    const h = path.join(hostDir, e.name);
    if (e.isDirectory()) stage(h, `${emDir}/${e.name}`);
    else if (e.isFile()) FS.writeFile(`${emDir}/${e.name}`, new Uint8Array(fs.readFileSync(h)));
  }
}

// Makes hostDir hold what emDir holds: new and changed files written, vanished entries removed.
function copyBack(emDir, hostDir) {
  const names = FS.readdir(emDir).filter((n) => n !== '.' && n !== '..');
  for (const name of names) {
    const em = `${emDir}/${name}`;
    const h = path.join(hostDir, name);
    if (FS.isDir(FS.stat(em).mode)) {
      if (fs.existsSync(h) && !fs.statSync(h).isDirectory()) fs.rmSync(h);
      fs.mkdirSync(h, { recursive: true });
      copyBack(em, h);
    } else {
      const data = FS.readFile(em);
      if (fs.existsSync(h) && fs.statSync(h).isDirectory()) fs.rmSync(h, { recursive: true });
      if (!fs.existsSync(h) || !Buffer.from(data).equals(fs.readFileSync(h))) fs.writeFileSync(h, data);
    }
  }
  for (const name of fs.readdirSync(hostDir)) {
    if (!names.includes(name)) fs.rmSync(path.join(hostDir, name), { recursive: true, force: true });
  }
}

function removeTree(emDir) {
  for (const name of FS.readdir(emDir)) {
    if (name === '.' || name === '..') continue;
    const p = `${emDir}/${name}`;
    if (FS.isDir(FS.stat(p).mode)) removeTree(p);
    else FS.unlink(p);
  }
  FS.rmdir(emDir);
}

async function run(req) {
  const jm = await moduleFor(req.wasm);
  const emDir = `/tmp/samovar-run-${++runs}`;
  if (req.dir) stage(req.dir, emDir);
  jm.configure({ env: req.env ?? {}, mounts: req.dir ? { [req.guestDir]: emDir } : [] });
  out = [];
  err = [];
  let code;
  try {
    code = jm.main(req.args, { stdin: new Uint8Array(Buffer.from(req.stdin ?? '', 'base64')) });
  } catch (e) {
    if (e?.samovarKind !== 'trap') throw e;
    err.push(`wasm trap: ${e.message}\n`);
    code = 134;
  }
  if (req.dir) {
    copyBack(emDir, req.dir);
    removeTree(emDir);
  }
  const b64 = (parts) => Buffer.from(parts.join(''), 'utf8').toString('base64');
  return { code, stdout: b64(out), stderr: b64(err) };
}

process.stdout.write(JSON.stringify({ ready: true }) + '\n');
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  let answer;
  try {
    answer = await run(JSON.parse(line));
  } catch (e) {
    answer = { error: String(e?.stack ?? e) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
}
