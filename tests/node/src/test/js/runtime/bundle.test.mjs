// The bundled runtime (what the pyodide-loader jar ships) loads as ESM and exposes its API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.env.SAMOVAR_RUNTIME_DIR;

test('the runtime resources exist', () => {
  for (const f of ['_samovar_runtime.js', 'samovar-loader.mjs', 'samovar-loader.d.ts']) {
    assert.ok(fs.existsSync(path.join(dir, f)), `${f} missing in ${dir}`);
  }
});

test('samovar-loader.mjs exports the runtime API', async () => {
  const api = await import(pathToFileURL(path.join(dir, 'samovar-loader.mjs')).href);
  for (const name of ['JavaModule', 'compileModule', 'createWasi', 'SamovarError', 'LineSink', 'MemoryFs', 'ABI_VERSION']) {
    assert.notEqual(api[name], undefined, name);
  }
  assert.equal(api.ABI_VERSION, 1);
});

test('_samovar_runtime.js evaluates to the same factory', () => {
  const factory = (0, eval)(fs.readFileSync(path.join(dir, '_samovar_runtime.js'), 'utf8'));
  assert.equal(typeof factory, 'function');
  assert.equal(factory().ABI_VERSION, 1);
});
