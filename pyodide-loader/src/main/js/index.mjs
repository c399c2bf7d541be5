// The public entry point. scripts/bundle.mjs turns these modules into one self-contained factory
// (samovar-loader.mjs for pages, _samovar_runtime.js for wheels and workers).
export { loadJavaModule } from './pyodide.mjs';
export { JavaModule, compileModule, compileModuleSync, checkModule, readAbi, normalizeMounts, ABI_VERSION, ABI_SECTION, DEFAULT_MOUNTS } from './module.mjs';
export { SamovarError, FsError, JavaError } from './errors.mjs';
export { loadAbiModule, readWasmSource, AbiRuntime, JavaHandle } from './abi.mjs';
export { WasiExit, createWasi, ERRNO } from './wasi.mjs';
export { LineSink } from './lines.mjs';
export { MemoryFs } from './fs-memory.mjs';
export { emscriptenFs, snapshotTree, applyChanges } from './fs-emscripten.mjs';
export { WorkerPool } from './aio.mjs';
export { workerMain } from './worker.mjs';
