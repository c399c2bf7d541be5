package dev.samovar.runner.internal.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code path_*} functions. Every path goes through {@link PathResolver}; every change is
 * checked against the descriptor's rights, and a read-only mount holds no right that changes
 * anything, so writes there fail with {@code EROFS}.
 */
final class PathOps {
  private static final int LOOKUP_SYMLINK_FOLLOW = 1;
  private static final int OFLAGS_CREAT = 1;
  private static final int OFLAGS_DIRECTORY = 2;
  private static final int OFLAGS_EXCL = 4;
  private static final int OFLAGS_TRUNC = 8;

  private final FdTable fds;
  private final FileStats stats;

  PathOps(FdTable fds, FileStats stats) {
    this.fds = fds;
    this.stats = stats;
  }

  private static boolean follow(long lookupFlags) {
    return (lookupFlags & LOOKUP_SYMLINK_FOLLOW) != 0;
  }

  int createDirectory(GuestMemory m, long[] a) throws IOException {
    DirFd dir = fds.dir(a[0]);
    dir.require(Rights.PATH_CREATE_DIRECTORY);
    Resolved r = PathResolver.resolve(dir, m.path(a[1], a[2]), false);
    if (r.name() == null || r.exists()) {
      return Errno.EXIST;
    }
    Files.createDirectory(r.host());
    return Errno.SUCCESS;
  }

  int filestatGet(GuestMemory m, long[] a) {
    DirFd dir = fds.dir(a[0]);
    dir.require(Rights.PATH_FILESTAT_GET);
    String path = m.path(a[2], a[3]);
    m.check(a[4], 64);
    Resolved r = PathResolver.resolve(dir, path, follow(a[1]) || path.endsWith("/"));
    if (!r.exists()) {
      return Errno.NOENT;
    }
    r.requireDirectoryIfSlashed();
    stats.stat(r.host(), false).write(m, a[4]);
    return Errno.SUCCESS;
  }

  int filestatSetTimes(GuestMemory m, long[] a) {
    DirFd dir = fds.dir(a[0]);
    dir.require(Rights.PATH_FILESTAT_SET_TIMES);
    String path = m.path(a[2], a[3]);
    Resolved r = PathResolver.resolve(dir, path, follow(a[1]) || path.endsWith("/"));
    if (!r.exists()) {
      return Errno.NOENT;
    }
    r.requireDirectoryIfSlashed();
    stats.setTimes(r.host(), false, a[4], a[5], (int) a[6]);
    return Errno.SUCCESS;
  }

  int link(GuestMemory m, long[] a) throws IOException {
    DirFd from = fds.dir(a[0]);
    DirFd to = fds.dir(a[4]);
    from.require(Rights.PATH_LINK_SOURCE);
    to.require(Rights.PATH_LINK_TARGET);
    String oldPath = m.path(a[2], a[3]);
    String newPath = m.path(a[5], a[6]);
    if (from.mount != to.mount) {
      // A link into another mount would let a write there reach a file of this one.
      return Errno.XDEV;
    }
    Resolved src = PathResolver.resolve(from, oldPath, follow(a[1]));
    if (!src.exists()) {
      return Errno.NOENT;
    }
    if (src.isDirectory()) {
      return Errno.PERM;
    }
    src.requireDirectoryIfSlashed();
    Resolved dst = PathResolver.resolve(to, newPath, false);
    if (dst.exists() || dst.name() == null) {
      return Errno.EXIST;
    }
    if (dst.trailingSlash()) {
      return Errno.NOENT;
    }
    Files.createLink(dst.host(), src.host());
    return Errno.SUCCESS;
  }

