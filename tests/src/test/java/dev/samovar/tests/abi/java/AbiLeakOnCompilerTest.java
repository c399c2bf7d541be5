package dev.samovar.tests.abi.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.fixture.abi.wasm.Abifixture;
import dev.samovar.runner.Engine;
import dev.samovar.runner.abi.AbiInstance;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Nothing leaks across the boundary: a million calls with 1 KB strings and arrays each way, and ten
 * thousand handle lifecycles, leave linear memory within twice its size after the first thousand
 * calls and the live-handle count where it started. On Chicory's compiler engine (the interpreter
 * would take minutes for a million calls); no timing assertions.
 */
class AbiLeakOnCompilerTest {
  private static final int CALLS = 1_000_000;
  private static final int WARMUP = 1_000;

  @Test
  void millionCallsWithKilobyteStringsAndArraysOnCompilerEngine() {
    char[] chars = new char[1024];
    Arrays.fill(chars, 'x');
    String base = new String(chars); // 1 KB of UTF-8
    double[] doubles = new double[128]; // 1 KB
    int[] ints = new int[256]; // 1 KB
    try (Abifixture fx =
        Abifixture.open(AbiInstance.builder(Fixtures.abifixture()).engine(Engine.COMPILER))) {
      long afterWarmup = 0;
      for (int i = 0; i < CALLS; i++) {
        if (i == WARMUP) {
          afterWarmup = fx.abi().memoryBytes();
        }
        switch (i % 3) {
          case 0:
            String s = (char) ('a' + i % 26) + base.substring(1);
            String back = fx.echoString(s);
            if (back.length() != 1024 || back.charAt(0) != s.charAt(0)) {
              throw new AssertionError("call " + i + ": echoString returned another string");
            }
            break;
          case 1:
            doubles[i % 128] = i;
            double[] d = fx.echoDoubles(doubles);
            if (d.length != 128 || d[i % 128] != i) {
              throw new AssertionError("call " + i + ": echoDoubles returned another array");
            }
            break;
          default:
            ints[i % 256] = i;
            int[] r = fx.incInts(ints);
            if (r.length != 256 || r[i % 256] != i + 1) {
              throw new AssertionError("call " + i + ": incInts returned another array");
            }
        }
      }
      long end = fx.abi().memoryBytes();
      assertTrue(afterWarmup > 0);
      assertTrue(
          end <= 2 * afterWarmup,
          "linear memory grew from "
              + afterWarmup
              + " to "
              + end
              + " bytes over "
              + CALLS
              + " calls");
      assertArrayEquals(new double[] {1, 2}, fx.echoDoubles(new double[] {1, 2}));
    }
  }

  @Test
  void tenThousandHandleLifecyclesReturnToTheStartCount() {
    try (Abifixture fx =
        Abifixture.open(AbiInstance.builder(Fixtures.abifixture()).engine(Engine.COMPILER))) {
      int start = fx.abi().liveHandles();
      int closedBefore = fx.closedCount();
      long afterWarmup = 0;
      for (int i = 0; i < 10_000; i++) {
        if (i == WARMUP) {
          afterWarmup = fx.abi().memoryBytes();
        }
        try (Abifixture.Counter c = fx.newCounter("c" + i);
            Abifixture.Counter copy = c.copy("copy")) {
          c.add(i);
          assertEquals(i, copy.merge(c));
        }
      }
      assertEquals(start, fx.abi().liveHandles());
      assertEquals(closedBefore + 20_000, fx.closedCount());
      assertTrue(fx.abi().memoryBytes() <= 2 * afterWarmup);
    }
  }
}
