// Runs a WASI command module on Node's built-in WASI (preview1) with the process's own stdio:
//   node wasi-run.mjs module.wasm [args...]
// The exit status is the guest's.
import { WASI } from 'node:wasi';
import { readFile } from 'node:fs/promises';
import process from 'node:process';

// Node's WASI writes with writeSync; on a non-blocking pipe a full buffer loses output (EAGAIN).
for (const stream of [process.stdout, process.stderr]) {
  stream._handle?.setBlocking?.(true);
}
const [module, ...args] = process.argv.slice(2);
const wasi = new WASI({ version: 'preview1', args: [module, ...args], env: {}, returnOnExit: true });
const compiled = await WebAssembly.compile(await readFile(module));
const instance = await WebAssembly.instantiate(compiled, wasi.getImportObject());
process.exitCode = wasi.start(instance);
