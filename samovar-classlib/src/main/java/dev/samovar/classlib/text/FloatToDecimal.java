package dev.samovar.classlib.text;

/** {@code Float.toString} with the JDK 19+ result; wired in by the TeaVM plugin. */
public final class FloatToDecimal {
  private FloatToDecimal() {}

  public static String toString(float v) {
    return ShortestDecimal.toString(v);
  }
}
