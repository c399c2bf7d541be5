package dev.samovar.classlib.math;

/** sinh, cosh, tanh after fdlibm. */
final class Hyperbolic {
  private Hyperbolic() {}

  private static final double SHUGE = 1.0e307;
  private static final double HUGE = 1.0e300;
  private static final double TINY = 1.0e-300;

  static double sinh(double x) {
    int jx = Words.hi(x);
    int ix = jx & 0x7fffffff;
    if (ix >= 0x7ff00000) {
      return x + x;
    }
    double h = jx < 0 ? -0.5 : 0.5;
    if (ix < 0x40360000) {
      if (ix < 0x3e300000) {
        if (SHUGE + x > 1.0) {
          return x;
        }
      }
      double t = ExpLog.expm1(Words.abs(x));
      if (ix < 0x3ff00000) {
        return h * (2.0 * t - t * t / (t + 1.0));
      }
      return h * (t + t / (t + 1.0));
    }
    if (ix < 0x40862E42) {
      return h * ExpLog.exp(Words.abs(x));
    }
    int lx = Words.lo(x);
    if (ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
      double w = ExpLog.exp(0.5 * Words.abs(x));
      double t = h * w;
      return t * w;
    }
    return x * SHUGE;
  }

  static double cosh(double x) {
    int ix = Words.hi(x) & 0x7fffffff;
    if (ix >= 0x7ff00000) {
      return x * x;
    }
    if (ix < 0x3fd62e43) {
      double t = ExpLog.expm1(Words.abs(x));
      double w = 1.0 + t;
      if (ix < 0x3c800000) {
        return w;
      }
      return 1.0 + (t * t) / (w + w);
    }
    if (ix < 0x40360000) {
      double t = ExpLog.exp(Words.abs(x));
      return 0.5 * t + 0.5 / t;
    }
    if (ix < 0x40862E42) {
      return 0.5 * ExpLog.exp(Words.abs(x));
    }
    int lx = Words.lo(x);
    if (ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
      double w = ExpLog.exp(0.5 * Words.abs(x));
      double t = 0.5 * w;
      return t * w;
    }
    return HUGE * HUGE;
  }

  static double tanh(double x) {
    int jx = Words.hi(x);
    int ix = jx & 0x7fffffff;
    if (ix >= 0x7ff00000) {
      return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
    }
    double z;
    if (ix < 0x40360000) {
      if (ix < 0x3c800000) {
        return x * (1.0 + x);
      }
      if (ix >= 0x3ff00000) {
        double t = ExpLog.expm1(2.0 * Words.abs(x));
        z = 1.0 - 2.0 / (t + 2.0);
      } else {
        double t = ExpLog.expm1(-2.0 * Words.abs(x));
        z = -t / (t + 2.0);
      }
    } else {
      z = 1.0 - TINY;
    }
    return jx >= 0 ? z : -z;
  }
}
