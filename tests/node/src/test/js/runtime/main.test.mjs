// JavaModule.main(args, {stdin}): a command module's _start run from JS, as Pyodide pages run it.
// (stdin reaching System.in on real Pyodide is checked by the Java cross-host matrix,
// WasiGapsTest.stdinIsReadable on the pyodide-node host.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JAVACORE_WASM } from './fixture.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const runtimeDir = process.env.SAMOVAR_RUNTIME_DIR
  ?? path.resolve(here, '../../../../../../pyodide-loader/target/classes/dev/samovar/pyodide/runtime');

async function javacore() {
  const { JavaModule } = await import(pathToFileURL(path.join(runtimeDir, 'samovar-loader.mjs')).href);
  const out = [];
  const m = new JavaModule(new WebAssembly.Module(fs.readFileSync(JAVACORE_WASM)), {
    name: 'javacore', stdout: (t) => out.push(t), stderr: () => {},
  });
  return { m, out };
}

test('main(args, {stdin}) takes bytes or a string and runs _start', async () => {
  const { m, out } = await javacore();
  assert.equal(m.main(['help'], { stdin: 'ignored\n' }), 0);
  assert.match(out.join(''), /^usage: javacore/);
  assert.equal(m.main(['help'], { stdin: new Uint8Array([1, 2, 3]) }), 0);
  assert.notEqual(m.main(['frobnicate']), 0, 'an unknown subcommand fails');
});

test('main refuses stdin that is neither bytes nor a string', async () => {
  const { m } = await javacore();
  for (const bad of [42, [1, 2], { length: 1 }, new ArrayBuffer(2)]) {
    assert.throws(() => m.main(['help'], { stdin: bad }), (e) => e.samovarKind === 'usage' && /stdin must be a Uint8Array or a string/.test(e.message));
  }
});
