package dev.samovar.classlib.lang;

/**
 * Static {@code java.lang.Long} methods missing from TeaVM's class library (method references use
 * them).
 */
public final class LongImpl {
  private LongImpl() {}

  public static long sum(long a, long b) {
    return a + b;
  }
}
