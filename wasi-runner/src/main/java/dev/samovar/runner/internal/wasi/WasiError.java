package dev.samovar.runner.internal.wasi;

/**
 * A WASI call failing with an errno. Thrown inside the implementation and turned into the call's
 * return value by {@link Preview1}; never reaches the embedder. No stack trace: it is control flow.
 */
final class WasiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int errno;

  WasiError(int errno) {
    super(null, null, false, false);
    this.errno = errno;
  }

  int errno() {
    return errno;
  }

  @Override
  public String getMessage() {
    return "WASI errno " + errno;
  }
}
