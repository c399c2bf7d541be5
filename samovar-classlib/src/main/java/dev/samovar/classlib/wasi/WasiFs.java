package dev.samovar.classlib.wasi;

import org.teavm.backend.wasm.wasi.FdResult;
import org.teavm.interop.Address;

/**
 * {@code path_open} with the rights a file needs. TeaVM asks for no seek/tell right when writing
 * and for no rights at all when creating; Node's WASI enforces rights and answers ENOTCAPABLE (76).
 * We add the rights that do not change how the host opens the file (read/write stay as asked).
 */
public final class WasiFs {
  private static final long RIGHT_FD_SEEK = 1L << 2;
  private static final long RIGHT_FD_FDSTAT_SET_FLAGS = 1L << 3;
  private static final long RIGHT_FD_TELL = 1L << 5;
  private static final long RIGHT_FD_FILESTAT_GET = 1L << 21;
  private static final long RIGHT_FD_FILESTAT_SET_TIMES = 1L << 23;
  private static final long RIGHT_FD_READ = 1L << 1;
  private static final long RIGHT_FD_READDIR = 1L << 14;

  /** Every file and directory right (sock_shutdown excluded: hosts refuse it for files). */
  private static final long ALL_RIGHTS = 0x0FFFFFFFL;

  /** Every right except those that make a host open the directory for writing (EISDIR). */
  private static final long DIRECTORY_RIGHTS =
      ALL_RIGHTS & ~(1L << 0 | 1L << 4 | 1L << 6 | 1L << 8 | 1L << 22);

  private static final short OFLAGS_DIRECTORY = 2;

  private WasiFs() {}

  public static short pathOpen(
      int dirFd,
      int lookupFlags,
      Address path,
      int pathLength,
      short oflags,
      long rightsBase,
      long rightsInheriting,
      short fdflags,
      FdResult fd) {
    long extra =
        RIGHT_FD_SEEK
            | RIGHT_FD_TELL
            | RIGHT_FD_FILESTAT_GET
            | RIGHT_FD_FDSTAT_SET_FLAGS
            | RIGHT_FD_FILESTAT_SET_TIMES;
    if ((oflags & OFLAGS_DIRECTORY) != 0) {
      extra |= DIRECTORY_RIGHTS | RIGHT_FD_READDIR | RIGHT_FD_READ;
    }
    long base = rightsBase | extra;
    if ((oflags & OFLAGS_DIRECTORY) != 0) {
      // TeaVM asks for fd_write on a directory it renames into; hosts then open it for writing.
      base &= DIRECTORY_RIGHTS;
    }
    return WasiImports.pathOpen(
        dirFd, lookupFlags, path, pathLength, oflags, base, ALL_RIGHTS, fdflags, fd.toAddress());
  }
}
