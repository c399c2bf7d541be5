// The worker side of async calls: receives the compiled module once ('init'), then runs calls one
// at a time ('call'), each against a MemoryFs filled from the caller's snapshot of the mounts.
// Output is sent back line by line while the call runs.

import { SamovarError } from './errors.mjs';
import { LineSink } from './lines.mjs';
import { MemoryFs } from './fs-memory.mjs';
import { createWasi, WasiExit } from './wasi.mjs';

function workerPort() {
  if (typeof process === 'object' && process.versions?.node) {
    const wt = process.getBuiltinModule ? process.getBuiltinModule('node:worker_threads') : require('node:worker_threads');
    return { on: (fn) => wt.parentPort.on('message', fn), post: (m, t) => wt.parentPort.postMessage(m, t) };
  }
  return { on: (fn) => self.addEventListener('message', (ev) => fn(ev.data)), post: (m, t) => self.postMessage(m, t) };
}

function describe(e) {
  return {
    name: e?.name ?? 'Error',
    message: String(e?.message ?? e),
    stack: String(e?.stack ?? ''),
    samovarKind: e?.samovarKind,
    javaClass: e?.javaClass,
    javaStackTrace: e?.javaStackTrace,
  };
}

function isTrap(e) {
  return e instanceof WebAssembly.RuntimeError || (e instanceof RangeError && /call stack/i.test(e.message));
}

function outputTransfer(value) {
  if (ArrayBuffer.isView(value)) return [value.buffer];
  return [];
}

const WIDTHS = { 'byte[]': 1, 'int[]': 4, 'long[]': 8, 'float[]': 4, 'double[]': 8, String: 1, 'String[]': 1 };
const BOXED = { Boolean: 1, Integer: 4, Long: 8, Float: 4, Double: 8 };
const SENTINELS = { int: -2147483648, long: -9223372036854775808n, boolean: 2, void: 1 };

/**
 * A typed call prepared by Python (_samovar.py, Aio): `p` = {export, kinds, result, args} where each
 * buffer argument is [allocExportSuffix, count, Uint8Array] (already encoded and checked), boxed
 * ones [present, value]. Returns {value, bytes, error}: the primitive result, the bytes of an array
 * result (copied), or the bytes of the error record; Python decodes them as for a direct call.
 */
export function abiCall(ex, p) {
  const raw = [];
  const takeError = () => {
    const at = ex.samovar_abi_error();
    return at === 0 ? null : readArray(ex, at, 1);
  };
  for (let i = 0; i < p.kinds.length; i++) {
    const kind = p.kinds[i];
    const v = p.args[i];
    if (kind in WIDTHS) {
      if (v == null) {
        raw.push(0);
        continue;
      }
      const [alloc, count, bytes] = v;
      const addr = ex[`samovar_abi_arg_${alloc}`](i, count);
      if (addr === 0) return { value: null, bytes: null, error: takeError() };
      new Uint8Array(ex.memory.buffer, addr, bytes.length).set(bytes);
      raw.push(1);
    } else if (kind in BOXED) {
      const [present, value] = v;
      raw.push(present, kind === 'Long' ? BigInt(present ? value : 0) : present ? value : 0);
    } else {
      raw.push(kind === 'long' ? BigInt(v) : v);
    }
  }
  const r = ex[p.export](...raw);
  const kind = p.result;
  if (kind in SENTINELS || kind === 'float' || kind === 'double') {
    const sentinel = kind === 'float' || kind === 'double' ? Number.isNaN(r) : r === SENTINELS[kind];
    const error = sentinel ? takeError() : null;
    // -0 as a string: Pyodide would turn the number into the int 0 (see _samovar.py adapt).
    const value = kind === 'void' ? null : Object.is(r, -0) ? '-0' : r;
    return { value, bytes: null, error };
  }
  if (r === 1) {
    const error = takeError();
    if (error) return { value: null, bytes: null, error };
  }
  if (r === 0) return { value: null, bytes: null, error: null };
  return { value: null, bytes: readArray(ex, r, WIDTHS[kind] ?? BOXED[kind]), error: null };
}

