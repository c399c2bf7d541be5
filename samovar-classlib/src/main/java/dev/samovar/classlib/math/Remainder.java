package dev.samovar.classlib.math;

/**
 * IEEE 754 remainder. Both steps are exact operations (no rounding), so any correct algorithm gives
 * fdlibm's bits; this one divides the significands bit by bit.
 */
final class Remainder {
  private Remainder() {}

  static double ieeeRemainder(double x, double p) {
    long bx = Double.doubleToRawLongBits(x);
    long bp = Double.doubleToRawLongBits(p) & Long.MAX_VALUE;
    if (x != x || p != p || (bx & Long.MAX_VALUE) >= 0x7ff0000000000000L || bp == 0) {
      return (x * p) / (x * p);
    }
    if (bp == 0x7ff0000000000000L) {
      return x;
    }
    double absP = Double.longBitsToDouble(bp);
    if (bp <= 0x7fdfffffffffffffL) {
      x = fmod(x, absP + absP);
    }
    long sx = bx & Long.MIN_VALUE;
    x = Words.abs(x);
    if (bp < 0x0020000000000000L) {
      if (x + x > absP) {
        x -= absP;
        if (x + x >= absP) {
          x -= absP;
        }
      }
    } else {
      double half = 0.5 * absP;
      if (x > half) {
        x -= absP;
        if (x >= half) {
          x -= absP;
        }
      }
    }
    return Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ sx);
  }

  /** x - trunc(x / y) * y, exactly, for finite x and finite nonzero y. */
  static double fmod(double x, double y) {
    long bx = Double.doubleToRawLongBits(x);
    long sign = bx & Long.MIN_VALUE;
    long ax = bx & Long.MAX_VALUE;
    long ay = Double.doubleToRawLongBits(y) & Long.MAX_VALUE;
    if (ax < ay) {
      return x;
    }
    if (ax == ay) {
      return Double.longBitsToDouble(sign);
    }
    int ex = (int) (ax >>> 52);
    int ey = (int) (ay >>> 52);
    long mx = ax & 0xFFFFFFFFFFFFFL;
    long my = ay & 0xFFFFFFFFFFFFFL;
    if (ex == 0) {
      int shift = Long.numberOfLeadingZeros(mx) - 11;
      mx <<= shift;
      ex = 1 - shift;
    } else {
      mx |= 1L << 52;
    }
    if (ey == 0) {
      int shift = Long.numberOfLeadingZeros(my) - 11;
      my <<= shift;
      ey = 1 - shift;
    } else {
      my |= 1L << 52;
    }
    for (int n = ex - ey; n > 0; n--) {
      long d = mx - my;
      if (d >= 0) {
        if (d == 0) {
          return Double.longBitsToDouble(sign);
        }
        mx = d;
      }
      mx <<= 1;
    }
    long d = mx - my;
    if (d >= 0) {
      mx = d;
    }
    if (mx == 0) {
      return Double.longBitsToDouble(sign);
    }
    int shift = Long.numberOfLeadingZeros(mx) - 11;
    mx <<= shift;
    ey -= shift;
    long bits;
    if (ey >= 1) {
      bits = ((long) ey << 52) | (mx & 0xFFFFFFFFFFFFFL);
    } else {
      bits = mx >>> (1 - ey);
    }
    return Double.longBitsToDouble(bits | sign);
  }
}
