// Decodes the arguments of cases.json (see dev.samovar.tests.exports.ExportCases) for JavaScript hosts.
import fs from 'node:fs';
import path from 'node:path';

export function decodeArg(arg, dataDir) {
  const t = arg.t;
  if (arg.file !== undefined) {
    const raw = fs.readFileSync(path.join(dataDir, arg.file));
    const copy = new Uint8Array(raw.byteLength);
    copy.set(raw);
    if (t === 'byte[]') return copy;
    if (t === 'double[]') return new Float64Array(copy.buffer);
    throw new Error(`no file form for ${t}`);
  }
  const v = arg.v;
  if (v === null || v === undefined) return null;
  switch (t) {
    case 'int': case 'boolean': case 'String': return v;
    case 'long': return BigInt(v);
    case 'double': { const b = new DataView(new ArrayBuffer(8)); b.setBigUint64(0, BigInt('0x' + v), true); return b.getFloat64(0, true); }
    case 'float': { const b = new DataView(new ArrayBuffer(4)); b.setUint32(0, parseInt(v, 16), true); return b.getFloat32(0, true); }
    case 'byte[]': return Uint8Array.from(Buffer.from(v, 'hex'));
    case 'int[]': return Int32Array.from(v);
    case 'double[]': return Float64Array.from(v, (h) => decodeArg({ t: 'double', v: h }));
    default: throw new Error(`unknown argument type ${t}`);
  }
}
