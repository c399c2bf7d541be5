// Runs the export conformance cases on Node through the generated JavaScript bindings.
//   node exports-node.mjs <bindings/js/<module>.mjs> <module>.wasm <cases.json> <module>.abi.json
// Prints one line per case: <id>\t<canonical result> (dev.samovar.tests.exports.Canonical).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonical, canonicalError } from './canonical.mjs';
import { decodeArg } from './cases.mjs';

const [bindings, wasm, casesFile, abiFile] = process.argv.slice(2);
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
const abi = JSON.parse(fs.readFileSync(abiFile, 'utf8'));
const dataDir = path.join(path.dirname(casesFile), 'data');
const bound = await import(pathToFileURL(path.resolve(bindings)).href);
const mod = await bound.load(fs.readFileSync(wasm));

const byName = (list, name) => list.find((f) => f.name === name) ?? (() => { throw new Error(`no export ${name}`); })();

function attempt(type, thunk) {
  try {
    return canonical(type, thunk());
  } catch (e) {
    if (e && e.javaClass) return canonicalError(e.javaClass, e.javaMessage ?? null);
    throw e;
  }
}

const lines = [];
for (const c of cases) {
  if (c.handle) {
    const h = byName(abi.handles, c.handle);
    let self = null;
    const results = c.ops.map((op) => {
      const args = op.args.map((a) => decodeArg(a, dataDir));
      if (op.call === 'new') return attempt('handle', () => (self = new mod[c.handle](...args)));
      if (op.call === 'close') return attempt('void', () => self.close());
      const m = byName(h.methods, op.call);
      return attempt(m.result.type, () => self[op.call](...args));
    });
    lines.push(`${c.id}\t${results.join(' ; ')}`);
  } else {
    const f = byName(abi.functions, c.call);
    const args = c.args.map((a) => decodeArg(a, dataDir));
    lines.push(`${c.id}\t${attempt(f.result.type, () => mod[c.call](...args))}`);
  }
}
process.stdout.write(lines.join('\n') + '\n');
