package dev.samovar.classlib.lang;

/**
 * Java's integer division and remainder, called in place of the wasm instructions: wasm's {@code
 * div_s}/{@code rem_s} trap on a zero divisor (and {@code div_s} on {@code MIN_VALUE / -1}) where
 * Java throws {@link ArithmeticException} (and wraps). TeaVM 0.13.1 emits the bare instructions, so
 * a division by zero killed the whole instance; {@code IntegerDivisionTransformer} routes every
 * non-constant division here. The class itself is never rewritten (its own {@code /} and {@code %}
 * see a divisor that is neither 0 nor -1).
 */
public final class IntegerDivision {
  private IntegerDivision() {}

  public static int div(int a, int b) {
    if (b == 0) {
      throw new ArithmeticException("/ by zero");
    }
    return b == -1 ? -a : a / b;
  }

  public static int rem(int a, int b) {
    if (b == 0) {
      throw new ArithmeticException("/ by zero");
    }
    return b == -1 ? 0 : a % b;
  }

  public static long div(long a, long b) {
    if (b == 0) {
      throw new ArithmeticException("/ by zero");
    }
    return b == -1 ? -a : a / b;
  }

  public static long rem(long a, long b) {
    if (b == 0) {
      throw new ArithmeticException("/ by zero");
    }
    return b == -1 ? 0 : a % b;
  }
}
