package dev.samovar.classlib.math;

/** fdlibm's view of a double as two 32-bit words. */
final class Words {
  private Words() {}

  static int hi(double x) {
    return (int) (Double.doubleToRawLongBits(x) >> 32);
  }

  static int lo(double x) {
    return (int) Double.doubleToRawLongBits(x);
  }

  static double of(int hi, int lo) {
    return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xFFFFFFFFL));
  }

  static double withHi(double x, int hi) {
    return of(hi, lo(x));
  }

  static double withLo(double x, int lo) {
    return of(hi(x), lo);
  }

  static double abs(double x) {
    return WasmFloat.abs(x);
  }

  /** x * 2^n with a single rounding (fdlibm's scalbn). */
  static double scalbn(double x, int n) {
    final double two54 = 1.80143985094819840000e+16;
    final double twom54 = 5.55111512312578270212e-17;
    int hx = hi(x);
    int lx = lo(x);
    int k = (hx & 0x7ff00000) >> 20;
    if (k == 0) {
      if ((lx | (hx & 0x7fffffff)) == 0) {
        return x;
      }
      x *= two54;
      hx = hi(x);
      k = ((hx & 0x7ff00000) >> 20) - 54;
    }
    if (k == 0x7ff) {
      return x + x;
    }
    if (n < -50000) {
      return 1.0e-300 * copySign(1.0e-300, x);
    }
    if (n > 50000 || k + n > 0x7fe) {
      return 1.0e+300 * copySign(1.0e+300, x);
    }
    k = k + n;
    if (k > 0) {
      return withHi(x, (hx & 0x800fffff) | (k << 20));
    }
    if (k <= -54) {
      return 1.0e-300 * copySign(1.0e-300, x);
    }
    k += 54;
    return withHi(x, (hx & 0x800fffff) | (k << 20)) * twom54;
  }

  static double copySign(double magnitude, double sign) {
    return Double.longBitsToDouble(
        (Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE)
            | (Double.doubleToRawLongBits(sign) & Long.MIN_VALUE));
  }
}
