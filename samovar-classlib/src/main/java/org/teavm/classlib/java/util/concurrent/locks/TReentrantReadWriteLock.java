package org.teavm.classlib.java.util.concurrent.locks;

import java.io.Serializable;
import java.util.concurrent.TimeUnit;

/**
 * {@code java.util.concurrent.locks.ReentrantReadWriteLock} for a single-threaded wasm module.
 * Taking the write lock while holding the read lock deadlocks the JDK forever; with one thread that
 * can never resolve, so it throws {@link IllegalStateException} naming the upgrade instead.
 */
public class TReentrantReadWriteLock implements TReadWriteLock, Serializable {
  private static final long serialVersionUID = -6992448646407690164L;

  private final boolean fair;
  private final ReadLock readerLock;
  private final WriteLock writerLock;
  final TReentrantLock write = new TReentrantLock();
  int reads;

  public TReentrantReadWriteLock() {
    this(false);
  }

  public TReentrantReadWriteLock(boolean fair) {
    this.fair = fair;
    readerLock = new ReadLock(this);
    writerLock = new WriteLock(this);
  }

  @Override
  public WriteLock writeLock() {
    return writerLock;
  }

  @Override
  public ReadLock readLock() {
    return readerLock;
  }

  public final boolean isFair() {
    return fair;
  }

  protected Thread getOwner() {
    return write.getOwner();
  }

  public int getReadLockCount() {
    return reads;
  }

  public boolean isWriteLocked() {
    return write.isLocked();
  }

  public boolean isWriteLockedByCurrentThread() {
    return write.isHeldByCurrentThread();
  }

  public int getWriteHoldCount() {
    return write.getHoldCount();
  }

  public int getReadHoldCount() {
    return reads;
  }

  public final boolean hasQueuedThreads() {
    return false;
  }

  public final boolean hasQueuedThread(Thread thread) {
    thread.getClass();
    return false;
  }

  public final int getQueueLength() {
    return 0;
  }

  public boolean hasWaiters(TCondition condition) {
    return write.hasWaiters(condition);
  }

  public int getWaitQueueLength(TCondition condition) {
    return write.getWaitQueueLength(condition);
  }

  @Override
  public String toString() {
    return super.toString()
        + "[Write locks = "
        + write.getHoldCount()
        + ", Read locks = "
        + reads
        + "]";
  }

  /** The read half: always granted to the only thread, reentrantly. */
  public static class ReadLock implements TLock, Serializable {
    private static final long serialVersionUID = -5992448646407690164L;
    private final TReentrantReadWriteLock owner;

    protected ReadLock(TReentrantReadWriteLock lock) {
      this.owner = lock;
    }

    @Override
    public void lock() {
      if (owner.reads == 65535) {
        throw new Error("Maximum lock count exceeded");
      }
      owner.reads++;
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      lock();
    }

    @Override
    public boolean tryLock() {
      lock();
      return true;
    }

    @Override
    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      unit.getClass();
      lock();
      return true;
    }

    @Override
    public void unlock() {
      if (owner.reads == 0) {
        throw new IllegalMonitorStateException(
            "attempt to unlock read lock, not locked by current thread");
      }
      owner.reads--;
    }

    @Override
    public TCondition newCondition() {
      throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
      return super.toString() + "[Read locks = " + owner.reads + "]";
    }
  }

  /** The write half: reentrant; refused (not deadlocked) while the thread holds a read lock. */
  public static class WriteLock implements TLock, Serializable {
    private static final long serialVersionUID = -4992448646407690164L;
    private final TReentrantReadWriteLock owner;

    protected WriteLock(TReentrantReadWriteLock lock) {
      this.owner = lock;
    }

    private void checkNoReaders() {
      if (owner.reads > 0 && !owner.write.isLocked()) {
        throw new IllegalStateException(
            "ReentrantReadWriteLock: taking the write lock while holding the read lock would"
                + " deadlock (the JVM blocks this thread forever); release the read lock first");
      }
    }

    @Override
    public void lock() {
      checkNoReaders();
      owner.write.lock();
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      lock();
    }

    @Override
    public boolean tryLock() {
      if (owner.reads > 0 && !owner.write.isLocked()) {
        return false;
      }
      owner.write.lock();
      return true;
    }

    @Override
    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      unit.getClass();
      return tryLock();
    }

    @Override
    public void unlock() {
      owner.write.unlock();
    }

    @Override
    public TCondition newCondition() {
      return owner.write.newCondition();
    }

    public boolean isHeldByCurrentThread() {
      return owner.write.isHeldByCurrentThread();
    }

    public int getHoldCount() {
      return owner.write.getHoldCount();
    }

    @Override
    public String toString() {
      Thread o = owner.write.getOwner();
      return super.toString()
          + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }
  }
}
