package dev.samovar.runner.internal.wasi;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/** WASI clocks: realtime, monotonic, and the guest thread's CPU time for both CPU-time clocks. */
final class Clocks {
  static final int REALTIME = 0;
  static final int MONOTONIC = 1;
  static final int PROCESS_CPUTIME = 2;
  static final int THREAD_CPUTIME = 3;

  private static final long ORIGIN = System.nanoTime();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Clocks() {}

  static long realtimeNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  static long monotonicNanos() {
    return System.nanoTime() - ORIGIN + 1;
  }

  /** The time on {@code id}, or {@code EINVAL} for an unknown or unsupported clock. */
  static long now(int id) {
    switch (id) {
      case REALTIME:
        return realtimeNanos();
      case MONOTONIC:
        return monotonicNanos();
      case PROCESS_CPUTIME:
      case THREAD_CPUTIME:
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
          throw new WasiError(Errno.INVAL);
        }
        return THREADS.getCurrentThreadCpuTime();
      default:
        throw new WasiError(Errno.INVAL);
    }
  }

  static long resolution(int id) {
    now(id);
    return id == REALTIME ? 1_000L : 1L;
  }
}
