// The generated Python packages type-check with pyright (their .pyi, py.typed and the runtime), and
// the stubs catch wrong calls. pyright (pinned in package.json) comes with `npm ci`;
// SAMOVAR_PYRIGHT may point at another binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixtureDir, coreDir, repo } from './harness.mjs';

const candidates = [process.env.SAMOVAR_PYRIGHT, path.join(repo, 'node_modules/.bin/pyright')].filter(Boolean);
const pyright = candidates.find((p) => fs.existsSync(p));

const USE = `import array
import abifixture
import javacore

x: int = abifixture.add_int(1, 2)
s: str = abifixture.echo_string("x")
d: array.array[float] = abifixture.echo_doubles(array.array("d", [1.0]))
b: bytes = abifixture.echo_bytes(b"x")
words: list[str | None] = abifixture.upper_all(["a", None])
maybe: int | None = abifixture.boxed_inc(None)
with abifixture.Counter("c") as c:
    n: int = c.add(1)
    other: abifixture.Counter = c.copy("d")
stats: array.array[float] = javacore.stats([1.0, 2.0])


async def f() -> None:
    y: int = await abifixture.aio.add_int(1, 2)
    async for out in abifixture.aio.map_chunks("sum", [[1.0]]):
        print(out)
`;
const BAD = `import abifixture
abifixture.add_int("x", 2)
z: str = abifixture.add_int(1, 2)
abifixture.Counter("c").merge("not a counter")
`;

test('generated packages type-check with pyright; wrong calls are reported', () => {
  assert.ok(pyright, `pyright not found (${candidates.join(', ')}): run npm ci at the repository root`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samovar-pyright-'));
  for (const [from, name] of [[fixtureDir, 'abifixture'], [coreDir, 'javacore']]) {
    fs.cpSync(path.join(from, 'bindings/python', name), path.join(dir, name), { recursive: true });
  }
  fs.writeFileSync(path.join(dir, 'use.py'), USE);
  fs.writeFileSync(path.join(dir, 'bad.py'), BAD);
  fs.writeFileSync(path.join(dir, 'pyrightconfig.json'), JSON.stringify({ pythonVersion: '3.12', typeCheckingMode: 'standard' }));
  const r = spawnSync(pyright, ['--outputjson'], { cwd: dir, encoding: 'utf8' });
  const report = JSON.parse(r.stdout);
  const errors = report.generalDiagnostics.filter((d) => d.severity === 'error');
  const where = (d) => `${path.relative(dir, d.file)}:${d.range.start.line + 1}: ${d.message.split('\n')[0]}`;
  const unexpected = errors.filter((d) => path.basename(d.file) !== 'bad.py');
  assert.deepEqual(unexpected.map(where), [], 'the generated packages and their correct use have no errors');
  const bad = errors.filter((d) => path.basename(d.file) === 'bad.py').map((d) => d.range.start.line + 1);
  assert.deepEqual([...new Set(bad)].sort(), [2, 3, 4], errors.map(where).join('\n'));
});
