package dev.samovar.core;

import dev.samovar.api.WasmExport;
import java.util.Arrays;

/**
 * Numeric kernels over {@code double[]}. Deterministic: only IEEE arithmetic in a fixed order, so
 * every host gives the JVM's bits.
 */
public final class Numeric {
  /** Number of fields returned by {@link #stats(double[])}. */
  public static final int STATS_FIELDS = 8;

  private Numeric() {}

  /** Adds two ints; the smallest possible export, used to measure per-call overhead. */
  @WasmExport
  public static int add(int a, int b) {
    return a + b;
  }

  /** Returns a new array with every element multiplied by {@code factor}. */
  @WasmExport
  public static double[] scale(double[] xs, double factor) {
    double[] out = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = xs[i] * factor;
    }
    return out;
  }

  /**
   * Evaluates the polynomial with {@code coeffs} (highest degree first, as numpy's polyval) at
   * every {@code xs} by Horner's rule. An empty {@code coeffs} gives zeros.
   */
  @WasmExport
  public static double[] polyval(double[] coeffs, double[] xs) {
    double[] out = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      double acc = 0.0;
      for (double c : coeffs) {
        acc = acc * xs[i] + c;
      }
      out[i] = acc;
    }
    return out;
  }

  /**
   * Summary statistics: {@code [count, mean, variance, min, max, p50, p90, p99]}. Variance is the
   * population variance (divided by n), computed with Welford's update. Percentiles interpolate
   * linearly between closest ranks (numpy's default). NaN propagates to mean, variance and
   * percentiles; min and max follow {@code Math.min/max}.
   *
   * @throws IllegalArgumentException if {@code xs} is empty
   */
  @WasmExport
  public static double[] stats(double[] xs) {
    if (xs.length == 0) {
      throw new IllegalArgumentException("stats: empty input");
    }
    double mean = 0.0;
    double m2 = 0.0;
    double min = xs[0];
    double max = xs[0];
    for (int i = 0; i < xs.length; i++) {
      double x = xs[i];
      double delta = x - mean;
      mean += delta / (i + 1);
      m2 += delta * (x - mean);
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    double[] sorted = sort(xs);
    return new double[] {
      xs.length,
      mean,
      m2 / xs.length,
      min,
      max,
      percentile(sorted, 50),
      percentile(sorted, 90),
      percentile(sorted, 99)
    };
  }

  /** Sorted copy in Java's total order: -0.0 before 0.0, NaN last (as {@link Arrays#sort}). */
  @WasmExport
  public static double[] sort(double[] xs) {
    double[] copy = xs.clone();
    Arrays.sort(copy);
    return copy;
  }

  /**
   * Counts of {@code xs} in {@code bins} equal-width bins over {@code [min, max]}; the last bin is
   * closed. NaN values are not counted. Empty input (or only NaN) gives all zeros; when all values
   * are equal they all land in the first bin.
   *
   * @throws IllegalArgumentException if {@code bins < 1}
   */
  @WasmExport
  public static int[] histogram(double[] xs, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("histogram: bins must be >= 1, got " + bins);
    }
    int[] counts = new int[bins];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      if (!Double.isNaN(x)) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    if (min > max) {
      return counts;
    }
    double width = (max - min) / bins;
    for (double x : xs) {
      if (Double.isNaN(x)) {
        continue;
      }
      int bin = width == 0 || Double.isInfinite(width) ? 0 : (int) ((x - min) / width);
      counts[Math.min(Math.max(bin, 0), bins - 1)]++;
    }
    return counts;
  }

  static double percentile(double[] sorted, double p) {
    double rank = p / 100.0 * (sorted.length - 1);
    int lo = (int) rank;
    int hi = Math.min(lo + 1, sorted.length - 1);
    double frac = rank - lo;
    if (frac == 0.0) {
      return sorted[lo];
    }
    return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
  }
}
