// Runs `node --test` over src/test/js/**/*.test.mjs (Node 20 has no glob in --test; Node 22 does).
//   node run-tests.mjs [substring...]   only the files whose path contains one of the substrings
// Environment (set by the Maven build, pom.xml):
//   SAMOVAR_ABIFIXTURE_DIR  tests/abi-fixture/target/samovar  (abifixture.wasm, bindings/)
//   SAMOVAR_JAVACORE_DIR    wasm-core/target/samovar          (javacore.wasm, bindings/)
//   SAMOVAR_RUNTIME_DIR     pyodide-loader/target/classes/dev/samovar/pyodide/runtime
//   BLESS=1                 refresh golden files instead of comparing with them
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, 'src/test/js');

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.isFile() && e.name.endsWith('.test.mjs') ? [p] : [];
  });
}

const filters = process.argv.slice(2);
const files = walk(root)
  .sort()
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
if (files.length === 0) {
  console.error(`run-tests.mjs: no *.test.mjs under ${root}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}
const env = { ...process.env };
const defaults = {
  SAMOVAR_ABIFIXTURE_DIR: path.resolve(here, '../abi-fixture/target/samovar'),
  SAMOVAR_JAVACORE_DIR: path.resolve(here, '../../wasm-core/target/samovar'),
  SAMOVAR_RUNTIME_DIR: path.resolve(here, '../../pyodide-loader/target/classes/dev/samovar/pyodide/runtime'),
};
for (const [k, v] of Object.entries(defaults)) env[k] ??= v;
const result = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
