package dev.samovar.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Numeric} against independent computations: exact {@link BigDecimal} arithmetic, the JDK's
 * boxed sort, and properties. Bit-for-bit agreement with numpy is in {@link NumericNumpyTest}.
 */
class NumericTest {
  private static final double[] SPECIALS = {
    0.0,
    -0.0,
    1.0,
    -1.0,
    Double.NaN,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY,
    Double.MIN_VALUE,
    -Double.MIN_VALUE,
    Double.MAX_VALUE,
    -Double.MAX_VALUE,
    Double.MIN_NORMAL,
    0.1,
    1e-300
  };

  static double[] randomData(Random r, int n) {
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = r.nextGaussian() * Math.pow(10, r.nextInt(7) - 3);
    }
    return xs;
  }

  private static BigDecimal exact(double x) {
    return new BigDecimal(x);
  }

  @Test
  void addWrapsAroundLikeJavaInts() {
    Random r = new Random(1);
    for (int i = 0; i < 1000; i++) {
      int a = r.nextInt();
      int b = r.nextInt();
      assertEquals((int) ((long) a + b), Numeric.add(a, b));
    }
    assertEquals(Integer.MIN_VALUE, Numeric.add(Integer.MAX_VALUE, 1));
  }

  @Test
  void scaleMultipliesEveryElementIncludingSpecials() {
    for (double factor : SPECIALS) {
      double[] scaled = Numeric.scale(SPECIALS, factor);
      assertEquals(SPECIALS.length, scaled.length);
      for (int i = 0; i < SPECIALS.length; i++) {
        // assertEquals(double, double) compares bits: -0.0 differs from 0.0, NaN equals NaN.
        assertEquals(SPECIALS[i] * factor, scaled[i], SPECIALS[i] + " * " + factor);
      }
    }
    assertEquals(-0.0, Numeric.scale(new double[] {0.0}, -3)[0]);
    assertEquals(0, Numeric.scale(new double[0], 2).length);
  }

  @Test
  void scaleDoesNotModifyItsInput() {
    double[] xs = {1, 2, 3};
    Numeric.scale(xs, 10);
    assertArrayEquals(new double[] {1, 2, 3}, xs);
  }

  @Test
  void polyvalIsWithinHornersErrorBoundOfTheExactValue() {
    Random r = new Random(2);
    for (int trial = 0; trial < 300; trial++) {
      double[] coeffs = randomData(r, 1 + r.nextInt(8));
      double[] xs = randomData(r, 1 + r.nextInt(5));
      double[] ys = Numeric.polyval(coeffs, xs);
      for (int i = 0; i < xs.length; i++) {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal magnitude = BigDecimal.ZERO;
        for (int k = 0; k < coeffs.length; k++) {
          BigDecimal term = exact(coeffs[k]).multiply(exact(xs[i]).pow(coeffs.length - 1 - k));
          value = value.add(term);
          magnitude = magnitude.add(term.abs());
        }
        // Horner's rule: |computed - exact| <= 2 n u sum|c_k x^k| (Higham, Accuracy and Stability).
        double bound = 2.0 * coeffs.length * 0x1p-53 * magnitude.doubleValue() + Double.MIN_VALUE;
        double error = exact(ys[i]).subtract(value).abs().doubleValue();
        assertTrue(error <= bound, "error " + error + " > bound " + bound + " at x=" + xs[i]);
      }
    }
  }

  @Test
  void polyvalTakesCoefficientsHighestDegreeFirstLikeNumpy() {
    // 2x^2 + 0x + 1 and x - 3, on integers, where every step is exact.
    double[] xs = {-3, -1, 0, 2, 1000};
    double[] quadratic = Numeric.polyval(new double[] {2, 0, 1}, xs);
    double[] linear = Numeric.polyval(new double[] {1, -3}, xs);
    for (int i = 0; i < xs.length; i++) {
      assertEquals(2 * xs[i] * xs[i] + 1, quadratic[i]);
      assertEquals(xs[i] - 3, linear[i]);
    }
  }

  @Test
  void polyvalOfNoCoefficientsIsZeroAndOfNoPointsIsEmpty() {
    assertArrayEquals(new double[] {0, 0}, Numeric.polyval(new double[0], new double[] {1, 2}));
    assertEquals(0, Numeric.polyval(new double[] {1, 2}, new double[0]).length);
  }

  @Test
  void polyvalPropagatesNanAndInfinity() {
    double[] ys =
        Numeric.polyval(
            new double[] {1, 0}, new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0});
    assertTrue(Double.isNaN(ys[0]));
    assertEquals(Double.POSITIVE_INFINITY, ys[1]);
    assertTrue(Double.isNaN(Numeric.polyval(new double[] {Double.NaN}, new double[] {1})[0]));
  }

  @Test
  void statsMeanAndVarianceMatchExactArithmetic() {
    Random r = new Random(3);
    for (int n : new int[] {1, 2, 3, 10, 101, 5000}) {
      double[] xs = randomData(r, n);
      for (int i = 0; i < n; i += 3) {
        xs[i] += 1e6; // an offset that breaks the naive sum-of-squares formula
      }
      double[] s = Numeric.stats(xs);
      MathContext mc = new MathContext(200);
      BigDecimal sum = BigDecimal.ZERO;
      for (double x : xs) {
        sum = sum.add(exact(x));
      }
      BigDecimal mean = sum.divide(BigDecimal.valueOf(n), mc);
      BigDecimal squares = BigDecimal.ZERO;
      for (double x : xs) {
        squares = squares.add(exact(x).subtract(mean).pow(2));
      }
      double variance = squares.divide(BigDecimal.valueOf(n), mc).doubleValue();
      assertEquals(n, s[0]);
      assertEquals(mean.doubleValue(), s[1], 1e-12 * Math.abs(mean.doubleValue()), "mean n=" + n);
      assertEquals(variance, s[2], 1e-9 * variance + 1e-300, "variance n=" + n);
      assertEquals(Arrays.stream(xs).min().getAsDouble(), s[3]);
      assertEquals(Arrays.stream(xs).max().getAsDouble(), s[4]);
    }
  }

  @Test
  void statsHasEightFieldsAndRejectsEmptyInput() {
    assertEquals(Numeric.STATS_FIELDS, Numeric.stats(new double[] {1}).length);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Numeric.stats(new double[0]));
    assertEquals("stats: empty input", e.getMessage());
  }

  @Test
  void statsOfOneValueIsThatValueEverywhere() {
    for (double x : SPECIALS) {
      double[] s = Numeric.stats(new double[] {x});
      assertEquals(1, s[0]);
      for (int field : new int[] {1, 3, 4, 5, 6, 7}) {
        assertEquals(x, s[field], "field " + field + " of [" + x + "]");
      }
      assertEquals(Double.isFinite(x) ? 0.0 : Double.NaN, s[2], "variance of [" + x + "]");
    }
  }

  @Test
  void statsNanAnywhereMakesEveryFieldButCountNan() {
    double[] xs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    for (int at = 0; at < xs.length; at++) {
      double[] withNan = xs.clone();
      withNan[at] = Double.NaN;
      double[] s = Numeric.stats(withNan);
      assertEquals(10, s[0]);
      for (int field = 1; field < s.length; field++) {
        assertTrue(Double.isNaN(s[field]), "field " + field + " with NaN at " + at);
      }
    }
  }

  @Test
  void statsNanIsTheCanonicalNanWhateverTheInputPayload() {
    double oddNan = Double.longBitsToDouble(0xfff8_0000_0000_0001L);
    double[] s = Numeric.stats(new double[] {1, oddNan, 2});
    for (int field = 1; field < s.length; field++) {
      assertEquals(
          Double.doubleToRawLongBits(Double.NaN),
          Double.doubleToRawLongBits(s[field]),
          "field " + field);
    }
  }

  @Test
  void statsMinAndMaxOrderSignedZeros() {
    double[] s = Numeric.stats(new double[] {0.0, -0.0, 0.0});
    assertEquals(-0.0, s[3]);
    assertEquals(0.0, s[4]);
  }

  @Test
  void statsMeanDoesNotOverflowBetweenExtremeFiniteValues() {
    double[] s = Numeric.stats(new double[] {-Double.MAX_VALUE, Double.MAX_VALUE});
    assertEquals(0.0, s[1], Double.MIN_VALUE);
    assertEquals(Double.POSITIVE_INFINITY, s[2], "the true variance overflows");
    double[] big = Numeric.stats(new double[] {Double.MAX_VALUE, Double.MAX_VALUE, 1e308});
    BigDecimal mean =
        exact(Double.MAX_VALUE)
            .multiply(BigDecimal.valueOf(2))
            .add(exact(1e308))
            .divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
    assertEquals(mean.doubleValue(), big[1], 1e-15 * mean.doubleValue());
  }

  @Test
  void statsWithInfinitiesGivesTheLimitWhereNumpyGivesNan() {
    double inf = Double.POSITIVE_INFINITY;
    double[] s = Numeric.stats(new double[] {1, 2, inf});
    assertEquals(inf, s[1], "mean");
    assertTrue(Double.isNaN(s[2]), "variance is inf - inf");
    assertEquals(2.0, s[5], "p50 sits exactly on rank 1");
    assertEquals(inf, s[6], "p90 lies between 2 and +inf");
    double[] both = Numeric.stats(new double[] {-inf, inf});
    assertTrue(Double.isNaN(both[1]));
    assertTrue(Double.isNaN(both[5]), "halfway between -inf and +inf is undefined");
    double[] low = Numeric.stats(new double[] {-inf, 5, 6});
    assertEquals(-inf, Numeric.stats(new double[] {-inf, 5})[5]);
    assertEquals(5.0, low[5]);
  }

  @Test
  void statsPercentilesAreMonotonicAndBounded() {
    Random r = new Random(4);
    for (int trial = 0; trial < 200; trial++) {
      double[] xs = randomData(r, 1 + r.nextInt(300));
      double[] s = Numeric.stats(xs);
      assertTrue(s[3] <= s[5] && s[5] <= s[6] && s[6] <= s[7] && s[7] <= s[4], Arrays.toString(s));
    }
  }

  @Test
  void sortMatchesTheJdksBoxedSortOnSpecialsAndDuplicates() {
    Random r = new Random(5);
    for (int trial = 0; trial < 100; trial++) {
      double[] xs = new double[r.nextInt(200)];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = r.nextInt(3) == 0 ? SPECIALS[r.nextInt(SPECIALS.length)] : r.nextInt(10) - 5;
      }
      Double[] boxed = Arrays.stream(xs).boxed().toArray(Double[]::new);
      Arrays.sort(boxed, Comparator.naturalOrder());
      double[] expected = Arrays.stream(boxed).mapToDouble(Double::doubleValue).toArray();
      double[] before = xs.clone();
      assertArrayEquals(expected, Numeric.sort(xs));
      assertArrayEquals(before, xs, "input is not modified");
    }
  }

  @Test
  void sortPutsNegativeZeroBeforeZeroAndNanLast() {
    double[] sorted =
        Numeric.sort(new double[] {Double.NaN, 0.0, -0.0, Double.NEGATIVE_INFINITY, 0.0, -0.0});
    assertArrayEquals(
        new double[] {Double.NEGATIVE_INFINITY, -0.0, -0.0, 0.0, 0.0, Double.NaN}, sorted);
    assertEquals(0, Numeric.sort(new double[0]).length);
  }

  @Test
  void histogramRejectsFewerThanOneBin() {
    for (int bins : new int[] {0, -1, Integer.MIN_VALUE}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Numeric.histogram(new double[] {1}, bins));
      assertTrue(e.getMessage().contains(String.valueOf(bins)), e.getMessage());
    }
  }

  @Test
  void histogramOfNothingIsAllZeros() {
    assertArrayEquals(new int[5], Numeric.histogram(new double[0], 5));
  }

  @Test
  void histogramRejectsNanAndInfinityNamingTheIndex() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1 / 0.0}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Numeric.histogram(new double[] {1, 2, bad}, 3));
      assertTrue(e.getMessage().contains("index 2"), e.getMessage());
    }
  }

  @Test
  void histogramCountsEveryValueExactlyOnce() {
    Random r = new Random(6);
    for (int trial = 0; trial < 200; trial++) {
      double[] xs = randomData(r, r.nextInt(500));
      int bins = 1 + r.nextInt(50);
      int[] counts = Numeric.histogram(xs, bins);
      assertEquals(bins, counts.length);
      assertEquals(xs.length, Arrays.stream(counts).sum());
    }
  }

  @Test
  void histogramPutsEdgesInTheUpperBinExceptTheLast() {
    // Edges 0, 2.5, 5, 7.5, 10 are exact in binary, so each value's bin is unambiguous.
    double[] xs = {0, 2.5, 5, 7.5, 10, 2.4999999999999996};
    assertArrayEquals(new int[] {2, 1, 1, 2}, Numeric.histogram(xs, 4));
  }

  @Test
  void histogramRejectsARangeTooNarrowForTheBins() {
    double next = Math.nextUp(1.0);
    assertArrayEquals(new int[] {2}, Numeric.histogram(new double[] {1, next}, 1));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Numeric.histogram(new double[] {1, next}, 3));
    assertTrue(e.getMessage().contains("fewer bins"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Numeric.histogram(new double[] {-Double.MAX_VALUE, Double.MAX_VALUE}, 2));
  }

  @Test
  void hugeInputsStayLinearAndExact() {
    int n = 2_000_000;
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = i % 1000;
    }
    double[] s = Numeric.stats(xs);
    assertEquals(n, s[0]);
    assertEquals(499.5, s[1], 1e-9);
    int[] counts = Numeric.histogram(xs, 1000);
    for (int c : counts) {
      assertEquals(n / 1000, c);
    }
    assertFalse(Double.isNaN(Numeric.polyval(new double[] {1, 2, 3}, xs)[n - 1]));
  }
}
