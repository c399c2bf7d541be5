package dev.samovar.classlib.math;

/** asin, acos, atan, atan2 after fdlibm. */
final class InverseTrig {
  private InverseTrig() {}

  private static final double HUGE = 1.000e+300;
  private static final double PI = 3.14159265358979311600e+00;
  private static final double PIO2_HI = 1.57079632679489655800e+00;
  private static final double PIO2_LO = 6.12323399573676603587e-17;
  private static final double PIO4_HI = 7.85398163397448278999e-01;
  private static final double PS0 = 1.66666666666666657415e-01;
  private static final double PS1 = -3.25565818622400915405e-01;
  private static final double PS2 = 2.01212532134862925881e-01;
  private static final double PS3 = -4.00555345006794114027e-02;
  private static final double PS4 = 7.91534994289814532176e-04;
  private static final double PS5 = 3.47933107596021167570e-05;
  private static final double QS1 = -2.40339491173441421878e+00;
  private static final double QS2 = 2.02094576023350569471e+00;
  private static final double QS3 = -6.88283971605453293030e-01;
  private static final double QS4 = 7.70381505559019352791e-02;

  private static double p(double t) {
    return t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
  }

  private static double q(double t) {
    return 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
  }

  static double asin(double x) {
    int hx = Words.hi(x);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) {
      if (((ix - 0x3ff00000) | Words.lo(x)) == 0) {
        return x * PIO2_HI + x * PIO2_LO;
      }
      return (x - x) / (x - x);
    } else if (ix < 0x3fe00000) {
      if (ix < 0x3e400000) {
        if (HUGE + x > 1.0) {
          return x;
        }
      }
      double t = x * x;
      double w = p(t) / q(t);
      return x + x * w;
    }
    double w = 1.0 - Words.abs(x);
    double t = w * 0.5;
    double p = p(t);
    double q = q(t);
    double s = WasmFloat.sqrt(t);
    if (ix >= 0x3FEF3333) {
      w = p / q;
      t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
    } else {
      w = Words.withLo(s, 0);
      double c = (t - w * w) / (s + w);
      double r = p / q;
      p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
      q = PIO4_HI - 2.0 * w;
      t = PIO4_HI - (p - q);
    }
    return hx > 0 ? t : -t;
  }

  static double acos(double x) {
    int hx = Words.hi(x);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) {
      if (((ix - 0x3ff00000) | Words.lo(x)) == 0) {
        return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
      }
      return (x - x) / (x - x);
    }
    if (ix < 0x3fe00000) {
      if (ix <= 0x3c600000) {
        return PIO2_HI + PIO2_LO;
      }
      double z = x * x;
      double r = p(z) / q(z);
      return PIO2_HI - (x - (PIO2_LO - x * r));
    } else if (hx < 0) {
      double z = (1.0 + x) * 0.5;
      double p = p(z);
      double q = q(z);
      double s = WasmFloat.sqrt(z);
      double r = p / q;
      double w = r * s - PIO2_LO;
      return PI - 2.0 * (s + w);
    }
    double z = (1.0 - x) * 0.5;
    double s = WasmFloat.sqrt(z);
    double df = Words.withLo(s, 0);
    double c = (z - df * df) / (s + df);
    double r = p(z) / q(z);
    double w = r * s + c;
    return 2.0 * (df + w);
  }

  private static final double[] ATANHI = {
    4.63647609000806093515e-01,
    7.85398163397448278999e-01,
    9.82793723247329054082e-01,
    1.57079632679489655800e+00,
  };
  private static final double[] ATANLO = {
    2.26987774529616870924e-17,
    3.06161699786838301793e-17,
    1.39033110312309984516e-17,
    6.12323399573676603587e-17,
  };
  private static final double[] AT = {
    3.33333333333329318027e-01,
    -1.99999999998764832476e-01,
    1.42857142725034663711e-01,
    -1.11111104054623557880e-01,
    9.09088713343650656196e-02,
    -7.69187620504482999495e-02,
    6.66107313738753120669e-02,
    -5.83357013379057348645e-02,
    4.97687799461593236017e-02,
    -3.65315727442169155270e-02,
    1.62858201153657823623e-02,
  };

  static double atan(double x) {
    int hx = Words.hi(x);
    int ix = hx & 0x7fffffff;
    int id;
    if (ix >= 0x44100000) {
      if (ix > 0x7ff00000 || (ix == 0x7ff00000 && Words.lo(x) != 0)) {
        return x + x;
      }
      return hx > 0 ? ATANHI[3] + ATANLO[3] : -ATANHI[3] - ATANLO[3];
    }
    if (ix < 0x3fdc0000) {
      if (ix < 0x3e200000) {
        if (HUGE + x > 1.0) {
          return x;
        }
      }
      id = -1;
    } else {
      x = Words.abs(x);
      if (ix < 0x3ff30000) {
        if (ix < 0x3fe60000) {
          id = 0;
          x = (2.0 * x - 1.0) / (2.0 + x);
        } else {
          id = 1;
          x = (x - 1.0) / (x + 1.0);
        }
      } else if (ix < 0x40038000) {
        id = 2;
        x = (x - 1.5) / (1.0 + 1.5 * x);
      } else {
        id = 3;
        x = -1.0 / x;
      }
    }
    double z = x * x;
    double w = z * z;
    double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
    double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
    if (id < 0) {
      return x - x * (s1 + s2);
    }
    z = ATANHI[id] - ((x * (s1 + s2) - ATANLO[id]) - x);
    return hx < 0 ? -z : z;
  }

  private static final double TINY = 1.0e-300;
  private static final double PI_O_4 = 7.8539816339744827900E-01;
  private static final double PI_O_2 = 1.5707963267948965580E+00;
  private static final double PI_LO = 1.2246467991473531772E-16;

  static double atan2(double y, double x) {
    int hx = Words.hi(x);
    int lx = Words.lo(x);
    int ix = hx & 0x7fffffff;
    int hy = Words.hi(y);
    int ly = Words.lo(y);
    int iy = hy & 0x7fffffff;
    if ((ix | ((lx | -lx) >>> 31)) > 0x7ff00000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff00000) {
      return x + y;
    }
    if (((hx - 0x3ff00000) | lx) == 0) {
      return atan(y);
    }
    int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
    if ((iy | ly) == 0) {
      switch (m) {
        case 0:
        case 1:
          return y;
        case 2:
          return PI + TINY;
        default:
          return -PI - TINY;
      }
    }
    if ((ix | lx) == 0) {
      return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
    }
    if (ix == 0x7ff00000) {
      if (iy == 0x7ff00000) {
        switch (m) {
          case 0:
            return PI_O_4 + TINY;
          case 1:
            return -PI_O_4 - TINY;
          case 2:
            return 3.0 * PI_O_4 + TINY;
          default:
            return -3.0 * PI_O_4 - TINY;
        }
      }
      switch (m) {
        case 0:
          return 0.0;
        case 1:
          return -0.0;
        case 2:
          return PI + TINY;
        default:
          return -PI - TINY;
      }
    }
    if (iy == 0x7ff00000) {
      return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
    }
    int k = (iy - ix) >> 20;
    double z;
    if (k > 60) {
      z = PI_O_2 + 0.5 * PI_LO;
    } else if (hx < 0 && k < -60) {
      z = 0.0;
    } else {
      z = atan(Words.abs(y / x));
    }
    switch (m) {
      case 0:
        return z;
      case 1:
        return -z;
      case 2:
        return PI - (z - PI_LO);
      default:
        return (z - PI_LO) - PI;
    }
  }
}
