package dev.samovar.runner.internal;

import dev.samovar.api.LimitException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A guest output stream with a byte budget shared by stdout and stderr. Going over it stops the
 * guest with a {@link LimitException} ({@code limit=output}); what fits is still written.
 */
final class CappedOutput extends OutputStream {
  private final OutputStream out;
  private final AtomicLong used;
  private final long max;
  private final String module;

  CappedOutput(OutputStream out, AtomicLong used, long max, String module) {
    this.out = out;
    this.used = used;
    this.max = max;
    this.module = module;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    long before = used.getAndAdd(len);
    long room = Math.max(0, max - before);
    if (room < len) {
      out.write(b, off, (int) room);
      out.flush();
      throw new LimitException(
          module + " wrote more than the " + max + "-byte output limit; raise --max-output",
          Map.of("module", module, "limit", "output", "max", Long.toString(max)),
          null);
    }
    out.write(b, off, len);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
