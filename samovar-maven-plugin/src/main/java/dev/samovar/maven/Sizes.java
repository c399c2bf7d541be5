package dev.samovar.maven;

import java.util.Locale;

/** Parses sizes such as {@code 64M}, {@code 1G}, {@code 512k} or plain bytes. */
final class Sizes {
  private Sizes() {}

  static long parse(String parameter, String text) {
    String s = text.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (s.endsWith("IB")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("B")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith("K")) {
      unit = 1L << 10;
    } else if (s.endsWith("M")) {
      unit = 1L << 20;
    } else if (s.endsWith("G")) {
      unit = 1L << 30;
    }
    if (unit != 1) {
      s = s.substring(0, s.length() - 1);
    }
    try {
      return Long.parseLong(s.trim()) * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "<" + parameter + ">" + text + "</" + parameter + "> is not a size; write e.g. 64M or 1G",
          e);
    }
  }
}