function readArray(ex, addr, width) {
  const dv = new DataView(ex.memory.buffer);
  const n = dv.getInt32(addr + ex.samovar_abi_layout(0), true);
  const at = addr + ex.samovar_abi_layout(width);
  return new Uint8Array(ex.memory.buffer.slice(at, at + n * width));
}

/** Entry point of a worker started by WorkerPool. */
export function workerMain() {
  const port = workerPort();
  let config = null;
  let persistent = null; // {instance, api, fsBox}
  let queue = Promise.resolve();

  const makeFs = (files) => (config.files ? new MemoryFs(files ?? []) : null);

  const instantiate = (args, fs, sinks) => {
    const wasi = createWasi({ args, env: config.env, fs, mounts: fs ? config.mounts : [], stdout: sinks.out, stderr: sinks.err });
    const instance = new WebAssembly.Instance(config.module, wasi.imports(config.module));
    wasi.attach(instance);
    return { instance, wasi };
  };

  const runCall = async (msg) => {
    const send = (fd) => new LineSink((text) => port.post({ type: 'out', id: msg.id, fd, text }));
    const sinks = { out: send(1), err: send(2) };
    const fs = makeFs(msg.files);
    try {
      let value;
      if (msg.kind === 'main') {
        const { instance } = instantiate([config.name, ...msg.args], fs, sinks);
        try {
          instance.exports._start();
          value = 0;
        } catch (e) {
          if (!(e instanceof WasiExit)) throw e;
          value = e.code;
        }
      } else {
        if (!persistent) {
          const box = { fs };
          const delegate = new Proxy({}, { get: (_, key) => (...a) => box.fs[key](...a) });
          const current = { out: sinks.out, err: sinks.err };
          const relay = { out: { write: (b) => current.out.write(b) }, err: { write: (b) => current.err.write(b) } };
          const { instance } = instantiate([config.name], fs ? delegate : null, relay);
          persistent = { instance, box, sinks: current, api: null };
          if (config.bindings) {
            const mod = await import(`data:text/javascript,${encodeURIComponent(config.bindings)}`);
            persistent.api = await mod.bind(instance);
          }
        }
        persistent.box.fs = fs;
        persistent.sinks.out = sinks.out;
        persistent.sinks.err = sinks.err;
        if (msg.kind === 'abi') {
          value = abiCall(persistent.instance.exports, msg.args[0]);
          sinks.out.flush();
          sinks.err.flush();
          const transfer = [value.bytes, value.error].filter(Boolean).map((b) => b.buffer);
          port.post({ type: 'done', id: msg.id, ok: true, value, changes: fs?.changes() }, transfer);
          return;
        }
        const target = persistent.api ?? persistent.instance.exports;
        const fn = target[msg.fn];
        if (typeof fn !== 'function') {
          throw new SamovarError('usage', `${config.name} has no export or binding named '${msg.fn}'`);
        }
        value = await fn(...msg.args);
      }
      sinks.out.flush();
      sinks.err.flush();
      port.post({ type: 'done', id: msg.id, ok: true, value, changes: fs?.changes() }, outputTransfer(value));
    } catch (e) {
      sinks.out.flush();
      sinks.err.flush();
      let error = describe(e);
      if (e instanceof WasiExit) {
        error = { ...error, samovarKind: 'exit', message: `${config.name}.${msg.fn} called System.exit(${e.code})` };
      } else if (isTrap(e)) {
        error = { ...error, samovarKind: 'trap', message: `${config.name}.${msg.kind === 'main' ? 'main' : msg.fn}: wasm trap (${e.message})` };
      }
      port.post({ type: 'done', id: msg.id, ok: false, error, changes: fs?.changes() });
    }
  };

  port.on((msg) => {
    if (msg.type === 'init') {
      config = msg;
      return;
    }
    if (msg.type === 'call') queue = queue.then(() => runCall(msg));
  });
}
