// A compiled Java module and its instances: one cached instance for calls on the calling thread,
// a fresh instance for every main(args), and a worker pool for async calls (aio.mjs).

import { SamovarError } from './errors.mjs';
import { LineSink, consoleSink } from './lines.mjs';
import { createWasi, WasiExit } from './wasi.mjs';
import { emscriptenFs } from './fs-emscripten.mjs';
import { WorkerPool } from './aio.mjs';

const WASI = 'wasi_snapshot_preview1';

/** The ABI version of typed exports this loader implements (docs/abi.md). */
export const ABI_VERSION = 1;

/** The custom section where a build records the module's ABI version and interface hash. */
export const ABI_SECTION = 'samovar.abi';

/** Default preopen: Pyodide's home directory, seen by Java under the same path. */
export const DEFAULT_MOUNTS = Object.freeze([Object.freeze({ guest: '/home/pyodide', host: '/home/pyodide' })]);

/**
 * Reads the `samovar.abi` section: null for a module without typed exports (a command).
 * Throws a 'link' SamovarError for a section that is not the JSON a Samovar build writes.
 */
export function readAbi(module, name = 'module') {
  const sections = WebAssembly.Module.customSections(module, ABI_SECTION);
  if (sections.length === 0) return null;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(sections[0]));
  } catch (e) {
    throw new SamovarError('link', `${name}.wasm has a malformed ${ABI_SECTION} section (${e.message}); rebuild it with samovar-build`);
  }
}

/**
 * Checks a compiled module before any instance exists: WASI imports only, an exported memory,
 * and the ABI the loader (and the package's bindings, `expect`) were made for.
 * expect: {abi?: number, interface?: string} from the package's _module.json.
 */
export function checkModule(module, name, expect = {}) {
  const foreign = WebAssembly.Module.imports(module).filter((i) => i.module !== WASI);
  if (foreign.length) {
    const list = foreign.slice(0, 5).map((i) => `${i.module}.${i.name}`).join(', ');
    throw new SamovarError('link',
      `${name}.wasm imports ${list}${foreign.length > 5 ? ', ...' : ''}, which WASI preview 1 does not provide: ` +
      'it is not a Samovar module (build it with samovar-maven-plugin, goal wasm)');
  }
  const exports = WebAssembly.Module.exports(module);
  if (!exports.some((e) => e.name === 'memory' && e.kind === 'memory')) {
    throw new SamovarError('link', `${name}.wasm exports no memory: it is not a TeaVM WASI module`);
  }
  const abi = readAbi(module, name);
  if (abi && abi.abi !== ABI_VERSION) {
    throw new SamovarError('link',
      `${name}.wasm uses Samovar ABI ${abi.abi}, this loader implements ABI ${ABI_VERSION}: ` +
      'rebuild the module and its package with the same Samovar version', { moduleAbi: abi.abi, loaderAbi: ABI_VERSION });
  }
  if (expect.abi != null && !abi) {
    throw new SamovarError('link',
      `${name}.wasm has no ${ABI_SECTION} section (no typed exports) but the ${name} bindings expect ABI ${expect.abi}: ` +
      'the .wasm does not belong to these bindings; rebuild the module with samovar-maven-plugin (goal wasm) and use the bindings it writes');
  }
  if (expect.interface && abi && abi.interface !== expect.interface) {
    throw new SamovarError('link',
      `${name}.wasm exports interface ${abi.interface}, its bindings were generated for ${expect.interface}: ` +
      'the .wasm and the bindings come from different builds; rebuild the module and regenerate its bindings (or the package) together');
  }
  return abi;
}

function compileError(name, e) {
  return new SamovarError('link',
    `${name}.wasm is not a valid WebAssembly module (${e.message}); it may be truncated or corrupted: rebuild or re-download it`);
}

/** Compiles (asynchronously) and checks a module. */
export async function compileModule(bytes, name, expect) {
  let module;
  try {
    module = bytes instanceof WebAssembly.Module ? bytes : await WebAssembly.compile(bytes);
  } catch (e) {
    throw compileError(name, e);
  }
  checkModule(module, name, expect);
  return module;
}

