package dev.samovar.runner.internal.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code fd_*} functions over the descriptor table. */
final class FdOps {
  private static final int WHENCE_SET = 0;
  private static final int WHENCE_CUR = 1;
  private static final int WHENCE_END = 2;
  private static final int DIRENT_SIZE = 24;

  private final FdTable fds;
  private final FileStats stats;

  FdOps(FdTable fds, FileStats stats) {
    this.fds = fds;
    this.stats = stats;
  }

  /**
   * A regular file for a data operation: {@code EISDIR} on a directory, {@code ESPIPE} on a stream.
   */
  private FileFd file(long fd, long rights, boolean streamOk) {
    Descriptor d = fds.get(fd);
    if (d instanceof DirFd) {
      throw new WasiError(Errno.ISDIR);
    }
    if (!(d instanceof FileFd)) {
      if (streamOk) {
        return null;
      }
      throw new WasiError(Errno.SPIPE);
    }
    d.require(rights);
    return (FileFd) d;
  }

  int advise(GuestMemory m, long[] a) {
    FileFd f = file(a[0], Rights.FD_ADVISE, false);
    if (a[1] < 0 || a[2] < 0 || a[3] < 0 || a[3] > 5) {
      throw new WasiError(Errno.INVAL);
    }
    return f == null ? Errno.SPIPE : Errno.SUCCESS;
  }

  int allocate(GuestMemory m, long[] a) throws IOException {
    FileFd f = file(a[0], Rights.FD_ALLOCATE, false);
    long offset = a[1];
    long len = a[2];
    if (offset < 0 || len <= 0 || offset + len < 0) {
      throw new WasiError(Errno.INVAL);
    }
    extend(f, offset + len);
    return Errno.SUCCESS;
  }

  private static void extend(FileFd f, long size) throws IOException {
    if (size > f.channel.size()) {
      f.channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
    }
  }

  int close(GuestMemory m, long[] a) throws IOException {
    fds.remove(a[0]).close();
    return Errno.SUCCESS;
  }

  int sync(GuestMemory m, long[] a, boolean dataOnly) throws IOException {
    Descriptor d = fds.get(a[0]);
    d.require(dataOnly ? Rights.FD_DATASYNC : Rights.FD_SYNC);
    if (d instanceof FileFd) {
      ((FileFd) d).channel.force(!dataOnly);
    } else if (d instanceof StreamFd) {
      return Errno.INVAL;
    }
    return Errno.SUCCESS;
  }

  int fdstatGet(GuestMemory m, long[] a) {
    Descriptor d = fds.get(a[0]);
    long buf = a[1];
    m.check(buf, 24);
    m.zero(buf, 24);
    m.writeU8(buf, d.filetype());
    m.writeU16(buf + 2, d.fdflags);
    m.writeI64(buf + 8, d.rightsBase);
    m.writeI64(buf + 16, d.rightsInheriting);
    return Errno.SUCCESS;
  }

  int fdstatSetFlags(GuestMemory m, long[] a) {
    Descriptor d = fds.get(a[0]);
    int flags = (int) a[1];
    if ((flags & ~Descriptor.FDFLAGS_ALL) != 0) {
      return Errno.INVAL;
    }
    d.require(Rights.FD_FDSTAT_SET_FLAGS);
    d.fdflags = flags;
    return Errno.SUCCESS;
  }

  int fdstatSetRights(GuestMemory m, long[] a) {
    Descriptor d = fds.get(a[0]);
    long base = a[1];
    long inheriting = a[2];
    if ((base & ~d.rightsBase) != 0 || (inheriting & ~d.rightsInheriting) != 0) {
      return Errno.NOTCAPABLE;
    }
    d.rightsBase = base;
    d.rightsInheriting = inheriting;
    return Errno.SUCCESS;
  }

  int filestatGet(GuestMemory m, long[] a) throws IOException {
    Descriptor d = fds.get(a[0]);
    long buf = a[1];
    m.check(buf, 64);
    FileStats.Stat s;
    if (d instanceof StreamFd) {
      s = new FileStats.Stat(0, 0, d.filetype(), 1, 0, 0, 0, 0);
    } else {
      d.require(Rights.FD_FILESTAT_GET);
      if (d instanceof DirFd) {
        s = stats.stat(((DirFd) d).host(), false);
      } else {
        FileFd f = (FileFd) d;
        long size = f.channel.size();
        try {
          s = stats.stat(f.host(), false);
        } catch (WasiError e) {
          // Renamed or removed since it was opened: the size is still known.
          s = new FileStats.Stat(0, 0, Descriptor.FILETYPE_REGULAR_FILE, 0, size, 0, 0, 0);
        }
        s =
            new FileStats.Stat(
                s.dev(), s.ino(), s.filetype(), s.nlink(), size, s.atim(), s.mtim(), s.ctim());
      }
    }
    s.write(m, buf);
    return Errno.SUCCESS;
  }

