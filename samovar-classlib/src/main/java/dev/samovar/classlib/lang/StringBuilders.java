package dev.samovar.classlib.lang;

/**
 * {@code StringBuilder.reverse}/{@code StringBuffer.reverse} as the JDK specifies them: a surrogate
 * pair stays a pair (TeaVM 0.13.1 reverses UTF-16 units and so breaks every emoji). Unpaired
 * surrogates stay where the plain reversal puts them, as in the JDK.
 */
public final class StringBuilders {
  private StringBuilders() {}

  public static StringBuilder reverse(StringBuilder sb) {
    char[] a = reversed(sb);
    for (int i = 0; i < a.length; i++) {
      sb.setCharAt(i, a[i]);
    }
    return sb;
  }

  public static StringBuffer reverse(StringBuffer sb) {
    char[] a = reversed(sb);
    for (int i = 0; i < a.length; i++) {
      sb.setCharAt(i, a[i]);
    }
    return sb;
  }

  private static char[] reversed(CharSequence s) {
    int n = s.length();
    char[] a = new char[n];
    for (int i = 0; i < n; i++) {
      a[n - 1 - i] = s.charAt(i);
    }
    // A pair reversed reads low-high: put it back in order (the JDK's
    // reverseAllValidSurrogatePairs).
    for (int i = 0; i < n - 1; i++) {
      if (Character.isLowSurrogate(a[i]) && Character.isHighSurrogate(a[i + 1])) {
        char low = a[i];
        a[i] = a[i + 1];
        a[i + 1] = low;
        i++;
      }
    }
    return a;
  }
}
