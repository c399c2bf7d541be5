// A self-hosted Pyodide directory (the npm package's files, our merged pyodide-lock.json and the
// wheel): loadPackage('abifixture') by name; and loadJavaModule, the page author's API, with and
// without the wheel.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexURL, wheel, fixtureDir, runner } from './harness.mjs';

const runtimeDir = process.env.SAMOVAR_RUNTIME_DIR;
let py;
let run;
let dist;

before(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'samovar-pyodide-'));
  for (const f of fs.readdirSync(indexURL)) {
    if (f !== 'pyodide-lock.json') fs.symlinkSync(path.join(indexURL, f), path.join(dist, f));
  }
  fs.copyFileSync(path.join(fixtureDir, 'pyodide-lock.json'), path.join(dist, 'pyodide-lock.json'));
  const whl = wheel(fixtureDir, 'abifixture');
  fs.copyFileSync(whl, path.join(dist, path.basename(whl)));
  const { loadPyodide } = await import(path.join(indexURL, 'pyodide.mjs'));
  py = await loadPyodide({ indexURL: `${dist}/`, stdout: () => {}, stderr: () => {} });
  run = runner(py);
});

test('the merged lock keeps Pyodide\'s packages and holds the wheel\'s entry with its sha256', () => {
  const base = JSON.parse(fs.readFileSync(path.join(indexURL, 'pyodide-lock.json'), 'utf8'));
  const lock = JSON.parse(fs.readFileSync(path.join(fixtureDir, 'pyodide-lock.json'), 'utf8'));
  assert.deepEqual(lock.info, base.info);
  assert.equal(Object.keys(lock.packages).length, Object.keys(base.packages).length + 1);
  const entry = lock.packages.abifixture;
  const whl = wheel(fixtureDir, 'abifixture');
  assert.equal(entry.file_name, path.basename(whl));
  assert.equal(entry.sha256, crypto.createHash('sha256').update(fs.readFileSync(whl)).digest('hex'));
  assert.deepEqual(entry.imports, ['abifixture']);
  assert.deepEqual(entry.depends, []);
  assert.equal(entry.package_type, 'package');
});

test('loadPackage("abifixture") by name through the merged lock, then import', async () => {
  await py.loadPackage('abifixture');
  assert.equal(await run('import abifixture; abifixture.add_int(40, 2)'), 42);
  assert.equal(await run('import importlib.metadata as md; md.version("abifixture")'), JSON.parse(fs.readFileSync(path.join(fixtureDir, 'abifixture.pyodide-lock-entry.json'), 'utf8')).version);
});

test('loadJavaModule with the wheel installed: the generated bindings use the page\'s stdout', async () => {
  const { loadJavaModule } = await import(pathToFileURL(path.join(runtimeDir, 'samovar-loader.mjs')).href);
  const lines = [];
  const jm = await loadJavaModule(py, path.join(fixtureDir, 'abifixture.wasm'), { stdout: (t) => lines.push(t) });
  assert.equal(jm.name, 'abifixture');
  await run('import abifixture; abifixture.say("to the page")');
  assert.deepEqual(lines, ['to the page\n']);
  assert.match(await run('abifixture.add_int.__doc__'), /Adds two ints/, 'still the generated bindings');
});

test('loadJavaModule without a wheel: bindings from the samovar.abi section, handles and aio', async () => {
  const { loadJavaModule } = await import(pathToFileURL(path.join(runtimeDir, 'samovar-loader.mjs')).href);
  const lines = [];
  const bytes = fs.readFileSync(path.join(fixtureDir, 'abifixture.wasm'));
  await loadJavaModule(py, bytes, { name: 'fixdyn', stdout: (t) => lines.push(t) });
  const r = await run(`
import fixdyn
c = fixdyn.Counter("q")
c.add(3)
label = c.label()
c.close()
fixdyn.say("dynamic")
try:
    fixdyn.fail("iae", "m")
except ValueError as e:
    err = type(e).__name__
[fixdyn.add_int(1, 2), fixdyn.upper_all(["a", None]), label, await fixdyn.aio.add_int(2, 2), err]
`);
  assert.deepEqual(r, [3, ['A', undefined], 'q=3', 4, 'IllegalArgumentException']);
  assert.deepEqual(lines, ['dynamic\n']);
});

test('loadJavaModule mounts: a configured directory is the Java path /data', async () => {
  const { loadJavaModule } = await import(pathToFileURL(path.join(runtimeDir, 'samovar-loader.mjs')).href);
  py.FS.mkdirTree('/tmp/shared');
  await loadJavaModule(py, fs.readFileSync(path.join(fixtureDir, 'abifixture.wasm')), { name: 'fixmnt', mounts: { '/data': '/tmp/shared' } });
  const r = await run(`
import fixmnt
with open("/tmp/shared/in.txt", "w") as f:
    f.write("mounted")
fixmnt.write_text("/data/out.txt", fixmnt.read_text("/data/in.txt") + " and back")
try:
    fixmnt.read_text("/home/pyodide/in.txt")
    outside = "readable"
except OSError:
    outside = "refused"
[open("/tmp/shared/out.txt").read(), outside]
`);
  assert.deepEqual(r, ['mounted and back', 'refused']);
});

test('loadJavaModule refuses bad input with clear errors', async () => {
  const { loadJavaModule } = await import(pathToFileURL(path.join(runtimeDir, 'samovar-loader.mjs')).href);
  await assert.rejects(loadJavaModule(py, new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 9])), /options\.name/);
  await assert.rejects(loadJavaModule(py, new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 9]), { name: 'bad' }), /not a valid WebAssembly module/);
  await assert.rejects(loadJavaModule(py, '/nonexistent/x.wasm'), /cannot read/);
  await assert.rejects(loadJavaModule(py, new Uint8Array(8), { name: 'not-an-identifier' }), /not a valid Python module name/);
  await assert.rejects(loadJavaModule({}, new Uint8Array(8), { name: 'x' }), /loadPyodide/);
});
