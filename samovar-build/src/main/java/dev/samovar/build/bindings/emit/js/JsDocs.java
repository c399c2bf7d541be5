package dev.samovar.build.bindings.emit.js;

import dev.samovar.build.bindings.abi.AbiFunction;
import dev.samovar.build.bindings.abi.AbiParam;
import dev.samovar.build.bindings.abi.Doc;
import dev.samovar.build.bindings.abi.Kind;
import dev.samovar.build.bindings.abi.Role;
import java.util.ArrayList;
import java.util.List;

/** JSDoc comments from the Javadoc of exports, with or without JSDoc types. */
final class JsDocs {
  private JsDocs() {}

  /** The comment of a function or method: description, {@code @param}s, {@code @returns}. */
  static List<String> function(AbiFunction f, boolean typed) {
    List<String> lines = new ArrayList<>(text(f.doc().text()));
    if (lines.isEmpty()) {
      lines.add("Java `" + f.javaDisplayName() + "`.");
    }
    int description = lines.size();
    for (AbiParam p : f.params()) {
      String type = typed ? "{" + JsTypes.input(p.type(), p.nullable()) + "} " : "";
      String text = f.doc().params().getOrDefault(p.name(), "");
      lines.add(
          ("@param " + type + JsEmitter.param(p.name()) + " " + oneLine(text)).stripTrailing());
    }
    if (f.result().kind() != Kind.VOID && f.role() != Role.CONSTRUCTOR) {
      String type = typed ? "{" + JsTypes.output(f.result(), f.resultNullable()) + "} " : "";
      lines.add(("@returns " + type + oneLine(f.doc().returns())).stripTrailing());
    }
    for (Doc.Thrown t : f.doc().thrown()) {
      lines.add(("@throws {JavaError} " + t.type() + " " + oneLine(t.text())).stripTrailing());
    }
    if (lines.size() > description) {
      lines.add(description, "");
    }
    return lines;
  }

  /** The description's lines; paragraphs stay separated by an empty line. */
  static List<String> text(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String line : text.strip().split("\n", -1)) {
      out.add(safe(line.stripTrailing()));
    }
    return out;
  }

  /** A comment block at {@code indent}, or nothing for no lines. */
  static void render(StringBuilder sb, String indent, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    sb.append(indent).append("/**\n");
    for (String l : lines) {
      sb.append(indent).append(l.isEmpty() ? " *" : " * " + l).append('\n');
    }
    sb.append(indent).append(" */\n");
  }

  private static String oneLine(String s) {
    return safe(s == null ? "" : s.replace('\n', ' ').strip());
  }

  /** Text that cannot end the comment early. */
  private static String safe(String s) {
    return s.replace("*/", "*\\/");
  }
}
