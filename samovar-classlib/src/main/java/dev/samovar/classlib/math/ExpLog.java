package dev.samovar.classlib.math;

/** exp, expm1, log, log10, log1p after fdlibm. */
final class ExpLog {
  private ExpLog() {}

  private static final double HUGE = 1.0e+300;
  private static final double TWOM1000 = 9.33263618503218878990e-302;
  private static final double O_THRESHOLD = 7.09782712893383973096e+02;
  private static final double U_THRESHOLD = -7.45133219101941108420e+02;
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double INVLN2 = 1.44269504088896338700e+00;

  /** exp's polynomial, shared with pow. */
  static final double P1 = 1.66666666666666019037e-01;

  static final double P2 = -2.77777777770155933842e-03;
  static final double P3 = 6.61375632143793436117e-05;
  static final double P4 = -1.65339022054652515390e-06;
  static final double P5 = 4.13813679705723846039e-08;
  private static final double TWO54 = 1.80143985094819840000e+16;

  static double exp(double x) {
    int hx = Words.hi(x);
    int xsb = (hx >> 31) & 1;
    hx &= 0x7fffffff;
    double hi = 0;
    double lo = 0;
    int k = 0;
    if (hx >= 0x40862E42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | Words.lo(x)) != 0) {
          return x + x;
        }
        return xsb == 0 ? x : 0.0;
      }
      if (x > O_THRESHOLD) {
        return HUGE * HUGE;
      }
      if (x < U_THRESHOLD) {
        return TWOM1000 * TWOM1000;
      }
    }
    if (hx > 0x3fd62e42) {
      if (hx < 0x3FF0A2B2) {
        hi = x - (xsb == 0 ? LN2_HI : -LN2_HI);
        lo = xsb == 0 ? LN2_LO : -LN2_LO;
        k = 1 - xsb - xsb;
      } else {
        k = (int) (INVLN2 * x + (xsb == 0 ? 0.5 : -0.5));
        double t = k;
        hi = x - t * LN2_HI;
        lo = t * LN2_LO;
      }
      x = hi - lo;
    } else if (hx < 0x3e300000) {
      if (HUGE + x > 1.0) {
        return 1.0 + x;
      }
    } else {
      k = 0;
    }
    double t = x * x;
    double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if (k == 0) {
      return 1.0 - ((x * c) / (c - 2.0) - x);
    }
    double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
    if (k >= -1021) {
      return Words.withHi(y, Words.hi(y) + (k << 20));
    }
    return Words.withHi(y, Words.hi(y) + ((k + 1000) << 20)) * TWOM1000;
  }

  private static final double Q1 = -3.33333333333331316428e-02;
  private static final double Q2 = 1.58730158725481460165e-03;
  private static final double Q3 = -7.93650757867487942473e-05;
  private static final double Q4 = 4.00821782732936239552e-06;
  private static final double Q5 = -2.01099218183624371326e-07;
  private static final double TINY = 1.0e-300;

  static double expm1(double x) {
    int hx = Words.hi(x);
    int xsb = hx & 0x80000000;
    hx &= 0x7fffffff;
    double c = 0;
    int k;
    if (hx >= 0x4043687A) {
      if (hx >= 0x40862E42) {
        if (hx >= 0x7ff00000) {
          if (((hx & 0xfffff) | Words.lo(x)) != 0) {
            return x + x;
          }
          return xsb == 0 ? x : -1.0;
        }
        if (x > O_THRESHOLD) {
          return HUGE * HUGE;
        }
      }
      if (xsb != 0) {
        if (x + TINY < 0.0) {
          return TINY - 1.0;
        }
      }
    }
    if (hx > 0x3fd62e42) {
      double hi;
      double lo;
      if (hx < 0x3FF0A2B2) {
        if (xsb == 0) {
          hi = x - LN2_HI;
          lo = LN2_LO;
          k = 1;
        } else {
          hi = x + LN2_HI;
          lo = -LN2_LO;
          k = -1;
        }
      } else {
        k = (int) (INVLN2 * x + (xsb == 0 ? 0.5 : -0.5));
        double t = k;
        hi = x - t * LN2_HI;
        lo = t * LN2_LO;
      }
      x = hi - lo;
      c = (hi - x) - lo;
    } else if (hx < 0x3c900000) {
      double t = HUGE + x;
      return x - (t - (HUGE + x));
    } else {
      k = 0;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3.0 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) {
      return x - (x * e - hxs);
    }
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) {
      return 0.5 * (x - e) - 0.5;
    }
    if (k == 1) {
      if (x < -0.25) {
        return -2.0 * (e - (x + 0.5));
      }
      return 1.0 + 2.0 * (x - e);
    }
    double y;
    if (k <= -2 || k > 56) {
      y = 1.0 - (e - x);
      y = Words.withHi(y, Words.hi(y) + (k << 20));
      return y - 1.0;
    }
    if (k < 20) {
      t = Words.of(0x3ff00000 - (0x200000 >> k), 0);
      y = t - (e - x);
      y = Words.withHi(y, Words.hi(y) + (k << 20));
    } else {
      t = Words.of((0x3ff - k) << 20, 0);
      y = x - (e + t);
      y += 1.0;
      y = Words.withHi(y, Words.hi(y) + (k << 20));
    }
    return y;
  }

  private static final double LG1 = 6.666666666666735130e-01;
  private static final double LG2 = 3.999999999940941908e-01;
  private static final double LG3 = 2.857142874366239149e-01;
  private static final double LG4 = 2.222219843214978396e-01;
  private static final double LG5 = 1.818357216161805012e-01;
  private static final double LG6 = 1.531383769920937332e-01;
  private static final double LG7 = 1.479819860511658591e-01;

  static double log(double x) {
    int hx = Words.hi(x);
    int lx = Words.lo(x);
    int k = 0;
    if (hx < 0x00100000) {
      if (((hx & 0x7fffffff) | lx) == 0) {
        return -TWO54 / 0.0;
      }
      if (hx < 0) {
        return (x - x) / 0.0;
      }
      k -= 54;
      x *= TWO54;
      hx = Words.hi(x);
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    int i = (hx + 0x95f64) & 0x100000;
    x = Words.withHi(x, hx | (i ^ 0x3ff00000));
    k += i >> 20;
    double f = x - 1.0;
    if ((0x000fffff & (2 + hx)) < 3) {
      if (f == 0.0) {
        if (k == 0) {
          return 0.0;
        }
        double dk = k;
        return dk * LN2_HI + dk * LN2_LO;
      }
      double r = f * f * (0.5 - 0.33333333333333333 * f);
      if (k == 0) {
        return f - r;
      }
      double dk = k;
      return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    double s = f / (2.0 + f);
    double dk = k;
    double z = s * s;
    i = hx - 0x6147a;
    double w = z * z;
    int j = 0x6b851 - hx;
    double t1 = w * (LG2 + w * (LG4 + w * LG6));
    double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    double r = t2 + t1;
    if (i > 0) {
      double hfsq = 0.5 * f * f;
      if (k == 0) {
        return f - (hfsq - s * (hfsq + r));
      }
      return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
    }
    if (k == 0) {
      return f - s * (f - r);
    }
    return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
  }

  private static final double IVLN10 = 4.34294481903251816668e-01;
  private static final double LOG10_2HI = 3.01029995663611771306e-01;
  private static final double LOG10_2LO = 3.69423907715893078616e-13;

  static double log10(double x) {
    int hx = Words.hi(x);
    int lx = Words.lo(x);
    int k = 0;
    if (hx < 0x00100000) {
      if (((hx & 0x7fffffff) | lx) == 0) {
        return -TWO54 / 0.0;
      }
      if (hx < 0) {
        return (x - x) / 0.0;
      }
      k -= 54;
      x *= TWO54;
      hx = Words.hi(x);
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    k += (hx >> 20) - 1023;
    int i = (k & 0x80000000) >>> 31;
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    double y = k + i;
    x = Words.withHi(x, hx);
    double z = y * LOG10_2LO + IVLN10 * log(x);
    return z + y * LOG10_2HI;
  }

  static double log1p(double x) {
    int hx = Words.hi(x);
    int ax = hx & 0x7fffffff;
    int k = 1;
    double f = 0;
    double c = 0;
    int hu = 0;
    if (hx < 0x3FDA827A) {
      if (ax >= 0x3ff00000) {
        if (x == -1.0) {
          return -TWO54 / 0.0;
        }
        return (x - x) / (x - x);
      }
      if (ax < 0x3e200000) {
        if (TWO54 + x > 0.0 && ax < 0x3c900000) {
          return x;
        }
        return x - x * x * 0.5;
      }
      if (hx > 0 || hx <= 0xbfd2bec3) {
        k = 0;
        f = x;
        hu = 1;
      }
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    if (k != 0) {
      double u;
      if (hx < 0x43400000) {
        u = 1.0 + x;
        hu = Words.hi(u);
        k = (hu >> 20) - 1023;
        c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
        c /= u;
      } else {
        u = x;
        hu = Words.hi(u);
        k = (hu >> 20) - 1023;
        c = 0;
      }
      hu &= 0x000fffff;
      if (hu < 0x6a09e) {
        u = Words.withHi(u, hu | 0x3ff00000);
      } else {
        k += 1;
        u = Words.withHi(u, hu | 0x3fe00000);
        hu = (0x00100000 - hu) >> 2;
      }
      f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    if (hu == 0) {
      if (f == 0.0) {
        if (k == 0) {
          return 0.0;
        }
        c += k * LN2_LO;
        return k * LN2_HI + c;
      }
      double r = hfsq * (1.0 - 0.66666666666666666 * f);
      if (k == 0) {
        return f - r;
      }
      return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
    if (k == 0) {
      return f - (hfsq - s * (hfsq + r));
    }
    return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
  }
}
