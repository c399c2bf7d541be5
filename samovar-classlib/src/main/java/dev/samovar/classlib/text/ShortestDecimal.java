package dev.samovar.classlib.text;

import java.math.BigInteger;

/**
 * {@code Double.toString}/{@code Float.toString} as specified since JDK 19 (JDK-4511638): the
 * shortest decimal that rounds to the value, the closest one when several qualify (two digits are
 * considered when one would do), ties to an even last digit; rendered plain for 1e-3 &lt;= |v| &lt;
 * 1e7 and in computerized scientific notation otherwise.
 *
 * <p>Computed exactly with integer arithmetic (the rounding interval of the binary value against
 * the decimal grid), so it is correct by construction on every host. It favours obviousness over
 * speed: a table-driven algorithm (Schubfach) would avoid the big integers.
 */
public final class ShortestDecimal {
  private static final BigInteger TEN = BigInteger.TEN;

  private ShortestDecimal() {}

  /** Same result as JDK 19+ {@code Double.toString(v)}. */
  public static String toString(double v) {
    if (v != v) {
      return "NaN";
    }
    if (v == Double.POSITIVE_INFINITY) {
      return "Infinity";
    }
    if (v == Double.NEGATIVE_INFINITY) {
      return "-Infinity";
    }
    long bits = Double.doubleToRawLongBits(v);
    String sign = bits < 0 ? "-" : "";
    if (v == 0) {
      return sign + "0.0";
    }
    int biased = (int) ((bits >>> 52) & 0x7FF);
    long fraction = bits & 0xFFFFFFFFFFFFFL;
    long m = biased == 0 ? fraction : fraction | (1L << 52);
    int e = (biased == 0 ? 1 : biased) - 1075;
    boolean lowerHalf = biased > 1 && fraction == 0;
    return sign + render(m, e, lowerHalf);
  }

  /** Same result as JDK 19+ {@code Float.toString(v)}. */
  public static String toString(float v) {
    if (v != v) {
      return "NaN";
    }
    if (v == Float.POSITIVE_INFINITY) {
      return "Infinity";
    }
    if (v == Float.NEGATIVE_INFINITY) {
      return "-Infinity";
    }
    int bits = Float.floatToRawIntBits(v);
    String sign = bits < 0 ? "-" : "";
    if (v == 0) {
      return sign + "0.0";
    }
    int biased = (bits >>> 23) & 0xFF;
    int fraction = bits & 0x7FFFFF;
    long m = biased == 0 ? fraction : fraction | (1 << 23);
    int e = (biased == 0 ? 1 : biased) - 150;
    boolean lowerHalf = biased > 1 && fraction == 0;
    return sign + render(m, e, lowerHalf);
  }

  /**
   * The value is m * 2^e. Its rounding interval reaches half an ulp up and half an ulp down, or a
   * quarter ulp down at a power of two (lowerHalf); the ends belong to it when m is even.
   */
  private static String render(long m, int e, boolean lowerHalf) {
    // Scale everything by 2^(e-2): value 4m, upper reach 2, lower reach 2 (or 1).
    int k = e - 2;
    BigInteger value = BigInteger.valueOf(4 * m);
    long upper = 2;
    long lower = lowerHalf ? 1 : 2;
    boolean closed = (m & 1) == 0;
    int e10 = decimalExponent(value, k);
    Choice best = null;
    int lo = 1;
    int hi = 17;
    // Membership in the interval is monotone in the number of digits: binary search the shortest.
    while (lo <= hi) {
      int n = (lo + hi) >>> 1;
      Choice c = choose(value, k, upper, lower, closed, e10 - n + 1);
      if (c != null) {
        best = c;
        hi = n - 1;
      } else {
        lo = n + 1;
      }
    }
    if (best == null) {
      throw new IllegalStateException("no decimal found");
    }
    if (lo == 1) {
      // One digit would do: the JDK then picks the closest decimal of one or two digits.
      best = choose(value, k, upper, lower, closed, e10 - 1);
    }
    return format(best.digits, best.exponent);
  }

