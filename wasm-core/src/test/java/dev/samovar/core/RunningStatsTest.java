package dev.samovar.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RunningStats} gives exactly {@link Numeric#stats} of everything added, in order. */
class RunningStatsTest {
  @Test
  void snapshotEqualsStatsOfTheConcatenation() {
    Random r = new Random(40);
    for (int trial = 0; trial < 50; trial++) {
      RunningStats rs = new RunningStats();
      double[] all = new double[0];
      int chunks = 1 + r.nextInt(20);
      for (int c = 0; c < chunks; c++) {
        double[] chunk = NumericTest.randomData(r, r.nextInt(100));
        rs.add(chunk);
        int size = all.length;
        all = Arrays.copyOf(all, size + chunk.length);
        System.arraycopy(chunk, 0, all, size, chunk.length);
        assertEquals(all.length, rs.count());
        if (all.length > 0) {
          assertArrayEquals(Numeric.stats(all), rs.snapshot(), "after chunk " + c);
        }
      }
    }
  }

  @Test
  void snapshotBeforeAnyValueIsTheEmptyInputError() {
    RunningStats rs = new RunningStats();
    rs.add(new double[0]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, rs::snapshot);
    assertEquals("stats: empty input", e.getMessage());
    assertEquals(0L, rs.count());
  }

  @Test
  void addCopiesTheChunk() {
    RunningStats rs = new RunningStats();
    double[] chunk = {1, 2, 3};
    rs.add(chunk);
    chunk[0] = 1000;
    assertArrayEquals(Numeric.stats(new double[] {1, 2, 3}), rs.snapshot());
  }

  @Test
  void aMillionValuesInChunks() {
    RunningStats rs = new RunningStats();
    double[] all = new double[1_000_000];
    for (int c = 0; c < 1000; c++) {
      double[] chunk = new double[1000];
      for (int i = 0; i < chunk.length; i++) {
        chunk[i] = all[c * 1000 + i] = (c * 7919 + i * 104729) % 1000003;
      }
      rs.add(chunk);
    }
    assertEquals(1_000_000L, rs.count());
    assertArrayEquals(Numeric.stats(all), rs.snapshot());
  }

  @Test
  void everyCallAfterCloseIsAnIllegalState() {
    RunningStats rs = new RunningStats();
    rs.add(new double[] {1});
    rs.close();
    rs.close(); // closing twice is allowed
    assertThrows(IllegalStateException.class, rs::count);
    assertThrows(IllegalStateException.class, rs::snapshot);
    assertThrows(IllegalStateException.class, () -> rs.add(new double[] {2}));
  }
}
