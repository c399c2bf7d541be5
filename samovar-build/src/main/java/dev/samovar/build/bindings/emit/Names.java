package dev.samovar.build.bindings.emit;

import java.util.Locale;
import java.util.Set;

/** Name conversions shared by the emitters. */
public final class Names {
  private static final Set<String> PYTHON_KEYWORDS =
      Set.of(
          "False",
          "None",
          "True",
          "and",
          "as",
          "assert",
          "async",
          "await",
          "break",
          "class",
          "continue",
          "def",
          "del",
          "elif",
          "else",
          "except",
          "finally",
          "for",
          "from",
          "global",
          "if",
          "import",
          "in",
          "is",
          "lambda",
          "nonlocal",
          "not",
          "or",
          "pass",
          "raise",
          "return",
          "try",
          "while",
          "with",
          "yield",
          "match",
          "case",
          "type",
          "self");
  private static final Set<String> JS_RESERVED =
      Set.of(
          "arguments",
          "await",
          "break",
          "case",
          "catch",
          "class",
          "const",
          "continue",
          "debugger",
          "default",
          "delete",
          "do",
          "else",
          "enum",
          "eval",
          "export",
          "extends",
          "false",
          "finally",
          "for",
          "function",
          "if",
          "implements",
          "import",
          "in",
          "instanceof",
          "interface",
          "let",
          "new",
          "null",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "static",
          "super",
          "switch",
          "this",
          "throw",
          "true",
          "try",
          "typeof",
          "var",
          "void",
          "while",
          "with",
          "yield");

  private Names() {}

  /** {@code wordFrequencies} → {@code word_frequencies}; {@code parseURL} → {@code parse_url}. */
  public static String snake(String camel) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean prevLower = i > 0 && !Character.isUpperCase(camel.charAt(i - 1));
        boolean nextLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        if (i > 0 && camel.charAt(i - 1) != '_' && (prevLower || nextLower)) {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A Python identifier for a Java name: snake_case, a keyword gets a trailing underscore. */
  public static String python(String javaName) {
    String s = snake(javaName);
    return PYTHON_KEYWORDS.contains(s) ? s + "_" : s;
  }

  /** A JS identifier for a Java name (reserved words get a trailing underscore). */
  public static String js(String javaName) {
    return JS_RESERVED.contains(javaName) ? javaName + "_" : javaName;
  }

  /** {@code javacore} → {@code Javacore}; {@code my_core} → {@code MyCore}. */
  public static String upperCamel(String name) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  /** {@code RunningStats} → {@code runningStats}. */
  public static String lowerCamel(String name) {
    return name.isEmpty()
        ? name
        : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }
}
