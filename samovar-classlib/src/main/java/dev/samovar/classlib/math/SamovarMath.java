package dev.samovar.classlib.math;

/**
 * What {@code java.lang.Math} and {@code java.lang.StrictMath} mean in a Samovar module. The TeaVM
 * plugin replaces the body of every {@code Math}/{@code StrictMath} static method whose name and
 * descriptor match a public method here by a call to it: results equal {@code StrictMath} on the
 * JVM, bit for bit, on every host. (On the JVM, {@code Math.sin} and friends may differ from {@code
 * StrictMath} in the last bit; write {@code StrictMath} for JVM-identical results.)
 */
public final class SamovarMath {
  private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
  private static final double RADIANS_TO_DEGREES = 57.29577951308232;
  private static final long NEGATIVE_ZERO_BITS = Long.MIN_VALUE;

  private SamovarMath() {}

  public static double sin(double a) {
    return Trig.sin(a);
  }

  public static double cos(double a) {
    return Trig.cos(a);
  }

  public static double tan(double a) {
    return Trig.tan(a);
  }

  public static double asin(double a) {
    return InverseTrig.asin(a);
  }

  public static double acos(double a) {
    return InverseTrig.acos(a);
  }

  public static double atan(double a) {
    return InverseTrig.atan(a);
  }

  public static double atan2(double y, double x) {
    return InverseTrig.atan2(y, x);
  }

  public static double exp(double a) {
    return ExpLog.exp(a);
  }

  public static double expm1(double x) {
    return ExpLog.expm1(x);
  }

  public static double log(double a) {
    return ExpLog.log(a);
  }

  public static double log10(double a) {
    return ExpLog.log10(a);
  }

  public static double log1p(double x) {
    return ExpLog.log1p(x);
  }

  public static double sinh(double x) {
    return Hyperbolic.sinh(x);
  }

  public static double cosh(double x) {
    return Hyperbolic.cosh(x);
  }

  public static double tanh(double x) {
    return Hyperbolic.tanh(x);
  }

  public static double pow(double a, double b) {
    return Power.pow(a, b);
  }

  public static double cbrt(double a) {
    return Power.cbrt(a);
  }

  public static double hypot(double x, double y) {
    return Power.hypot(x, y);
  }

  public static double sqrt(double a) {
    return WasmFloat.sqrt(a);
  }

  public static double floor(double a) {
    return WasmFloat.floor(a);
  }

  public static double ceil(double a) {
    return WasmFloat.ceil(a);
  }

  public static double rint(double a) {
    return WasmFloat.rint(a);
  }

  public static double IEEEremainder(double f1, double f2) {
    return Remainder.ieeeRemainder(f1, f2);
  }

  public static double toRadians(double angdeg) {
    return angdeg * DEGREES_TO_RADIANS;
  }

  public static double toDegrees(double angrad) {
    return angrad * RADIANS_TO_DEGREES;
  }

  /**
   * Java's max: a NaN argument is returned as it is (wasm's f64.max would return a canonical NaN
   * with another bit pattern), and 0.0 is above -0.0.
   */
  public static double max(double a, double b) {
    if (a != a) {
      return a;
    }
    if (a == 0.0 && b == 0.0 && Double.doubleToRawLongBits(a) == NEGATIVE_ZERO_BITS) {
      return b;
    }
    return a >= b ? a : b;
  }

  /** Java's min: a NaN argument is returned as it is, and -0.0 is below 0.0. */
  public static double min(double a, double b) {
    if (a != a) {
      return a;
    }
    if (a == 0.0 && b == 0.0 && Double.doubleToRawLongBits(b) == NEGATIVE_ZERO_BITS) {
      return b;
    }
    return a <= b ? a : b;
  }

  /** Java's max for floats. */
  public static float max(float a, float b) {
    if (a != a) {
      return a;
    }
    if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) == Integer.MIN_VALUE) {
      return b;
    }
    return a >= b ? a : b;
  }

  /** Java's min for floats. */
  public static float min(float a, float b) {
    if (a != a) {
      return a;
    }
    if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) == Integer.MIN_VALUE) {
      return b;
    }
    return a <= b ? a : b;
  }

  /** floor(a + 1/2), computed exactly; NaN gives 0, out-of-range values saturate. */
  public static long round(double a) {
    if (a != a) {
      return 0;
    }
    if (!(WasmFloat.abs(a) < 4503599627370496.0)) {
      return (long) a;
    }
    double f = WasmFloat.floor(a);
    return (long) f + (a - f >= 0.5 ? 1 : 0);
  }

  /** floor(a + 1/2), computed exactly; NaN gives 0, out-of-range values saturate. */
  public static int round(float a) {
    if (a != a) {
      return 0;
    }
    if (!(WasmFloat.abs(a) < 8388608.0f)) {
      return (int) a;
    }
    float f = (float) WasmFloat.floor((double) a);
    return (int) f + (a - f >= 0.5f ? 1 : 0);
  }
}
