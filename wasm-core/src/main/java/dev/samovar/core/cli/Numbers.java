package dev.samovar.core.cli;

import java.util.Arrays;

/**
 * Parses the numbers of a {@code stats} input file: tokens separated by ASCII whitespace, each a
 * plain decimal ({@code -12}, {@code 3.5}, {@code .5}, {@code 1e-3}, {@code +2.}) or {@code NaN},
 * {@code Infinity}, {@code -Infinity}. The grammar is checked here, not left to {@link
 * Double#parseDouble}, which also takes hex floats and type suffixes ({@code 1d}) that a wasm
 * host's class library need not know.
 */
final class Numbers {
  private Numbers() {}

  static double[] parse(String path, String text) {
    double[] xs = new double[16];
    int count = 0;
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (c == '\n') {
          line++;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      String token = text.substring(start, i);
      if (!isNumber(token)) {
        throw new FileException(path + ":" + line + ": not a number: '" + token + "'");
      }
      if (count == xs.length) {
        xs = Arrays.copyOf(xs, count * 2);
      }
      xs[count++] = Double.parseDouble(token);
    }
    return Arrays.copyOf(xs, count);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, or NaN / [+-]Infinity. */
  static boolean isNumber(String s) {
    int i = 0;
    int n = s.length();
    if (s.equals("NaN")) {
      return true;
    }
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (s.startsWith("Infinity", i)) {
      return i + "Infinity".length() == n;
    }
    int intDigits = digits(s, i);
    i += intDigits;
    int fracDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      fracDigits = digits(s, ++i);
      i += fracDigits;
    }
    if (intDigits + fracDigits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int expDigits = digits(s, i);
      if (expDigits == 0) {
        return false;
      }
      i += expDigits;
    }
    return i == n;
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }
}