  int filestatSetSize(GuestMemory m, long[] a) throws IOException {
    Descriptor d = fds.get(a[0]);
    if (d instanceof DirFd) {
      return Errno.ISDIR;
    }
    if (!(d instanceof FileFd)) {
      return Errno.INVAL;
    }
    d.require(Rights.FD_FILESTAT_SET_SIZE);
    FileFd f = (FileFd) d;
    long size = a[1];
    if (size < 0) {
      return Errno.INVAL;
    }
    if (size < f.channel.size()) {
      f.channel.truncate(size);
    } else {
      extend(f, size);
    }
    return Errno.SUCCESS;
  }

  int filestatSetTimes(GuestMemory m, long[] a) {
    Descriptor d = fds.get(a[0]);
    d.require(Rights.FD_FILESTAT_SET_TIMES);
    Path host = d instanceof DirFd ? ((DirFd) d).host() : ((FileFd) d).host();
    stats.setTimes(host, false, a[1], a[2], (int) a[3]);
    return Errno.SUCCESS;
  }

  int read(GuestMemory m, long[] a, boolean positional) throws IOException {
    Descriptor d = fds.get(a[0]);
    if (d instanceof DirFd) {
      return Errno.ISDIR;
    }
    d.require(Rights.FD_READ);
    long[][] v = m.iovecs(a[1], a[2]);
    long resultPtr = positional ? a[4] : a[3];
    m.check(resultPtr, 4);
    int total = GuestMemory.total(v);
    int n;
    if (d instanceof StreamFd) {
      if (positional) {
        return Errno.SPIPE;
      }
      n = readStream((StreamFd) d, m, v, total);
    } else {
      FileFd f = (FileFd) d;
      long offset = positional ? a[3] : -1;
      if (positional && offset < 0) {
        return Errno.INVAL;
      }
      byte[] data = new byte[total];
      ByteBuffer buf = ByteBuffer.wrap(data);
      while (buf.hasRemaining()) {
        int r = positional ? f.channel.read(buf, offset + buf.position()) : f.channel.read(buf);
        if (r <= 0) {
          break;
        }
      }
      n = buf.position();
      GuestMemory.scatter(m, v, data, n);
    }
    m.writeI32(resultPtr, n);
    return Errno.SUCCESS;
  }

  private static int readStream(StreamFd s, GuestMemory m, long[][] v, int total)
      throws IOException {
    if (s.in == null || total == 0) {
      return 0;
    }
    byte[] data = new byte[Math.min(total, 1 << 16)];
    int r = s.in.read(data, 0, data.length);
    if (r <= 0) {
      return 0;
    }
    GuestMemory.scatter(m, v, data, r);
    return r;
  }

  int write(GuestMemory m, long[] a, boolean positional) throws IOException {
    Descriptor d = fds.get(a[0]);
    if (d instanceof DirFd) {
      return Errno.ISDIR;
    }
    d.require(Rights.FD_WRITE);
    byte[] data = m.gather(a[1], a[2]);
    long resultPtr = positional ? a[4] : a[3];
    m.check(resultPtr, 4);
    if (d instanceof StreamFd) {
      if (positional) {
        return Errno.SPIPE;
      }
      StreamFd s = (StreamFd) d;
      s.out.write(data);
      s.out.flush();
    } else {
      FileFd f = (FileFd) d;
      ByteBuffer buf = ByteBuffer.wrap(data);
      if (positional) {
        if (a[3] < 0) {
          return Errno.INVAL;
        }
        while (buf.hasRemaining()) {
          f.channel.write(buf, a[3] + buf.position());
        }
      } else if ((f.fdflags & Descriptor.FDFLAGS_APPEND) != 0) {
        long end = f.channel.size();
        while (buf.hasRemaining()) {
          f.channel.write(buf, end + buf.position());
        }
        f.channel.position(end + data.length);
      } else {
        while (buf.hasRemaining()) {
          f.channel.write(buf);
        }
      }
    }
    m.writeI32(resultPtr, data.length);
    return Errno.SUCCESS;
  }

