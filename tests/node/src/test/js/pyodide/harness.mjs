// Shared set-up of the Pyodide tests: one real Pyodide 314 in Node per test file, offline, loaded
// from the npm package (node_modules/pyodide), with the wheels the build wrote.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../../../../../..');
export const indexURL = `${path.join(repo, 'node_modules/pyodide')}/`;
export const fixtureDir = process.env.SAMOVAR_ABIFIXTURE_DIR ?? path.join(repo, 'tests/abi-fixture/target/samovar');
export const coreDir = process.env.SAMOVAR_JAVACORE_DIR ?? path.join(repo, 'wasm-core/target/samovar');

/** The single wheel in `dir` (the build writes <name>-<version>-py3-none-any.whl). */
export function wheel(dir, name) {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('-py3-none-any.whl')) : [];
  if (files.length !== 1) throw new Error(`expected one ${name} wheel in ${dir}, found ${files.length}: build it with mvn package -pl tests/abi-fixture,wasm-core -am`);
  return path.join(dir, files[0]);
}

export async function pyodide(options = {}) {
  const { loadPyodide } = await import(path.join(indexURL, 'pyodide.mjs'));
  return loadPyodide({ indexURL, stdout: () => {}, stderr: () => {}, ...options });
}

/** Runs Python (async allowed); a failed assert fails the test with Python's traceback. */
export function runner(py) {
  return async (code) => {
    const r = await py.runPythonAsync(code);
    return r?.toJs ? r.toJs({ dict_converter: Object.fromEntries }) : r;
  };
}
