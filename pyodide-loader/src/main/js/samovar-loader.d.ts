// Types of samovar-loader.mjs, the Samovar runtime for Java modules in Pyodide (and plain JS).

/** Why a call failed; Python raises one exception class per kind. */
export type SamovarErrorKind =
  | 'link' | 'trap' | 'dead' | 'exit' | 'closed' | 'usage' | 'cancelled' | 'timeout' | 'worker' | 'remote';

export class SamovarError extends Error {
  readonly samovarKind: SamovarErrorKind;
  /** For 'exit': the status Java passed to System.exit. */
  readonly code?: number;
  /** For 'remote': the error thrown inside an async call. */
  readonly remote?: { name: string; message: string; stack: string };
}

export class WasiExit extends Error {
  readonly code: number;
}

/** Guest path (what Java sees) to host path (in Emscripten's FS), or a list of pairs. */
export type Mounts = Record<string, string> | Array<{ guest: string; host: string }>;

export interface JavaModuleOptions {
  /** Python package name and argv[0]; required unless it can be taken from a URL ending in .wasm. */
  name?: string;
  /** System.out, line-buffered UTF-8 text. Default: console.log per line (Python: sys.stdout). */
  stdout?: (text: string) => void;
  /** System.err, line-buffered UTF-8 text. Default: console.error per line (Python: sys.stderr). */
  stderr?: (text: string) => void;
  /** WASI preopens. Default: { '/home/pyodide': '/home/pyodide' }. */
  mounts?: Mounts;
  /** Environment of the Java program. Default: {}. */
  env?: Record<string, string>;
  /** Source of generated JS bindings (ESM exporting bind(instance)), used by async calls. */
  bindings?: string;
}

export interface LoadJavaModuleOptions extends JavaModuleOptions {
  /** Package version written to _module.json. Default '0'. */
  version?: string;
  /** Overwrite the Python package files even when a wheel installed them. Default false. */
  replace?: boolean;
}

export interface JavaInstance {
  readonly name: string;
  /** The module's exports; functions flush output after each call and report traps. */
  readonly exports: Record<string, any> & { memory: WebAssembly.Memory };
  /** The unwrapped exports. */
  readonly raw: WebAssembly.Exports;
  readonly memory: WebAssembly.Memory;
  /** The module's samovar.abi section, or null for a command module. */
  readonly abi: { abi: number; module: string; interface: string } | null;
}

export interface AsyncCall<T> {
  readonly id: number;
  readonly promise: Promise<T>;
  /** Terminates the call's worker; the promise rejects with a 'cancelled' SamovarError. */
  cancel(): boolean;
}

export class WorkerPool {
  start(kind: 'main', fn: 'main', args: string[], options?: { timeoutMs?: number }): AsyncCall<number>;
  start(kind: 'call', fn: string, args: unknown[], options?: { timeoutMs?: number }): AsyncCall<unknown>;
  /** Live workers, idle and busy. */
  size(): number;
  close(): void;
}

export class JavaModule {
  constructor(module: WebAssembly.Module, options: JavaModuleOptions & { FS?: unknown });
  readonly name: string;
  readonly module: WebAssembly.Module;
  /** The cached instance for direct calls. */
  instance(): JavaInstance;
  /** Runs _start with argv [name, ...args] in a fresh instance; returns the exit status. */
  main(args?: string[], options?: { stdin?: Uint8Array | string }): number;
  /** Async calls, each in a worker with its own instance. */
  aio(): WorkerPool;
  configure(options: { mounts?: Mounts; env?: Record<string, string> }): void;
  /** Discards the instance and stops the workers; the next call starts afresh. */
  close(): void;
}

/**
 * Compiles a Java module and installs a Python package for it, so Python can `import <name>`.
 * No globals: the package finds this module through a registered JS module.
 */
export function loadJavaModule(
  pyodide: { FS: unknown; runPython(code: string): any; registerJsModule(name: string, module: object): void },
  source: string | URL | ArrayBuffer | ArrayBufferView | Response | WebAssembly.Module,
  options?: LoadJavaModuleOptions,
): Promise<JavaModule>;

export function compileModule(bytes: BufferSource | WebAssembly.Module, name: string, expect?: { abi?: number; interface?: string }): Promise<WebAssembly.Module>;
export function compileModuleSync(bytes: BufferSource | WebAssembly.Module, name: string, expect?: { abi?: number; interface?: string }): WebAssembly.Module;
export function checkModule(module: WebAssembly.Module, name: string, expect?: { abi?: number; interface?: string }): JavaInstance['abi'];
export function readAbi(module: WebAssembly.Module, name?: string): JavaInstance['abi'];
export function normalizeMounts(mounts?: Mounts | null): Array<{ guest: string; host: string }>;
export const ABI_VERSION: number;
export const ABI_SECTION: string;
export const DEFAULT_MOUNTS: ReadonlyArray<{ guest: string; host: string }>;

/** Line-buffered UTF-8 decoding of a byte stream. */
export class LineSink {
  constructor(emit: (text: string) => void);
  write(bytes: Uint8Array): void;
  flush(): void;
}

