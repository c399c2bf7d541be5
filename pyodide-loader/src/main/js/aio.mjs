// Async calls: each call in flight owns one worker (a Web Worker, or worker_threads in Node) with
// its own instance of the module, so the calling thread stays free. Cancelling a call terminates
// its worker; the next call starts a new one. Files under the mounts are copied to the worker
// before the call and the worker's changes are copied back after it.

import { SamovarError } from './errors.mjs';
import { snapshotTree, applyChanges } from './fs-emscripten.mjs';

const isNode = typeof process === 'object' && Boolean(process.versions?.node);

/** Idle workers kept for the next calls; more are terminated when they finish. */
const MAX_IDLE = 4;

let nodeWorkerThreads = null;
async function loadWorkerThreads() {
  nodeWorkerThreads ??= process.getBuiltinModule
    ? process.getBuiltinModule('node:worker_threads')
    : await import('node:worker_threads');
  return nodeWorkerThreads;
}

let browserWorkerUrl = null;

/** Starts one worker running this runtime's workerMain(); returns a small port object. */
async function spawnWorker() {
  // RUNTIME_FACTORY is the bundle's own factory function (see scripts/bundle.mjs).
  const source = `(${RUNTIME_FACTORY.toString()})().workerMain();`;
  if (isNode) {
    const { Worker } = await loadWorkerThreads();
    const w = new Worker(source, { eval: true });
    return {
      post: (msg, transfer) => w.postMessage(msg, transfer),
      terminate: () => w.terminate(),
      on: (onMessage, onFailure) => {
        w.on('message', onMessage);
        w.on('error', (e) => onFailure(`worker error: ${e?.message ?? e}`));
        w.on('exit', (code) => onFailure(`worker exited (${code})`));
      },
      ref: (busy) => (busy ? w.ref() : w.unref()),
    };
  }
  browserWorkerUrl ??= URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const w = new Worker(browserWorkerUrl);
  return {
    post: (msg, transfer) => w.postMessage(msg, transfer),
    terminate: () => w.terminate(),
    on: (onMessage, onFailure) => {
      w.onmessage = (ev) => onMessage(ev.data);
      w.onerror = (ev) => {
        ev.preventDefault?.();
        onFailure(`worker error: ${ev.message ?? 'failed to start'}`);
      };
      w.onmessageerror = () => onFailure('worker message could not be deserialized');
    },
    ref: () => {},
  };
}

function transferables(value, out = []) {
  if (ArrayBuffer.isView(value)) {
    if (!out.includes(value.buffer)) out.push(value.buffer);
  } else if (Array.isArray(value)) {
    for (const v of value) transferables(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) transferables(v, out);
  }
  return out;
}

/** The workers of one JavaModule. */
export class WorkerPool {
  constructor(javaModule) {
    this.jm = javaModule;
    this.idle = [];
    this.busy = new Set();
    this.nextId = 1;
    this.closed = false;
  }

  async acquire() {
    const idle = this.idle.pop();
    if (idle) return idle;
    const port = await spawnWorker();
    const worker = { port, job: null, dead: false };
    port.on(
      (msg) => this.onMessage(worker, msg),
      (why) => this.onFailure(worker, why),
    );
    port.post({
      type: 'init', module: this.jm.module, name: this.jm.name, mounts: this.jm.mounts,
      env: this.jm.env, bindings: this.jm.bindings, files: Boolean(this.jm.FS),
    });
    return worker;
  }

  /**
   * Starts a call in a worker: kind 'main' (args: string[]) or 'call' (fn: export or binding name).
   * Returns {id, promise, cancel()}; promise resolves to the exit status or the call's result.
   * options.timeoutMs rejects with a 'timeout' error and terminates the worker.
   */
  start(kind, fn, args, options = {}) {
    if (this.closed) throw new SamovarError('closed', `${this.jm.name}.aio: the module was closed`);
    const id = this.nextId++;
    let settle;
    const promise = new Promise((resolve, reject) => {
      settle = { resolve, reject };
    });
    // A call the caller stopped awaiting (cancelled) must not become an unhandled rejection.
    promise.catch(() => {});
    const job = { id, kind, settle, worker: null, done: false, cancelled: null };
    const cancel = (kindOfStop = 'cancelled', message = `${this.jm.name}.aio.${fn}: cancelled; its worker was terminated`) => {
      if (job.done) return false;
      job.done = true;
      job.cancelled = kindOfStop;
      clearTimeout(job.timer);
      if (job.worker) this.discard(job.worker);
      settle.reject(new SamovarError(kindOfStop, message));
      return true;
    };
    if (options.timeoutMs != null) {
      job.timer = setTimeout(() => cancel('timeout', `${this.jm.name}.aio.${fn}: no result after ${options.timeoutMs} ms; its worker was terminated`), options.timeoutMs);
    }
    this.acquire().then((worker) => {
      if (job.done) {
        this.release(worker);
        return;
      }
      job.worker = worker;
      worker.job = job;
      this.busy.add(worker);
      worker.port.ref(true);
      const files = this.jm.FS ? snapshotTree(this.jm.FS, this.jm.mounts.map((m) => m.host)) : null;
      const message = { type: 'call', id, kind, fn, args, files };
      worker.port.post(message, [...transferables(args), ...transferables(files)]);
    }, (e) => cancel('worker', `${this.jm.name}.aio.${fn}: cannot start a worker (${e.message})`));
    return { id, promise, cancel: () => cancel() };
  }

  onMessage(worker, msg) {
    const job = worker.job;
    if (!job || msg.id !== job.id || job.done) return;
    if (msg.type === 'out') {
      const fn = msg.fd === 2 ? this.jm.stderrFn : this.jm.stdoutFn;
      if (fn) fn(msg.text);
      else (msg.fd === 2 ? console.error : console.log)(msg.text.replace(/\n$/, ''));
      return;
    }
    if (msg.type !== 'done') return;
    job.done = true;
    clearTimeout(job.timer);
    worker.job = null;
    this.busy.delete(worker);
    if (msg.changes && this.jm.FS) applyChanges(this.jm.FS, msg.changes);
    if (msg.ok) {
      this.release(worker);
      job.settle.resolve(msg.value);
      return;
    }
    const { error } = msg;
    if (error.samovarKind === 'trap' || error.samovarKind === 'exit') this.discard(worker);
    else this.release(worker);
    job.settle.reject(new SamovarError(error.samovarKind ?? 'remote', error.message, { remote: error }));
  }

  onFailure(worker, why) {
    if (worker.dead) return;
    worker.dead = true;
    this.idle = this.idle.filter((w) => w !== worker);
    this.busy.delete(worker);
    const job = worker.job;
    if (job && !job.done) {
      job.done = true;
      clearTimeout(job.timer);
      job.settle.reject(new SamovarError('worker', `${this.jm.name}.aio: ${why}`));
    }
  }

  release(worker) {
    worker.port.ref(false);
    if (worker.dead) return;
    if (this.closed || this.idle.length >= MAX_IDLE) this.discard(worker);
    else this.idle.push(worker);
  }

  discard(worker) {
    worker.dead = true;
    this.busy.delete(worker);
    this.idle = this.idle.filter((w) => w !== worker);
    worker.port.terminate();
  }

  /** Number of live workers (idle and busy). */
  size() {
    return this.idle.length + this.busy.size;
  }

  close() {
    this.closed = true;
    for (const w of [...this.idle, ...this.busy]) {
      if (w.job && !w.job.done) {
        w.job.done = true;
        w.job.settle.reject(new SamovarError('closed', `${this.jm.name}.aio: the module was closed`));
      }
      this.discard(w);
    }
  }
}