  /** The decimal D * 10^q (D = floor or ceil of v / 10^q) inside the interval closest to v. */
  private static Choice choose(
      BigInteger value, int k, long upper, long lower, boolean closed, int q) {
    BigInteger twoK = BigInteger.ONE.shiftLeft(Math.abs(k));
    BigInteger tenQ = TEN.pow(Math.abs(q));
    BigInteger num = value;
    BigInteger up = BigInteger.valueOf(upper);
    BigInteger down = BigInteger.valueOf(lower);
    BigInteger den = BigInteger.ONE;
    if (k >= 0) {
      num = num.multiply(twoK);
      up = up.multiply(twoK);
      down = down.multiply(twoK);
    } else {
      den = den.multiply(twoK);
    }
    if (q <= 0) {
      num = num.multiply(tenQ);
      up = up.multiply(tenQ);
      down = down.multiply(tenQ);
    } else {
      den = den.multiply(tenQ);
    }
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger floor = qr[0];
    BigInteger below = qr[1];
    BigInteger above = den.subtract(below);
    boolean floorIn = inside(below, down, closed);
    boolean ceilIn = below.signum() != 0 && inside(above, up, closed);
    if (below.signum() == 0) {
      return new Choice(floor, q);
    }
    if (floorIn && ceilIn) {
      int cmp = below.compareTo(above);
      if (cmp < 0 || (cmp == 0 && !floor.testBit(0))) {
        return new Choice(floor, q);
      }
      return new Choice(floor.add(BigInteger.ONE), q);
    }
    if (floorIn) {
      return new Choice(floor, q);
    }
    if (ceilIn) {
      return new Choice(floor.add(BigInteger.ONE), q);
    }
    return null;
  }

  private static boolean inside(BigInteger distance, BigInteger reach, boolean closed) {
    int cmp = distance.compareTo(reach);
    return cmp < 0 || (closed && cmp == 0);
  }

  /** floor(log10(value * 2^k)), exactly. */
  private static int decimalExponent(BigInteger value, int k) {
    int bits = value.bitLength() + k;
    int estimate = (int) ((bits - 1) * 0.30102999566398114) - 1;
    while (compareWithPowerOfTen(value, k, estimate + 1) >= 0) {
      estimate++;
    }
    while (compareWithPowerOfTen(value, k, estimate) < 0) {
      estimate--;
    }
    return estimate;
  }

  private static int compareWithPowerOfTen(BigInteger value, int k, int p) {
    BigInteger left = value;
    BigInteger right = BigInteger.ONE;
    if (k >= 0) {
      left = left.shiftLeft(k);
    } else {
      right = right.shiftLeft(-k);
    }
    if (p >= 0) {
      right = right.multiply(TEN.pow(p));
    } else {
      left = left.multiply(TEN.pow(-p));
    }
    return left.compareTo(right);
  }

  private static String format(BigInteger digitsValue, int q) {
    String digits = digitsValue.toString();
    int len = digits.length();
    int end = len;
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    int exp10 = q + len - 1;
    digits = digits.substring(0, end);
    len = end;
    StringBuilder sb = new StringBuilder(24);
    if (exp10 >= -3 && exp10 < 7) {
      if (exp10 >= 0) {
        if (len <= exp10 + 1) {
          sb.append(digits);
          for (int i = len; i <= exp10; i++) {
            sb.append('0');
          }
          sb.append(".0");
        } else {
          sb.append(digits, 0, exp10 + 1).append('.').append(digits, exp10 + 1, len);
        }
      } else {
        sb.append("0.");
        for (int i = -1; i > exp10; i--) {
          sb.append('0');
        }
        sb.append(digits);
      }
    } else {
      sb.append(digits.charAt(0)).append('.');
      if (len > 1) {
        sb.append(digits, 1, len);
      } else {
        sb.append('0');
      }
      sb.append('E').append(exp10);
    }
    return sb.toString();
  }

  private static final class Choice {
    final BigInteger digits;
    final int exponent;

    Choice(BigInteger digits, int exponent) {
      this.digits = digits;
      this.exponent = exponent;
    }
  }
}
