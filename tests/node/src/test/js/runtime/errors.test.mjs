// Java exceptions, traps, wrong arguments and wrong modules, on real Node.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadFixture, fixtureBindings, runtime, wasmBytes, FIXTURE_WASM, JAVACORE_WASM } from './fixture.mjs';

let m;
let rt;
before(async () => {
  ({ m } = await loadFixture());
  rt = await runtime();
});

function javaError(cls, supers = []) {
  return (e) => {
    assert.ok(e instanceof rt.JavaError, `expected a JavaError, got ${e?.name}: ${e?.message}`);
    assert.equal(e.javaClass, cls);
    for (const s of supers) assert.ok(e.isInstance(s), `${cls} is a ${s}: ${e.javaSuperclasses}`);
    assert.ok(e.javaSuperclasses.includes('java.lang.Throwable'));
    return true;
  };
}

test('Java exceptions become JavaError with class, message, stack trace and superclasses', () => {
  const cases = [
    ['iae', 'java.lang.IllegalArgumentException', ['java.lang.RuntimeException']],
    ['nfe', 'java.lang.NumberFormatException', ['java.lang.IllegalArgumentException']],
    ['ioobe', 'java.lang.IndexOutOfBoundsException', ['java.lang.RuntimeException']],
    ['aioobe', 'java.lang.ArrayIndexOutOfBoundsException', ['java.lang.IndexOutOfBoundsException']],
    ['arith', 'java.lang.ArithmeticException', ['java.lang.RuntimeException']],
    ['npe', 'java.lang.NullPointerException', []],
    ['state', 'java.lang.IllegalStateException', []],
    ['unsupported', 'java.lang.UnsupportedOperationException', []],
    ['custom', 'dev.samovar.fixture.abi.Failures$FixtureException', ['java.lang.RuntimeException']],
  ];
  for (const [kind, cls, supers] of cases) {
    assert.throws(() => m.fail(kind, 'boom 😀'), javaError(cls, supers), kind);
  }
  try {
    m.fail('iae', 'bad value ü');
    assert.fail('no exception');
  } catch (e) {
    assert.equal(e.javaMessage, 'bad value ü');
    assert.match(e.message, /^java\.lang\.IllegalArgumentException: bad value ü/);
    assert.match(e.javaStackTrace, /^java\.lang\.IllegalArgumentException: bad value ü\n/);
    assert.equal(e.name, 'JavaError');
  }
  try {
    m.fail('nfe', 'x1');
    assert.fail('no exception');
  } catch (e) {
    assert.match(e.javaStackTrace, /\n\s+at java\.lang\.Integer\.parseInt/);
    assert.match(e.javaStackTrace, /\n\s+at dev\.samovar\.fixture\.abi\.Failures\.fail/);
  }
});

test('a state exception with a cause shows the cause in the stack trace', () => {
  try {
    m.fail('state', 'outer');
    assert.fail('no exception');
  } catch (e) {
    assert.match(e.javaStackTrace, /the cause/);
  }
});

test('void and double results report exceptions through their sentinels', () => {
  assert.throws(() => m.failVoid('v'), javaError('java.lang.IllegalStateException'));
  assert.throws(() => m.inverse(0), javaError('java.lang.ArithmeticException'));
  assert.equal(m.inverse(4), 0.25);
});

test('a Java exception thrown in a call with buffers leaves the instance usable', () => {
  assert.throws(() => m.splitOn('abc', ''), javaError('java.lang.IllegalArgumentException'));
  assert.deepEqual(m.splitOn('a b', ' '), ['a', 'b']);
  assert.equal(m.addInt(1, 2), 3);
  assert.equal(m.echoString('still fine'), 'still fine');
});

