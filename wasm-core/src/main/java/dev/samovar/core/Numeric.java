package dev.samovar.core;

import dev.samovar.api.WasmExport;
import java.util.Arrays;

/**
 * Numeric kernels over {@code double[]}. Deterministic: only IEEE arithmetic in a fixed order (no
 * fused multiply-add, no transcendental functions), so every host gives the JVM's bits.
 */
public final class Numeric {
  /** Number of fields returned by {@link #stats(double[])}. */
  public static final int STATS_FIELDS = 8;

  private Numeric() {}

  /**
   * Adds two ints, wrapping on overflow as Java does. The smallest possible export, used to measure
   * the cost of one call across the boundary.
   */
  @WasmExport
  public static int add(int a, int b) {
    return a + b;
  }

  /**
   * Returns a new array with every element of {@code xs} multiplied by {@code factor} (IEEE
   * multiplication: NaN, infinities and signed zeros behave as in Java).
   */
  @WasmExport
  public static double[] scale(double[] xs, double factor) {
    double[] out = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = xs[i] * factor;
    }
    return out;
  }

  /**
   * Evaluates the polynomial {@code coeffs} at every point of {@code xs} by Horner's rule, like
   * {@code numpy.polyval}: coefficients are highest degree first, so {@code [2, 0, 1]} is {@code
   * 2x² + 1}. An empty {@code coeffs} is the zero polynomial. Horner starts from the leading
   * coefficient, so {@code x - 1} at +inf is +inf (numpy starts from {@code 0 * x}, which gives NaN
   * there); on finite data the results are numpy's, up to the sign of a zero.
   */
  @WasmExport
  public static double[] polyval(double[] coeffs, double[] xs) {
    double[] out = new double[xs.length];
    if (coeffs.length == 0) {
      return out;
    }
    for (int i = 0; i < xs.length; i++) {
      double x = xs[i];
      double acc = coeffs[0];
      for (int k = 1; k < coeffs.length; k++) {
        acc = acc * x + coeffs[k];
      }
      out[i] = acc;
    }
    return out;
  }

  /**
   * Summary statistics of {@code xs}: {@code [count, mean, variance, min, max, p50, p90, p99]}.
   *
   * <ul>
   *   <li>mean and variance are computed with Welford's one-pass update, starting from the first
   *       value (no running sum to overflow); the variance is the population variance (divided by
   *       n, numpy's default). They can differ from numpy's in the last bits (numpy sums pairwise).
   *   <li>min and max follow {@code Math.min/max}: -0.0 is below 0.0, and any NaN gives NaN.
   *   <li>percentiles interpolate linearly between the closest ranks (numpy's default method,
   *       "linear"): rank {@code p/100 * (n-1)} in the sorted data, with numpy's interpolation
   *       formula, so finite data gives the same bits as {@code numpy.percentile}. Any NaN makes
   *       every percentile NaN (as numpy). Next to an infinity the result is the limit where numpy
   *       gives NaN: the value at an exact rank, otherwise the infinity (NaN between -inf and
   *       +inf).
   * </ul>
   *
   * @throws IllegalArgumentException if {@code xs} is empty (message {@code "stats: empty input"})
   */
  @WasmExport
  public static double[] stats(double[] xs) {
    if (xs.length == 0) {
      throw new IllegalArgumentException("stats: empty input");
    }
    double mean = xs[0];
    double m2 = xs[0] - xs[0]; // 0, or NaN when xs[0] is NaN or infinite (as numpy's variance)
    double min = xs[0];
    double max = xs[0];
    for (int i = 1; i < xs.length; i++) {
      double x = xs[i];
      double delta = x - mean;
      if (Double.isInfinite(delta) && !Double.isInfinite(x) && !Double.isInfinite(mean)) {
        // Finite values more than Double.MAX_VALUE apart: weigh them instead of subtracting.
        mean = mean / (i + 1) * i + x / (i + 1);
      } else {
        mean += delta / (i + 1);
      }
      m2 += delta * (x - mean);
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    double[] sorted = sort(xs);
    double[] out = {
      xs.length,
      mean,
      m2 / xs.length,
      min,
      max,
      percentile(sorted, 50),
      percentile(sorted, 90),
      percentile(sorted, 99)
    };
    for (int k = 0; k < out.length; k++) {
      if (Double.isNaN(out[k])) {
        out[k] = Double.NaN; // one NaN bit pattern on every host (wasm's f64.min sets the sign bit)
      }
    }
    return out;
  }

  /**
   * Sorted copy of {@code xs} in Java's total order, as {@link Arrays#sort(double[])}: -0.0 before
   * 0.0, NaN last. The input is not modified.
   */
  @WasmExport
  public static double[] sort(double[] xs) {
    double[] copy = xs.clone();
    Arrays.sort(copy);
    return copy;
  }

  /**
   * Counts of {@code xs} in {@code bins} equal-width bins over {@code [min, max]}; every bin is
   * half-open except the last, which includes max. The same counts as {@code numpy.histogram(xs,
   * bins)}: bin edges are computed as numpy's {@code linspace}, values within an ulp of an edge go
   * where numpy puts them, and when all values are equal the range is widened to {@code [v - 0.5, v
   * + 0.5]} (so they land in the middle bin). Empty input gives all zeros.
   *
   * @throws IllegalArgumentException if {@code bins < 1}, if a value is NaN or infinite, or if the
   *     range is too small or too large for {@code bins} distinct finite bins (numpy raises
   *     ValueError in the same cases)
   */
  @WasmExport
  public static int[] histogram(double[] xs, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("histogram: bins must be at least 1, got " + bins);
    }
    int[] counts = new int[bins];
    if (xs.length == 0) {
      return counts;
    }
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < xs.length; i++) {
      double x = xs[i];
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        throw new IllegalArgumentException(
            "histogram: values must be finite, got " + x + " at index " + i);
      }
      first = Math.min(first, x);
      last = Math.max(last, x);
    }
    if (first == last) {
      first -= 0.5;
      last += 0.5;
    }
    double[] edges = edges(first, last, bins);
    double span = last - first;
    for (double x : xs) {
      int bin = (int) ((x - first) / span * bins);
      if (bin == bins) {
        bin--;
      }
      if (x < edges[bin]) {
        bin--;
      } else if (bin != bins - 1 && x >= edges[bin + 1]) {
        bin++;
      }
      counts[bin]++;
    }
    return counts;
  }

  /** Bin edges as {@code numpy.linspace(first, last, bins + 1)}; checks they strictly increase. */
  private static double[] edges(double first, double last, int bins) {
    double delta = last - first;
    if (Double.isInfinite(delta)) {
      throw new IllegalArgumentException(
          "histogram: the data range [" + first + ", " + last + "] overflows a double");
    }
    double step = delta / bins;
    double[] edges = new double[bins + 1];
    for (int i = 0; i < bins; i++) {
      edges[i] = step == 0 ? (double) i / bins * delta + first : i * step + first;
    }
    edges[bins] = last;
    for (int i = 0; i < bins; i++) {
      if (!(edges[i] < edges[i + 1])) {
        throw new IllegalArgumentException(
            "histogram: too many bins for the data range ["
                + first
                + ", "
                + last
                + "]: cannot make "
                + bins
                + " distinct bins; use fewer bins");
      }
    }
    return edges;
  }

  /**
   * The {@code p}-th percentile of sorted data (NaN last), as {@code numpy.percentile(sorted, p)}
   * with the default method.
   */
  static double percentile(double[] sorted, double p) {
    int n = sorted.length;
    if (Double.isNaN(sorted[n - 1])) {
      return Double.NaN;
    }
    double rank = (n - 1) * (p / 100);
    if (rank >= n - 1) {
      return sorted[n - 1];
    }
    int lo = (int) rank;
    double t = rank - lo;
    return lerp(sorted[lo], sorted[lo + 1], t);
  }

  /**
   * numpy's {@code _lerp} (exact at both ends, monotonic), except where numpy turns an infinity or
   * an overflowing difference into NaN or a wrong-signed infinity: there, the limit.
   */
  private static double lerp(double a, double b, double t) {
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      if (t == 0 || a == b || !Double.isInfinite(b)) {
        return a;
      }
      return Double.isInfinite(a) ? Double.NaN : b;
    }
    double diff = b - a;
    if (Double.isInfinite(diff)) {
      return a * (1 - t) + b * t;
    }
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
  }
}
