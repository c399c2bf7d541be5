package dev.samovar.runner.internal.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads and sets host file metadata in WASI's terms ({@code filestat}), and keeps the nanoseconds
 * the JDK drops: it sets a symbolic link's own times with {@code lutimes}, which takes
 * microseconds. The guest asked for nanoseconds, so for a link whose host time still equals what
 * was applied, the requested value is reported back (per sandbox, in memory).
 */
final class FileStats {
  static final int FSTFLAGS_ATIM = 1;
  static final int FSTFLAGS_ATIM_NOW = 2;
  static final int FSTFLAGS_MTIM = 4;
  static final int FSTFLAGS_MTIM_NOW = 8;

  private static final String UNIX_ATTRS =
      "unix:dev,ino,nlink,mode,size,lastAccessTime,lastModifiedTime,ctime";

  /** (dev, ino) of a link → {applied atim, requested atim, applied mtim, requested mtim}. */
  private final Map<String, long[]> linkTimes = new HashMap<>();

  /** One {@code filestat}: dev, ino, filetype, nlink, size, atim, mtim, ctim. */
  record Stat(
      long dev, long ino, int filetype, long nlink, long size, long atim, long mtim, long ctim) {
    void write(GuestMemory m, long buf) {
      m.check(buf, 64);
      m.writeI64(buf, dev);
      m.writeI64(buf + 8, ino);
      m.zero(buf + 16, 8);
      m.writeU8(buf + 16, filetype);
      m.writeI64(buf + 24, nlink);
      m.writeI64(buf + 32, size);
      m.writeI64(buf + 40, atim);
      m.writeI64(buf + 48, mtim);
      m.writeI64(buf + 56, ctim);
    }
  }

  Stat stat(Path p, boolean follow) {
    LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    try {
      Map<String, Object> a;
      try {
        a = Files.readAttributes(p, UNIX_ATTRS, opts);
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        return basic(Files.readAttributes(p, BasicFileAttributes.class, opts));
      }
      int mode = (Integer) a.get("mode");
      long dev = (Long) a.get("dev");
      long ino = (Long) a.get("ino");
      int type = filetype(mode);
      long atim = nanos((FileTime) a.get("lastAccessTime"));
      long mtim = nanos((FileTime) a.get("lastModifiedTime"));
      if (type == Descriptor.FILETYPE_SYMBOLIC_LINK) {
        long[] kept = linkTimes.get(dev + ":" + ino);
        if (kept != null) {
          atim = kept[0] == atim ? kept[1] : atim;
          mtim = kept[2] == mtim ? kept[3] : mtim;
        }
      }
      return new Stat(
          dev,
          ino,
          type,
          ((Integer) a.get("nlink")).longValue(),
          (Long) a.get("size"),
          atim,
          mtim,
          nanos((FileTime) a.get("ctime")));
    } catch (IOException e) {
      throw HostErrors.of(e);
    }
  }

  /** Validates {@code fstflags} and sets access/modification times; 0 flags change nothing. */
  void setTimes(Path p, boolean follow, long atim, long mtim, int fstflags) {
    if ((fstflags & ~0xf) != 0
        || (fstflags & (FSTFLAGS_ATIM | FSTFLAGS_ATIM_NOW)) == (FSTFLAGS_ATIM | FSTFLAGS_ATIM_NOW)
        || (fstflags & (FSTFLAGS_MTIM | FSTFLAGS_MTIM_NOW))
            == (FSTFLAGS_MTIM | FSTFLAGS_MTIM_NOW)) {
      throw new WasiError(Errno.INVAL);
    }
    long now = Clocks.realtimeNanos();
    FileTime a = time(fstflags, FSTFLAGS_ATIM, FSTFLAGS_ATIM_NOW, atim, now);
    FileTime m = time(fstflags, FSTFLAGS_MTIM, FSTFLAGS_MTIM_NOW, mtim, now);
    if (a == null && m == null) {
      return;
    }
    LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    try {
      Files.getFileAttributeView(p, BasicFileAttributeView.class, opts).setTimes(m, a, null);
      if (!follow) {
        Stat after = stat(p, false);
        if (after.filetype() == Descriptor.FILETYPE_SYMBOLIC_LINK) {
          String key = after.dev() + ":" + after.ino();
          long[] kept = linkTimes.getOrDefault(key, new long[] {-1, -1, -1, -1});
          if (a != null) {
            kept[0] = after.atim();
            kept[1] = nanos(a);
          }
          if (m != null) {
            kept[2] = after.mtim();
            kept[3] = nanos(m);
          }
          linkTimes.put(key, kept);
        }
      }
    } catch (IOException e) {
      throw HostErrors.of(e);
    }
  }

  private static FileTime time(int flags, int set, int setNow, long value, long now) {
    if ((flags & setNow) != 0) {
      return FileTime.from(now, TimeUnit.NANOSECONDS);
    }
    if ((flags & set) != 0) {
      return FileTime.from(value, TimeUnit.NANOSECONDS);
    }
    return null;
  }

  private static Stat basic(BasicFileAttributes a) {
    int type =
        a.isSymbolicLink()
            ? Descriptor.FILETYPE_SYMBOLIC_LINK
            : a.isDirectory()
                ? Descriptor.FILETYPE_DIRECTORY
                : a.isRegularFile() ? Descriptor.FILETYPE_REGULAR_FILE : 0;
    Object key = a.fileKey();
    long ino = key == null ? 0 : key.hashCode() & 0xffffffffL;
    return new Stat(
        0,
        ino,
        type,
        1,
        a.size(),
        nanos(a.lastAccessTime()),
        nanos(a.lastModifiedTime()),
        nanos(a.lastModifiedTime()));
  }

  static int filetype(int mode) {
    switch (mode & 0170000) {
      case 0040000:
        return Descriptor.FILETYPE_DIRECTORY;
      case 0100000:
        return Descriptor.FILETYPE_REGULAR_FILE;
      case 0120000:
        return Descriptor.FILETYPE_SYMBOLIC_LINK;
      case 0020000:
        return Descriptor.FILETYPE_CHARACTER_DEVICE;
      case 0060000:
        return 1; // block device
      case 0140000:
        return 6; // socket (stream)
      default:
        return Descriptor.FILETYPE_UNKNOWN;
    }
  }

  static long nanos(FileTime t) {
    return t.to(TimeUnit.NANOSECONDS);
  }
}
