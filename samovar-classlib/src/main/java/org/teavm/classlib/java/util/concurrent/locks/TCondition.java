package org.teavm.classlib.java.util.concurrent.locks;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/** {@code java.util.concurrent.locks.Condition} for TeaVM. */
public interface TCondition {
  void await() throws InterruptedException;

  void awaitUninterruptibly();

  long awaitNanos(long nanosTimeout) throws InterruptedException;

  boolean await(long time, TimeUnit unit) throws InterruptedException;

  boolean awaitUntil(Date deadline) throws InterruptedException;

  void signal();

  void signalAll();
}
