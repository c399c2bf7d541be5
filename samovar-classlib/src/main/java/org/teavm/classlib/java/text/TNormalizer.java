package org.teavm.classlib.java.text;

import dev.samovar.classlib.text.UnicodeNormalizer;

/**
 * {@code java.text.Normalizer} for TeaVM (its class library has none): NFD, NFC, NFKD and NFKC by
 * {@link UnicodeNormalizer}, over data generated from JDK 17's own Normalizer.
 */
public final class TNormalizer {
  private TNormalizer() {}

  /** The four Unicode normalization forms. */
  public enum Form {
    NFD,
    NFC,
    NFKD,
    NFKC
  }

  public static String normalize(CharSequence src, Form form) {
    if (src == null || form == null) {
      throw new NullPointerException();
    }
    return UnicodeNormalizer.normalize(
        src, form == Form.NFC || form == Form.NFKC, form == Form.NFKD || form == Form.NFKC);
  }

  public static boolean isNormalized(CharSequence src, Form form) {
    return normalize(src, form).contentEquals(src);
  }
}
