// WASI preview 1 for a TeaVM module, over a small host file-system interface (HostFs): the
// Emscripten FS of Pyodide on the main thread (fs-emscripten.mjs), an in-memory copy in workers
// (fs-memory.mjs). Only what a Java module needs is real; any other WASI import answers ENOSYS so a
// module still links. Paths never leave a preopen: `..` above it and absolute paths are refused.

import { FsError } from './errors.mjs';

/** WASI errno values (Emscripten uses the same numbers, so its ErrnoError.errno passes through). */
export const ERRNO = Object.freeze({
  SUCCESS: 0, ACCES: 2, BADF: 8, EXIST: 20, FAULT: 21, INVAL: 28, IO: 29, ISDIR: 31,
  NAMETOOLONG: 37, NOENT: 44, NOSYS: 52, NOTDIR: 54, NOTEMPTY: 55, SPIPE: 70, NOTCAPABLE: 76,
});

const FILETYPE = Object.freeze({ UNKNOWN: 0, CHAR: 2, DIR: 3, FILE: 4, SYMLINK: 7 });
const OFLAGS = Object.freeze({ CREAT: 1, DIRECTORY: 2, EXCL: 4, TRUNC: 8 });
const FDFLAG_APPEND = 1;
const RIGHT_FD_READ = 1n << 1n;
const RIGHT_FD_WRITE = 1n << 6n;
const ALL_RIGHTS = 0x1fffffffn;

/** Thrown by proc_exit; carries the exit status out of `_start` or an export. */
export class WasiExit extends Error {
  constructor(code) {
    super(`WASI proc_exit(${code})`);
    this.name = 'WasiExit';
    this.code = code;
  }
}

/**
 * Creates the `wasi_snapshot_preview1` imports for one instance.
 *
 * options.args     string[]  argv, argv[0] is the program name (default [])
 * options.env      object    environment (default {})
 * options.fs       HostFs    file system behind the preopens (default: none, no preopens)
 * options.mounts   {guest, host}[]  preopened directories, in fd order from 3 (default [])
 * options.stdin    Uint8Array  bytes read from fd 0 (default: empty)
 * options.stdout / options.stderr  { write(Uint8Array) }  sinks for fd 1 and 2
 */
