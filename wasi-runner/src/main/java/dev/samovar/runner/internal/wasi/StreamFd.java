package dev.samovar.runner.internal.wasi;

import java.io.InputStream;
import java.io.OutputStream;

/** Standard input, output or error: a stream, not seekable, with no path. */
final class StreamFd extends Descriptor {
  final InputStream in;
  final OutputStream out;
  private final boolean tty;

  private StreamFd(InputStream in, OutputStream out, long rights, boolean tty) {
    super(rights, 0);
    this.in = in;
    this.out = out;
    this.tty = tty;
  }

  static StreamFd input(InputStream in, boolean tty) {
    return new StreamFd(in, null, Rights.FD_READ | Rights.POLL_FD_READWRITE, tty);
  }

  static StreamFd output(OutputStream out, boolean tty) {
    return new StreamFd(null, out, Rights.FD_WRITE | Rights.POLL_FD_READWRITE, tty);
  }

  @Override
  int filetype() {
    return tty ? FILETYPE_CHARACTER_DEVICE : FILETYPE_UNKNOWN;
  }
}
