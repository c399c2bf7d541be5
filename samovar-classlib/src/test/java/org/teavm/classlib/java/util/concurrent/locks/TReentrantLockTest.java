package org.teavm.classlib.java.util.concurrent.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;

/** Our single-threaded locks against the JDK's, on one thread. */
class TReentrantLockTest {
  @Test
  void reentrantLockCountsHoldsLikeTheJdk() throws Exception {
    ReentrantLock jdk = new ReentrantLock();
    TReentrantLock ours = new TReentrantLock();
    for (int round = 0; round < 2; round++) {
      jdk.lock();
      ours.lock();
      assertTrue(jdk.tryLock() && ours.tryLock());
      assertTrue(jdk.tryLock(1, TimeUnit.SECONDS) && ours.tryLock(1, TimeUnit.SECONDS));
      assertEquals(jdk.getHoldCount(), ours.getHoldCount());
      assertEquals(jdk.isLocked(), ours.isLocked());
      assertEquals(jdk.isHeldByCurrentThread(), ours.isHeldByCurrentThread());
      assertTrue(
          ours.toString().endsWith("[Locked by thread " + Thread.currentThread().getName() + "]"));
      for (int i = 0; i < 3; i++) {
        jdk.unlock();
        ours.unlock();
      }
      assertEquals(jdk.isLocked(), ours.isLocked());
      assertTrue(ours.toString().endsWith("[Unlocked]"));
    }
    assertThrows(IllegalMonitorStateException.class, jdk::unlock);
    assertThrows(IllegalMonitorStateException.class, ours::unlock);
    assertEquals(jdk.isFair(), ours.isFair());
    assertTrue(new TReentrantLock(true).isFair());
  }

  @Test
  void conditionSignalNeedsTheLockAndAwaitWithoutTimeoutFailsClearly() throws Exception {
    Condition jdkCondition = new ReentrantLock().newCondition();
    TReentrantLock ours = new TReentrantLock();
    TCondition condition = ours.newCondition();
    assertThrows(IllegalMonitorStateException.class, jdkCondition::signal);
    assertThrows(IllegalMonitorStateException.class, condition::signal);
    assertThrows(IllegalMonitorStateException.class, condition::await);
    ours.lock();
    condition.signal();
    condition.signalAll();
    assertFalse(ours.hasWaiters(condition));
    IllegalStateException e = assertThrows(IllegalStateException.class, condition::await);
    assertTrue(e.getMessage().contains("single thread"), e.getMessage());
    assertEquals(1, ours.getHoldCount());
    long start = System.nanoTime();
    assertFalse(condition.await(20, TimeUnit.MILLISECONDS));
    assertTrue(System.nanoTime() - start >= 20_000_000L);
    assertTrue(condition.awaitNanos(1000) <= 0);
    assertEquals(1, ours.getHoldCount());
    assertThrows(
        IllegalArgumentException.class, () -> ours.hasWaiters(new TReentrantLock().newCondition()));
  }

  @Test
  void readWriteLockLikeTheJdkAndUpgradeRefusedInsteadOfDeadlock() {
    ReentrantReadWriteLock jdk = new ReentrantReadWriteLock();
    TReentrantReadWriteLock ours = new TReentrantReadWriteLock();
    jdk.writeLock().lock();
    ours.writeLock().lock();
    jdk.readLock().lock(); // downgrade is allowed
    ours.readLock().lock();
    assertEquals(jdk.getReadLockCount(), ours.getReadLockCount());
    assertEquals(jdk.getWriteHoldCount(), ours.getWriteHoldCount());
    assertEquals(jdk.isWriteLocked(), ours.isWriteLocked());
    assertEquals(jdk.isWriteLockedByCurrentThread(), ours.isWriteLockedByCurrentThread());
    jdk.writeLock().unlock();
    ours.writeLock().unlock();
    assertEquals(jdk.toString().replaceAll(".*\\[", "["), ours.toString().replaceAll(".*\\[", "["));
    assertFalse(jdk.writeLock().tryLock());
    assertFalse(ours.writeLock().tryLock());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ours.writeLock().lock());
    assertTrue(e.getMessage().contains("deadlock"), e.getMessage());
    jdk.readLock().unlock();
    ours.readLock().unlock();
    assertEquals(
        assertThrows(IllegalMonitorStateException.class, () -> jdk.readLock().unlock())
            .getMessage(),
        assertThrows(IllegalMonitorStateException.class, () -> ours.readLock().unlock())
            .getMessage());
    assertThrows(IllegalMonitorStateException.class, () -> ours.writeLock().unlock());
    assertThrows(UnsupportedOperationException.class, () -> ours.readLock().newCondition());
    assertTrue(ours.writeLock().tryLock());
    assertTrue(ours.writeLock().isHeldByCurrentThread());
  }
}
