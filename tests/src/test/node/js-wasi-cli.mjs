// Runs a WASI command module on Samovar's own JS WASI (pyodide-loader's createWasi over a MemoryFs,
// the code Pyodide and browsers use), in Node or in a page: no Node-only imports here.
//   runCli(loader, wasmBytes, { args, env, guestDir, files, stdin })
//     loader   the samovar-loader.mjs module (createWasi, MemoryFs, WasiExit)
//     files    [{ path, data: Uint8Array }] relative to the mapped directory (guestDir)
//   -> { code, stdout: Uint8Array, stderr: Uint8Array, written: [{path, data}], removed: [path] }
const ROOT = '/mnt';

function collector() {
  const chunks = [];
  return {
    write(u8) { chunks.push(u8.slice()); },
    bytes() {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) { out.set(c, at); at += c.length; }
      return out;
    },
  };
}

export async function runCli(loader, wasmBytes, { args = [], env = {}, guestDir = null, files = [], stdin = new Uint8Array(0) }) {
  const entries = files.map((f) => ({ path: `${ROOT}/${f.path}`, data: f.data }));
  const fs = new loader.MemoryFs([{ path: ROOT, dir: true }, ...entries]);
  const stdout = collector();
  const stderr = collector();
  const wasi = loader.createWasi({
    args, env, fs, stdin, stdout, stderr,
    mounts: guestDir ? [{ guest: guestDir, host: ROOT }] : [],
  });
  const module = await WebAssembly.compile(wasmBytes);
  const instance = await WebAssembly.instantiate(module, wasi.imports(module));
  wasi.attach(instance);
  let code = 0;
  try {
    instance.exports._start();
  } catch (e) {
    if (e instanceof loader.WasiExit) {
      code = e.code;
    } else if (e instanceof WebAssembly.RuntimeError) {
      stderr.write(new TextEncoder().encode(`wasm trap: ${e.message}\n`));
      code = 134;
    } else {
      throw e;
    }
  } finally {
    wasi.closeAll?.();
  }
  const { written, removed } = fs.changes();
  const strip = (p) => p.slice(ROOT.length + 1);
  return {
    code,
    stdout: stdout.bytes(),
    stderr: stderr.bytes(),
    written: written.filter((w) => !w.dir && w.path.startsWith(ROOT + '/')).map((w) => ({ path: strip(w.path), data: w.data })),
    removed: removed.filter((p) => p.startsWith(ROOT + '/')).map(strip),
  };
}
