package dev.samovar.build.bindings.emit.python;

/** Writes Python source: lines at an indentation level of four spaces, and literals. */
final class PyWriter {
  private final StringBuilder out = new StringBuilder();
  private int depth;

  void indent() {
    depth++;
  }

  void dedent() {
    depth--;
  }

  void line() {
    out.append('\n');
  }

  void line(String text) {
    if (!text.isEmpty()) {
      out.append("    ".repeat(depth)).append(text);
    }
    out.append('\n');
  }

  /** A Python string literal (double-quoted, escaped, ASCII-safe). */
  static String str(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** Text safe inside a triple-quoted docstring: backslashes doubled, quote runs broken. */
  static String docEscape(String s) {
    return s.replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\"").stripTrailing();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
