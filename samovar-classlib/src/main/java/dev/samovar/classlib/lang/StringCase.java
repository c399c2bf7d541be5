package dev.samovar.classlib.lang;

import java.util.Arrays;
import java.util.Locale;

/**
 * {@code String.toUpperCase}/{@code toLowerCase} with Unicode's special casing, which TeaVM's class
 * library lacks: "ß" upper-cases to "SS", a final capital sigma lower-cases to "ς", "İ" to "i̇",
 * and the Turkish and Azeri dotted/dotless i. Simple one-to-one mappings come from {@link
 * Character}.
 */
public final class StringCase {
  private StringCase() {}

  public static String toUpperCase(String s) {
    return toUpperCase(s, Locale.getDefault());
  }

  public static String toLowerCase(String s) {
    return toLowerCase(s, Locale.getDefault());
  }

  public static String toUpperCase(String s, Locale locale) {
    boolean turkic = isTurkic(locale);
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      String special = null;
      int upper;
      if (turkic && cp == 'i') {
        upper = 0x130;
      } else {
        int k = Arrays.binarySearch(SpecialCasing.CODE_POINTS, cp);
        if (k >= 0) {
          special = SpecialCasing.UPPER[k];
        }
        upper = Character.toUpperCase(cp);
      }
      if (sb == null && (special != null || upper != cp)) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (sb != null) {
        if (special != null) {
          sb.append(special);
        } else {
          sb.appendCodePoint(upper);
        }
      }
      i += n;
    }
    return sb == null ? s : sb.toString();
  }

  public static String toLowerCase(String s, Locale locale) {
    boolean turkic = isTurkic(locale);
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      String replacement;
      if (cp == 0x130) {
        replacement = turkic ? "i" : "i\u0307";
      } else if (turkic && cp == 'I') {
        replacement = "\u0131";
      } else if (cp == 0x3A3) {
        replacement = isFinalSigma(s, i) ? "\u03C2" : "\u03C3";
      } else {
        int lower = Character.toLowerCase(cp);
        replacement = lower == cp ? null : new String(Character.toChars(lower));
      }
      if (sb == null && replacement != null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (sb != null) {
        if (replacement != null) {
          sb.append(replacement);
        } else {
          sb.appendCodePoint(cp);
        }
      }
      i += n;
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean isTurkic(Locale locale) {
    String lang = locale == null ? "" : locale.getLanguage();
    return lang.equals("tr") || lang.equals("az");
  }

  /** Final_Sigma: a cased letter before (skipping case-ignorables), none after. */
  private static boolean isFinalSigma(String s, int at) {
    int i = at;
    boolean casedBefore = false;
    while (i > 0) {
      int cp = s.codePointBefore(i);
      i -= Character.charCount(cp);
      if (isCaseIgnorable(cp)) {
        continue;
      }
      casedBefore = isCased(cp);
      break;
    }
    if (!casedBefore) {
      return false;
    }
    i = at + 1;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isCaseIgnorable(cp)) {
        continue;
      }
      return !isCased(cp);
    }
    return true;
  }

  private static boolean isCased(int cp) {
    return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
  }

  private static boolean isCaseIgnorable(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.MODIFIER_LETTER
        || type == Character.MODIFIER_SYMBOL
        || cp == '\''
        || cp == 0x2019
        || cp == 0x00B7
        || cp == '.'
        || cp == ':';
  }
}
