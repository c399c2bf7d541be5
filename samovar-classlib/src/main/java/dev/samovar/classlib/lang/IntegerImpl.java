package dev.samovar.classlib.lang;

/**
 * Static {@code java.lang.Integer} methods missing from TeaVM's class library (method references
 * use them).
 */
public final class IntegerImpl {
  private IntegerImpl() {}

  public static int sum(int a, int b) {
    return a + b;
  }
}
