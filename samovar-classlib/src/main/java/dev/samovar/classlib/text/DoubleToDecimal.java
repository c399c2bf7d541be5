package dev.samovar.classlib.text;

/** {@code Double.toString} with the JDK 19+ result; wired in by the TeaVM plugin. */
public final class DoubleToDecimal {
  private DoubleToDecimal() {}

  public static String toString(double v) {
    return ShortestDecimal.toString(v);
  }
}