/** Compiles synchronously (fine on a browser main thread up to 8 MB) and checks a module. */
export function compileModuleSync(bytes, name, expect) {
  let module;
  try {
    module = bytes instanceof WebAssembly.Module ? bytes : new WebAssembly.Module(bytes);
  } catch (e) {
    throw compileError(name, e);
  }
  checkModule(module, name, expect);
  return module;
}

/** Accepts {guest: host} or [{guest, host}]; checks both are absolute paths. */
export function normalizeMounts(mounts) {
  if (mounts == null) return DEFAULT_MOUNTS;
  const list = Array.isArray(mounts)
    ? mounts
    : Object.entries(mounts instanceof Map ? Object.fromEntries(mounts) : mounts).map(([guest, host]) => ({ guest, host }));
  for (const m of list) {
    if (typeof m.guest !== 'string' || !m.guest.startsWith('/') || typeof m.host !== 'string' || !m.host.startsWith('/')) {
      throw new SamovarError('usage', `mount ${JSON.stringify(m)}: guest and host must be absolute paths, e.g. {'/home/pyodide': '/home/pyodide'}`);
    }
  }
  return list.map((m) => ({ guest: m.guest, host: m.host }));
}

function isTrap(e) {
  return e instanceof WebAssembly.RuntimeError || (e instanceof RangeError && /call stack/i.test(e.message));
}

/**
 * A compiled Java module with its options:
 *   name      Python package name and argv[0] (required)
 *   stdout    (text) => void for System.out, line-buffered (default: console.log per line)
 *   stderr    (text) => void for System.err (default: console.error per line)
 *   FS        Emscripten FS (pyodide.FS) behind the mounts (default: none, no file access)
 *   mounts    {guest: host} preopens (default {'/home/pyodide': '/home/pyodide'} when FS is given)
 *   env       environment of the Java program (default {})
 *   bindings  source of the generated JS bindings (ESM exporting bind(instance)), used by workers
 */
export class JavaModule {
  constructor(module, options = {}) {
    if (!(module instanceof WebAssembly.Module)) throw new SamovarError('usage', 'JavaModule needs a compiled WebAssembly.Module');
    if (!options.name) throw new SamovarError('usage', 'JavaModule needs options.name');
    this.module = module;
    this.name = options.name;
    this.abi = readAbi(module, this.name);
    this.FS = options.FS ?? null;
    this.fs = this.FS ? emscriptenFs(this.FS) : options.fs ?? null;
    this.mounts = this.fs ? normalizeMounts(options.mounts) : [];
    this.env = { ...(options.env ?? {}) };
    this.bindings = options.bindings ?? null;
    this.exportNames = WebAssembly.Module.exports(module).filter((e) => e.kind === 'function').map((e) => e.name);
    this.setOutput(options.stdout ?? null, options.stderr ?? null);
    this.current = null;
    this.pool = null;
    this.generation = 0;
  }

  /** Replaces the output callbacks; null keeps the current one (used by Python when unset). */
  setOutput(stdout, stderr) {
    if (stdout) this.stdoutFn = stdout;
    if (stderr) this.stderrFn = stderr;
    this.hasOutput = Boolean(this.stdoutFn);
  }

  configure({ mounts, env } = {}) {
    if (mounts !== undefined && mounts !== null) this.mounts = normalizeMounts(mounts);
    if (env !== undefined && env !== null) this.env = { ...(env instanceof Map ? Object.fromEntries(env) : env) };
  }

  sinks() {
    const out = this.stdoutFn ? new LineSink((t) => this.stdoutFn(t)) : consoleSink('log');
    const err = this.stderrFn ? new LineSink((t) => this.stderrFn(t)) : consoleSink('error');
    return { out, err, flush: (final = false) => { out.flush(final); err.flush(final); } };
  }

  instantiate(args, sinks, stdin) {
    const wasi = createWasi({
      args, env: this.env, fs: this.fs, mounts: this.mounts, stdout: sinks.out, stderr: sinks.err, stdin,
    });
    const instance = new WebAssembly.Instance(this.module, wasi.imports(this.module));
    wasi.attach(instance);
    return { instance, wasi };
  }

