// Typed calls into a Samovar module (docs/abi.md, ABI v1): arguments are checked and converted
// before any wasm call, buffers are copied into Java arrays the module allocates, results are
// copied out before the next call, sentinels become JavaError, traps kill the instance, and handle
// classes wrap the module's opaque handles. Generated bindings (`<module>.mjs`) describe their
// exports with a spec (the `functions`/`handles` of `<module>.abi.json`) and call loadAbiModule().
// No Node-only code here: it runs in Node, browsers and workers.

import { SamovarError, JavaError } from './errors.mjs';
import { JavaModule, compileModule, ABI_VERSION } from './module.mjs';
import { WasiExit } from './wasi.mjs';

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder('utf-8');
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;
const HANDLE = Symbol('samovar.handle');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Allocation export and element width of each buffer kind. */
const BUFFERS = Object.freeze({
  string: { alloc: 'samovar_abi_arg_bytes', width: 1 },
  bytes: { alloc: 'samovar_abi_arg_bytes', width: 1 },
  strings: { alloc: 'samovar_abi_arg_bytes', width: 1 },
  ints: { alloc: 'samovar_abi_arg_i32s', width: 4 },
  longs: { alloc: 'samovar_abi_arg_i64s', width: 8 },
  floats: { alloc: 'samovar_abi_arg_f32s', width: 4 },
  doubles: { alloc: 'samovar_abi_arg_f64s', width: 8 },
});

/** JS types of each kind, for messages. */
const EXPECTED = Object.freeze({
  boolean: 'a boolean',
  int: 'an integer number (Java int)',
  long: 'a bigint or a safe integer number (Java long)',
  float: 'a number (Java float)',
  double: 'a number (Java double)',
  string: 'a string',
  bytes: 'a Uint8Array, Int8Array, ArrayBuffer or array of byte values',
  ints: 'an Int32Array or array of integer numbers (Java int[])',
  longs: 'a BigInt64Array or array of bigints (Java long[])',
  floats: 'a Float32Array or array of numbers (Java float[])',
  doubles: 'a Float64Array or array of numbers (Java double[])',
  strings: 'an array of strings (or nulls) (Java String[])',
});

