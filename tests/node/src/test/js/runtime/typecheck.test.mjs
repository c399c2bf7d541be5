// The generated .d.ts/.d.mts type-check with TypeScript (pinned in package.json) under both module
// resolutions users have (nodenext, bundler), and they catch wrong calls: the types are not `any`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ABIFIXTURE_DIR, JAVACORE_DIR } from './fixture.mjs';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

const USE = `import { load } from './abifixture.mjs';
import { load as loadCore } from './core/javacore.mjs';
const m = await load(new Uint8Array(0));
const x: number = m.addInt(1, 2);
const y: bigint = m.addLong(1n, 2);
const s: string = m.echoString('a');
const d: Float64Array = m.echoDoubles([1, 2]);
const w: (string | null)[] = m.upperAll(['a', null]);
const maybe: number | null = m.boxedInc(null);
const c = new m.Counter('c');
const n: bigint = c.add(1);
const other: typeof c = c.copy('d');
c.close();
const core = await loadCore(new URL('file:///javacore.wasm'));
const st: Float64Array = core.stats(new Float64Array([1, 2]));
const rs = new core.RunningStats();
rs.add([1, 2]);
const count: bigint = rs.count();
console.log(x, y, s, d, w, maybe, n, other, st, count);
`;
const BAD = `import { load } from './abifixture.mjs';
const m = await load(new Uint8Array(0));
m.addInt('x', 2);
const z: string = m.addInt(1, 2);
m.echoDoubles('not numbers');
`;

function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samovar-tsc-'));
  fs.cpSync(path.join(ABIFIXTURE_DIR, 'bindings/js'), dir, { recursive: true });
  fs.cpSync(path.join(JAVACORE_DIR, 'bindings/js'), path.join(dir, 'core'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  fs.writeFileSync(path.join(dir, 'use.mts'), USE);
  fs.writeFileSync(path.join(dir, 'bad.mts'), BAD);
  return dir;
}

function check(dir, file, resolution) {
  const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
  return spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', module,
    '--moduleResolution', resolution, file], { cwd: dir, encoding: 'utf8' });
}

for (const resolution of ['nodenext', 'bundler']) {
  test(`generated bindings type-check (${resolution}); wrong calls are errors`, () => {
    const dir = project();
    try {
      const ok = check(dir, 'use.mts', resolution);
      assert.equal(ok.status, 0, ok.stdout + ok.stderr);
      const bad = check(dir, 'bad.mts', resolution);
      assert.notEqual(bad.status, 0, 'tsc accepted wrong calls');
      assert.match(bad.stdout, /bad\.mts\(3,\d+\): error TS2345/);
      assert.match(bad.stdout, /bad\.mts\(4,\d+\): error TS2322/);
      assert.match(bad.stdout, /bad\.mts\(5,\d+\): error TS2345/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
