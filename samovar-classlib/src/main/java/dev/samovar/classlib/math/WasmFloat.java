package dev.samovar.classlib.math;

/**
 * IEEE-exact primitives. On the JVM the bodies below run; in wasm the TeaVM plugin replaces every
 * call with the one wasm instruction (f64.sqrt, f64.floor, f64.ceil, f64.nearest, f64.trunc,
 * f64.abs and their f32 forms), which IEEE 754 defines exactly, so both give the same bits.
 */
public final class WasmFloat {
  private WasmFloat() {}

  public static double sqrt(double x) {
    return StrictMath.sqrt(x);
  }

  public static double floor(double x) {
    return StrictMath.floor(x);
  }

  public static double ceil(double x) {
    return StrictMath.ceil(x);
  }

  /** Round half to even, as {@code f64.nearest} and {@code StrictMath.rint}. */
  public static double rint(double x) {
    return StrictMath.rint(x);
  }

  public static double trunc(double x) {
    return x < 0 ? StrictMath.ceil(x) : StrictMath.floor(x);
  }

  public static double abs(double x) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & Long.MAX_VALUE);
  }

  public static float sqrt(float x) {
    return (float) StrictMath.sqrt(x);
  }

  public static float abs(float x) {
    return Float.intBitsToFloat(Float.floatToRawIntBits(x) & Integer.MAX_VALUE);
  }
}
