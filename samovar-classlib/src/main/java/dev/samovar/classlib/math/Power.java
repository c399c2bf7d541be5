package dev.samovar.classlib.math;

/** pow, cbrt, hypot after fdlibm. */
final class Power {
  private Power() {}

  private static final double[] BP = {1.0, 1.5};
  private static final double[] DP_H = {0.0, 5.84962487220764160156e-01};
  private static final double[] DP_L = {0.0, 1.35003920212974897128e-08};
  private static final double TWO53 = 9007199254740992.0;
  private static final double HUGE = 1.0e300;
  private static final double TINY = 1.0e-300;
  private static final double L1 = 5.99999999999994648725e-01;
  private static final double L2 = 4.28571428578550184252e-01;
  private static final double L3 = 3.33333329818377432918e-01;
  private static final double L4 = 2.72728123808534006489e-01;
  private static final double L5 = 2.30660745775561754067e-01;
  private static final double L6 = 2.06975017800338417784e-01;
  private static final double LG2 = 6.93147180559945286227e-01;
  private static final double LG2_H = 6.93147182464599609375e-01;
  private static final double LG2_L = -1.90465429995776804525e-09;
  private static final double OVT = 8.0085662595372944372e-17;
  private static final double CP = 9.61796693925975554329e-01;
  private static final double CP_H = 9.61796700954437255859e-01;
  private static final double CP_L = -7.02846165095275826516e-09;
  private static final double IVLN2 = 1.44269504088896338700e+00;
  private static final double IVLN2_H = 1.44269502162933349609e+00;
  private static final double IVLN2_L = 1.92596299112661746887e-08;

