// No leaks across many calls: 1,000,000 calls passing and returning 1 KB strings and arrays, and
// 10,000 handle create/close cycles. Linear memory stays within 2x its size after the first 1,000
// calls, and samovar_abi_live_handles returns to where it started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFixture } from './fixture.mjs';

const CALLS = 1_000_000;
const WARMUP = 1_000;

test('1,000,000 calls with 1 KB strings and arrays, 10,000 handle cycles: no growth, no live handles', { timeout: 600_000 }, async () => {
  const { m } = await loadFixture();
  const memory = m.$runtime.memory;
  const liveAtStart = m.$runtime.liveHandles();
  const text = 'é😀abcdefgh'.repeat(72); // 1,008 bytes of UTF-8
  assert.ok(new TextEncoder().encode(text).length >= 1000);
  const doubles = new Float64Array(128).map((_, i) => i / 7); // 1 KB
  const bytes = new Uint8Array(1024).map((_, i) => i * 31);
  const words = Array.from({ length: 16 }, (_, i) => `word${i}-${'x'.repeat(50)}`); // about 1 KB

  let afterWarmup = 0;
  let maxBytes = 0;
  for (let i = 0; i < CALLS; i++) {
    switch (i & 3) {
      case 0: {
        const s = m.echoString(text);
        if (s.length !== text.length) assert.equal(s, text);
        break;
      }
      case 1: {
        const d = m.echoDoubles(doubles);
        if (d[127] !== doubles[127]) assert.deepEqual(d, doubles);
        break;
      }
      case 2: {
        const b = m.echoBytes(bytes);
        if (b[1023] !== bytes[1023]) assert.deepEqual(b, bytes);
        break;
      }
      default: {
        const u = m.upperAll(words);
        if (u.length !== 16) assert.fail(`upperAll returned ${u.length} words`);
      }
    }
    if (i + 1 === WARMUP) afterWarmup = memory.buffer.byteLength;
    if ((i & 0xffff) === 0) maxBytes = Math.max(maxBytes, memory.buffer.byteLength);
  }
  for (let i = 0; i < 10_000; i++) {
    const c = new m.Counter(`c${i}`);
    c.add(i);
    const d = c.copy('d');
    d.close();
    c.close();
  }
  maxBytes = Math.max(maxBytes, memory.buffer.byteLength);
  assert.ok(maxBytes <= 2 * afterWarmup, `linear memory grew from ${afterWarmup} bytes after ${WARMUP} calls to ${maxBytes}`);
  assert.equal(m.$runtime.liveHandles(), liveAtStart, 'every handle was released');
  assert.equal(m.echoString(text), text, 'still working');
  console.log(`# leak: memory ${afterWarmup} bytes after ${WARMUP} calls, max ${maxBytes} after ${CALLS} calls + 20,000 handles`);
});
