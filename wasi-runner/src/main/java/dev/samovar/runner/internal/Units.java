package dev.samovar.runner.internal;

import dev.samovar.api.SandboxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations ({@code 500ms}, {@code 5s}, {@code 2m}) and sizes ({@code 64M}, {@code 1G}). */
public final class Units {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");
  private static final Pattern SIZE = Pattern.compile("(\\d+)([kmg]i?b?|b)?");

  private Units() {}

  public static Duration duration(String flag, String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw bad(flag, text, "a duration such as 500ms, 5s or 2m");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    switch (unit) {
      case "ms":
        return Duration.ofMillis(n);
      case "m":
        return Duration.ofMinutes(n);
      case "h":
        return Duration.ofHours(n);
      default:
        return Duration.ofSeconds(n);
    }
  }

  public static long bytes(String flag, String text) {
    Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw bad(flag, text, "a size such as 64M or 1G");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2);
    switch (unit.charAt(0)) {
      case 'k':
        return n << 10;
      case 'm':
        return n << 20;
      case 'g':
        return n << 30;
      default:
        return n;
    }
  }

  private static SandboxException bad(String flag, String text, String expected) {
    return new SandboxException(
        flag + " " + text + ": expected " + expected, Map.of("flag", flag), null);
  }
}