  static double pow(double x, double y) {
    int hx = Words.hi(x);
    int lx = Words.lo(x);
    int hy = Words.hi(y);
    int ly = Words.lo(y);
    int ix = hx & 0x7fffffff;
    int iy = hy & 0x7fffffff;
    if ((iy | ly) == 0) {
      return 1.0;
    }
    if (ix > 0x7ff00000
        || (ix == 0x7ff00000 && lx != 0)
        || iy > 0x7ff00000
        || (iy == 0x7ff00000 && ly != 0)) {
      return x + y;
    }
    int yisint = 0;
    if (hx < 0) {
      if (iy >= 0x43400000) {
        yisint = 2;
      } else if (iy >= 0x3ff00000) {
        int k = (iy >> 20) - 0x3ff;
        if (k > 20) {
          int j = ly >>> (52 - k);
          if ((j << (52 - k)) == ly) {
            yisint = 2 - (j & 1);
          }
        } else if (ly == 0) {
          int j = iy >> (20 - k);
          if ((j << (20 - k)) == iy) {
            yisint = 2 - (j & 1);
          }
        }
      }
    }
    if (ly == 0) {
      if (iy == 0x7ff00000) {
        if (((ix - 0x3ff00000) | lx) == 0) {
          return y - y;
        } else if (ix >= 0x3ff00000) {
          return hy >= 0 ? y : 0.0;
        } else {
          return hy < 0 ? -y : 0.0;
        }
      }
      if (iy == 0x3ff00000) {
        return hy < 0 ? 1.0 / x : x;
      }
      if (hy == 0x40000000) {
        return x * x;
      }
      if (hy == 0x3fe00000) {
        if (hx >= 0) {
          return WasmFloat.sqrt(x);
        }
      }
    }
    double ax = Words.abs(x);
    if (lx == 0) {
      if (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000) {
        double z = ax;
        if (hy < 0) {
          z = 1.0 / z;
        }
        if (hx < 0) {
          if (((ix - 0x3ff00000) | yisint) == 0) {
            z = (z - z) / (z - z);
          } else if (yisint == 1) {
            z = -z;
          }
        }
        return z;
      }
    }
    int n = (hx >> 31) + 1;
    if ((n | yisint) == 0) {
      return (x - x) / (x - x);
    }
    double s = 1.0;
    if ((n | (yisint - 1)) == 0) {
      s = -1.0;
    }
    double t1;
    double t2;
    if (iy > 0x41e00000) {
      if (iy > 0x43f00000) {
        if (ix <= 0x3fefffff) {
          return hy < 0 ? HUGE * HUGE : TINY * TINY;
        }
        if (ix >= 0x3ff00000) {
          return hy > 0 ? HUGE * HUGE : TINY * TINY;
        }
      }
      if (ix < 0x3fefffff) {
        return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
      }
      if (ix > 0x3ff00000) {
        return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
      }
      double t = ax - 1.0;
      double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
      double u = IVLN2_H * t;
      double v = t * IVLN2_L - w * IVLN2;
      t1 = Words.withLo(u + v, 0);
      t2 = v - (t1 - u);
    } else {
      n = 0;
      if (ix < 0x00100000) {
        ax *= TWO53;
        n -= 53;
        ix = Words.hi(ax);
      }
      n += (ix >> 20) - 0x3ff;
      int j = ix & 0x000fffff;
      ix = j | 0x3ff00000;
      int k;
      if (j <= 0x3988E) {
        k = 0;
      } else if (j < 0xBB67A) {
        k = 1;
      } else {
        k = 0;
        n += 1;
        ix -= 0x00100000;
      }
      ax = Words.withHi(ax, ix);
      double u = ax - BP[k];
      double v = 1.0 / (ax + BP[k]);
      double ss = u * v;
      double sh = Words.withLo(ss, 0);
      double th = Words.of(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
      double tl = ax - (th - BP[k]);
      double sl = v * ((u - sh * th) - sh * tl);
      double s2 = ss * ss;
      double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
      r += sl * (sh + ss);
      s2 = sh * sh;
      th = Words.withLo(3.0 + s2 + r, 0);
      tl = r - ((th - 3.0) - s2);
      u = sh * th;
      v = sl * th + tl * ss;
      double ph = Words.withLo(u + v, 0);
      double pl = v - (ph - u);
      double zh = CP_H * ph;
      double zl = CP_L * ph + pl * CP + DP_L[k];
      double t = n;
      t1 = Words.withLo(((zh + zl) + DP_H[k]) + t, 0);
      t2 = zl - (((t1 - t) - DP_H[k]) - zh);
    }
    double y1 = Words.withLo(y, 0);
    double pl = (y - y1) * t1 + y * t2;
    double ph = y1 * t1;
    double z = pl + ph;
    int j = Words.hi(z);
    int i = Words.lo(z);
    if (j >= 0x40900000) {
      if (((j - 0x40900000) | i) != 0) {
        return s * HUGE * HUGE;
      }
      if (pl + OVT > z - ph) {
        return s * HUGE * HUGE;
      }
    } else if ((j & 0x7fffffff) >= 0x4090cc00) {
      if (((j - 0xc090cc00) | i) != 0) {
        return s * TINY * TINY;
      }
      if (pl <= z - ph) {
        return s * TINY * TINY;
      }
    }
    i = j & 0x7fffffff;
    int k = (i >> 20) - 0x3ff;
    n = 0;
    if (i > 0x3fe00000) {
      n = j + (0x00100000 >> (k + 1));
      k = ((n & 0x7fffffff) >> 20) - 0x3ff;
      double t = Words.of(n & ~(0x000fffff >> k), 0);
      n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
      if (j < 0) {
        n = -n;
      }
      ph -= t;
    }
    double t = Words.withLo(pl + ph, 0);
    double u = t * LG2_H;
    double v = (pl - (t - ph)) * LG2 + t * LG2_L;
    z = u + v;
    double w = v - (z - u);
    t = z * z;
    t1 = z - t * (ExpLog.P1 + t * (ExpLog.P2 + t * (ExpLog.P3 + t * (ExpLog.P4 + t * ExpLog.P5))));
    double r = (z * t1) / (t1 - 2.0) - (w + z * w);
    z = 1.0 - (r - z);
    j = Words.hi(z);
    j += n << 20;
    if ((j >> 20) <= 0) {
      z = Words.scalbn(z, n);
    } else {
      z = Words.withHi(z, j);
    }
    return s * z;
  }

  private static final int B1 = 715094163;
  private static final int B2 = 696219795;
  private static final double C = 5.42857142857142815906e-01;
  private static final double D = -7.05306122448979611050e-01;
  private static final double E = 1.41428571428571436819e+00;
  private static final double F = 1.60714285714285720630e+00;
  private static final double G = 3.57142857142857150787e-01;

  static double cbrt(double x) {
    int hx = Words.hi(x);
    int sign = hx & 0x80000000;
    hx ^= sign;
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    if ((hx | Words.lo(x)) == 0) {
      return x;
    }
    x = Words.withHi(x, hx);
    double t;
    if (hx < 0x00100000) {
      t = 18014398509481984.0 * x;
      t = Words.withHi(t, Words.hi(t) / 3 + B2);
    } else {
      t = Words.of(hx / 3 + B1, 0);
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = Words.of(Words.hi(t) + 1, 0);
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign == 0 ? t : -t;
  }

  static double hypot(double x, double y) {
    double a = Words.abs(x);
    double b = Words.abs(y);
    if (a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    if (a != a || b != b) {
      return a + b;
    }
    if (b > a) {
      double tmp = a;
      a = b;
      b = tmp;
    }
    int ha = Words.hi(a);
    int hb = Words.hi(b);
    if ((ha - hb) > 0x3c00000) {
      return a + b;
    }
    int k = 0;
    if (ha > 0x5f300000) {
      ha -= 0x25800000;
      hb -= 0x25800000;
      a = a * 0x1.0p-600;
      b = b * 0x1.0p-600;
      k += 600;
    }
    if (hb < 0x20b00000) {
      if (hb <= 0x000fffff) {
        if ((hb | Words.lo(b)) == 0) {
          return a;
        }
        b *= 0x1.0p1022;
        a *= 0x1.0p1022;
        k -= 1022;
      } else {
        ha += 0x25800000;
        hb += 0x25800000;
        a = a * 0x1.0p600;
        b = b * 0x1.0p600;
        k -= 600;
      }
    }
    double w = a - b;
    if (w > b) {
      double t1 = Words.of(ha, 0);
      double t2 = a - t1;
      w = WasmFloat.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
    } else {
      a = a + a;
      double y1 = Words.of(hb, 0);
      double y2 = b - y1;
      double t1 = Words.of(ha + 0x00100000, 0);
      double t2 = a - t1;
      w = WasmFloat.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
    }
    if (k != 0) {
      return Words.scalbn(1.0, k) * w;
    }
    return w;
  }
}