  int seek(GuestMemory m, long[] a) throws IOException {
    long offset = a[1];
    int whence = (int) a[2];
    boolean tellOnly = offset == 0 && whence == WHENCE_CUR;
    Descriptor d = fds.get(a[0]);
    if (d instanceof DirFd) {
      return Errno.ISDIR;
    }
    if (!(d instanceof FileFd)) {
      return Errno.SPIPE;
    }
    if (!tellOnly || (d.rightsBase & Rights.FD_TELL) == 0) {
      d.require(Rights.FD_SEEK);
    }
    FileFd f = (FileFd) d;
    m.check(a[3], 8);
    long base;
    switch (whence) {
      case WHENCE_SET:
        base = 0;
        break;
      case WHENCE_CUR:
        base = f.channel.position();
        break;
      case WHENCE_END:
        base = f.channel.size();
        break;
      default:
        return Errno.INVAL;
    }
    long target = base + offset;
    if (target < 0 || (offset > 0 && target < base)) {
      return Errno.INVAL;
    }
    f.channel.position(target);
    m.writeI64(a[3], target);
    return Errno.SUCCESS;
  }

  int tell(GuestMemory m, long[] a) throws IOException {
    FileFd f = file(a[0], Rights.FD_TELL, false);
    m.writeI64(a[1], f.channel.position());
    return Errno.SUCCESS;
  }

  int renumber(GuestMemory m, long[] a) throws IOException {
    fds.renumber((int) a[0], (int) a[1]);
    return Errno.SUCCESS;
  }

  int prestatGet(GuestMemory m, long[] a) {
    byte[] name = preopenName(a[0]);
    m.check(a[1], 8);
    m.zero(a[1], 8);
    m.writeI32(a[1] + 4, name.length);
    return Errno.SUCCESS;
  }

  int prestatDirName(GuestMemory m, long[] a) {
    byte[] name = preopenName(a[0]);
    long len = a[2] & 0xFFFFFFFFL;
    m.check(a[1], len);
    if (len < name.length) {
      return Errno.NAMETOOLONG;
    }
    m.write(a[1], name);
    return Errno.SUCCESS;
  }

  private byte[] preopenName(long fd) {
    Descriptor d = fds.get(fd);
    if (!(d instanceof DirFd) || ((DirFd) d).preopenName == null) {
      throw new WasiError(Errno.BADF);
    }
    return ((DirFd) d).preopenName;
  }

  int readdir(GuestMemory m, long[] a) throws IOException {
    Descriptor d = fds.get(a[0]);
    if (!(d instanceof DirFd)) {
      return Errno.NOTDIR;
    }
    d.require(Rights.FD_READDIR);
    DirFd dir = (DirFd) d;
    long buf = a[1];
    int len = (int) Math.min(a[2] & 0xFFFFFFFFL, Integer.MAX_VALUE);
    long cookie = a[3];
    m.check(buf, len);
    m.check(a[4], 4);
    List<String> names = new ArrayList<>();
    names.add(".");
    names.add("..");
    List<String> listed = new ArrayList<>();
    Path dirHost = dir.host();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dirHost)) {
      for (Path e : entries) {
        listed.add(e.getFileName().toString());
      }
    }
    listed.sort(null);
    names.addAll(listed);
    ByteBuffer out = ByteBuffer.allocate(len).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (long i = Math.max(cookie, 0); i < names.size() && out.hasRemaining(); i++) {
      String name = names.get((int) i);
      Path host = dirEntryHost(dir, dirHost, name);
      FileStats.Stat s;
      try {
        s = stats.stat(host, false);
      } catch (WasiError e) {
        continue; // removed since listing
      }
      byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
      ByteBuffer entry = ByteBuffer.allocate(DIRENT_SIZE + nameBytes.length);
      entry.order(java.nio.ByteOrder.LITTLE_ENDIAN);
      entry.putLong(i + 1).putLong(s.ino()).putInt(nameBytes.length).put((byte) s.filetype());
      entry.put(new byte[3]).put(nameBytes).flip();
      int n = Math.min(entry.remaining(), out.remaining());
      out.put(entry.array(), 0, n);
    }
    m.write(buf, out.array(), 0, out.position());
    m.writeI32(a[4], out.position());
    return Errno.SUCCESS;
  }

  /** ".." of a mount root is the root itself: the guest learns nothing about the host above. */
  private static Path dirEntryHost(DirFd dir, Path dirHost, String name) {
    if (name.equals(".")) {
      return dirHost;
    }
    if (name.equals("..")) {
      List<String> c = dir.components;
      return dir.mount.host(c.isEmpty() ? c : c.subList(0, c.size() - 1));
    }
    return dirHost.resolve(name);
  }
}
