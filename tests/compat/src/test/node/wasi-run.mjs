// Runs a WASI command module on Node's built-in WASI (preview1), the way the cross-host tests need:
//   node wasi-run.mjs [--dir HOST::GUEST]... [--env K=V]... module.wasm [args...]
// stdin, stdout and stderr are the process's own; the exit status is the guest's.
import { WASI } from 'node:wasi';
import { readFile } from 'node:fs/promises';
import process from 'node:process';

const argv = process.argv.slice(2);
const preopens = {};
const env = {};
while (argv.length && argv[0].startsWith('--')) {
  const flag = argv.shift();
  const value = argv.shift();
  if (flag === '--dir') {
    const [host, guest] = value.split('::');
    preopens[guest ?? host] = host;
  } else if (flag === '--env') {
    const eq = value.indexOf('=');
    env[value.slice(0, eq)] = value.slice(eq + 1);
  } else {
    console.error(`wasi-run: unknown flag ${flag}`);
    process.exit(2);
  }
}
// Node's WASI writes with writeSync; on a non-blocking pipe a full buffer gives EAGAIN and the
// guest's output is silently lost (seen: 387 KB of 512 KB). Make stdout/stderr pipes blocking.
for (const stream of [process.stdout, process.stderr]) {
  stream._handle?.setBlocking?.(true);
}
const [module, ...args] = argv;
const wasi = new WASI({ version: 'preview1', args: [module, ...args], env, preopens, returnOnExit: true });
const compiled = await WebAssembly.compile(await readFile(module));
const instance = await WebAssembly.instantiate(compiled, wasi.getImportObject());
process.exitCode = wasi.start(instance);
