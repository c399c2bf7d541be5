package dev.samovar.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NumericTest {
  @Test
  void statsOfOneToTen() {
    double[] xs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] s = Numeric.stats(xs);
    assertEquals(10, s[0]);
    assertEquals(5.5, s[1], 1e-15);
    assertEquals(8.25, s[2], 1e-12);
    assertEquals(1, s[3]);
    assertEquals(10, s[4]);
    assertEquals(5.5, s[5]);
    assertEquals(9.1, s[6], 1e-12);
    assertEquals(9.91, s[7], 1e-12);
  }

  @Test
  void statsEdgeCases() {
    assertThrows(IllegalArgumentException.class, () -> Numeric.stats(new double[0]));
    double[] single = Numeric.stats(new double[] {-0.0});
    assertEquals(1, single[0]);
    assertEquals(0.0, single[2]);
    assertTrue(Double.isNaN(Numeric.stats(new double[] {1, Double.NaN})[1]));
    assertEquals(
        Double.POSITIVE_INFINITY, Numeric.stats(new double[] {1, Double.POSITIVE_INFINITY})[4]);
  }

  @Test
  void sortIsJavasTotalOrder() {
    double[] xs = {3, Double.NaN, -0.0, 0.0, -1, Double.NEGATIVE_INFINITY};
    double[] expected = xs.clone();
    Arrays.sort(expected);
    assertArrayEquals(expected, Numeric.sort(xs));
    assertEquals(3, xs[0], "input is not modified");
  }

  @Test
  void polyvalIsHorner() {
    assertArrayEquals(
        new double[] {1, 11, 16},
        Numeric.polyval(new double[] {2, 1, 1}, new double[] {0, -2.5, 2.5}),
        0);
    assertArrayEquals(new double[] {0, 0}, Numeric.polyval(new double[0], new double[] {1, 2}), 0);
  }

  @Test
  void scaleAndAdd() {
    assertArrayEquals(new double[] {2, -4}, Numeric.scale(new double[] {1, -2}, 2), 0);
    assertEquals(Integer.MIN_VALUE, Numeric.add(Integer.MAX_VALUE, 1));
  }

  @Test
  void histogramBinsAndEdges() {
    assertArrayEquals(new int[] {2, 1, 2}, Numeric.histogram(new double[] {0, 1, 5, 9, 10}, 3));
    assertArrayEquals(new int[] {0, 0}, Numeric.histogram(new double[0], 2));
    assertArrayEquals(new int[] {3}, Numeric.histogram(new double[] {4, 4, 4}, 1));
    assertArrayEquals(new int[] {3, 0}, Numeric.histogram(new double[] {4, 4, 4}, 2));
    assertArrayEquals(new int[] {1, 1}, Numeric.histogram(new double[] {Double.NaN, 1, 2}, 2));
    assertThrows(IllegalArgumentException.class, () -> Numeric.histogram(new double[] {1}, 0));
  }

  @Test
  void runningStatsAccumulatesAndCloses() {
    RunningStats rs = new RunningStats();
    rs.add(new double[] {1, 2, 3});
    rs.add(new double[] {4, 5, 6, 7, 8, 9, 10});
    assertEquals(10, rs.count());
    assertArrayEquals(
        Numeric.stats(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), rs.snapshot(), 0);
    rs.close();
    assertThrows(IllegalStateException.class, rs::count);
  }
}
