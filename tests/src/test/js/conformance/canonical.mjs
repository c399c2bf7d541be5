// The canonical result text of dev.samovar.tests.exports.Canonical (Java), for JavaScript hosts.
// Keep the three implementations (Canonical.java, canonical.mjs, exports_runner.py) in step.
import { createHash } from 'node:crypto';

const INLINE = 48;
const hex = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength).toString('hex');

function bytes(prefix, u8) {
  if (u8.byteLength <= INLINE) return prefix + hex(u8);
  const h = createHash('sha256').update(u8).digest('hex').slice(0, 16);
  return `${prefix}#${u8.byteLength}:${h}`;
}

const f64bits = (x) => { const b = new DataView(new ArrayBuffer(8)); b.setFloat64(0, x, true); return b.getBigUint64(0, true).toString(16).padStart(16, '0'); };
const f32bits = (x) => { const b = new DataView(new ArrayBuffer(4)); b.setFloat32(0, x, true); return b.getUint32(0, true).toString(16).padStart(8, '0'); };

function le(ctor, values) {
  const out = new ctor(values.length);
  out.set(values);
  return new Uint8Array(out.buffer); // typed arrays are little-endian on every host we run
}

/** Canonical text of a value whose Java type is `type` (the ABI model's type name). */
export function canonical(type, v) {
  if (type === 'void') return 'void';
  if (v === null || v === undefined) return 'null';
  switch (type) {
    case 'boolean': case 'Boolean': return `bool:${v}`;
    case 'int': case 'Integer': return `i32:${v}`;
    case 'long': case 'Long': return `i64:${BigInt(v)}`;
    case 'float': case 'Float': return `f32:${f32bits(v)}`;
    case 'double': case 'Double': return `f64:${f64bits(v)}`;
    case 'String': return bytes('str:', new TextEncoder().encode(v));
    case 'byte[]': return bytes('bytes:', v instanceof Uint8Array ? v : Uint8Array.from(v));
    case 'int[]': return bytes('i32s:', le(Int32Array, v));
    case 'long[]': return bytes('i64s:', le(BigInt64Array, Array.from(v, BigInt)));
    case 'float[]': return bytes('f32s:', le(Float32Array, v));
    case 'double[]': return bytes('f64s:', le(Float64Array, v));
    case 'String[]': return `strs:[${Array.from(v, (s) => canonical('String', s)).join(',')}]`;
    default: return 'handle';
  }
}

export function canonicalError(className, message) {
  return `!${className}:${canonical('String', message ?? null)}`;
}
