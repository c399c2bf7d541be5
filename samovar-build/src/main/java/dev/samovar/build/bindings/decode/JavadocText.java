package dev.samovar.build.bindings.decode;

import dev.samovar.build.bindings.abi.Doc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the raw text of a Javadoc comment into a {@link Doc}: block tags split, HTML stripped. */
public final class JavadocText {
  private static final Pattern INLINE =
      Pattern.compile(
          "\\{@(code|literal|link|linkplain|value)\\s*([^{}]*(\\{[^{}]*\\}[^{}]*)*)\\}");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>");

  private JavadocText() {}

  /** Parses {@code raw} (the comment without its delimiters and leading asterisks). */
  public static Doc parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Doc.EMPTY;
    }
    List<String> blocks = splitBlocks(raw);
    String text = clean(blocks.get(0));
    Map<String, String> params = new LinkedHashMap<>();
    String returns = "";
    List<Doc.Thrown> thrown = new ArrayList<>();
    for (String tagged : blocks.subList(1, blocks.size())) {
      // Lines keep their indentation: strip it, or the split's first part is empty.
      String block = tagged.strip();
      String[] parts = block.split("\\s+", 3);
      String tag = parts[0];
      switch (tag) {
        case "@param" -> {
          if (parts.length >= 2 && !parts[1].startsWith("<")) {
            params.put(parts[1], parts.length > 2 ? clean(parts[2]) : "");
          }
        }
        case "@return" -> returns = clean(block.substring(tag.length()));
        case "@throws", "@exception" -> {
          if (parts.length >= 2) {
            String type = parts[1].substring(parts[1].lastIndexOf('.') + 1);
            thrown.add(new Doc.Thrown(type, parts.length > 2 ? clean(parts[2]) : ""));
          }
        }
        default -> {
          // @see, @since, @author and others are not carried into the bindings.
        }
      }
    }
    return new Doc(text, params, returns, thrown);
  }

  /** Splits at block tags (an {@code @word} at the start of a line). */
  private static List<String> splitBlocks(String raw) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : raw.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("@") && t.length() > 1 && Character.isLetter(t.charAt(1))) {
        blocks.add(current.toString());
        current.setLength(0);
      }
      current.append(line).append('\n');
    }
    blocks.add(current.toString());
    return blocks;
  }

  /** Resolves inline tags, HTML and whitespace into plain text with `code` spans. */
  static String clean(String s) {
    Matcher m = INLINE.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String kind = m.group(1);
      String body = m.group(2).strip();
      String replacement;
      if (kind.equals("code")) {
        replacement = "`" + body + "`";
      } else if (kind.equals("literal")) {
        replacement = body;
      } else {
        String[] p = body.split("\\s+", 2);
        if (p.length > 1) {
          replacement = p[1];
        } else {
          String target = p[0].replaceAll("\\(.*\\)", "");
          target = target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
          replacement = "`" + target + "`";
        }
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    String text = sb.toString();
    Matcher t = TAG.matcher(text);
    StringBuilder out = new StringBuilder();
    while (t.find()) {
      String tag = t.group(2).toLowerCase(java.util.Locale.ROOT);
      boolean close = !t.group(1).isEmpty();
      String r;
      if (tag.equals("p") && !close) {
        r = "\n\n";
      } else if (tag.equals("li") && !close) {
        r = "\n- ";
      } else if ((tag.equals("ul") || tag.equals("ol")) && !close) {
        r = "\n";
      } else if (tag.equals("br")) {
        r = "\n";
      } else if (tag.equals("code") || tag.equals("tt")) {
        r = "`";
      } else {
        r = "";
      }
      t.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    t.appendTail(out);
    text =
        out.toString()
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    // Reflow: lines of a paragraph are joined; blank lines and list items are kept.
    StringBuilder flowed = new StringBuilder();
    for (String para : text.split("\n\\s*\n")) {
      String p = para.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (flowed.length() > 0) {
        flowed.append("\n\n");
      }
      StringBuilder line = new StringBuilder();
      for (String l : p.split("\n")) {
        String x = l.strip();
        if (x.startsWith("- ") && line.length() > 0) {
          line.append('\n');
        } else if (line.length() > 0 && !x.isEmpty()) {
          line.append(' ');
        }
        line.append(x.replaceAll("\\s+", " "));
      }
      flowed.append(line);
    }
    return flowed.toString();
  }
}
