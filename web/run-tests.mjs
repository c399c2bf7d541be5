// Runs `node --test` over src/test/js/*.test.mjs, listed here because Node 20 has no globs in
// --test and Node 22 no longer takes a directory.
//   node web/run-tests.mjs [substring...]   only the files whose name contains one of the substrings
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src/test/js');
const filters = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs') && (filters.length === 0 || filters.some((s) => f.includes(s))))
  .sort()
  .map((f) => path.join(dir, f));
if (files.length === 0) {
  console.error(`run-tests.mjs: no *.test.mjs in ${dir}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
