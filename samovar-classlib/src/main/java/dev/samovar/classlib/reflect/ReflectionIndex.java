package dev.samovar.classlib.reflect;

/**
 * The members a module keeps for reflection. This is the empty index (no class listed); when the
 * build lists classes ({@code <reflection>} in the plugin configuration) it compiles {@code
 * dev.samovar.generated.ReflectionIndex} with the same static methods and {@link ReflectionPlugin}
 * makes these bodies call it.
 */
public final class ReflectionIndex {
  private ReflectionIndex() {}

  /** Calls {@link WasiReflection}'s {@code method}, {@code field}, ... for every kept member. */
  public static void register() {}

  /** Invokes kept method or constructor {@code id}. */
  public static Object invoke(int id, Object target, Object[] args) {
    throw new IllegalStateException("no reflective member " + id);
  }

  /** Reads kept field {@code id}. */
  public static Object get(int id, Object target) {
    throw new IllegalStateException("no reflective field " + id);
  }

  /** Writes kept field {@code id}. */
  public static void set(int id, Object target, Object value) {
    throw new IllegalStateException("no reflective field " + id);
  }
}
