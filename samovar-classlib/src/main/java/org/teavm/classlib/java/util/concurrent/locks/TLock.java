package org.teavm.classlib.java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/** {@code java.util.concurrent.locks.Lock} for TeaVM (its class library lacks the package). */
public interface TLock {
  void lock();

  void lockInterruptibly() throws InterruptedException;

  boolean tryLock();

  boolean tryLock(long time, TimeUnit unit) throws InterruptedException;

  void unlock();

  TCondition newCondition();
}
