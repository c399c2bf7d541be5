package dev.samovar.classlib.lang;

/**
 * Static {@code java.lang.Double} methods missing from TeaVM's class library (method references use
 * them).
 */
public final class DoubleImpl {
  private DoubleImpl() {}

  public static double sum(double a, double b) {
    return a + b;
  }
}
