package dev.samovar.build.bindings.emit.java;

import java.util.Set;

/** Java identifiers for the generated client: keywords and the client's own members avoided. */
final class JavaNames {
  static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "yield",
          "record",
          "_");

  /** Members every client or handle class has, which exports must not shadow. */
  private static final Set<String> MEMBERS =
      Set.of(
          "open",
          "close",
          "abi",
          "handle",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "wait",
          "notify",
          "notifyAll",
          "clone",
          "finalize");

  private JavaNames() {}

  /** A method name for an export: a keyword or a member name gets a trailing underscore. */
  static String method(String name) {
    return KEYWORDS.contains(name) || MEMBERS.contains(name) ? name + "_" : name;
  }

  /** A parameter name: a keyword gets a trailing underscore. */
  static String param(String name) {
    return KEYWORDS.contains(name) ? name + "_" : name;
  }
}
