package dev.samovar.build.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the function names TeaVM 0.13.1 writes in the wasm {@code name} section ({@code
 * meth_r_FloatNaN_main}) back to the Java methods they were compiled from, by recomputing TeaVM's
 * naming scheme ({@code LowLevelNameProvider.suggestForMethod}: package initials, simple class
 * name, method name) for every reachable method. Overloads share a name up to TeaVM's {@code _N}
 * suffix, which depends on emission order; they are all returned.
 */
public final class JavaMethodNames {
  /** No reachable methods known: every lookup is empty. */
  public static final JavaMethodNames NONE = new JavaMethodNames(List.of());

  private static final Pattern SUFFIX = Pattern.compile("^(.*)_\\d+$");
  private final Map<String, List<String>> byName = new HashMap<>();

  /**
   * @param methods reachable methods as TeaVM's {@code MethodReference.toString()}: {@code
   *     pkg.Cls.name(desc)ret}
   */
  public JavaMethodNames(Collection<String> methods) {
    for (String m : methods) {
      String name = functionName(m);
      if (name != null) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(m);
      }
    }
    for (List<String> list : byName.values()) {
      list.sort(null);
    }
  }

  /** The Java methods a wasm function name may stand for (empty if unknown). */
  public List<String> methodsFor(String functionName) {
    if (functionName == null) {
      return List.of();
    }
    List<String> exact = byName.get(functionName);
    if (exact != null) {
      return exact;
    }
    Matcher m = SUFFIX.matcher(functionName);
    if (m.matches()) {
      return byName.getOrDefault(m.group(1), List.of());
    }
    return List.of();
  }

  /** TeaVM's base name for a method reference, or null if it is not one. */
  static String functionName(String methodReference) {
    int paren = methodReference.indexOf('(');
    int dot = paren < 0 ? -1 : methodReference.lastIndexOf('.', paren);
    if (dot <= 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder("meth_");
    appendClass(methodReference.substring(0, dot), sb);
    sb.append('_').append(sanitize(methodReference.substring(dot + 1, paren)));
    return sb.toString();
  }

  private static void appendClass(String className, StringBuilder sb) {
    int index = 0;
    while (true) {
      int next = className.indexOf('.', index);
      if (next < 0) {
        if (index > 0) {
          sb.append('_');
          sb.append(sanitize(className.substring(index)));
        } else {
          sb.append(sanitize(className));
        }
        return;
      }
      sb.append(sanitize(String.valueOf(className.charAt(index))));
      index = next + 1;
    }
  }

  private static String sanitize(String name) {
    StringBuilder sb = new StringBuilder();
    char c = name.charAt(0);
    sb.append(isIdentifierStart(c) ? c : '_');
    for (int i = 1; i < name.length(); ++i) {
      c = name.charAt(i);
      sb.append(isIdentifierStart(c) || c >= '0' && c <= '9' ? c : '_');
    }
    return sb.toString();
  }

  private static boolean isIdentifierStart(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
  }

  /** {@code pkg.Cls.name(desc)ret} as {@code pkg.Cls.name(ArgType, ...)} for messages. */
  public static String readable(String methodReference) {
    int paren = methodReference.indexOf('(');
    int close = methodReference.indexOf(')', paren + 1);
    if (paren < 0 || close < 0) {
      return methodReference;
    }
    String args = methodReference.substring(paren + 1, close);
    List<String> types = new ArrayList<>();
    int i = 0;
    while (i < args.length()) {
      int dims = 0;
      while (args.charAt(i) == '[') {
        dims++;
        i++;
      }
      String type;
      char c = args.charAt(i);
      if (c == 'L') {
        int end = args.indexOf(';', i);
        type = args.substring(i + 1, end).replace('/', '.');
        int lastDot = type.lastIndexOf('.');
        if (type.startsWith("java.lang.") && lastDot == "java.lang".length()) {
          type = type.substring(lastDot + 1);
        }
        i = end + 1;
      } else {
        type = primitive(c);
        i++;
      }
      types.add(type + "[]".repeat(dims));
    }
    return methodReference.substring(0, paren) + "(" + String.join(", ", types) + ")";
  }

  private static String primitive(char c) {
    switch (c) {
      case 'Z':
        return "boolean";
      case 'B':
        return "byte";
      case 'C':
        return "char";
      case 'S':
        return "short";
      case 'I':
        return "int";
      case 'J':
        return "long";
      case 'F':
        return "float";
      case 'D':
        return "double";
      default:
        return String.valueOf(c);
    }
  }
}
