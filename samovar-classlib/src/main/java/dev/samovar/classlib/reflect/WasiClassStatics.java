package dev.samovar.classlib.reflect;

/** The static methods of {@code java.lang.Class} that {@link ReflectionPlugin} replaces. */
public final class WasiClassStatics {
  private WasiClassStatics() {}

  public static Class<?> forName(String name) throws ClassNotFoundException {
    return WasiReflection.forName(name);
  }
}
