package dev.samovar.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.LimitException;
import dev.samovar.api.LinkException;
import dev.samovar.api.SamovarException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Export calls: one-shot through {@link Sandbox#invoke}, and concurrent through the pool. */
class PoolTest {
  @ParameterizedTest
  @EnumSource(Engine.class)
  void invokesExportsWithRawValues(Engine engine) {
    Sandbox s = Sandbox.builder().engine(engine).build();
    assertArrayEquals(new long[] {5}, s.invoke(Guests.get("calc"), "add", 2, 3));
    assertArrayEquals(
        new long[] {(int) (2_000_000_000L + 2_000_000_000L)},
        s.invoke(Guests.get("calc"), "add", 2_000_000_000, 2_000_000_000));
    assertArrayEquals(
        new long[] {6_000_000_000L}, s.invoke(Guests.get("calc"), "mul64", 3, 2_000_000_000L));
    long[] q =
        s.invoke(
            Guests.get("calc"),
            "div",
            Double.doubleToRawLongBits(1),
            Double.doubleToRawLongBits(3));
    assertEquals(1.0 / 3, Double.longBitsToDouble(q[0]));
    LinkException missing =
        assertThrows(LinkException.class, () -> s.invoke(Guests.get("calc"), "nope"));
    assertEquals("missing-export", missing.field("reason"));
    assertTrue(missing.getMessage().contains("add"), missing.getMessage());
    LinkException arity =
        assertThrows(LinkException.class, () -> s.invoke(Guests.get("calc"), "add", 1));
    assertEquals("bad-arguments", arity.field("reason"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void instancesAreRecycledAfterSuccessAndReplacedAfterFailure(Engine engine) {
    try (SandboxPool pool =
        SandboxPool.of(Sandbox.builder().engine(engine).build(), Guests.get("calc"), 1)) {
      assertArrayEquals(new long[] {1}, pool.invoke(null, "count"));
      assertArrayEquals(new long[] {2}, pool.invoke(null, "count"));
      assertThrows(LimitException.class, () -> pool.invoke(Duration.ofMillis(100), "spin"));
      // The interrupted instance was discarded: counting starts again on a fresh one.
      assertArrayEquals(new long[] {1}, pool.invoke(null, "count"));
      assertEquals(1, pool.instances());
    }
  }

  @Test
  void cancellingAnAsyncCallInterruptsTheGuest() throws Exception {
    try (SandboxPool pool = SandboxPool.of(Sandbox.builder().build(), Guests.get("calc"), 2)) {
      CompletableFuture<long[]> spinning = pool.invokeAsync(null, "spin");
      Thread.sleep(200);
      assertTrue(spinning.cancel(true));
      assertThrows(CancellationException.class, spinning::join);
      assertArrayEquals(new long[] {7}, pool.invoke(Duration.ofSeconds(5), "add", 3, 4));
    }
  }

  /**
   * Issue 5's load test: 8 callers × 2,000 calls with random timeouts, every result checked, no
   * thread or heap growth afterwards.
   */
  @Test
  void eightCallersTwoThousandCallsEachWithRandomTimeouts() throws Exception {
    int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
    long heapBefore = usedHeapAfterGc();
    AtomicInteger timeouts = new AtomicInteger();
    AtomicInteger sums = new AtomicInteger();
    try (SandboxPool pool =
        SandboxPool.of(Sandbox.builder().engine(Engine.COMPILER).build(), Guests.get("calc"), 8)) {
      ExecutorService callers = Executors.newFixedThreadPool(8);
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        long seed = c;
        done.add(
            callers.submit(
                () -> {
                  Random random = new Random(seed);
                  for (int i = 0; i < 2000; i++) {
                    if (random.nextInt(100) == 0) {
                      // A call that can only end by its time limit.
                      Duration limit = Duration.ofMillis(1 + random.nextInt(20));
                      SamovarException e =
                          assertThrows(LimitException.class, () -> pool.invoke(limit, "spin"));
                      assertEquals("time", e.field("limit"));
                      timeouts.incrementAndGet();
                    } else {
                      int a = random.nextInt();
                      int b = random.nextInt();
                      Duration limit = Duration.ofMillis(2_000 + random.nextInt(3_000));
                      assertArrayEquals(new long[] {a + b}, pool.invoke(limit, "add", a, b));
                      sums.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.MINUTES);
      }
      callers.shutdown();
      assertEquals(16_000, timeouts.get() + sums.get());
      assertTrue(timeouts.get() > 0, "no timeout was exercised");
      assertTrue(pool.instances() <= 8, pool.instances() + " instances for 8 threads");
    }
    long heapAfter = usedHeapAfterGc();
    assertTrue(
        heapAfter <= heapBefore * 3 / 2 + (4 << 20),
        "heap grew from " + heapBefore + " to " + heapAfter);
    int threadsAfter = waitForThreads(threadsBefore);
    assertTrue(threadsAfter <= threadsBefore, threadsBefore + " threads before, " + threadsAfter);
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static int waitForThreads(int target) throws InterruptedException {
    int n = 0;
    for (int i = 0; i < 100; i++) {
      n = ManagementFactory.getThreadMXBean().getThreadCount();
      if (n <= target) {
        return n;
      }
      Thread.sleep(50);
    }
    return n;
  }
}
