package dev.samovar.tests.bench;

/**
 * The core bench's inputs, generated identically on every host (as {@code
 * tests/src/test/python/pure_core.py} and {@code tests/node/bench/core-bench.mjs}).
 */
final class CoreInputs {
  private CoreInputs() {}

  /** {@code xs[i] = sin(i) * 1000}. */
  static double[] doubles(int n) {
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = Math.sin(i) * 1000;
    }
    return xs;
  }

  /** {@code b[i] = (i * 131 + (i >> 9)) & 255}. */
  static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) ((i * 131 + (i >> 9)) & 255);
    }
    return b;
  }

  /** {@code n} characters of words (5,000 distinct ones) separated by spaces. */
  static String text(int n) {
    StringBuilder sb = new StringBuilder(n + 8);
    for (int k = 0; sb.length() < n; k++) {
      int v = (int) ((k * 7919L) % 5000);
      do {
        sb.append((char) ('a' + v % 26));
        v /= 26;
      } while (v > 0);
      sb.append(' ');
    }
    sb.setLength(n);
    return sb.toString();
  }
}