  int open(GuestMemory m, long[] a) throws IOException {
    DirFd dir = fds.dir(a[0]);
    dir.require(Rights.PATH_OPEN);
    int oflags = (int) a[4];
    long base = a[5];
    long inheriting = a[6];
    int fdflags = (int) a[7];
    long fdPtr = a[8];
    if ((oflags & ~0xf) != 0 || (fdflags & ~Descriptor.FDFLAGS_ALL) != 0) {
      return Errno.INVAL;
    }
    String path = m.path(a[2], a[3]);
    m.check(fdPtr, 4);
    boolean create = (oflags & OFLAGS_CREAT) != 0;
    boolean truncate = (oflags & OFLAGS_TRUNC) != 0;
    boolean writes = (base & Rights.WRITES_DATA) != 0;
    if (dir.readOnly() && (create || truncate || writes)) {
      return Errno.ROFS;
    }
    if (create) {
      dir.require(Rights.PATH_CREATE_FILE);
    }
    if (truncate) {
      dir.require(Rights.PATH_FILESTAT_SET_SIZE);
    }
    Resolved r = PathResolver.resolve(dir, path, follow(a[1]) || path.endsWith("/"));
    Descriptor opened;
    if (!r.exists()) {
      if (!create) {
        return Errno.NOENT;
      }
      if (r.trailingSlash()) {
        return Errno.ISDIR;
      }
      if ((oflags & OFLAGS_DIRECTORY) != 0) {
        return Errno.INVAL;
      }
      opened = openFile(dir, r, base, inheriting, fdflags, true, false);
    } else {
      if (create && (oflags & OFLAGS_EXCL) != 0) {
        return Errno.EXIST;
      }
      if (r.isSymlink()) {
        return Errno.LOOP;
      }
      r.requireDirectoryIfSlashed();
      if (r.isDirectory()) {
        if (writes || truncate) {
          return Errno.ISDIR;
        }
        opened =
            new DirFd(
                dir.mount,
                r.components(),
                null,
                base & dir.rightsInheriting & Rights.DIRECTORY,
                inheriting & dir.rightsInheriting);
      } else if (r.attrs().isRegularFile()) {
        if ((oflags & OFLAGS_DIRECTORY) != 0) {
          return Errno.NOTDIR;
        }
        opened = openFile(dir, r, base, inheriting, fdflags, false, truncate);
      } else {
        // FIFOs, sockets and devices could block the host or reach beyond the file system.
        return Errno.NOTSUP;
      }
    }
    int fd;
    try {
      fd = fds.add(opened);
    } catch (WasiError e) {
      opened.close();
      throw e;
    }
    m.writeI32(fdPtr, fd);
    return Errno.SUCCESS;
  }

  private static FileFd openFile(
      DirFd dir,
      Resolved r,
      long base,
      long inheriting,
      int fdflags,
      boolean createNew,
      boolean truncate)
      throws IOException {
    long rights = base & dir.rightsInheriting & Rights.FILE;
    boolean write = (rights & Rights.WRITES_DATA) != 0 || truncate;
    boolean read = (rights & Rights.FD_READ) != 0 || !write;
    Set<OpenOption> options = new HashSet<>();
    options.add(LinkOption.NOFOLLOW_LINKS);
    if (read) {
      options.add(StandardOpenOption.READ);
    }
    if (write) {
      options.add(StandardOpenOption.WRITE);
    }
    if (createNew) {
      options.add(StandardOpenOption.CREATE_NEW);
      options.add(StandardOpenOption.WRITE);
    }
    if (truncate) {
      options.add(StandardOpenOption.TRUNCATE_EXISTING);
    }
    Path host = r.host();
    FileChannel channel;
    try {
      channel = FileChannel.open(host, options);
    } catch (FileAlreadyExistsException e) {
      throw new WasiError(Errno.EXIST);
    }
    return new FileFd(
        channel, dir.mount, r.components(), rights, inheriting & dir.rightsInheriting, fdflags);
  }

