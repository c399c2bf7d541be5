// HostFs over Emscripten's FS (pyodide.FS): what Python sees in /home/pyodide is what Java sees.
// Emscripten's ErrnoError carries WASI errno numbers, so errors pass through unchanged.

const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 64;
const O_TRUNC = 512;

export function emscriptenFs(FS) {
  const type = (mode) => (FS.isDir(mode) ? 3 : FS.isFile(mode) ? 4 : FS.isLink(mode) ? 7 : FS.isChrdev(mode) ? 2 : 0);
  const conv = (st) => ({
    type: type(st.mode), size: st.size, ino: st.ino, nlink: st.nlink,
    atimeMs: +st.atime, mtimeMs: +st.mtime, ctimeMs: +st.ctime,
  });
  return {
    stat: (path) => conv(FS.stat(path)),
    fstat: (stream) => conv(FS.fstat ? FS.fstat(stream.fd) : FS.stat(stream.path)),
    open(path, o) {
      const flags = (o.write ? (o.read ? O_RDWR : O_WRONLY) : 0) | (o.create ? O_CREAT : 0) | (o.trunc ? O_TRUNC : 0);
      return FS.open(path, flags, 0o666);
    },
    read: (stream, u8, position) => FS.read(stream, u8, 0, u8.length, position),
    write: (stream, u8, position) => FS.write(stream, u8, 0, u8.length, position),
    truncate: (stream, size) => FS.ftruncate(stream.fd, size),
    close: (stream) => FS.close(stream),
    readdir: (path) => FS.readdir(path).filter((n) => n !== '.' && n !== '..'),
    mkdir: (path) => FS.mkdir(path, 0o777),
    rmdir: (path) => FS.rmdir(path),
    unlink: (path) => FS.unlink(path),
    rename: (from, to) => FS.rename(from, to),
  };
}

/**
 * Copies the files under the given host directories, for a worker's MemoryFs:
 * [{path, dir: true} | {path, data: Uint8Array}]. Missing directories are skipped.
 */
export function snapshotTree(FS, roots) {
  const out = [];
  const walk = (path) => {
    let st;
    try {
      st = FS.stat(path);
    } catch {
      return;
    }
    if (FS.isDir(st.mode)) {
      out.push({ path, dir: true });
      for (const name of FS.readdir(path)) {
        if (name !== '.' && name !== '..') walk(path === '/' ? `/${name}` : `${path}/${name}`);
      }
    } else if (FS.isFile(st.mode)) {
      out.push({ path, data: FS.readFile(path) });
    }
  };
  for (const root of roots) walk(root);
  return out;
}

/** Applies a worker's changes ({written, removed} from MemoryFs.changes()) to Emscripten's FS. */
export function applyChanges(FS, changes) {
  for (const path of changes.removed) {
    try {
      const st = FS.stat(path);
      if (FS.isDir(st.mode)) FS.rmdir(path);
      else FS.unlink(path);
    } catch {
      // already gone, or a directory that is not empty on this side: leave it
    }
  }
  for (const entry of changes.written) {
    if (entry.dir) {
      FS.mkdirTree(entry.path);
    } else {
      FS.mkdirTree(entry.path.slice(0, entry.path.lastIndexOf('/')) || '/');
      FS.writeFile(entry.path, entry.data);
    }
  }
}
