package dev.samovar.runner;

import dev.samovar.api.LimitException;
import dev.samovar.api.SamovarException;
import dev.samovar.api.SandboxException;
import dev.samovar.runner.internal.Execution;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread-safe pool of instances of one module for concurrent export calls. A WASI module is
 * single-threaded, so each in-flight call has an instance to itself; after a call returns normally
 * its instance is recycled (module state, like a reactor's globals, carries over to later calls),
 * and after any failure (trap, exit, time or memory limit, cancellation) it is thrown away and a
 * fresh one is made on demand. Calls run on the pool's own threads, at most {@code size} at once;
 * more wait in line.
 *
 * <pre>{@code
 * try (SandboxPool pool = SandboxPool.of(Sandbox.builder().build(), Path.of("calc.wasm"), 8)) {
 *   long[] sum = pool.invoke(Duration.ofSeconds(1), "add", 2, 3);
 * }
 * }</pre>
 */
public final class SandboxPool implements AutoCloseable {
  private static final long STACK_BYTES = 256L << 20;

  private final Sandbox sandbox;
  private final Path wasm;
  private final ExecutorService threads;
  private final ConcurrentLinkedQueue<Execution.Live> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger live = new AtomicInteger();
  private volatile boolean closed;

  private SandboxPool(Sandbox sandbox, Path wasm, int size) {
    this.sandbox = sandbox;
    this.wasm = wasm;
    AtomicInteger n = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            size,
            r -> {
              Thread t = new Thread(null, r, "samovar-pool-" + n.incrementAndGet(), STACK_BYTES);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * A pool running {@code wasm} with the sandbox's options, at most {@code size} calls at once. The
   * module is loaded, checked and compiled here, so a bad module fails now and time limits of calls
   * never include compiling.
   */
  public static SandboxPool of(Sandbox sandbox, Path wasm, int size) {
    if (size < 1) {
      throw new SandboxException("pool size must be at least 1, got " + size);
    }
    new Execution(sandbox.options()).prepare(wasm);
    return new SandboxPool(Objects.requireNonNull(sandbox), Objects.requireNonNull(wasm), size);
  }

  /** Calls {@code export} with raw values under the sandbox's time limit (if any). */
  public long[] invoke(String export, long... args) {
    return invoke(sandbox.options().timeout(), export, args);
  }

  /**
   * Calls {@code export} with raw values (i32/i64 as numbers, f32/f64 as IEEE bits), waiting at
   * most {@code timeout} (null: no limit) for it to finish; on expiry the guest is interrupted, its
   * instance discarded, and a {@link LimitException} ({@code limit=time}) thrown.
   */
  public long[] invoke(Duration timeout, String export, long... args) {
    if (closed) {
      throw new SandboxException("the pool for " + wasm + " is closed");
    }
    Future<long[]> call = threads.submit(() -> onInstance(export, args));
    try {
      return timeout == null ? call.get() : call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      throw new LimitException(
          wasm + " " + export + " ran longer than the " + timeout.toMillis() + " ms time limit",
          Map.of("module", wasm.toString(), "export", export, "limit", "time"),
          null);
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      throw new SandboxException(
          "cancelled while calling " + export,
          Map.of("module", wasm.toString(), "export", export, "reason", "cancelled"),
          e);
    } catch (CancellationException e) {
      throw new SandboxException(
          "the pool for " + wasm + " was closed during the call",
          Map.of("module", wasm.toString(), "export", export, "reason", "cancelled"),
          e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SamovarException) {
        throw (SamovarException) cause;
      }
      throw new SandboxException(
          "call of " + export + " failed: " + cause,
          Map.of("module", wasm.toString(), "export", export),
          cause);
    }
  }

  /** {@link #invoke(Duration, String, long...)} on a future; cancelling it interrupts the call. */
  public CompletableFuture<long[]> invokeAsync(Duration timeout, String export, long... args) {
    return dev.samovar.runner.internal.AsyncCall.start(
        "samovar-pool-call", () -> invoke(timeout, export, args));
  }

  /** Instances alive now, idle or busy. */
  public int instances() {
    return live.get();
  }

  private long[] onInstance(String export, long[] args) {
    Execution.Live instance = idle.poll();
    if (instance == null) {
      instance = new Execution(sandbox.options()).instantiate(wasm);
      live.incrementAndGet();
    }
    boolean ok = false;
    try {
      long[] result = instance.call(export, args);
      ok = true;
      return result;
    } finally {
      if (ok && !closed && !Thread.currentThread().isInterrupted()) {
        idle.offer(instance);
      } else {
        instance.close();
        live.decrementAndGet();
      }
    }
  }

  /** Stops running calls and releases every instance. */
  @Override
  public void close() {
    closed = true;
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Execution.Live i;
    while ((i = idle.poll()) != null) {
      i.close();
      live.decrementAndGet();
    }
  }
}
