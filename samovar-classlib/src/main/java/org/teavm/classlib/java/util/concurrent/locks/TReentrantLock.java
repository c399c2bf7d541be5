package org.teavm.classlib.java.util.concurrent.locks;

import java.io.Serializable;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * {@code java.util.concurrent.locks.ReentrantLock} for a single-threaded wasm module: the only
 * thread always gets the lock (reentrantly), so nothing ever blocks. A {@link TCondition} can never
 * be signalled while its only thread waits, so an untimed {@code await} throws {@link
 * IllegalStateException} instead of hanging forever; a timed one waits out its timeout.
 */
public class TReentrantLock implements TLock, Serializable {
  private static final long serialVersionUID = 7373984872572414699L;

  private final boolean fair;
  private int holds;
  private Thread owner;

  public TReentrantLock() {
    this(false);
  }

  public TReentrantLock(boolean fair) {
    this.fair = fair;
  }

  @Override
  public void lock() {
    if (holds == Integer.MAX_VALUE) {
      throw new Error("Maximum lock count exceeded");
    }
    if (holds++ == 0) {
      owner = Thread.currentThread();
    }
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
    if (holds == 0) {
      throw new IllegalMonitorStateException();
    }
    if (--holds == 0) {
      owner = null;
    }
  }

  @Override
  public TCondition newCondition() {
    return new ConditionObject(this);
  }

  public int getHoldCount() {
    return holds;
  }

  public boolean isHeldByCurrentThread() {
    return holds > 0;
  }

  public boolean isLocked() {
    return holds > 0;
  }

  public final boolean isFair() {
    return fair;
  }

  protected Thread getOwner() {
    return owner;
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
    ownCondition(condition);
    return false;
  }

  public int getWaitQueueLength(TCondition condition) {
    ownCondition(condition);
    return 0;
  }

  private void ownCondition(TCondition condition) {
    if (condition == null) {
      throw new NullPointerException();
    }
    if (!(condition instanceof ConditionObject) || ((ConditionObject) condition).lock != this) {
      throw new IllegalArgumentException("not owner");
    }
    if (holds == 0) {
      throw new IllegalMonitorStateException();
    }
  }

  @Override
  public String toString() {
    Thread o = owner;
    return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
  }

  int releaseAll() {
    int saved = holds;
    holds = 0;
    owner = null;
    return saved;
  }

  void reacquire(int saved) {
    holds = saved;
    owner = Thread.currentThread();
  }

  /**
   * A condition of a lock whose only thread is the waiter: nobody can signal, so waiting without a
   * timeout is refused and a timed wait runs out its time.
   */
  static final class ConditionObject implements TCondition, Serializable {
    private static final long serialVersionUID = 1173984872572414699L;

    final TReentrantLock lock;

    ConditionObject(TReentrantLock lock) {
      this.lock = lock;
    }

    private void checkHeld() {
      if (lock.holds == 0) {
        throw new IllegalMonitorStateException();
      }
    }

    private IllegalStateException wouldWaitForever(String method) {
      return new IllegalStateException(
          "Condition."
              + method
              + " would wait forever: this wasm module runs a single thread, so no other thread"
              + " can signal the condition; wait with a timeout, or check the state you are"
              + " waiting for before awaiting");
    }

    @Override
    public void await() throws InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      checkHeld();
      throw wouldWaitForever("await()");
    }

    @Override
    public void awaitUninterruptibly() {
      checkHeld();
      throw wouldWaitForever("awaitUninterruptibly()");
    }

    @Override
    public long awaitNanos(long nanosTimeout) throws InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      checkHeld();
      long deadline = System.nanoTime() + nanosTimeout;
      int saved = lock.releaseAll();
      try {
        // No other thread can signal: the wait can only end by its timeout.
        while (deadline - System.nanoTime() > 0) {
          if (Thread.interrupted()) {
            throw new InterruptedException();
          }
        }
      } finally {
        lock.reacquire(saved);
      }
      return deadline - System.nanoTime();
    }

    @Override
    public boolean await(long time, TimeUnit unit) throws InterruptedException {
      return awaitNanos(unit.toNanos(time)) > 0;
    }

    @Override
    public boolean awaitUntil(Date deadline) throws InterruptedException {
      long millis = deadline.getTime() - System.currentTimeMillis();
      awaitNanos(TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis)));
      return false;
    }

    @Override
    public void signal() {
      checkHeld();
    }

    @Override
    public void signalAll() {
      checkHeld();
    }
  }
}