test('wrong argument types raise TypeError naming the parameter, before any wasm call', () => {
  m.touch(1);
  const cases = [
    [() => m.addInt('1', 2), /addInt: parameter 'a' \(int\)/],
    [() => m.addInt(1, 2.5), /parameter 'b' \(int\)/],
    [() => m.touch(2n), /touch: parameter 'value'/],
    [() => m.addLong(1.5, 0n), /parameter 'a' \(long\)/],
    [() => m.notBool(1), /parameter 'value' \(boolean\)/],
    [() => m.echoString(42), /parameter 's' \(String\) must be a string/],
    [() => m.echoString(null), /parameter 's' \(String\) is not @Nullable/],
    [() => m.echoDoubles('abc'), /parameter 'xs' \(double\[\]\)/],
    [() => m.echoDoubles([1, '2']), /element 1/],
    [() => m.incInts([1, 2 ** 31]), /element 1/],
    [() => m.echoBytes([300]), /element 0 .*not a byte/],
    [() => m.negLongs([1.5]), /parameter 'xs' \(long\[\]\)/],
    [() => m.upperAll(['a', 3]), /element 1/],
    [() => m.upperAll('a'), /parameter 'words'/],
    [() => m.boxedInc('1'), /parameter 'x' \(Integer\)/],
    [() => m.mixed(1, 2n, 'c', 4, [1], 0.5), /parameter 'g' \(boolean\)/],
    [() => m.addInt(1, 2, 3), /addInt\(a, b\) takes 2 arguments, got 3/],
  ];
  for (const [fn, re] of cases) assert.throws(fn, (e) => e instanceof TypeError && re.test(e.message), String(re));
  assert.equal(m.lastTouched(), 1, 'no call reached the module');
});

test('out-of-range integers raise RangeError naming the parameter', () => {
  assert.throws(() => m.addInt(2 ** 31, 0), (e) => e instanceof RangeError && /parameter 'a'/.test(e.message));
  assert.throws(() => m.addLong(1n << 63n, 0n), (e) => e instanceof RangeError && /parameter 'a'/.test(e.message));
  assert.throws(() => m.addLong(2 ** 60, 0n), (e) => e instanceof RangeError && /pass a bigint/.test(e.message));
});

test('strings with a lone surrogate are refused (strict UTF-8)', () => {
  assert.throws(() => m.echoString('a\ud800b'), (e) => e instanceof TypeError && /lone UTF-16 surrogate at index 1/.test(e.message));
  assert.throws(() => m.upperAll(['ok', '\udc00']), (e) => e instanceof TypeError && /element 1 of parameter 'words'/.test(e.message));
  assert.equal(m.echoString('😀'), '😀');
});

test('a trap kills the instance; later calls fail naming the first trap', async () => {
  const { m: doomed } = await loadFixture();
  assert.equal(doomed.addInt(1, 1), 2);
  assert.throws(() => doomed.recurse(0), (e) => e.name === 'SamovarError' && e.samovarKind === 'trap' && /recurse/.test(e.message));
  for (const call of [() => doomed.addInt(1, 1), () => doomed.echoString('x'), () => new doomed.Counter('c')]) {
    assert.throws(call, (e) => e.samovarKind === 'dead' && /wasm trap in recurse/.test(e.message));
  }
  assert.equal(m.addInt(1, 1), 2, 'other instances are unaffected');
});

test('running out of memory traps (TeaVM out-of-memory is not a Java exception)', async () => {
  const { m: doomed } = await loadFixture();
  assert.throws(() => doomed.allocate(4096), (e) => e.samovarKind === 'trap' && /allocate/.test(e.message));
  assert.throws(() => doomed.addInt(1, 1), (e) => e.samovarKind === 'dead' && /allocate/.test(e.message));
});

test('a closed module refuses calls', async () => {
  const { m: closing } = await loadFixture();
  closing.$runtime.close();
  assert.throws(() => closing.addInt(1, 1), (e) => e.samovarKind === 'closed');
});

