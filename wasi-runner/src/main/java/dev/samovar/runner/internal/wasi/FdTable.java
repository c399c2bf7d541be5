package dev.samovar.runner.internal.wasi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The guest's descriptors, numbered from 0; a new one takes the lowest free number. */
final class FdTable {
  /** Open descriptors a guest may hold at once, so it cannot exhaust the host's file handles. */
  static final int MAX_OPEN = 1024;

  private final List<Descriptor> slots = new ArrayList<>();
  private int open;

  int add(Descriptor d) {
    if (open >= MAX_OPEN) {
      throw new WasiError(Errno.MFILE);
    }
    open++;
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i) == null) {
        slots.set(i, d);
        return i;
      }
    }
    slots.add(d);
    return slots.size() - 1;
  }

  /** The descriptor, or {@code EBADF}. */
  Descriptor get(long fd) {
    if (fd < 0 || fd >= slots.size() || slots.get((int) fd) == null) {
      throw new WasiError(Errno.BADF);
    }
    return slots.get((int) fd);
  }

  Descriptor getOrNull(long fd) {
    return fd < 0 || fd >= slots.size() ? null : slots.get((int) fd);
  }

  /** A directory descriptor: {@code EBADF} if none, {@code ENOTDIR} if not a directory. */
  DirFd dir(long fd) {
    Descriptor d = get(fd);
    if (!(d instanceof DirFd)) {
      throw new WasiError(Errno.NOTDIR);
    }
    return (DirFd) d;
  }

  Descriptor remove(long fd) {
    Descriptor d = get(fd);
    slots.set((int) fd, null);
    open--;
    return d;
  }

  /** Moves {@code from} onto {@code to}, closing what {@code to} held. Both must be open. */
  void renumber(long from, long to) throws IOException {
    Descriptor d = get(from);
    Descriptor old = get(to);
    if (from == to) {
      return;
    }
    slots.set((int) to, d);
    slots.set((int) from, null);
    open--;
    old.close();
  }

  void closeAll() {
    for (int i = 0; i < slots.size(); i++) {
      Descriptor d = slots.get(i);
      if (d != null) {
        try {
          d.close();
        } catch (IOException e) {
          // Closing at the end of a run: nothing the guest can act on.
        }
        slots.set(i, null);
      }
    }
    open = 0;
  }
}
