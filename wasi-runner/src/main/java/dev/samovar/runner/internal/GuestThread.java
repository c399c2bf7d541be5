package dev.samovar.runner.internal;

import dev.samovar.api.LimitException;
import dev.samovar.api.SamovarException;
import dev.samovar.api.SandboxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs guest code on its own thread with a deep stack (compiled modules recurse on the Java stack),
 * stops it with {@link Thread#interrupt()} when the time limit passes (both Chicory engines check
 * the flag in loops and calls), and hands whatever it threw back to the caller's thread.
 */
final class GuestThread {
  static final long STACK_BYTES = 256L << 20;
  private static final long GRACE_MILLIS = 2_000;

  private GuestThread() {}

  static void run(
      Runnable body, Duration timeout, Path wasm, Function<Throwable, SamovarException> translate) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker =
        new Thread(
            null,
            () -> {
              try {
                body.run();
              } catch (Throwable t) { // StackOverflowError and OutOfMemoryError included
                failure.set(t);
              }
            },
            "samovar-guest",
            STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
    boolean timedOut = false;
    try {
      if (timeout == null) {
        worker.join();
      } else {
        worker.join(Math.max(1, timeout.toMillis()));
        if (worker.isAlive()) {
          timedOut = true;
          worker.interrupt();
          worker.join(GRACE_MILLIS);
        }
      }
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new SandboxException(
          "cancelled while " + wasm + " was running",
          Map.of("module", wasm.toString(), "reason", "cancelled"),
          e);
    }
    if (timedOut) {
      throw new LimitException(
          wasm
              + " ran longer than the "
              + timeout.toMillis()
              + " ms time limit and was stopped; raise --timeout",
          Map.of("module", wasm.toString(), "limit", "time", "millis", "" + timeout.toMillis()),
          failure.get());
    }
    Throwable t = failure.get();
    if (t != null) {
      throw translate.apply(t);
    }
  }
}