test('corrupted, truncated, foreign and wrong-ABI modules are refused with clear errors', async () => {
  const { load } = await fixtureBindings();
  const good = wasmBytes();

  await assert.rejects(load(good.slice(0, good.length >> 1)), (e) => e.samovarKind === 'link' && /not a valid WebAssembly module .*truncated or corrupted/.test(e.message));
  await assert.rejects(load(new Uint8Array([1, 2, 3, 4])), (e) => e.samovarKind === 'link' && /not a valid WebAssembly module/.test(e.message));

  // A valid wasm that is not a Samovar module: no WASI imports, no memory.
  const empty = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  await assert.rejects(load(empty), (e) => e.samovarKind === 'link' && /exports no memory/.test(e.message));

  // Another module's .wasm (javacore) with these bindings: interface mismatch, naming both.
  await assert.rejects(load(JAVACORE_WASM), (e) => e.samovarKind === 'link' && /exports interface [0-9a-f]{16}, its bindings were generated for [0-9a-f]{16}.*rebuild/.test(e.message));

  // The same module with its samovar.abi section saying ABI 2: names both versions.
  await assert.rejects(load(withAbiSection(good, (json) => ({ ...json, abi: 2 }))), (e) => /uses Samovar ABI 2, this loader implements ABI 1/.test(e.message));
  // Interface hash changed in the section: refused.
  await assert.rejects(load(withAbiSection(good, (json) => ({ ...json, interface: '0000000000000000' }))), (e) => /exports interface 0000000000000000/.test(e.message));
  // Section removed: the .wasm has no typed exports for these bindings.
  await assert.rejects(load(withAbiSection(good, null)), (e) => /has no samovar\.abi section/.test(e.message));
  // A section that is not JSON.
  await assert.rejects(load(withAbiSection(good, () => '{not json')), (e) => /malformed samovar\.abi section/.test(e.message));

  await assert.rejects(load('/nonexistent/abifixture.wasm'), (e) => e.samovarKind === 'link' && /cannot read .*ENOENT/.test(e.message));
  await assert.rejects(load(42), (e) => e.samovarKind === 'usage' && /must be a URL, a path, bytes/.test(e.message));
  assert.ok(FIXTURE_WASM.endsWith('.wasm'));
});

test('bindings for another ABI version are refused by the runtime', async () => {
  await assert.rejects(rt.loadAbiModule(FIXTURE_WASM, { abi: 2, module: 'abifixture', interface: 'x', functions: [], handles: [] }),
    (e) => /generated for Samovar ABI 2, this runtime .* implements ABI 1/.test(e.message));
});

// ---- a minimal wasm section editor: rewrite or drop the samovar.abi custom section

function readLeb(bytes, at) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    result |= (b & 0x7f) << shift;
    shift += 7;
    if (!(b & 0x80)) return [result >>> 0, at];
  }
}

function leb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

/** The module with its samovar.abi section replaced by edit(json) (a string is written as is), or dropped for null. */
function withAbiSection(bytes, edit) {
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  let found = false;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readLeb(bytes, at + 1);
    const end = body + size;
    if (id === 0) {
      const [nameLen, nameAt] = readLeb(bytes, body);
      const name = new TextDecoder().decode(bytes.subarray(nameAt, nameAt + nameLen));
      if (name === 'samovar.abi') {
        found = true;
        if (edit !== null) {
          const old = JSON.parse(new TextDecoder().decode(bytes.subarray(nameAt + nameLen, end)));
          const next = edit(old);
          const payload = new TextEncoder().encode(typeof next === 'string' ? next : JSON.stringify(next));
          const nameBytes = new TextEncoder().encode(name);
          const content = [...leb(nameBytes.length), ...nameBytes, ...payload];
          parts.push(new Uint8Array([0, ...leb(content.length), ...content]));
        }
        at = end;
        continue;
      }
    }
    parts.push(bytes.subarray(at, end));
    at = end;
  }
  assert.ok(found, 'the fixture has a samovar.abi section');
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

test('a module returning something that is not an array address is refused, not read out of bounds', async () => {
  const model = JSON.parse((await import('node:fs')).readFileSync(FIXTURE_WASM.replace(/\.wasm$/, '.abi.json'), 'utf8'));
  // Bindings that lie: addInt "returns a String", so its int result is read as an address.
  const lying = { ...model, functions: model.functions.map((f) => (f.export === 'addInt' ? { ...f, result: { type: 'String', kind: 'string', nullable: false } } : f)) };
  const r = await rt.loadAbiModule(FIXTURE_WASM, lying, { stdout: () => {} });
  assert.throws(() => r.functions.addInt(0x7fff0000, 0), (e) => e.samovarKind === 'link' && /not the address of a Java array/.test(e.message));
  assert.throws(() => r.functions.echoString('x'), (e) => e.samovarKind === 'dead' && /invalid array address/.test(e.message));
});