  /**
   * The cached instance for direct calls: {exports, raw, memory, name}. Its export functions flush
   * output after each call, turn traps into 'trap' errors, and refuse calls once the instance is
   * dead (a trap or System.exit) or the module was closed.
   */
  instance() {
    if (this.current && !this.current.state.dead) return this.current.api;
    if (this.current) {
      const { dead } = this.current.state;
      throw new SamovarError('dead', `${this.name}: the instance died in an earlier call (${dead}); ${this.name}.close() discards it and the next call starts a fresh one`);
    }
    const sinks = this.sinks();
    let created;
    try {
      created = this.instantiate([this.name], sinks);
    } catch (e) {
      sinks.flush();
      if (e instanceof WasiExit || isTrap(e)) {
        throw new SamovarError('trap', `${this.name}: the module failed while starting (${e.message})`);
      }
      throw new SamovarError('link', `${this.name}.wasm cannot be instantiated: ${e.message}`);
    }
    const state = { dead: null, closed: false };
    const raw = created.instance.exports;
    const exports = {};
    for (const [key, value] of Object.entries(raw)) {
      exports[key] = typeof value === 'function' ? this.wrap(key, value, state, sinks) : value;
    }
    // state and flush are for the typed-call layer (abi.mjs), which calls `raw` itself.
    const api = { name: this.name, exports, raw, memory: raw.memory, abi: this.abi, state, flush: sinks.flush };
    this.current = { api, state, wasi: created.wasi };
    return api;
  }

  wrap(key, fn, state, sinks) {
    const name = this.name;
    return (...args) => {
      if (state.closed) throw new SamovarError('closed', `${name}.${key}: the module was closed; call it through ${name} again to start a fresh instance`);
      if (state.dead) throw new SamovarError('dead', `${name}.${key}: the instance died in an earlier call (${state.dead}); ${name}.close() discards it`);
      try {
        return fn(...args);
      } catch (e) {
        if (e instanceof WasiExit) {
          state.dead = `System.exit(${e.code}) in ${key}`;
          throw new SamovarError('exit', `${name}.${key} called System.exit(${e.code}); the instance is gone`, { code: e.code });
        }
        if (isTrap(e)) {
          state.dead = `wasm trap in ${key}: ${e.message}`;
          throw new SamovarError('trap', `${name}.${key}: wasm trap (${e.message}); the instance is dead, ${name}.close() discards it`);
        }
        throw e;
      } finally {
        sinks.flush();
      }
    };
  }

  /**
   * Runs `_start` with argv [name, ...args] in a fresh instance; returns the exit status.
   * options.stdin (Uint8Array, or a string sent as UTF-8) is what System.in reads (default: empty).
   */
  main(args = [], options = {}) {
    if (!Array.isArray(args) || args.some((a) => typeof a !== 'string')) {
      throw new SamovarError('usage', `${this.name}.main(args): args must be a list of strings`);
    }
    let stdin = options?.stdin ?? undefined;
    if (typeof stdin === 'string') stdin = new TextEncoder().encode(stdin);
    if (stdin !== undefined && !(stdin instanceof Uint8Array)) {
      throw new SamovarError('usage', `${this.name}.main(args, {stdin}): stdin must be a Uint8Array or a string, not ${Object.prototype.toString.call(stdin)}`);
    }
    if (!this.exportNames.includes('_start')) {
      throw new SamovarError('usage', `${this.name}.wasm has no _start: it is a library module, call its exports instead`);
    }
    const sinks = this.sinks();
    let created;
    try {
      created = this.instantiate([this.name, ...args], sinks, stdin);
      created.instance.exports._start();
      return 0;
    } catch (e) {
      if (e instanceof WasiExit) return e.code;
      if (isTrap(e)) throw new SamovarError('trap', `${this.name}.main(${JSON.stringify(args)}): wasm trap (${e.message})`);
      throw e;
    } finally {
      sinks.flush(true);
      created?.wasi.closeAll();
    }
  }

  /** The worker pool for async calls, created on first use. */
  aio() {
    this.pool ??= new WorkerPool(this);
    return this.pool;
  }

  /** Discards the cached instance (later calls on it raise 'closed') and stops every worker. */
  close() {
    if (this.current) {
      this.current.state.closed = true;
      this.current.wasi.closeAll();
      this.current = null;
    }
    this.pool?.close();
    this.pool = null;
  }
}