/** The file-system interface the WASI layer runs on. */
export interface HostFs {
  stat(path: string): { type: number; size: number; ino?: number; mtimeMs?: number };
  fstat(handle: unknown): { type: number; size: number };
  open(path: string, o: { read?: boolean; write?: boolean; create?: boolean; trunc?: boolean }): unknown;
  read(handle: unknown, into: Uint8Array, position: number): number;
  write(handle: unknown, from: Uint8Array, position: number): number;
  truncate(handle: unknown, size: number): void;
  close(handle: unknown): void;
  readdir(path: string): string[];
  mkdir(path: string): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
}

export class FsError extends Error {
  readonly errno: number;
}

export const ERRNO: Readonly<Record<string, number>>;

export function createWasi(options?: {
  args?: string[];
  env?: Record<string, string>;
  fs?: HostFs | null;
  mounts?: Array<{ guest: string; host: string }>;
  stdin?: Uint8Array;
  stdout?: { write(bytes: Uint8Array): void };
  stderr?: { write(bytes: Uint8Array): void };
}): {
  imports(module: WebAssembly.Module): WebAssembly.Imports;
  attach(instance: WebAssembly.Instance): void;
  closeAll(): void;
};

export class MemoryFs implements HostFs {
  constructor(entries?: Array<{ path: string; dir?: boolean; data?: Uint8Array }>);
  stat(path: string): { type: number; size: number; ino?: number; mtimeMs?: number };
  fstat(handle: unknown): { type: number; size: number };
  open(path: string, o: { read?: boolean; write?: boolean; create?: boolean; trunc?: boolean }): unknown;
  read(handle: unknown, into: Uint8Array, position: number): number;
  write(handle: unknown, from: Uint8Array, position: number): number;
  truncate(handle: unknown, size: number): void;
  close(handle: unknown): void;
  readdir(path: string): string[];
  mkdir(path: string): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
  changes(): { written: Array<{ path: string; dir?: boolean; data?: Uint8Array }>; removed: string[] };
}

export function emscriptenFs(FS: unknown): HostFs;
export function snapshotTree(FS: unknown, roots: string[]): Array<{ path: string; dir?: boolean; data?: Uint8Array }>;
export function applyChanges(FS: unknown, changes: ReturnType<MemoryFs['changes']>): void;
/** Entry point of a worker (internal). */
export function workerMain(): void;


// ---- Typed calls (abi.mjs): what generated bindings (<module>.mjs) use. docs/abi.md.

/** Where a module comes from: a URL, a file path (Node), bytes, a fetch Response or a compiled module. */
export type WasmSource = string | URL | ArrayBuffer | ArrayBufferView | Response | WebAssembly.Module | PromiseLike<Response>;

export interface AbiLoadOptions {
  /** System.out as UTF-8 text, line-buffered (complete lines; the rest when a call returns). Default: console.log. */
  stdout?: (text: string) => void;
  /** System.err, like stdout. Default: console.error. */
  stderr?: (text: string) => void;
  /** The file system behind the mounts, e.g. new MemoryFs([...]). Default: none (no file access). */
  fs?: HostFs;
  /** Guest path → path in `fs`. Default with an fs: { '/': '/' }. */
  mounts?: Mounts;
  /** Environment of the Java program. */
  env?: Record<string, string>;
}

/** A Java exception thrown by an export; the instance stays usable. */
export class JavaError extends Error {
  /** The exception's class name, e.g. 'java.lang.NumberFormatException'. */
  readonly javaClass: string;
  readonly javaMessage: string | null;
  /** The Java stack trace as text. */
  readonly javaStackTrace: string;
  /** Superclass names up to 'java.lang.Throwable'. */
  readonly javaSuperclasses: readonly string[];
  /** Whether the exception is an instance of the named Java class. */
  isInstance(className: string): boolean;
}

/** Base class of generated handle classes: a Java object held by an opaque handle. */
export class JavaHandle {
  /** Whether close() was called (or the module was closed). */
  readonly closed: boolean;
  /** Releases the Java object (calling its close() if it has one); a second close() does nothing. */
  close(): void;
}

export interface AbiSpecParam { name: string; type: string; kind: string; nullable: boolean; handle?: string }
export interface AbiSpecFunction {
  export: string; name: string; role: 'function' | 'constructor' | 'method' | 'close'; handle?: string;
  params: AbiSpecParam[]; result: { type: string; kind: string; nullable: boolean; handle?: string };
}
export interface AbiSpec {
  abi: number; module: string; interface: string; functions: AbiSpecFunction[];
  handles: Array<{ name: string; constructor: AbiSpecFunction | null; methods: AbiSpecFunction[]; close: AbiSpecFunction }>;
}

/** One instance of a module bound for typed calls. */
export class AbiRuntime {
  readonly name: string;
  readonly memory: WebAssembly.Memory;
  readonly module: JavaModule;
  /** Typed invokers by export name (methods take the receiver first). */
  readonly functions: Record<string, (...args: any[]) => any>;
  /** Handles issued by the module and not yet closed (leak checks). */
  liveHandles(): number;
  /** Discards the instance; later calls raise a 'closed' SamovarError. */
  close(): void;
  registerHandle(name: string, cls: new (...args: any[]) => JavaHandle): void;
  adopt<T extends JavaHandle>(object: T, name: string, handle: number): T;
}

/** Reads, compiles, checks (ABI version, interface hash) and instantiates a module for its bindings. */
export function loadAbiModule(source: WasmSource, spec: AbiSpec, options?: AbiLoadOptions): Promise<AbiRuntime>;
export function readWasmSource(source: WasmSource, name: string): Promise<BufferSource | WebAssembly.Module>;
