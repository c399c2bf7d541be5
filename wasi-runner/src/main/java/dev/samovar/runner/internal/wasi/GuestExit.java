package dev.samovar.runner.internal.wasi;

import com.dylibso.chicory.wasm.ChicoryException;

/** {@code proc_exit}: unwinds the guest with its exit code. */
public final class GuestExit extends ChicoryException {
  private static final long serialVersionUID = 1L;
  private final int code;

  GuestExit(int code) {
    super("guest exited with " + code);
    this.code = code;
  }

  public int code() {
    return code;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
