package dev.samovar.classlib.gaps;

/** Instance methods {@link GapsPlugin} adds to {@code java.lang.Class} (receiver first). */
public final class ClassGaps {
  private ClassGaps() {}

  /**
   * javac names anonymous classes {@code Outer$<digits>}; local classes are {@code
   * Outer$<digits><Name>}, member classes {@code Outer$Name}.
   */
  public static boolean isAnonymousClass(Class<?> cls) {
    if (cls.isArray() || cls.isPrimitive()) {
      return false;
    }
    String name = cls.getName();
    int dollar = name.lastIndexOf('$');
    if (dollar < 0 || dollar == name.length() - 1) {
      return false;
    }
    for (int i = dollar + 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
