package dev.samovar.runner.internal.wasi;

import java.io.IOException;

/** An entry of the guest's descriptor table: what it is, and the rights the guest holds on it. */
abstract class Descriptor {
  static final int FILETYPE_UNKNOWN = 0;
  static final int FILETYPE_CHARACTER_DEVICE = 2;
  static final int FILETYPE_DIRECTORY = 3;
  static final int FILETYPE_REGULAR_FILE = 4;
  static final int FILETYPE_SYMBOLIC_LINK = 7;

  static final int FDFLAGS_APPEND = 1;
  static final int FDFLAGS_ALL = 0x1f;

  long rightsBase;
  long rightsInheriting;
  int fdflags;

  Descriptor(long rightsBase, long rightsInheriting) {
    this.rightsBase = rightsBase;
    this.rightsInheriting = rightsInheriting;
  }

  abstract int filetype();

  /** Fails with {@code ENOTCAPABLE} (or {@code EROFS} on a read-only mount) unless held. */
  void require(long rights) {
    if ((rightsBase & rights) != rights) {
      throw new WasiError(
          readOnly() && (rights & Rights.MUTATING) != 0 ? Errno.ROFS : Errno.NOTCAPABLE);
    }
  }

  boolean readOnly() {
    return false;
  }

  void close() throws IOException {}
}
