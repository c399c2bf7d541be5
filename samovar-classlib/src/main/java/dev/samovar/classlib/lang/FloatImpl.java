package dev.samovar.classlib.lang;

/**
 * Static {@code java.lang.Float} methods missing from TeaVM's class library (method references use
 * them).
 */
public final class FloatImpl {
  private FloatImpl() {}

  public static float sum(float a, float b) {
    return a + b;
  }
}
