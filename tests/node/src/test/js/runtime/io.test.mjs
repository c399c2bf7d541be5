// Output (line-buffered, UTF-8 across chunks) and files (in-memory fs with mounts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFixture, runtime } from './fixture.mjs';

test('System.out and System.err reach their callbacks, line by line', async () => {
  const { m, out, err } = await loadFixture();
  m.say('hello 😀');
  m.say('second');
  assert.equal(out.join(''), 'hello 😀\nsecond\n');
  assert.equal(err.join(''), 'err: hello 😀\nerr: second\n');
  assert.ok(out.every((t) => t.endsWith('\n')), 'only complete lines');
});

test('output before an exception is delivered', async () => {
  const { m, out } = await loadFixture();
  m.say('before');
  assert.throws(() => m.fail('iae', 'x'));
  assert.equal(out.join(''), 'before\n');
});

test('LineSink decodes characters split across writes and emits whole lines', async () => {
  const { LineSink } = await runtime();
  const got = [];
  const sink = new LineSink((t) => got.push(t));
  const bytes = new TextEncoder().encode('a😀b\nc€');
  for (const b of bytes) sink.write(new Uint8Array([b]));
  assert.deepEqual(got, ['a😀b\n']);
  sink.flush();
  assert.deepEqual(got, ['a😀b\n', 'c€']);
  // A character cut by a flush (the end of a call) is completed by the next write.
  const split = new TextEncoder().encode('é\n');
  sink.write(split.subarray(0, 1));
  sink.flush();
  sink.write(split.subarray(1));
  assert.equal(got.slice(2).join(''), 'é\n');
  // The final flush of a stream replaces a cut tail with U+FFFD.
  sink.write(new Uint8Array([0xf0, 0x9f]));
  sink.flush(true);
  assert.equal(got.at(-1), '\ufffd');
});

test('files: an in-memory fs mounted for Java, reads and writes', async () => {
  const { MemoryFs } = await runtime();
  const fs = new MemoryFs([{ path: '/host/in.txt', data: new TextEncoder().encode('héllo wörld 😀') }, { path: '/host/sub', dir: true }]);
  const { m } = await loadFixture({ fs, mounts: { '/data': '/host' } });
  assert.equal(m.readText('/data/in.txt'), 'héllo wörld 😀');
  m.writeText('/data/sub/out.txt', 'written ✓');
  const changes = fs.changes();
  const written = changes.written.find((w) => w.path === '/host/sub/out.txt');
  assert.ok(written, JSON.stringify(changes.written.map((w) => w.path)));
  assert.equal(new TextDecoder().decode(written.data), 'written ✓');
  assert.equal(m.readText('/data/sub/out.txt'), 'written ✓');
  assert.throws(() => m.readText('/data/missing.txt'), (e) => e.name === 'JavaError' && /NoSuchFile|FileNotFound|IOException/.test(e.javaClass + e.javaSuperclasses.join()));
  assert.throws(() => m.readText('/etc/passwd'), (e) => e.name === 'JavaError', 'nothing outside the mounts');
  assert.throws(() => m.readText('/data/../../host/in.txt'), (e) => e.name === 'JavaError', 'no escape above a mount');
});

test('without an fs, Java sees no files', async () => {
  const { m } = await loadFixture();
  assert.throws(() => m.readText('/data/in.txt'), (e) => e.name === 'JavaError');
});
