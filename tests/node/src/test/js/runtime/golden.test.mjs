// The generated abifixture bindings against copies kept in golden/ (BLESS=1 refreshes them), and
// the runtime copied beside them against the one pyodide-loader bundled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ABIFIXTURE_DIR } from './fixture.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bindings = path.join(ABIFIXTURE_DIR, 'bindings/js');

for (const file of ['abifixture.mjs', 'abifixture.d.ts']) {
  test(`${file} matches golden/${file}`, () => {
    const actual = fs.readFileSync(path.join(bindings, file), 'utf8');
    const golden = path.join(here, 'golden', file);
    if (process.env.BLESS === '1') {
      fs.writeFileSync(golden, actual);
      return;
    }
    assert.ok(fs.existsSync(golden), `${golden} is missing: run with BLESS=1 to create it`);
    assert.equal(actual, fs.readFileSync(golden, 'utf8'), `${file} changed; if intended, refresh with BLESS=1 and review the diff`);
  });
}

test('the runtime beside the bindings is the one pyodide-loader bundled', { skip: !process.env.SAMOVAR_RUNTIME_DIR && 'SAMOVAR_RUNTIME_DIR not set' }, () => {
  for (const file of ['samovar-loader.mjs', 'samovar-loader.d.ts']) {
    assert.equal(
      fs.readFileSync(path.join(bindings, file), 'utf8'),
      fs.readFileSync(path.join(process.env.SAMOVAR_RUNTIME_DIR, file), 'utf8'),
      `${file}: rebuild tests/abi-fixture after pyodide-loader`,
    );
  }
});
