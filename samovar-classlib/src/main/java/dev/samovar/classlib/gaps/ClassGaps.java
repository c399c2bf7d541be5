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

  /** An ordinary copy of a string (see {@link ClassNameCopy}); null stays null. */
  public static String copy(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
    }
    return sb.toString();
  }

  /** {@code Class.getSimpleName} from the binary name (TeaVM's cannot cut its own name data). */
  public static String getSimpleName(Class<?> cls) {
    if (cls.isArray()) {
      return cls.getComponentType().getSimpleName() + "[]";
    }
    String name = cls.getName();
    int dollar = name.lastIndexOf('$');
    if (dollar >= 0) {
      int start = dollar + 1;
      while (start < name.length() && name.charAt(start) >= '0' && name.charAt(start) <= '9') {
        start++;
      }
      return name.substring(start);
    }
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * {@code Class.forName} initializes the class it finds; on the WASI backend TeaVM initializes a
   * class on its first use anyway, and its {@code initializeImpl} is a JavaScript-only native.
   */
  public static void initializeImpl(Class<?> cls) {}
}
