package dev.samovar.classlib.wasi;

import org.teavm.interop.Address;
import org.teavm.interop.Import;

/** The {@code wasi_snapshot_preview1} functions our class-library fixes call directly. */
final class WasiImports {
  static final short ERRNO_SUCCESS = 0;
  static final short ERRNO_INTR = 27;
  static final short ERRNO_AGAIN = 6;
  static final int CLOCK_MONOTONIC = 1;

  private WasiImports() {}

  @Import(module = "wasi_snapshot_preview1", name = "environ_sizes_get")
  static native short environSizesGet(Address count, Address bufferSize);

  @Import(module = "wasi_snapshot_preview1", name = "environ_get")
  static native short environGet(Address environ, Address environBuffer);

  @Import(module = "wasi_snapshot_preview1", name = "proc_exit")
  static native void procExit(int code);

  @Import(module = "wasi_snapshot_preview1", name = "clock_time_get")
  static native short clockTimeGet(int clockId, long precision, Address result);

  @Import(module = "wasi_snapshot_preview1", name = "fd_read")
  static native short fdRead(int fd, Address iovs, int iovsLength, Address nread);

  @Import(module = "wasi_snapshot_preview1", name = "path_open")
  static native short pathOpen(
      int dirFd,
      int lookupFlags,
      Address path,
      int pathLength,
      short oflags,
      long rightsBase,
      long rightsInheriting,
      short fdflags,
      Address fd);
}
