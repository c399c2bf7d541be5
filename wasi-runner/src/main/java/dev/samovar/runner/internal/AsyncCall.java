package dev.samovar.runner.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A {@link CompletableFuture} whose {@code cancel} interrupts the thread running the call, which
 * stops the guest the same way a time limit does.
 */
public final class AsyncCall<T> extends CompletableFuture<T> {
  private volatile Thread thread;

  private AsyncCall() {}

  /** Starts {@code call} on a new daemon thread. */
  public static <T> AsyncCall<T> start(String name, Supplier<T> call) {
    AsyncCall<T> f = new AsyncCall<>();
    Thread t =
        new Thread(
            () -> {
              try {
                f.complete(call.get());
              } catch (Throwable e) {
                f.completeExceptionally(e);
              }
            },
            name);
    t.setDaemon(true);
    f.thread = t;
    t.start();
    return f;
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    Thread t = thread;
    if (cancelled && t != null) {
      t.interrupt();
    }
    return cancelled;
  }
}
