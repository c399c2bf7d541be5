// The abifixture and javacore wheels in real Pyodide 314 (Node): loadPackage(<wheel path>), import,
// every ABI type, Java exceptions as Python classes, handles, hostile arguments rejected before the
// module runs, broken modules, stdout/stderr, files shared both ways, aio in workers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { pyodide, runner, wheel, fixtureDir, coreDir } from './harness.mjs';

let py;
let run;

before(async () => {
  py = await pyodide();
  run = runner(py);
  await py.loadPackage(wheel(fixtureDir, 'abifixture'));
  await py.loadPackage(wheel(coreDir, 'javacore'));
  await run('import abifixture as a, javacore, array, asyncio, io, contextlib, time, sys');
});

after(() => py?.runPython('a.close(); javacore.close()'));

test('import abifixture checks and embeds the interface of its .wasm', async () => {
  const abi = JSON.parse(fs.readFileSync(`${fixtureDir}/abifixture.abi.json`, 'utf8'));
  assert.equal(await run('a.INTERFACE'), abi.interface);
  assert.equal(await run('a.__file__.endswith("site-packages/abifixture/__init__.py")'), true);
  assert.match(await run('a.add_int.__doc__'), /Adds two ints with Java's wrap-around/);
  assert.match(await run('a.add_int.__doc__'), /a: the first addend \(Java int\)/);
});

test('scalars: boolean, int, long, float, double with wrap-around, sentinels and NaN', async () => {
  await run(`
import math
assert a.not_bool(True) is False and a.not_bool(False) is True
assert a.add_int(2, 3) == 5
assert a.add_int(2**31 - 1, 1) == -2**31          # wraps to the int sentinel: not an error
assert a.add_long(2**62, 2**62) == -2**63          # all 64 bits, the long sentinel value
assert a.add_long(-5, 2) == -3
assert a.min_int() == -2**31
assert math.isnan(a.nan())
assert a.echo_double(-0.0) == 0 and math.copysign(1, a.echo_double(-0.0)) == -1
assert a.echo_double(1e308) == 1e308
assert type(a.echo_double(2.0)) is float and type(a.half_float(4.0)) is float
assert a.half_float(3.0) == 1.5
assert a.inverse(4) == 0.25
`);
});

test('strings: emoji, NUL, 1 MB, String[] with nulls', async () => {
  await run(`
s = "héllo 🌍\\0end"
assert a.echo_string(s) == s
assert a.reverse("abc") == "cba"
assert a.java_length("🌍") == 2                     # UTF-16 units on the Java side
big = "ж" * (1 << 19)
assert a.echo_string(big) == big
assert a.echo_string("") == ""
assert a.split_on("a,b,,c", ",") == ["a", "b", "", "c"]
assert a.upper_all(["x", None, "é"]) == ["X", None, "É"]
assert a.upper_all(()) == []
assert a.describe(None) == "null" and a.describe("x") == "<x>"
`);
});

test('arrays: list, tuple, bytes, bytearray, memoryview, array.array in; bytes and array.array out', async () => {
  await run(`
A = array.array
assert a.echo_bytes(b"\\x00\\xff") == b"\\x00\\xff"
assert a.echo_bytes(bytearray(b"ab")) == b"ab"
assert a.echo_bytes(memoryview(b"xyz")[1:]) == b"yz"
assert a.echo_bytes([0, 255, 7]) == b"\\x00\\xff\\x07"
assert a.echo_bytes([-1]) == b"\\xff"
assert a.echo_bytes(b"") == b""
r = a.echo_doubles([1.5, 2.5])
assert isinstance(r, A) and r.typecode == "d" and r.tolist() == [1.5, 2.5]
assert a.echo_doubles(A("d", [3.0])).tolist() == [3.0]
assert a.echo_doubles(memoryview(A("d", [1.0, 2.0, 3.0]))[::2]).tolist() == [1.0, 3.0]
assert a.echo_doubles(()).tolist() == []
assert a.sum((1, 2, 3.5)) == 6.5
ints = a.inc_ints([1, -2, 2**31 - 1])
assert ints.typecode == "i" and ints.tolist() == [2, -1, -2**31]
longs = a.neg_longs(A("q", [5, -(2**63) + 1]))
assert longs.typecode == "q" and longs.tolist() == [-5, 2**63 - 1]
f = a.twice_floats([1.25, -2.0])
assert f.typecode == "f" and f.tolist() == [2.5, -4.0]
assert a.range(4).tolist() == [0.0, 1.0, 2.0, 3.0]
assert a.maybe_null(True) is None and a.maybe_null(False) is not None
assert a.mixed(1, 2, "c", 4.0, b"e", 6.0, True) == a.mixed(1, 2, "c", 4.0, [101], 6.0, True)
`);
});

test('boxed and nullable parameters and results map null to None', async () => {
  await run(`
assert a.boxed_inc(None) is None and a.boxed_inc(41) == 42
assert a.boxed_neg_zero(False) is None
import math
z = a.boxed_neg_zero(True)
assert z == 0 and math.copysign(1, z) == -1
assert a.boxed_mix(None, None, None, None) == "null,null,null,null"
assert a.boxed_mix(True, 2**40, 1.5, 2.5) == f"true,{2**40},1.5,2.5"
assert a.boxed_long(1) == (1 << 62) + 1 and a.boxed_long(0) is None
`);
});

test('Java exceptions become JavaError subclasses with class, message and Java stack trace', async () => {
  await run(`
def raised(kind, message="m"):
    try:
        a.fail(kind, message)
    except a.JavaError as e:
        return e
    raise AssertionError("no exception for " + kind)

e = raised("iae", "bad value")
assert isinstance(e, a.IllegalArgumentException) and isinstance(e, ValueError)
assert e.java_class == "java.lang.IllegalArgumentException" and e.java_message == "bad value"
assert str(e) == "java.lang.IllegalArgumentException: bad value"
assert e.java_stack_trace.startswith("java.lang.IllegalArgumentException: bad value"), e.java_stack_trace
assert any("Java stack trace" in n for n in getattr(e, "__notes__", []))
e = raised("nfe", "x1")
assert type(e) is a.NumberFormatException and isinstance(e, ValueError)
assert isinstance(raised("ioobe"), IndexError) and isinstance(raised("ioobe"), a.IndexOutOfBoundsException)
assert type(raised("aioobe")) is a.ArrayIndexOutOfBoundsException and isinstance(raised("aioobe"), IndexError)
assert isinstance(raised("arith"), ArithmeticError) and type(raised("arith")) is a.ArithmeticException
assert type(raised("npe")) is a.NullPointerException
assert type(raised("state")) is a.IllegalStateException
assert isinstance(raised("unsupported"), NotImplementedError)
c = raised("custom", "mine")
assert type(c).__name__ == "FixtureException" and isinstance(c, a.RuntimeException), type(c).__mro__
assert c.java_class.endswith("Failures$FixtureException")
try:
    a.fail_void("void failed")
except a.IllegalStateException as e:
    assert e.java_message == "void failed"
else:
    raise AssertionError("fail_void did not raise")
try:
    a.inverse(0)
except ArithmeticError:
    pass
else:
    raise AssertionError("inverse(0) did not raise")
assert a.add_int(1, 1) == 2   # the instance stays usable
`);
});

test('handles: constructor, methods, handle arguments and results, with, close, use after close', async () => {
  await run(`
live = a._m.raw.samovar_abi_live_handles()
closed = a.closed_count()
c = a.Counter("c")
assert c.add(5) == 5 and c.add_all([1, 2, 3]) == 11 and c.label() == "c=11"
with a.Counter("d") as d:
    d.add(4)
    assert c.merge(d) == 15
    e = c.copy("e")
    assert isinstance(e, a.Counter) and e.label() == "e=15"
    e.close()
assert d.closed and e.closed
assert a.closed_count() == closed + 2
c.close(); c.close()                           # idempotent: Java's close runs once
assert a.closed_count() == closed + 3
try:
    c.add(1)
except a.IllegalStateException as ex:
    assert "closed" in str(ex), str(ex)
else:
    raise AssertionError("a closed handle was accepted")
assert a._m.raw.samovar_abi_live_handles() == live
assert "closed" in repr(c)
try:
    a.Counter("x").merge("not a counter")
except TypeError as ex:
    assert "'other'" in str(ex) and "Counter" in str(ex), str(ex)
`);
});

test('wrong types and lone surrogates raise before any call into the module, naming the parameter', async () => {
  await run(`
a.touch(7)
def refused(exc, fn, *args, name):
    try:
        fn(*args)
    except exc as e:
        assert f"'{name}'" in str(e), (str(e), name)
        return str(e)
    raise AssertionError(f"{fn.__name__}{args!r} was accepted")

refused(TypeError, a.touch, "7", name="value")
refused(TypeError, a.touch, 7.0, name="value")
refused(TypeError, a.touch, None, name="value")
refused(TypeError, a.touch, True, name="value")
refused(OverflowError, a.touch, 2**31, name="value")
assert a.last_touched() == 7
refused(TypeError, a.not_bool, 1, name="value")
refused(TypeError, a.echo_string, b"bytes", name="s")
refused(TypeError, a.echo_string, None, name="s")
refused(TypeError, a.echo_doubles, "123", name="xs")
refused(TypeError, a.echo_doubles, ["x"], name="xs")
refused(TypeError, a.echo_doubles, array.array("i", [1]), name="xs")
refused(TypeError, a.echo_doubles, 3.0, name="xs")
refused(OverflowError, a.inc_ints, [2**31], name="xs")
refused(TypeError, a.upper_all, ["a", 1], name="words[1]")
try:
    a.add_int(1)
except TypeError as e:
    assert "'b'" in str(e), str(e)
else:
    raise AssertionError("a missing argument was accepted")
err = refused(UnicodeEncodeError, a.write_text, "/home/pyodide/never.txt", "x\\ud800y", name="text")
assert "lone surrogate" in err
refused(UnicodeEncodeError, a.upper_all, ["ok", "\\udfff"], name="words[1]")
import os
assert not os.path.exists("/home/pyodide/never.txt")   # writeText never ran
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        a.say("\\ud83d")
    except UnicodeEncodeError:
        pass
assert out.getvalue() == ""                             # say never ran
`);
});

test('Java stdout and stderr go to sys.stdout and sys.stderr, line-buffered, UTF-8', async () => {
  await run(`
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    a.say("héllo 🌍")
    a.say("second")
assert out.getvalue() == "héllo 🌍\\nsecond\\n", repr(out.getvalue())
assert err.getvalue() == "err: héllo 🌍\\nerr: second\\n", repr(err.getvalue())
`);
});

test('files under /home/pyodide are shared: Python writes, Java reads, and back', async () => {
  await run(`
with open("/home/pyodide/from_python.txt", "w", encoding="utf-8") as f:
    f.write("written by Python ✓")
assert a.read_text("/home/pyodide/from_python.txt") == "written by Python ✓"
a.write_text("/home/pyodide/from_java.txt", "written by Java ✓")
with open("/home/pyodide/from_java.txt", encoding="utf-8") as f:
    assert f.read() == "written by Java ✓"
try:
    a.read_text("/home/pyodide/missing.txt")
except a.JavaError as e:
    assert isinstance(e, OSError) and "missing.txt" in str(e), (type(e), str(e))
else:
    raise AssertionError("reading a missing file did not raise")
`);
});

test('a trap (stack overflow, out of memory) kills the instance with a clear error; close() recovers', async () => {
  await run(`
for call, what in ((lambda: a.recurse(0), "call stack"), (lambda: a.allocate(3000), "unreachable")):
    try:
        call()
    except a.WasmTrap as e:
        assert e.kind == "trap" and what in str(e) and "dead" in str(e), str(e)
    else:
        raise AssertionError("no trap")
    try:
        a.add_int(1, 2)
    except a.InstanceDead as dead:
        assert "died in an earlier call" in str(dead) and what in str(dead), str(dead)
    else:
        raise AssertionError("a dead instance answered")
    a.close()
    assert a.add_int(1, 2) == 3
`);
});

test('no leaks: 20,000 calls with 1 KB strings and arrays, 5,000 handle cycles; memory stays within 2x', async () => {
  await run(`
text = "k" * 1000 + "é"
xs = array.array("d", range(128))
live = a._m.raw.samovar_abi_live_handles()
def memory():
    return a._m.memory.buffer.byteLength
for i in range(1000):
    assert a.echo_string(text) == text
    a.echo_doubles(xs)
after_warmup = memory()
for i in range(20_000):
    a.echo_string(text)
    a.echo_doubles(xs)
for i in range(5_000):
    with a.Counter("c") as c:
        c.add(i)
assert a._m.raw.samovar_abi_live_handles() == live
assert memory() <= 2 * after_warmup, (memory(), after_warmup)
`);
});

test('javacore: functions and the RunningStats handle', async () => {
  await run(`
import hashlib, zlib
data = b"hello javacore" * 100
assert javacore.sha256(data) == hashlib.sha256(data).digest()
assert javacore.crc32(data) == zlib.crc32(data) - (1 << 32 if zlib.crc32(data) >= 1 << 31 else 0)
assert javacore.inflate(javacore.deflate(data)) == data
assert javacore.base64_decode(javacore.base64_encode(data)) == data
assert javacore.add(2, 40) == 42
assert javacore.levenshtein("kitten", "sitting") == 3
assert javacore.sort([3.0, 1.0, 2.0]).tolist() == [1.0, 2.0, 3.0]
s = javacore.stats(array.array("d", [1.0, 2.0, 3.0, 4.0]))
assert s[0] == 4 and s[1] == 2.5, s
with javacore.RunningStats() as rs:
    rs.add([1.0, 2.0])
    rs.add((3.0, 4.0))
    assert rs.count() == 4
    assert rs.snapshot()[1] == 2.5
assert javacore.word_frequencies("b a b", 5) == "b\\t2\\na\\t1\\n"
`);
});

test('a corrupted, a wrong-ABI and a wrong-interface .wasm raise ModuleLinkError on import', async () => {
  await run(`
import os, shutil, importlib, re
src = os.path.dirname(a.__file__)
def broken(name, mutate_wasm=None, mutate_init=None):
    root = f"/tmp/broken-{name}"           # a path entry per package: no stale finder caches
    dst = f"{root}/{name}"
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))  # no stale .pyc
    if mutate_wasm:
        p = f"{dst}/abifixture.wasm"
        data = open(p, "rb").read()
        open(p, "wb").write(mutate_wasm(data))
    if mutate_init:
        p = f"{dst}/__init__.py"
        text = open(p).read()
        open(p, "w").write(mutate_init(text))
    sys.path.insert(0, root)
    importlib.invalidate_caches()
    try:
        importlib.import_module(name)
    except ImportError as e:
        # each package ships its own copy of the runtime, so compare by class name
        assert type(e).__name__ == "ModuleLinkError" and isinstance(e, ImportError), type(e)
        return str(e)
    raise AssertionError(f"{name} imported")

m = broken("truncated", mutate_wasm=lambda d: d[: len(d) // 2])
assert "not a valid WebAssembly module" in m and "corrupted" in m, m
m = broken("garbage", mutate_wasm=lambda d: b"\\x00asm\\x09\\x00\\x00\\x00junk")
assert "not a valid WebAssembly module" in m, m
m = broken("abi9", mutate_wasm=lambda d: d.replace(b'{"abi":1,', b'{"abi":9,'))
assert "ABI 9" in m and "ABI 1" in m, m
m = broken("otheriface", mutate_init=lambda t: re.sub(r'INTERFACE = "[0-9a-f]+"', 'INTERFACE = "0123456789abcdef"', t))
assert "0123456789abcdef" in m and "different builds" in m, m
m = broken("nowasm", mutate_wasm=None, mutate_init=lambda t: t.replace('MODULE = "abifixture"', 'MODULE = "absent"'))
assert "absent.wasm" in m, m
`);
});

test('aio: calls run in a worker; results, Java errors and the module after them', async () => {
  await run(`
assert await a.aio.add_int(1, 2) == 3
assert (await a.aio.echo_doubles([1.0, 2.0])).tolist() == [1.0, 2.0]
assert await a.aio.echo_string("🌍") == "🌍"
assert await a.aio.upper_all(["a", None]) == ["A", None]
assert await a.aio.boxed_inc(None) is None
try:
    await a.aio.fail("arith", "x")
except ArithmeticError as e:
    assert isinstance(e, a.ArithmeticException)
else:
    raise AssertionError("no exception")
try:
    await a.aio.add_int("1", 2)
except TypeError as e:
    assert "'a'" in str(e)
try:
    a.aio.Counter
except AttributeError:
    pass
else:
    raise AssertionError("aio offers a handle class")
`);
});

test('aio: Java output reaches sys.stdout; files under /home/pyodide are shared with the worker; a trap there', async () => {
  await run(`
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    await a.aio.say("from a worker ✓")
assert out.getvalue() == "from a worker ✓\\n", repr(out.getvalue())
assert err.getvalue() == "err: from a worker ✓\\n", repr(err.getvalue())
with open("/home/pyodide/aio_in.txt", "w") as f:
    f.write("for the worker")
assert await a.aio.read_text("/home/pyodide/aio_in.txt") == "for the worker"
await a.aio.write_text("/home/pyodide/aio_out.txt", "from the worker")
with open("/home/pyodide/aio_out.txt") as f:
    assert f.read() == "from the worker"
try:
    await a.aio.recurse(0)
except a.WasmTrap as e:
    assert "trap" in str(e), str(e)
else:
    raise AssertionError("no trap")
assert await a.aio.add_int(1, 1) == 2
assert a.add_int(1, 1) == 2
`);
});

test('aio: wait_for timeout and cancel terminate the worker; later calls work', async () => {
  const r = await run(`
t0 = time.perf_counter()
try:
    await asyncio.wait_for(a.aio.spin(10_000), 0.3)
except TimeoutError:
    timed_out = time.perf_counter() - t0
else:
    raise AssertionError("no timeout")
task = asyncio.ensure_future(a.aio.spin(10_000))
await asyncio.sleep(0.2)
task.cancel()
try:
    await task
except asyncio.CancelledError:
    pass
else:
    raise AssertionError("not cancelled")
assert await a.aio.add_int(20, 22) == 42
assert a.add_int(1, 1) == 2
timed_out
`);
  assert.ok(r < 3, `the timeout took ${r} s`);
});

test('aio: Python keeps running while Java runs in the worker', async () => {
  await run(`
ticks = 0
async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0.01)
        ticks += 1
t = asyncio.ensure_future(ticker())
loops = await a.aio.spin(1000)
t.cancel()
assert loops > 0
assert ticks >= 20, ticks     # about 100 in a second; a blocked event loop gives 0
`);
});

test('aio.map_chunks: a failing chunk raises its Java exception and stops the stream', async () => {
  await run(`
got = []
try:
    async for v in a.aio.map_chunks(a.aio.fail, [("iae", "first"), ("nfe", "x"), ("iae", "third")], in_flight=2):
        got.append(v)
except ValueError as e:
    assert isinstance(e, a.IllegalArgumentException) and e.java_message == "first", repr(e)
else:
    raise AssertionError("no exception")
assert got == []
assert await a.aio.add_int(2, 3) == 5
`);
});

test('aio.map_chunks: results in order, at most in_flight chunks taken ahead', async () => {
  await run(`
pulled = 0
yielded = 0
ahead = 0
def chunks():
    global pulled
    for i in range(8):
        pulled += 1
        yield [float(i), float(i)]
out = []
async for v in a.aio.map_chunks("sum", chunks(), in_flight=3):
    yielded += 1
    ahead = max(ahead, pulled - yielded)
    out.append(v)
assert out == [2.0 * i for i in range(8)], out
assert ahead <= 3, ahead
# slow first chunk: order is kept although later chunks finish first
out = []
async for v in a.aio.map_chunks("spin", [300, 1, 1], in_flight=3):
    out.append(v)
assert len(out) == 3 and out[0] > out[1], out
try:
    async for _ in a.aio.map_chunks("sum", [[1.0]], in_flight=0):
        pass
except ValueError as e:
    assert "in_flight" in str(e)
`);
});

test('measured (printed, not asserted): scalar call overhead, 1e6-double transfer, wheel size', async () => {
  const r = await run(`
n = 20000
def py_add(x, y):
    return x + y
t = time.perf_counter()
for i in range(n):
    a.add_int(i, 1)
java_us = (time.perf_counter() - t) / n * 1e6
t = time.perf_counter()
for i in range(n):
    py_add(i, 1)
py_us = (time.perf_counter() - t) / n * 1e6
xs = array.array("d", range(1_000_000))
a.echo_doubles(xs[:10])
t = time.perf_counter()
ys = a.echo_doubles(xs)
round_trip_ms = (time.perf_counter() - t) * 1e3
assert ys == xs
lst = xs.tolist()
t = time.perf_counter()
a.sum(lst)
list_in_ms = (time.perf_counter() - t) * 1e3
raw = a._m.raw.addInt
t = time.perf_counter()
for i in range(n):
    raw(i, 1)
raw_us = (time.perf_counter() - t) / n * 1e6

def best(fn, repeat=3):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times) * 1e3

def py_stats(v):
    n = len(v)
    mean = sum(v) / n
    var = sum((x - mean) ** 2 for x in v) / n
    s = sorted(v)
    return [n, mean, var, s[0], s[-1], s[n // 2], s[int(n * 0.9)], s[int(n * 0.99)]]

import random, collections, re as _re, hashlib
random.seed(1)
data = array.array("d", (random.random() for _ in range(1_000_000)))
stats_java = best(lambda: javacore.stats(data))
stats_py = best(lambda: py_stats(data), 1)
words = " ".join(random.choice(["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]) for _ in range(200_000))
wf_java = best(lambda: javacore.word_frequencies(words, 10))
wf_py = best(lambda: collections.Counter(_re.findall(r"\\w+", words)).most_common(10))
blob = bytes(random.getrandbits(8) for _ in range(1 << 20))
sha_java = best(lambda: javacore.sha256(blob))
sha_py = best(lambda: hashlib.sha256(blob).digest())
assert javacore.sha256(blob) == hashlib.sha256(blob).digest()
{"java_us": java_us, "py_us": py_us, "raw_us": raw_us, "round_trip_ms": round_trip_ms, "list_in_ms": list_in_ms,
 "stats": [stats_java, stats_py], "wf": [wf_java, wf_py], "sha": [sha_java, sha_py]}
`);
  const size = fs.statSync(wheel(fixtureDir, 'abifixture')).size;
  const coreSize = fs.statSync(wheel(coreDir, 'javacore')).size;
  console.log(`[measure] Pyodide scalar call add_int: ${r.java_us.toFixed(2)} µs/call (raw export through Pyodide's FFI ${r.raw_us.toFixed(2)} µs, pure-Python call ${r.py_us.toFixed(2)} µs)`);
  const ratio = ([j, p]) => `Java ${j.toFixed(1)} ms, Python ${p.toFixed(1)} ms, speed-up ${(p / j).toFixed(1)}x`;
  console.log(`[measure] stats of 1e6 doubles: ${ratio(r.stats)} (pure Python: sum, sorted)`);
  console.log(`[measure] word frequencies of 200k words: ${ratio(r.wf)} (Python: re + collections.Counter)`);
  console.log(`[measure] sha256 of 1 MiB: ${ratio(r.sha)} (Python: hashlib, which is C)`);
  console.log(`[measure] 1e6 doubles array.array in + out (echo_doubles): ${r.round_trip_ms.toFixed(1)} ms; 1e6-float list in (sum): ${r.list_in_ms.toFixed(1)} ms`);
  console.log(`[measure] wheel size: abifixture ${size} bytes, javacore ${coreSize} bytes`);
});
