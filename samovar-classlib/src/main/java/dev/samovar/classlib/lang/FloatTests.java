package dev.samovar.classlib.lang;

/**
 * {@code Float}/{@code Double} {@code isNaN}/{@code isInfinite} as plain comparisons. Calls to the
 * JDK methods are sent here by {@code internal.FloatTestTransformer}: TeaVM 0.13.1's wasm
 * intrinsics for them are broken (see that class).
 */
public final class FloatTests {
  private FloatTests() {}

  public static boolean isNaN(Float x) {
    float v = x.floatValue();
    return v != v;
  }

  public static boolean isInfinite(Float x) {
    return isInfinite(x.floatValue());
  }

  public static boolean isNaN(Double x) {
    double v = x.doubleValue();
    return v != v;
  }

  public static boolean isInfinite(Double x) {
    return isInfinite(x.doubleValue());
  }

  public static boolean isInfinite(float v) {
    return v == Float.POSITIVE_INFINITY || v == Float.NEGATIVE_INFINITY;
  }

  public static boolean isInfinite(double v) {
    return v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY;
  }
}