function describeValue(v) {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined (missing argument?)';
  if (typeof v === 'string') return `a string (${JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}...` : v)})`;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return `${typeof v} ${String(v)}${typeof v === 'bigint' ? 'n' : ''}`;
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  return Object.prototype.toString.call(v).replace(/^\[object (.*)\]$/, 'a $1');
}

function typeError(where, param, kind, v, detail = '') {
  return new TypeError(`${where}: parameter '${param.name}' (${param.type ?? kind}) must be ${EXPECTED[kind] ?? kind}, got ${describeValue(v)}${detail}`);
}

function checkInt(v, where, p) {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw typeError(where, p, 'int', v);
  if (v < INT_MIN || v > INT_MAX) throw new RangeError(`${where}: parameter '${p.name}' (int) is out of the Java int range: ${v}`);
  return v;
}

function checkLong(v, where, p) {
  if (typeof v === 'bigint') {
    if (v < LONG_MIN || v > LONG_MAX) throw new RangeError(`${where}: parameter '${p.name}' (long) is out of the Java long range: ${v}n`);
    return v;
  }
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'number' && Number.isInteger(v)) {
    throw new RangeError(`${where}: parameter '${p.name}' (long) is ${v}, beyond Number.MAX_SAFE_INTEGER: pass a bigint`);
  }
  throw typeError(where, p, 'long', v);
}

function checkNumber(kind) {
  return (v, where, p) => {
    if (typeof v !== 'number') throw typeError(where, p, kind, v);
    return v;
  };
}

function checkBoolean(v, where, p) {
  if (typeof v !== 'boolean') throw typeError(where, p, 'boolean', v);
  return v ? 1 : 0;
}

/** UTF-8 of a string; a lone surrogate (not representable in UTF-8) is refused. */
function utf8(s, where, p, what = `parameter '${p.name}'`) {
  if (!isWellFormed(s)) {
    const at = loneSurrogateAt(s);
    throw new TypeError(`${where}: ${what} holds a lone UTF-16 surrogate at index ${at} (\\u${s.charCodeAt(at).toString(16)}), which UTF-8 cannot carry; Java would see '?' there. Fix the string (e.g. s.toWellFormed())`);
  }
  return ENCODER.encode(s);
}

const isWellFormed = typeof String.prototype.isWellFormed === 'function'
  ? (s) => s.isWellFormed()
  : (s) => loneSurrogateAt(s) < 0;

function loneSurrogateAt(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

function bytesOf(ta) {
  return new Uint8Array(ta.buffer, ta.byteOffset, ta.byteLength);
}

function isArrayLike(v) {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/** A prepared buffer argument: the bytes to copy and the element count to allocate. */
function buffer(bytes, length) {
  return { bytes, length };
}

function prepareBytes(v, where, p) {
  if (v instanceof Uint8Array || v instanceof Int8Array || v instanceof Uint8ClampedArray) return buffer(bytesOf(v), v.length);
  if (v instanceof ArrayBuffer) return buffer(new Uint8Array(v), v.byteLength);
  if (Array.isArray(v)) {
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x !== 'number' || !Number.isInteger(x) || x < -128 || x > 255) {
        throw typeError(where, p, 'bytes', v, `; element ${i} is ${describeValue(x)}, not a byte (-128..255)`);
      }
      out[i] = x;
    }
    return buffer(out, v.length);
  }
  throw typeError(where, p, 'bytes', v);
}

function prepareNumbers(kind, Typed, check) {
  return (v, where, p) => {
    if (v instanceof Typed) return buffer(bytesOf(v), v.length);
    if (!isArrayLike(v) || v instanceof BigInt64Array || v instanceof BigUint64Array) throw typeError(where, p, kind, v);
    const out = new Typed(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (!check(x)) throw typeError(where, p, kind, v, `; element ${i} is ${describeValue(x)}`);
      out[i] = x;
    }
    return buffer(bytesOf(out), v.length);
  };
}

function prepareLongs(v, where, p) {
  if (v instanceof BigInt64Array) return buffer(bytesOf(v), v.length);
  if (!isArrayLike(v)) throw typeError(where, p, 'longs', v);
  const out = new BigInt64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x === 'bigint' && x >= LONG_MIN && x <= LONG_MAX) out[i] = x;
    else if (typeof x === 'number' && Number.isSafeInteger(x)) out[i] = BigInt(x);
    else throw typeError(where, p, 'longs', v, `; element ${i} is ${describeValue(x)}`);
  }
  return buffer(bytesOf(out), v.length);
}

/** String[] as wire strings: u32 count, then per element i32 byte length (-1: null) and UTF-8. */
function prepareStrings(v, where, p) {
  if (!Array.isArray(v)) throw typeError(where, p, 'strings', v);
  const parts = new Array(v.length);
  let size = 4;
  for (let i = 0; i < v.length; i++) {
    const s = v[i];
    if (s === null || s === undefined) {
      parts[i] = null;
      size += 4;
    } else if (typeof s === 'string') {
      parts[i] = utf8(s, where, p, `element ${i} of parameter '${p.name}'`);
      size += 4 + parts[i].length;
    } else {
      throw typeError(where, p, 'strings', v, `; element ${i} is ${describeValue(s)}`);
    }
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, v.length, true);
  let at = 4;
  for (const b of parts) {
    view.setInt32(at, b === null ? -1 : b.length, true);
    at += 4;
    if (b !== null) {
      out.set(b, at);
      at += b.length;
    }
  }
  return buffer(out, size);
}

function prepareString(v, where, p) {
  if (typeof v !== 'string') throw typeError(where, p, 'string', v);
  const b = utf8(v, where, p);
  return buffer(b, b.length);
}

const int32 = (x) => typeof x === 'number' && Number.isInteger(x) && x >= INT_MIN && x <= INT_MAX;
const num = (x) => typeof x === 'number';

/** Per kind: how a value is checked/converted, and how it is passed (prim, boxed, buffer, handle). */
const PARAMS = Object.freeze({
  boolean: { pass: 'prim', check: checkBoolean },
  int: { pass: 'prim', check: checkInt },
  long: { pass: 'prim', check: checkLong },
  float: { pass: 'prim', check: checkNumber('float') },
  double: { pass: 'prim', check: checkNumber('double') },
  boxed_boolean: { pass: 'boxed', check: checkBoolean, zero: 0 },
  boxed_int: { pass: 'boxed', check: checkInt, zero: 0 },
  boxed_long: { pass: 'boxed', check: checkLong, zero: 0n },
  boxed_float: { pass: 'boxed', check: checkNumber('float'), zero: 0 },
  boxed_double: { pass: 'boxed', check: checkNumber('double'), zero: 0 },
  string: { pass: 'buffer', check: prepareString },
  bytes: { pass: 'buffer', check: prepareBytes },
  ints: { pass: 'buffer', check: prepareNumbers('ints', Int32Array, int32) },
  longs: { pass: 'buffer', check: prepareLongs },
  floats: { pass: 'buffer', check: prepareNumbers('floats', Float32Array, num) },
  doubles: { pass: 'buffer', check: prepareNumbers('doubles', Float64Array, num) },
  strings: { pass: 'buffer', check: prepareStrings },
  handle: { pass: 'handle' },
});

const RESULT_SENTINEL = Object.freeze({
  void: 1, boolean: 2, int: INT_MIN, long: LONG_MIN, handle: -1,
});

function isTrap(e) {
  return e instanceof WebAssembly.RuntimeError || (e instanceof RangeError && /call stack/i.test(e.message));
}

/**
 * The base class of generated handle classes: an object in the module, held by an opaque handle.
 * close() releases it (and calls the Java class's own close()); a closed object refuses calls.
 * `using` (Symbol.dispose) closes it where the platform has explicit resource management.
 */
export class JavaHandle {
  /** Whether close() was called (or the module was closed). */
  get closed() {
    const s = this[HANDLE];
    return !s || s.closed || s.rt.state.closed;
  }

  /** Releases the Java object; a second close() does nothing. */
  close() {
    const s = this[HANDLE];
    if (!s || s.closed) return;
    s.rt.closeHandle(this, s);
  }

  toString() {
    const s = this[HANDLE];
    return `${this.constructor.name}(${s ? `handle ${s.h}${s.closed ? ', closed' : ''}` : 'not created'})`;
  }
}
if (typeof Symbol.dispose === 'symbol') {
  Object.defineProperty(JavaHandle.prototype, Symbol.dispose, {
    value() {
      this.close();
    },
    configurable: true,
    writable: true,
  });
}

/**
 * One instance of a module, bound for typed calls. `functions` maps each export name (e.g. `addInt`,
 * `Counter_add`) to its typed invoker; generated bindings wrap them in named functions and classes.
 */
export class AbiRuntime {
  /**
   * spec: {abi, module, interface, functions: [fn], handles: [{name, constructor?, methods, close}]},
   * where fn is {export, name, params: [{name, type, kind, nullable, handle?}], result: {kind, ...}}.
   */
  constructor(javaModule, spec) {
    if (!LITTLE_ENDIAN) throw new SamovarError('usage', 'Samovar bindings need a little-endian platform');
    this.module = javaModule;
    this.name = spec.module;
    this.spec = spec;
    const api = javaModule.instance();
    this.raw = api.raw;
    this.memory = api.memory;
    this.state = api.state;
    this.flush = api.flush;
    this.buf = null;
    this.u8 = null;
    this.dv = null;
    this.classes = new Map();
    const raw = this.raw;
    for (const need of ['samovar_abi_version', 'samovar_abi_layout', 'samovar_abi_error', 'samovar_abi_clear', 'samovar_abi_live_handles']) {
      if (typeof raw[need] !== 'function') {
        throw new SamovarError('link', `${this.name}.wasm does not export ${need}: it was not built with the Samovar ABI runtime; rebuild it with samovar-maven-plugin`);
      }
    }
    const version = raw.samovar_abi_version();
    if (version !== ABI_VERSION) {
      throw new SamovarError('link', `${this.name}.wasm implements Samovar ABI ${version} but its samovar.abi section or this loader says ABI ${ABI_VERSION}: rebuild the module`);
    }
    this.lengthAt = raw.samovar_abi_layout(0);
    this.dataAt = { 1: raw.samovar_abi_layout(1), 2: raw.samovar_abi_layout(2), 4: raw.samovar_abi_layout(4), 8: raw.samovar_abi_layout(8) };
    this.functions = Object.create(null);
    const all = [...spec.functions];
    this.closeExports = new Map();
    for (const h of spec.handles ?? []) {
      // `constructor` is read as an own property: every object inherits one.
      const ctor = Object.prototype.hasOwnProperty.call(h, 'constructor') ? h.constructor : null;
      if (ctor) all.push(ctor);
      if (h.close) this.closeExports.set(h.name, h.close.export);
      all.push(...h.methods);
      if (h.close) all.push({ ...h.close, role: 'close', handle: h.name, params: h.close.params ?? [], result: h.close.result ?? { kind: 'void' } });
    }
    for (const fn of all) {
      if (typeof raw[fn.export] !== 'function') {
        throw new SamovarError('link', `${this.name}.wasm has no export ${fn.export} although its interface matches the bindings: the file is corrupted; rebuild it`);
      }
      this.functions[fn.export] = this.invoker(fn);
    }
  }

  /** Registers the generated class for handles of `name` (results of that type become instances). */
  registerHandle(name, cls) {
    if (!(cls.prototype instanceof JavaHandle)) throw new SamovarError('usage', `registerHandle(${name}): the class must extend JavaHandle`);
    this.classes.set(name, cls);
  }

  /** Binds a new object to the handle a constructor returned. */
  adopt(object, name, h) {
    object[HANDLE] = { rt: this, h, closed: false, cls: name };
    return object;
  }

  wrapHandle(name, h) {
    const cls = this.classes.get(name) ?? JavaHandle;
    return this.adopt(Object.create(cls.prototype), name, h);
  }

  /** Handles issued by the module and not closed (samovar_abi_live_handles). */
  liveHandles() {
    this.enter('liveHandles');
    return this.raw.samovar_abi_live_handles();
  }

  /** Discards the instance: later calls and handle use raise a 'closed' SamovarError. */
  close() {
    this.module.close();
  }

  /** Refuses calls on a dead or closed instance. */
  enter(where) {
    const s = this.state;
    if (s.closed) throw new SamovarError('closed', `${this.name}.${where}: the module was closed; load it again`);
    if (s.dead) throw new SamovarError('dead', `${this.name}.${where}: the instance died in an earlier call (${s.dead}); load the module again`);
  }

  mem() {
    const b = this.memory.buffer;
    if (b !== this.buf) {
      this.buf = b;
      this.u8 = new Uint8Array(b);
      this.dv = new DataView(b);
    }
    return this.u8;
  }

  /** Reads the Java array at `addr` with `width`-byte elements: [dataAddress, length]. */
  array(addr, width) {
    this.mem();
    const size = this.buf.byteLength;
    const lengthAt = addr + this.lengthAt;
    const len = addr > 0 && lengthAt + 4 <= size ? this.dv.getInt32(lengthAt, true) : -1;
    const at = addr + this.dataAt[width];
    if (len < 0 || at + len * width > size) {
      // Not a Java array: the module is broken or does not match its bindings. Nothing it returns
      // can be trusted any more.
      this.state.dead ??= `invalid array address ${addr} returned`;
      throw new SamovarError('link', `${this.name}: the module returned ${addr}, which is not the address of a Java array (memory size ${size}); the .wasm does not follow ABI v1 or does not match its bindings`);
    }
    return [at, len];
  }

  readString(addr) {
    const [at, len] = this.array(addr, 1);
    return DECODER.decode(this.u8.subarray(at, at + len));
  }

  readTyped(addr, Typed) {
    const [at, len] = this.array(addr, Typed.BYTES_PER_ELEMENT);
    const out = new Typed(len);
    new Uint8Array(out.buffer).set(this.u8.subarray(at, at + len * Typed.BYTES_PER_ELEMENT));
    return out;
  }

  readStrings(addr) {
    const [at, len] = this.array(addr, 1);
    return this.decodeWireStrings(at, len);
  }

  decodeWireStrings(at, len) {
    const u8 = this.u8;
    const dv = this.dv;
    const end = at + len;
    const count = len >= 4 ? dv.getUint32(at, true) : -1;
    if (count < 0 || count > (len - 4) / 4) {
      throw new SamovarError('link', `${this.name}: malformed wire strings from the module (count ${count} in ${len} bytes)`);
    }
    const out = new Array(count);
    let p = at + 4;
    for (let i = 0; i < count; i++) {
      if (p + 4 > end) throw new SamovarError('link', `${this.name}: malformed wire strings from the module (element ${i} of ${count})`);
      const n = dv.getInt32(p, true);
      p += 4;
      if (n < 0) {
        out[i] = null;
      } else if (p + n > end) {
        throw new SamovarError('link', `${this.name}: malformed wire strings from the module (element ${i} overruns its array)`);
      } else {
        out[i] = DECODER.decode(u8.subarray(p, p + n));
        p += n;
      }
    }
    return out;
  }

  /** Takes the pending error record: a JavaError, or null when the sentinel was a real value. */
  takeError(where) {
    const addr = this.raw.samovar_abi_error();
    if (addr === 0) return null;
    const [at, len] = this.array(addr, 1);
    const [cls, message, trace, ...supers] = this.decodeWireStrings(at, len);
    const e = new JavaError(cls ?? 'java.lang.Throwable', message, trace ?? '', supers.filter((s) => s !== null), where);
    return e;
  }

  /** The i32 handle of a receiver or handle argument; refuses closed and foreign objects. */
  handleOf(v, where, p, expected) {
    const s = v instanceof JavaHandle ? v[HANDLE] : undefined;
    const cls = this.classes.get(expected);
    if (!s || (cls && !(v instanceof cls)) || s.cls !== expected) {
      throw new TypeError(`${where}: ${p ? `parameter '${p.name}'` : 'the receiver'} must be a ${expected} of module ${this.name}, got ${describeValue(v)}`);
    }
    if (s.rt !== this) throw new TypeError(`${where}: ${p ? `parameter '${p.name}'` : 'the receiver'} is a ${expected} of another instance of ${this.name}; handles cannot cross instances`);
    if (s.closed) throw new SamovarError('closed', `${where}: ${p ? `parameter '${p.name}' is` : 'this'} ${expected} was closed; it cannot be used any more`);
    return s.h;
  }

  /** Builds the typed invoker of one export. */
  invoker(fn) {
    const rt = this;
    const role = fn.role ?? 'function';
    const receiver = role === 'method' || role === 'close';
    const where = receiver || role === 'constructor' ? `${fn.handle}.${role === 'constructor' ? 'new' : fn.name ?? 'close'}` : fn.name;
    const params = fn.params.map((p) => {
      const def = PARAMS[p.kind];
      if (!def) throw new SamovarError('link', `${this.name}: bindings name an unknown parameter kind '${p.kind}' for ${where}(${p.name}); regenerate them with this Samovar version`);
      return { p, ...def, nullable: p.nullable || def.pass === 'boxed', alloc: BUFFERS[p.kind]?.alloc, handle: p.handle };
    });
    const arity = params.length;
    const result = fn.result ?? { kind: 'void' };
    const decode = this.resultDecoder(result, role, where);
    const target = this.raw[fn.export];
    const hasBuffers = params.some((x) => x.pass === 'buffer');
    const signature = `${where}(${fn.params.map((p) => p.name).join(', ')})`;

    const call = (self, args) => {
      if (args.length > arity) throw new TypeError(`${signature} takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`);
      rt.enter(where);
      // 1. Check and convert every argument before any wasm call.
      const wasmArgs = [];
      if (receiver) wasmArgs.push(rt.handleOf(self, where, null, fn.handle));
      const prepared = new Array(arity);
      for (let i = 0; i < arity; i++) {
        const x = params[i];
        const v = args[i];
        if (v === null || v === undefined) {
          if (!x.nullable) {
            throw new TypeError(`${where}: parameter '${x.p.name}' (${x.p.type ?? x.p.kind}) is not @Nullable, got ${describeValue(v)}`);
          }
          prepared[i] = null;
        } else if (x.pass === 'handle') {
          prepared[i] = rt.handleOf(v, where, x.p, x.handle);
        } else {
          prepared[i] = x.check(v, where, x.p);
        }
      }
      // 2. Allocate and write buffers, then call.
      let r;
      try {
        for (let i = 0; i < arity; i++) {
          const x = params[i];
          const v = prepared[i];
          switch (x.pass) {
            case 'prim':
              wasmArgs.push(v);
              break;
            case 'boxed':
              if (v === null) wasmArgs.push(0, x.zero);
              else wasmArgs.push(1, v);
              break;
            case 'handle':
              wasmArgs.push(v ?? 0);
              break;
            default: {
              if (v === null) {
                wasmArgs.push(0);
                break;
              }
              const addr = rt.raw[x.alloc](i, v.length);
              if (addr === 0) {
                const e = rt.takeError(where);
                rt.raw.samovar_abi_clear();
                throw e ?? new SamovarError('trap', `${where}: the module could not allocate parameter '${x.p.name}' (${v.length} elements)`);
              }
              // The address is valid until the next call into the module: write now.
              rt.mem().set(v.bytes, addr);
              wasmArgs.push(1);
            }
          }
        }
        r = target(...wasmArgs);
        return decode(r);
      } catch (e) {
        rt.failed(e, where, hasBuffers);
        throw e;
      } finally {
        rt.flush();
      }
    };
    if (!receiver && arity <= 3 && params.every((x) => x.pass === 'prim')) {
      return this.primitiveInvoker(params, arity, target, decode, where, signature);
    }
    if (receiver) {
      return function invoke(self, ...args) {
        return call(self, args);
      };
    }
    return function invoke(...args) {
      return call(null, args);
    };
  }

  /** The fast path for functions of up to 3 primitive parameters: no arrays per call. */
  primitiveInvoker(params, arity, target, decode, where, signature) {
    const rt = this;
    const [c0, c1, c2] = params.map((x) => x.check);
    const [p0, p1, p2] = params.map((x) => x.p);
    const tooMany = (n) => new TypeError(`${signature} takes ${arity} argument${arity === 1 ? '' : 's'}, got ${n}`);
    const done = (e) => {
      rt.failed(e, where, false);
      return e;
    };
    switch (arity) {
      case 0:
        return function invoke() {
          if (arguments.length > 0) throw tooMany(arguments.length);
          rt.enter(where);
          try {
            return decode(target());
          } catch (e) {
            throw done(e);
          } finally {
            rt.flush();
          }
        };
      case 1:
        return function invoke(a) {
          if (arguments.length > 1) throw tooMany(arguments.length);
          rt.enter(where);
          const x = c0(a, where, p0);
          try {
            return decode(target(x));
          } catch (e) {
            throw done(e);
          } finally {
            rt.flush();
          }
        };
      case 2:
        return function invoke(a, b) {
          if (arguments.length > 2) throw tooMany(arguments.length);
          rt.enter(where);
          const x = c0(a, where, p0);
          const y = c1(b, where, p1);
          try {
            return decode(target(x, y));
          } catch (e) {
            throw done(e);
          } finally {
            rt.flush();
          }
        };
      default:
        return function invoke(a, b, c) {
          if (arguments.length > 3) throw tooMany(arguments.length);
          rt.enter(where);
          const x = c0(a, where, p0);
          const y = c1(b, where, p1);
          const z = c2(c, where, p2);
          try {
            return decode(target(x, y, z));
          } catch (e) {
            throw done(e);
          } finally {
            rt.flush();
          }
        };
    }
  }

  /** After a failed call: a trap or exit kills the instance; anything else leaves it usable. */
  failed(e, where, hasBuffers) {
    if (e instanceof WasiExit) {
      this.state.dead = `System.exit(${e.code}) in ${where}`;
      throw new SamovarError('exit', `${this.name}.${where} called System.exit(${e.code}); the instance is gone`, { code: e.code });
    }
    if (isTrap(e)) {
      this.state.dead = `wasm trap in ${where}: ${e.message}`;
      throw new SamovarError('trap', `${this.name}.${where}: wasm trap (${e.message}); the instance is dead, load the module again`, { cause: e });
    }
    if (hasBuffers && !(e instanceof JavaError) && !this.state.dead) {
      try {
        this.raw.samovar_abi_clear();
      } catch {
        // the instance is beyond help; the original error matters more
      }
    }
  }

  /** closes a handle through its close export; the handle is released even if Java's close() throws. */
  closeHandle(object, s) {
    const closeFn = this.functions[this.closeExports.get(s.cls)];
    if (this.state.closed || this.state.dead) {
      s.closed = true;
      return;
    }
    try {
      closeFn(object);
    } finally {
      s.closed = true;
    }
  }

  resultDecoder(result, role, where) {
    const rt = this;
    const kind = result.kind;
    const error = (r) => {
      const e = rt.takeError(where);
      if (e) throw e;
      return r;
    };
    const protocol = (r) => {
      const e = rt.takeError(where);
      if (e) throw e;
      throw new SamovarError('link', `${rt.name}.${where} returned ${r}, the error sentinel, without an error record: the module does not follow ABI v1`);
    };
    const address = (read) => (r) => {
      if (r === 1) return protocol(r);
      if (r === 0) return null;
      return read(r);
    };
    const boxed = (Typed, conv = (x) => x) => address((r) => conv(rt.readTyped(r, Typed)[0]));
    switch (kind) {
      case 'void':
        return (r) => (r === RESULT_SENTINEL.void ? protocol(r) : undefined);
      case 'boolean':
        return (r) => (r === 2 ? protocol(r) : r === 1);
      case 'int':
        return (r) => (r === INT_MIN ? error(r) : r);
      case 'long':
        return (r) => (r === LONG_MIN ? error(r) : r);
      case 'float':
      case 'double':
        return (r) => (r !== r ? error(r) : r);
      case 'boxed_boolean':
        return boxed(Int32Array, (x) => x !== 0);
      case 'boxed_int':
        return boxed(Int32Array);
      case 'boxed_long':
        return boxed(BigInt64Array);
      case 'boxed_float':
        return boxed(Float32Array);
      case 'boxed_double':
        return boxed(Float64Array);
      case 'string':
        return address((r) => rt.readString(r));
      case 'bytes':
        return address((r) => rt.readTyped(r, Uint8Array));
      case 'ints':
        return address((r) => rt.readTyped(r, Int32Array));
      case 'longs':
        return address((r) => rt.readTyped(r, BigInt64Array));
      case 'floats':
        return address((r) => rt.readTyped(r, Float32Array));
      case 'doubles':
        return address((r) => rt.readTyped(r, Float64Array));
      case 'strings':
        return address((r) => rt.readStrings(r));
      case 'handle':
        if (role === 'constructor') return (r) => (r === -1 ? protocol(r) : r);
        return (r) => (r === -1 ? protocol(r) : r === 0 ? null : rt.wrapHandle(result.handle, r));
      default:
        throw new SamovarError('link', `${rt.name}: bindings name an unknown result kind '${kind}' for ${where}; regenerate them with this Samovar version`);
    }
  }
}

/**
 * Reads a module from a URL, a path (Node), bytes, a Response or a compiled WebAssembly.Module.
 * Node's file system is reached only for a path in Node.
 */
export async function readWasmSource(source, name) {
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return source;
  if (typeof Response !== 'undefined' && source instanceof Response) return readResponse(source, name);
  if (source && typeof source.then === 'function') return readWasmSource(await source, name);
  if (typeof source === 'string' || source instanceof URL) {
    const url = String(source);
    const isNode = typeof process === 'object' && Boolean(process.versions?.node);
    if (isNode && !/^(https?|data|blob):/i.test(url)) {
      const fsp = typeof process.getBuiltinModule === 'function'
        ? process.getBuiltinModule('node:fs/promises')
        : await import(/* webpackIgnore: true */ 'node:fs/promises');
      try {
        return await fsp.readFile(url.startsWith('file:') ? new URL(url) : url);
      } catch (e) {
        throw new SamovarError('link', `${name}: cannot read ${url} (${e.code ?? e.message})`);
      }
    }
    let response;
    try {
      response = await fetch(url);
    } catch (e) {
      throw new SamovarError('link', `${name}: cannot fetch ${url} (${e.message})`);
    }
    return readResponse(response, name);
  }
  throw new SamovarError('usage', `${name}: the module must be a URL, a path, bytes, a Response or a WebAssembly.Module, not ${describeValue(source)}`);
}

async function readResponse(response, name) {
  if (!response.ok) throw new SamovarError('link', `${name}: ${response.url} answered HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Loads a module for generated bindings: reads and compiles it, refuses one built for another ABI
 * or another interface than `spec`, instantiates it with our WASI and binds its exports.
 * options: {stdout, stderr, fs (a HostFs, e.g. new MemoryFs()), mounts ({guest: host}), env}.
 */
export async function loadAbiModule(source, spec, options = {}) {
  const name = spec.module;
  if (spec.abi !== ABI_VERSION) {
    throw new SamovarError('link', `the ${name} bindings were generated for Samovar ABI ${spec.abi}, this runtime (samovar-loader.mjs) implements ABI ${ABI_VERSION}: regenerate the bindings and the runtime beside them with one Samovar version`);
  }
  if (options === null || typeof options !== 'object') throw new SamovarError('usage', `${name}.load(wasm, options): options must be an object`);
  const module = await compileModule(await readWasmSource(source, name), name, { abi: spec.abi, interface: spec.interface });
  const mounts = options.mounts ?? (options.fs ? { '/': '/' } : undefined);
  const jm = new JavaModule(module, {
    name, stdout: options.stdout, stderr: options.stderr, fs: options.fs, mounts, env: options.env,
  });
  return new AbiRuntime(jm, spec);
}
