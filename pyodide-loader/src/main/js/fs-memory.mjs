// HostFs in memory, for a worker: filled from a snapshot of the main thread's mounts, it records
// what the guest wrote or removed so the main thread can apply the same changes afterwards.

import { FsError } from './errors.mjs';

const ENOENT = 44;
const EEXIST = 20;
const EISDIR = 31;
const ENOTDIR = 54;
const ENOTEMPTY = 55;

export class MemoryFs {
  /** entries: [{path, dir: true} | {path, data: Uint8Array}] as snapshotTree() makes them. */
  constructor(entries = []) {
    this.nodes = new Map([['/', { dir: true, ino: 1, mtimeMs: Date.now() }]]);
    this.nextIno = 2;
    this.written = new Set();
    this.removed = new Set();
    this.original = new Set(entries.map((e) => e.path));
    for (const e of entries) {
      this.ensureParents(e.path);
      this.nodes.set(e.path, e.dir ? this.dirNode() : this.fileNode(e.data));
    }
  }

  dirNode() {
    return { dir: true, ino: this.nextIno++, mtimeMs: Date.now() };
  }

  fileNode(data = new Uint8Array(0)) {
    return { data, size: data.length, ino: this.nextIno++, mtimeMs: Date.now() };
  }

  ensureParents(path) {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const p = `/${parts.slice(0, i).join('/')}`;
      if (!this.nodes.has(p)) this.nodes.set(p, this.dirNode());
    }
  }

  node(path) {
    const n = this.nodes.get(path);
    if (!n) throw new FsError(ENOENT);
    return n;
  }

  parentDir(path) {
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    const p = this.nodes.get(parent);
    if (!p) throw new FsError(ENOENT);
    if (!p.dir) throw new FsError(ENOTDIR);
  }

  touch(path) {
    this.written.add(path);
    this.removed.delete(path);
  }

  stat(path) {
    const n = this.node(path);
    return { type: n.dir ? 3 : 4, size: n.dir ? 0 : n.size, ino: n.ino, nlink: 1, atimeMs: n.mtimeMs, mtimeMs: n.mtimeMs, ctimeMs: n.mtimeMs };
  }

  fstat(handle) {
    return this.stat(handle.path);
  }

  open(path, o) {
    let n = this.nodes.get(path);
    if (!n) {
      if (!o.create) throw new FsError(ENOENT);
      this.parentDir(path);
      n = this.fileNode();
      this.nodes.set(path, n);
      this.touch(path);
    } else if (n.dir) {
      throw new FsError(EISDIR);
    }
    if (o.trunc) {
      n.size = 0;
      this.touch(path);
    }
    return { path, node: n };
  }

  read(handle, u8, position) {
    const n = handle.node;
    const count = Math.max(0, Math.min(u8.length, n.size - position));
    u8.set(n.data.subarray(position, position + count));
    return count;
  }

  write(handle, u8, position) {
    const n = handle.node;
    const end = position + u8.length;
    if (end > n.data.length) {
      const grown = new Uint8Array(Math.max(end, n.data.length * 2, 256));
      grown.set(n.data.subarray(0, n.size));
      n.data = grown;
    }
    n.data.set(u8, position);
    n.size = Math.max(n.size, end);
    n.mtimeMs = Date.now();
    this.touch(handle.path);
    return u8.length;
  }

  truncate(handle, size) {
    const n = handle.node;
    if (size > n.data.length) {
      const grown = new Uint8Array(size);
      grown.set(n.data.subarray(0, n.size));
      n.data = grown;
    } else {
      n.data.fill(0, size, n.size);
    }
    n.size = size;
    this.touch(handle.path);
  }

  close() {}

  readdir(path) {
    if (!this.node(path).dir) throw new FsError(ENOTDIR);
    const prefix = path === '/' ? '/' : `${path}/`;
    const names = [];
    for (const p of this.nodes.keys()) {
      if (p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) names.push(p.slice(prefix.length));
    }
    return names;
  }

  mkdir(path) {
    if (this.nodes.has(path)) throw new FsError(EEXIST);
    this.parentDir(path);
    this.nodes.set(path, this.dirNode());
    this.touch(path);
  }

  rmdir(path) {
    if (!this.node(path).dir) throw new FsError(ENOTDIR);
    if (this.readdir(path).length) throw new FsError(ENOTEMPTY);
    this.remove(path);
  }

  unlink(path) {
    if (this.node(path).dir) throw new FsError(EISDIR);
    this.remove(path);
  }

  remove(path) {
    this.nodes.delete(path);
    this.written.delete(path);
    if (this.original.has(path)) this.removed.add(path);
  }

  rename(from, to) {
    const n = this.node(from);
    this.parentDir(to);
    const target = this.nodes.get(to);
    if (target?.dir && (!n.dir || this.readdir(to).length)) throw new FsError(n.dir ? ENOTEMPTY : EISDIR);
    if (target && !target.dir && n.dir) throw new FsError(ENOTDIR);
    const moves = [...this.nodes.keys()].filter((p) => p === from || p.startsWith(`${from}/`));
    for (const p of moves) {
      const q = to + p.slice(from.length);
      this.nodes.set(q, this.nodes.get(p));
      this.remove(p);
      this.touch(q);
    }
  }

  /** What changed since the snapshot: {written: [{path, dir}|{path, data}], removed: [path]}. */
  changes() {
    const written = [];
    for (const path of [...this.written].sort()) {
      const n = this.nodes.get(path);
      if (!n) continue;
      written.push(n.dir ? { path, dir: true } : { path, data: n.data.slice(0, n.size) });
    }
    const removed = [...this.removed].sort((a, b) => b.length - a.length);
    return { written, removed };
  }
}
