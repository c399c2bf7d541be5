// Handle classes: construction, methods, handle arguments and results, close, use after close.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadFixture, runtime } from './fixture.mjs';

let m;
let rt;
before(async () => {
  ({ m } = await loadFixture());
  rt = await runtime();
});

test('construct, call methods, close', () => {
  const start = m.$runtime.liveHandles();
  const c = new m.Counter('apples');
  assert.ok(c instanceof m.Counter);
  assert.ok(c instanceof rt.JavaHandle);
  assert.equal(m.$runtime.liveHandles(), start + 1);
  assert.equal(c.add(5n), 5n);
  assert.equal(c.add(-7), -2n);
  assert.equal(c.addAll([1, 2, 3]), 4n);
  assert.equal(c.label(), 'apples=4');
  assert.equal(c.closed, false);
  const closedBefore = m.closedCount();
  c.close();
  assert.equal(c.closed, true);
  assert.equal(m.closedCount(), closedBefore + 1, "the Java class's close() ran");
  assert.equal(m.$runtime.liveHandles(), start);
  c.close();
  assert.equal(m.closedCount(), closedBefore + 1, 'a second close() does nothing');
});

test('use after close raises, naming the class', () => {
  const c = new m.Counter('x');
  c.close();
  assert.throws(() => c.add(1n), (e) => e.samovarKind === 'closed' && /Counter\.add: this Counter was closed/.test(e.message));
  assert.throws(() => c.label(), (e) => e.samovarKind === 'closed');
  const d = new m.Counter('y');
  assert.throws(() => d.merge(c), (e) => e.samovarKind === 'closed' && /parameter 'other' is Counter was closed/.test(e.message));
  d.close();
});

test('handle results are instances of the class; handle arguments are checked', () => {
  const a = new m.Counter('a');
  a.add(10n);
  const b = a.copy('b');
  assert.ok(b instanceof m.Counter);
  assert.equal(b.label(), 'b=10');
  assert.equal(a.merge(b), 20n);
  assert.throws(() => a.merge({}), (e) => e instanceof TypeError && /parameter 'other' must be a Counter/.test(e.message));
  assert.throws(() => a.merge(null), (e) => e instanceof TypeError && /parameter 'other' \(Counter\) is not @Nullable/.test(e.message));
  assert.throws(() => m.Counter.prototype.add.call({}, 1n), (e) => e instanceof TypeError && /the receiver must be a Counter/.test(e.message));
  a.close();
  b.close();
});

test('handles cannot cross instances', async () => {
  const { m: other } = await loadFixture();
  const mine = new m.Counter('mine');
  const theirs = new other.Counter('theirs');
  assert.throws(() => mine.merge(theirs), (e) => e instanceof TypeError && /parameter 'other' must be a Counter|another instance/.test(e.message));
  mine.close();
  theirs.close();
});

test('a Java exception in a method leaves the handle usable', () => {
  const c = new m.Counter('neg');
  c.add(-1n);
  assert.throws(() => c.checked(), (e) => e instanceof rt.JavaError && e.javaClass === 'java.lang.IllegalStateException' && /negative total -1/.test(e.javaMessage));
  c.add(2n);
  assert.equal(c.checked(), 1n);
  c.close();
});

test('constructor arguments are checked before the module is called', () => {
  const live = m.$runtime.liveHandles();
  assert.throws(() => new m.Counter(5), (e) => e instanceof TypeError && /Counter\.new: parameter 'name'/.test(e.message));
  assert.equal(m.$runtime.liveHandles(), live);
});

test('Symbol.dispose closes the handle where the platform has it', { skip: typeof Symbol.dispose !== 'symbol' && 'no Symbol.dispose in this Node' }, () => {
  const c = new m.Counter('disposable');
  c[Symbol.dispose]();
  assert.equal(c.closed, true);
});

test('handles of a closed module report closed', async () => {
  const { m: closing } = await loadFixture();
  const c = new closing.Counter('c');
  closing.$runtime.close();
  assert.equal(c.closed, true);
  assert.throws(() => c.add(1n), (e) => e.samovarKind === 'closed');
  c.close();
});
