package dev.samovar.core;

import dev.samovar.api.WasmExport;
import java.util.Arrays;

/**
 * Statistics accumulated across calls, for data that arrives in chunks. Exported as an opaque
 * handle: create it, {@link #add} chunks, read a {@link #snapshot}, and {@link #close} it.
 */
@WasmExport
public final class RunningStats {
  private double[] data = new double[16];
  private int size;
  private boolean closed;

  /** An empty accumulator. */
  public RunningStats() {}

  /** Appends a chunk of values. */
  public void add(double[] chunk) {
    ensureOpen();
    if (size + chunk.length > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, size + chunk.length));
    }
    System.arraycopy(chunk, 0, data, size, chunk.length);
    size += chunk.length;
  }

  /** Number of values added so far. */
  public long count() {
    ensureOpen();
    return size;
  }

  /**
   * The same fields as {@link Numeric#stats(double[])} over everything added so far (all values are
   * kept, so percentiles are exact).
   *
   * @throws IllegalArgumentException if nothing was added yet
   */
  public double[] snapshot() {
    ensureOpen();
    return Numeric.stats(Arrays.copyOf(data, size));
  }

  /** Releases the data; any later call throws {@link IllegalStateException}. */
  public void close() {
    closed = true;
    data = new double[0];
    size = 0;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("RunningStats is closed");
    }
  }
}
