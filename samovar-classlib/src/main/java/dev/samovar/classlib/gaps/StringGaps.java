package dev.samovar.classlib.gaps;

import java.util.HashMap;
import java.util.Map;

/** {@code String.intern()} for the WASI backend (TeaVM's is native there; joda-time calls it). */
public final class StringGaps {
  private static final Map<String, String> POOL = new HashMap<>();

  private StringGaps() {}

  /**
   * Equal strings give the same instance. String literals are not in the pool up front, so {@code
   * new String("a").intern() == "a"} can be false here, unlike on the JDK.
   */
  public static String intern(String s) {
    String pooled = POOL.putIfAbsent(s, s);
    return pooled != null ? pooled : s;
  }
}