  int readlink(GuestMemory m, long[] a) throws IOException {
    DirFd dir = fds.dir(a[0]);
    dir.require(Rights.PATH_READLINK);
    long buf = a[3];
    long len = a[4] & 0xFFFFFFFFL;
    m.check(buf, len);
    m.check(a[5], 4);
    Resolved r = PathResolver.resolve(dir, m.path(a[1], a[2]), false);
    if (!r.exists()) {
      return Errno.NOENT;
    }
    if (!r.isSymlink()) {
      return Errno.INVAL;
    }
    byte[] target = Files.readSymbolicLink(r.host()).toString().getBytes(StandardCharsets.UTF_8);
    int n = (int) Math.min(len, target.length);
    m.write(buf, target, 0, n);
    m.writeI32(a[5], n);
    return Errno.SUCCESS;
  }

  int removeDirectory(GuestMemory m, long[] a) throws IOException {
    DirFd dir = fds.dir(a[0]);
    dir.require(Rights.PATH_REMOVE_DIRECTORY);
    Resolved r = PathResolver.resolve(dir, m.path(a[1], a[2]), false);
    if (r.name() == null) {
      return Errno.INVAL;
    }
    if (!r.exists()) {
      return Errno.NOENT;
    }
    if (!r.isDirectory()) {
      return Errno.NOTDIR;
    }
    Files.delete(r.host());
    return Errno.SUCCESS;
  }

  int rename(GuestMemory m, long[] a) throws IOException {
    DirFd from = fds.dir(a[0]);
    DirFd to = fds.dir(a[3]);
    from.require(Rights.PATH_RENAME_SOURCE);
    to.require(Rights.PATH_RENAME_TARGET);
    Resolved src = PathResolver.resolve(from, m.path(a[1], a[2]), false);
    Resolved dst = PathResolver.resolve(to, m.path(a[4], a[5]), false);
    if (src.name() == null || dst.name() == null) {
      return Errno.BUSY;
    }
    if (!src.exists()) {
      return Errno.NOENT;
    }
    if ((src.trailingSlash() || dst.trailingSlash()) && !src.isDirectory()) {
      return Errno.NOTDIR;
    }
    if (dst.exists()) {
      if (src.isDirectory() && !dst.isDirectory()) {
        return Errno.NOTDIR;
      }
      if (!src.isDirectory() && dst.isDirectory()) {
        return Errno.ISDIR;
      }
    }
    Files.move(src.host(), dst.host(), StandardCopyOption.ATOMIC_MOVE);
    return Errno.SUCCESS;
  }

  int symlink(GuestMemory m, long[] a) throws IOException {
    String target = m.path(a[0], a[1]);
    DirFd dir = fds.dir(a[2]);
    dir.require(Rights.PATH_SYMLINK);
    Resolved r = PathResolver.resolve(dir, m.path(a[3], a[4]), false);
    if (r.exists() || r.name() == null) {
      return r.trailingSlash() && !r.isDirectory() ? Errno.NOTDIR : Errno.EXIST;
    }
    if (r.trailingSlash()) {
      return Errno.NOENT;
    }
    if (target.isEmpty()) {
      return Errno.NOENT;
    }
    if (PathResolver.escapes(r.parent().size(), target)) {
      // Never followed out of the mount anyway, but a host tool walking the directory might.
      return Errno.NOTCAPABLE;
    }
    Files.createSymbolicLink(r.host(), Path.of(target));
    return Errno.SUCCESS;
  }

  int unlinkFile(GuestMemory m, long[] a) throws IOException {
    DirFd dir = fds.dir(a[0]);
    dir.require(Rights.PATH_UNLINK_FILE);
    Resolved r = PathResolver.resolve(dir, m.path(a[1], a[2]), false);
    if (r.name() == null) {
      return Errno.ISDIR;
    }
    if (!r.exists()) {
      return Errno.NOENT;
    }
    if (r.isDirectory()) {
      return Errno.ISDIR;
    }
    if (r.trailingSlash()) {
      return Errno.NOTDIR;
    }
    Files.delete(r.host());
    return Errno.SUCCESS;
  }
}
