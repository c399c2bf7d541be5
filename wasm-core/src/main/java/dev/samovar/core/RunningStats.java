package dev.samovar.core;

import dev.samovar.api.WasmExport;
import java.util.Arrays;

/**
 * Statistics over data that arrives in chunks, exported as an opaque handle: create it, {@link
 * #add} chunks, read a {@link #snapshot} whenever you like, and {@link #close} it.
 *
 * <p>Every value is kept (8 bytes each) because exact percentiles need all the data; a snapshot is
 * therefore exactly {@link Numeric#stats} of everything added so far, in order.
 */
@WasmExport
public final class RunningStats {
  private static final int MAX_VALUES = Integer.MAX_VALUE - 8;

  private double[] data = new double[16];
  private int size;
  private boolean closed;

  /** An empty accumulator. */
  public RunningStats() {}

  /**
   * Appends a chunk of values (copied; the caller may reuse the array).
   *
   * @throws IllegalStateException if closed, or if the total would exceed 2^31 - 9 values
   */
  public void add(double[] chunk) {
    ensureOpen();
    if (chunk.length > MAX_VALUES - size) {
      throw new IllegalStateException(
          "RunningStats: cannot hold more than " + MAX_VALUES + " values; use a new accumulator");
    }
    if (size + chunk.length > data.length) {
      int grown = (int) Math.min(MAX_VALUES, Math.max(2L * data.length, size + chunk.length));
      data = Arrays.copyOf(data, grown);
    }
    System.arraycopy(chunk, 0, data, size, chunk.length);
    size += chunk.length;
  }

  /**
   * Number of values added so far.
   *
   * @throws IllegalStateException if closed
   */
  public long count() {
    ensureOpen();
    return size;
  }

  /**
   * {@code [count, mean, variance, min, max, p50, p90, p99]} over everything added so far, exactly
   * as {@link Numeric#stats(double[])} of the concatenated chunks (percentiles are exact).
   *
   * @throws IllegalArgumentException if nothing was added yet ({@code "stats: empty input"})
   * @throws IllegalStateException if closed
   */
  public double[] snapshot() {
    ensureOpen();
    return Numeric.stats(Arrays.copyOf(data, size));
  }

  /** Releases the data. Closing twice is allowed; any other call after it throws. */
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
