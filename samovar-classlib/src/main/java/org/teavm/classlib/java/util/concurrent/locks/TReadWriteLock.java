package org.teavm.classlib.java.util.concurrent.locks;

/** {@code java.util.concurrent.locks.ReadWriteLock} for TeaVM. */
public interface TReadWriteLock {
  TLock readLock();

  TLock writeLock();
}
