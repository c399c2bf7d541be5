package dev.samovar.build.bindings.emit.java;

import dev.samovar.build.bindings.abi.Doc;
import java.util.ArrayList;
import java.util.List;

/** The model's plain-text documentation back as Javadoc for the generated client. */
final class Javadoc {
  private Javadoc() {}

  /**
   * Javadoc lines (without the comment markers) for a method: the description, then {@code @param}
   * for each name in {@code params} that has text, {@code @return}, and the Java exceptions it
   * documents (they reach the host as {@code WasmJavaException}).
   */
  static List<String> method(Doc doc, List<String[]> params, boolean hasResult) {
    List<String> out = new ArrayList<>(text(doc.text()));
    List<String> tags = new ArrayList<>();
    for (String[] p : params) {
      String text = doc.params().get(p[0]);
      if (text != null && !text.isBlank()) {
        tags.add("@param " + p[1] + " " + inline(text));
      }
    }
    if (hasResult && !doc.returns().isBlank()) {
      tags.add("@return " + inline(doc.returns()));
    }
    for (Doc.Thrown t : doc.thrown()) {
      tags.add(
          "@throws dev.samovar.api.WasmJavaException with Java class {@code "
              + t.type()
              + "} "
              + inline(t.text()));
    }
    if (!out.isEmpty() && !tags.isEmpty()) {
      out.add("");
    }
    out.addAll(tags);
    return out;
  }

  /** The description: paragraphs separated by {@code <p>}. */
  static List<String> text(String text) {
    List<String> out = new ArrayList<>();
    String[] paragraphs = text.strip().split("\n\\s*\n");
    for (int i = 0; i < paragraphs.length; i++) {
      String p = paragraphs[i].strip();
      if (p.isEmpty()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.add("");
      }
      String body = inline(p.replace('\n', ' '));
      out.add(out.isEmpty() ? body : "<p>" + body);
    }
    return out;
  }

  /**
   * One line of text: {@code `code`} spans become {@code {@code ...}}, HTML-special characters are
   * escaped, and nothing can close the comment.
   */
  static String inline(String s) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int end = c == '`' ? s.indexOf('`', i + 1) : -1;
      if (end > i) {
        String code = s.substring(i + 1, end);
        if (balanced(code)) {
          sb.append("{@code ").append(code).append('}');
        } else {
          sb.append("<code>").append(escape(code)).append("</code>");
        }
        i = end + 1;
      } else {
        sb.append(escape(String.valueOf(c)));
        i++;
      }
    }
    return sb.toString().replace("*/", "*&#47;").strip();
  }

  private static boolean balanced(String code) {
    int depth = 0;
    for (char c : code.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0 && !code.contains("*/") && !code.contains("@");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("{", "&#123;")
        .replace("}", "&#125;");
  }
}