export function createWasi(options = {}) {
  const args = (options.args ?? []).map((a) => utf8z(String(a)));
  const env = Object.entries(options.env ?? {}).map(([k, v]) => utf8z(`${k}=${v}`));
  const fs = options.fs ?? null;
  const stdin = options.stdin ?? new Uint8Array(0);
  let stdinPos = 0;
  const sinks = { 1: options.stdout, 2: options.stderr };
  let memory = null;

  const fds = new Map();
  for (const fd of [0, 1, 2]) fds.set(fd, { kind: 'stdio' });
  let nextFd = 3;
  if (fs) {
    for (const m of options.mounts ?? []) {
      const host = normalizeAbsolute(m.host);
      fds.set(nextFd++, { kind: 'dir', preopen: m.guest, path: host, root: host });
    }
  }

  const u8 = () => new Uint8Array(memory.buffer);
  const view = () => new DataView(memory.buffer);
  const str = (ptr, len) => DECODER.decode(u8().subarray(ptr, ptr + len));

  const dirOf = (fd) => {
    const e = fds.get(fd);
    if (!e) throw new FsError(ERRNO.BADF);
    if (e.kind !== 'dir') throw new FsError(ERRNO.NOTDIR);
    return e;
  };
  const fileOf = (fd) => {
    const e = fds.get(fd);
    if (!e) throw new FsError(ERRNO.BADF);
    if (e.kind === 'dir') throw new FsError(ERRNO.ISDIR);
    return e;
  };
  const resolve = (dirFd, ptr, len) => resolveUnder(dirOf(dirFd), str(ptr, len));

  // Every import returns an errno; FsError/Emscripten ErrnoError become their errno.
  const guard = (fn) => (...a) => {
    try {
      return fn(...a) ?? ERRNO.SUCCESS;
    } catch (e) {
      if (e instanceof WasiExit) throw e;
      if (typeof e?.errno === 'number') return e.errno;
      if (e instanceof RangeError) return ERRNO.FAULT;
      throw e;
    }
  };

  const listSizes = (list, countPtr, sizePtr) => {
    const v = view();
    v.setUint32(countPtr, list.length, true);
    v.setUint32(sizePtr, list.reduce((n, b) => n + b.length, 0), true);
  };
  const listGet = (list, ptrsPtr, bufPtr) => {
    const v = view();
    const m = u8();
    list.forEach((bytes, i) => {
      v.setUint32(ptrsPtr + 4 * i, bufPtr, true);
      m.set(bytes, bufPtr);
      bufPtr += bytes.length;
    });
  };
  const iovecs = (ptr, count) => {
    const v = view();
    const out = [];
    for (let i = 0; i < count; i++) {
      const buf = v.getUint32(ptr + 8 * i, true);
      const len = v.getUint32(ptr + 8 * i + 4, true);
      if (buf + len > memory.buffer.byteLength) throw new FsError(ERRNO.FAULT);
      out.push([buf, len]);
    }
    return out;
  };
  const writeFilestat = (ptr, st) => {
    const v = view();
    v.setBigUint64(ptr, 0n, true);
    v.setBigUint64(ptr + 8, BigInt(st.ino ?? 0), true);
    v.setUint8(ptr + 16, st.type);
    for (let i = 17; i < 24; i++) v.setUint8(ptr + i, 0);
    v.setBigUint64(ptr + 24, BigInt(st.nlink ?? 1), true);
    v.setBigUint64(ptr + 32, BigInt(st.size ?? 0), true);
    v.setBigUint64(ptr + 40, msToNs(st.atimeMs), true);
    v.setBigUint64(ptr + 48, msToNs(st.mtimeMs), true);
    v.setBigUint64(ptr + 56, msToNs(st.ctimeMs), true);
  };
  const readInto = (e, iovs, position) => {
    let total = 0;
    for (const [buf, len] of iovs) {
      if (len === 0) continue;
      const n = fs.read(e.handle, u8().subarray(buf, buf + len), position + total);
      total += n;
      if (n < len) break;
    }
    return total;
  };
  const writeFrom = (e, iovs, position) => {
    let total = 0;
    for (const [buf, len] of iovs) {
      if (len === 0) continue;
      total += fs.write(e.handle, u8().subarray(buf, buf + len), position + total);
    }
    return total;
  };

  const impl = {
    args_sizes_get: (c, s) => listSizes(args, c, s),
    args_get: (p, b) => listGet(args, p, b),
    environ_sizes_get: (c, s) => listSizes(env, c, s),
    environ_get: (p, b) => listGet(env, p, b),
    proc_exit: (code) => {
      throw new WasiExit(code);
    },
    sched_yield: () => ERRNO.SUCCESS,
    random_get: (ptr, len) => {
      const m = u8();
      for (let off = 0; off < len; off += 65536) {
        crypto.getRandomValues(m.subarray(ptr + off, ptr + Math.min(len, off + 65536)));
      }
    },
    clock_res_get: (id, out) => view().setBigUint64(out, 1000n, true),
    clock_time_get: (id, _precision, out) => {
      const ns = id === 0
        ? BigInt(Date.now()) * 1000000n
        : BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
      view().setBigUint64(out, ns, true);
    },
    fd_write: (fd, iovsPtr, count, nPtr) => {
      const iovs = iovecs(iovsPtr, count);
      let n;
      if (fd === 1 || fd === 2) {
        n = 0;
        for (const [buf, len] of iovs) {
          sinks[fd]?.write(u8().subarray(buf, buf + len));
          n += len;
        }
      } else {
        const e = fileOf(fd);
        if (e.kind !== 'file' || !e.write) return ERRNO.BADF;
        const at = e.append ? fs.fstat(e.handle).size : e.pos;
        n = writeFrom(e, iovs, at);
        e.pos = at + n;
      }
      view().setUint32(nPtr, n, true);
    },
    fd_pwrite: (fd, iovsPtr, count, offset, nPtr) => {
      const e = fileOf(fd);
      if (e.kind !== 'file' || !e.write) return ERRNO.BADF;
      view().setUint32(nPtr, writeFrom(e, iovecs(iovsPtr, count), Number(offset)), true);
    },
    fd_read: (fd, iovsPtr, count, nPtr) => {
      const iovs = iovecs(iovsPtr, count);
      let n = 0;
      if (fd === 0) {
        for (const [buf, len] of iovs) {
          const chunk = stdin.subarray(stdinPos, stdinPos + len);
          u8().set(chunk, buf);
          stdinPos += chunk.length;
          n += chunk.length;
          if (chunk.length < len) break;
        }
      } else {
        const e = fileOf(fd);
        if (e.kind !== 'file' || !e.read) return ERRNO.BADF;
        n = readInto(e, iovs, e.pos);
        e.pos += n;
      }
      view().setUint32(nPtr, n, true);
    },
    fd_pread: (fd, iovsPtr, count, offset, nPtr) => {
      const e = fileOf(fd);
      if (e.kind !== 'file' || !e.read) return ERRNO.BADF;
      view().setUint32(nPtr, readInto(e, iovecs(iovsPtr, count), Number(offset)), true);
    },
    fd_seek: (fd, offset, whence, outPtr) => {
      const e = fileOf(fd);
      if (e.kind !== 'file') return ERRNO.SPIPE;
      const base = whence === 0 ? 0 : whence === 1 ? e.pos : whence === 2 ? fs.fstat(e.handle).size : NaN;
      const pos = base + Number(offset);
      if (!(pos >= 0)) return ERRNO.INVAL;
      e.pos = pos;
      view().setBigUint64(outPtr, BigInt(pos), true);
    },
    fd_tell: (fd, outPtr) => {
      const e = fileOf(fd);
      if (e.kind !== 'file') return ERRNO.SPIPE;
      view().setBigUint64(outPtr, BigInt(e.pos), true);
    },
    fd_close: (fd) => {
      const e = fds.get(fd);
      if (!e) return ERRNO.BADF;
      if (e.kind === 'stdio' || e.preopen !== undefined) return ERRNO.SUCCESS;
      fds.delete(fd);
      if (e.handle !== undefined) fs.close(e.handle);
    },
    fd_sync: () => ERRNO.SUCCESS,
    fd_datasync: () => ERRNO.SUCCESS,
    fd_advise: () => ERRNO.SUCCESS,
    fd_fdstat_get: (fd, ptr) => {
      const e = fds.get(fd);
      if (!e) return ERRNO.BADF;
      const v = view();
      const type = e.kind === 'stdio' ? FILETYPE.CHAR : e.kind === 'dir' ? FILETYPE.DIR : FILETYPE.FILE;
      v.setUint8(ptr, type);
      v.setUint8(ptr + 1, 0);
      v.setUint16(ptr + 2, e.append ? FDFLAG_APPEND : 0, true);
      v.setUint32(ptr + 4, 0, true);
      v.setBigUint64(ptr + 8, ALL_RIGHTS, true);
      v.setBigUint64(ptr + 16, ALL_RIGHTS, true);
    },
    fd_fdstat_set_flags: (fd, flags) => {
      const e = fileOf(fd);
      e.append = (flags & FDFLAG_APPEND) !== 0;
    },
    fd_fdstat_set_rights: () => ERRNO.SUCCESS,
    fd_filestat_get: (fd, ptr) => {
      const e = fds.get(fd);
      if (!e) return ERRNO.BADF;
      if (e.kind === 'stdio') return writeFilestat(ptr, { type: FILETYPE.CHAR, size: 0 });
      writeFilestat(ptr, e.kind === 'dir' ? fs.stat(e.path) : fs.fstat(e.handle));
    },
    fd_filestat_set_size: (fd, size) => {
      const e = fileOf(fd);
      if (e.kind !== 'file' || !e.write) return ERRNO.BADF;
      fs.truncate(e.handle, Number(size));
    },
    fd_filestat_set_times: () => ERRNO.SUCCESS,
    fd_prestat_get: (fd, ptr) => {
      const e = fds.get(fd);
      if (!e || e.preopen === undefined) return ERRNO.BADF;
      const v = view();
      v.setUint32(ptr, 0, true);
      v.setUint32(ptr + 4, ENCODER.encode(e.preopen).length, true);
    },
    fd_prestat_dir_name: (fd, ptr, len) => {
      const e = fds.get(fd);
      if (!e || e.preopen === undefined) return ERRNO.BADF;
      const name = ENCODER.encode(e.preopen);
      if (len < name.length) return ERRNO.NAMETOOLONG;
      u8().set(name, ptr);
    },
    fd_readdir: (fd, buf, len, cookie, usedPtr) => {
      const e = dirOf(fd);
      const names = ['.', '..', ...fs.readdir(e.path).sort()];
      const m = u8();
      const v = view();
      let used = 0;
      for (let i = Number(cookie); i < names.length && used < len; i++) {
        const name = ENCODER.encode(names[i]);
        const child = i < 2 ? null : statOrNull(fs, join(e.path, names[i]));
        const head = new DataView(new ArrayBuffer(24));
        head.setBigUint64(0, BigInt(i + 1), true);
        head.setBigUint64(8, BigInt(child?.ino ?? 0), true);
        head.setUint32(16, name.length, true);
        head.setUint8(20, i < 2 ? FILETYPE.DIR : child?.type ?? FILETYPE.UNKNOWN);
        const entry = new Uint8Array(24 + name.length);
        entry.set(new Uint8Array(head.buffer), 0);
        entry.set(name, 24);
        const n = Math.min(entry.length, len - used);
        m.set(entry.subarray(0, n), buf + used);
        used += n;
      }
      v.setUint32(usedPtr, used, true);
    },
    path_open: (dirFd, _lookup, pathPtr, pathLen, oflags, rightsBase, _inh, fdflags, fdPtr) => {
      const dir = dirOf(dirFd);
      const path = resolveUnder(dir, str(pathPtr, pathLen));
      const wantDir = (oflags & OFLAGS.DIRECTORY) !== 0;
      const existing = statOrNull(fs, path);
      if (existing && (oflags & OFLAGS.CREAT) && (oflags & OFLAGS.EXCL)) return ERRNO.EXIST;
      if (!existing && !(oflags & OFLAGS.CREAT)) return ERRNO.NOENT;
      if (existing?.type === FILETYPE.DIR) {
        if (oflags & OFLAGS.TRUNC) return ERRNO.ISDIR;
        const fd = nextFd++;
        fds.set(fd, { kind: 'dir', path, root: dir.root });
        view().setUint32(fdPtr, fd, true);
        return ERRNO.SUCCESS;
      }
      if (wantDir) return existing ? ERRNO.NOTDIR : ERRNO.NOENT;
      const rights = BigInt(rightsBase);
      const write = (rights & RIGHT_FD_WRITE) !== 0n || (oflags & OFLAGS.TRUNC) !== 0;
      const read = (rights & RIGHT_FD_READ) !== 0n || !write;
      const handle = fs.open(path, {
        read, write, create: (oflags & OFLAGS.CREAT) !== 0, trunc: (oflags & OFLAGS.TRUNC) !== 0,
      });
      const fd = nextFd++;
      fds.set(fd, { kind: 'file', path, handle, pos: 0, read, write, append: (fdflags & FDFLAG_APPEND) !== 0 });
      view().setUint32(fdPtr, fd, true);
    },
    path_filestat_get: (dirFd, _flags, pathPtr, pathLen, ptr) => {
      writeFilestat(ptr, fs.stat(resolve(dirFd, pathPtr, pathLen)));
    },
    path_filestat_set_times: (dirFd, _flags, pathPtr, pathLen) => {
      fs.stat(resolve(dirFd, pathPtr, pathLen));
    },
    path_create_directory: (dirFd, pathPtr, pathLen) => fs.mkdir(resolve(dirFd, pathPtr, pathLen)),
    path_remove_directory: (dirFd, pathPtr, pathLen) => fs.rmdir(resolve(dirFd, pathPtr, pathLen)),
    path_unlink_file: (dirFd, pathPtr, pathLen) => {
      const path = resolve(dirFd, pathPtr, pathLen);
      if (fs.stat(path).type === FILETYPE.DIR) return ERRNO.ISDIR;
      fs.unlink(path);
    },
    path_rename: (fromFd, fromPtr, fromLen, toFd, toPtr, toLen) => {
      fs.rename(resolve(fromFd, fromPtr, fromLen), resolve(toFd, toPtr, toLen));
    },
    path_readlink: () => ERRNO.INVAL,
    poll_oneoff: () => ERRNO.NOSYS,
  };

  const wasiImports = {};
  for (const [name, fn] of Object.entries(impl)) wasiImports[name] = guard(fn);

  return {
    /** The import object for WebAssembly.instantiate, with ENOSYS stubs for anything else. */
    imports(module) {
      const ns = {};
      for (const imp of WebAssembly.Module.imports(module)) {
        if (imp.module !== 'wasi_snapshot_preview1' || imp.kind !== 'function') continue;
        ns[imp.name] = wasiImports[imp.name] ?? (() => ERRNO.NOSYS);
      }
      return { wasi_snapshot_preview1: ns };
    },
    /** Binds the instance's exported memory; call right after instantiation. */
    attach(instance) {
      memory = instance.exports.memory;
    },
    /** Closes the files the guest left open (an instance that exited or trapped). */
    closeAll() {
      for (const [fd, e] of fds) {
        if (e.handle !== undefined) {
          try {
            fs.close(e.handle);
          } catch {
            // already closed by the host
          }
          fds.delete(fd);
        }
      }
    },
  };
}

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder('utf-8', { fatal: false });

function utf8z(s) {
  const b = ENCODER.encode(s);
  const out = new Uint8Array(b.length + 1);
  out.set(b);
  return out;
}

function msToNs(ms) {
  return BigInt(Math.round((ms ?? 0) * 1000)) * 1000n;
}

function statOrNull(fs, path) {
  try {
    return fs.stat(path);
  } catch (e) {
    if (typeof e?.errno === 'number') return null;
    throw e;
  }
}

function join(dir, name) {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function normalizeAbsolute(path) {
  const parts = [];
  for (const p of String(path).split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

/** Resolves a guest path relative to a directory fd; never above the preopen's root. */
function resolveUnder(dir, path) {
  if (path.startsWith('/')) throw new FsError(ERRNO.NOTCAPABLE);
  if (path.includes('\0')) throw new FsError(ERRNO.INVAL);
  const rootParts = dir.root.split('/').filter(Boolean);
  const parts = dir.path.split('/').filter(Boolean);
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (parts.length <= rootParts.length) throw new FsError(ERRNO.NOTCAPABLE);
      parts.pop();
    } else {
      parts.push(p);
    }
  }
  return `/${parts.join('/')}`;
}
