// Every way to hand load() a module, and the WASI clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fixtureBindings, FIXTURE_WASM, wasmBytes } from './fixture.mjs';

test('load accepts a path, a file: URL, bytes, an ArrayBuffer, a Response, a promise of one and a compiled module', async () => {
  const { load } = await fixtureBindings();
  const bytes = wasmBytes();
  const sources = [
    FIXTURE_WASM,
    pathToFileURL(FIXTURE_WASM),
    pathToFileURL(FIXTURE_WASM).href,
    bytes,
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    new Response(fs.readFileSync(FIXTURE_WASM)),
    Promise.resolve(new Response(fs.readFileSync(FIXTURE_WASM))),
    await WebAssembly.compile(bytes),
  ];
  for (const source of sources) {
    const m = await load(source, { stdout: () => {} });
    assert.equal(m.addInt(20, 22), 42, String(source));
  }
});

test('a failed HTTP response is refused naming the status', async () => {
  const { load } = await fixtureBindings();
  await assert.rejects(load(new Response('nope', { status: 404 })), (e) => e.samovarKind === 'link' && /HTTP 404/.test(e.message));
});

test('bad options are refused', async () => {
  const { load } = await fixtureBindings();
  await assert.rejects(load(FIXTURE_WASM, 'loud'), (e) => e.samovarKind === 'usage' && /options must be an object/.test(e.message));
  await assert.rejects(load(FIXTURE_WASM, { fs: {}, mounts: { data: '/x' } }), (e) => e.samovarKind === 'usage' && /absolute paths/.test(e.message));
});

test('instances are independent', async () => {
  const { load } = await fixtureBindings();
  const a = await load(FIXTURE_WASM);
  const b = await load(FIXTURE_WASM);
  a.touch(1);
  b.touch(2);
  assert.equal(a.lastTouched(), 1);
  assert.equal(b.lastTouched(), 2);
});

test('the WASI clock advances: a 30 ms spin takes at least 30 ms', async () => {
  const { load } = await fixtureBindings();
  const m = await load(FIXTURE_WASM);
  const t0 = performance.now();
  const loops = m.spin(30);
  assert.ok(performance.now() - t0 >= 29, 'spin returned early');
  assert.ok(loops > 0n);
});

test('the bindings work in a Node worker thread', async () => {
  const { Worker } = await import('node:worker_threads');
  const { ABIFIXTURE_DIR } = await import('./fixture.mjs');
  const bindings = pathToFileURL(`${ABIFIXTURE_DIR}/bindings/js/abifixture.mjs`).href;
  const code = `
    import { parentPort } from 'node:worker_threads';
    const { load } = await import(${JSON.stringify(bindings)});
    const m = await load(${JSON.stringify(FIXTURE_WASM)}, { stdout: () => {} });
    const c = new m.Counter('t');
    parentPort.postMessage([m.addLong(1n, 2n), m.echoString('w😀'), c.add(3n)]);
    c.close();
  `;
  const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
  const result = await new Promise((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
  });
  await w.terminate();
  assert.deepEqual(result, [3n, 'w😀', 3n]);
});
