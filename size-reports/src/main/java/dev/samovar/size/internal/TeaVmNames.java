package dev.samovar.size.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps TeaVM's wasm function names back to Java owners.
 *
 * <p>TeaVM (0.13.1, {@code LowLevelNameProvider}) names a method {@code meth_<C>_<m>}, where {@code
 * <C>} is the first letter of each package segment followed by {@code _SimpleName} (so {@code
 * java.util.TreeMap} is {@code ju_TreeMap}), every character outside {@code [A-Za-z0-9_]} becomes
 * {@code _} ({@code <init>} is {@code _init_}, an inner class {@code A$B} is {@code A_B}), and a
 * clash gets {@code _0}, {@code _1}... appended. Other prefixes: {@code initclass_<C>}, {@code
 * supertypeof_<T>} ({@code Arr_} for arrays, a letter for primitives), {@code teavm_*} (runtime
 * support); a method annotated {@code @Export} is named after its export (its owner is known from
 * {@code exportNames} in the call graph). The mangling loses information, so with the list of
 * reachable classes and methods from {@code callgraph.json} we mangle every known class the same
 * way and take the longest match; without it we split at the first upper-case token and expand a
 * few well-known package initials, which is a guess and reported as such ({@link Owner#exact()}
 * false).
 */
public final class TeaVmNames {
  /** Pseudo-package of TeaVM runtime support functions that are not Java methods. */
  public static final String RUNTIME = "(teavm runtime)";

  /** Pseudo-package of functions whose names we could not map. */
  public static final String UNKNOWN = "(unattributed)";

  private static final Pattern CLASH_SUFFIX = Pattern.compile("_\\d+$");
  private static final Map<String, String> WELL_KNOWN =
      Map.ofEntries(
          Map.entry("jl", "java.lang"),
          Map.entry("jlr", "java.lang.reflect"),
          Map.entry("jli", "java.lang.invoke"),
          Map.entry("ju", "java.util"),
          Map.entry("juf", "java.util.function"),
          Map.entry("jus", "java.util.stream"),
          Map.entry("jur", "java.util.regex"),
          Map.entry("juc", "java.util.concurrent"),
          Map.entry("ji", "java.io"),
          Map.entry("jm", "java.math"),
          Map.entry("jt", "java.text"),
          Map.entry("jn", "java.nio"),
          Map.entry("jnc", "java.nio.charset"),
          Map.entry("otr", "org.teavm.runtime"),
          Map.entry("otbw", "org.teavm.backend.wasm"),
          Map.entry("otbwr", "org.teavm.backend.wasm.runtime"),
          Map.entry("oti", "org.teavm.interop"),
          Map.entry("dsg", "dev.samovar.generated"));

  /** The Java owner of one wasm function. */
  public record Owner(
      String packageName, String className, String method, String signature, boolean exact) {
    /** {@code pkg.Class.method}, the key methods are rolled up by. */
    public String methodKey() {
      return className + "." + method;
    }
  }

  private final Map<String, String> classByMangled = new HashMap<>();
  private final Map<String, List<String>> methodsByMangled = new HashMap<>();
  private final Map<String, String> exported = new HashMap<>();

  private TeaVmNames() {}

  /** A demangler that only guesses (no class list). */
  public static TeaVmNames guessing() {
    return new TeaVmNames();
  }

  /**
   * A demangler that knows the reachable classes and methods ({@code cls.name(desc)ret}) and the
   * functions named after an {@code @Export} (export name to method).
   */
  public static TeaVmNames knowing(
      Collection<String> classes, Collection<String> methods, Map<String, String> exportNames) {
    TeaVmNames names = new TeaVmNames();
    names.exported.putAll(exportNames);
    List<String> sorted = new ArrayList<>(classes);
    sorted.sort(null);
    for (String cls : sorted) {
      names.classByMangled.putIfAbsent(mangleClass(cls), cls);
    }
    for (String m : methods) {
      int paren = m.indexOf('(');
      int dot = paren < 0 ? -1 : m.lastIndexOf('.', paren);
      if (dot <= 0) {
        continue;
      }
      String cls = m.substring(0, dot);
      String name = m.substring(dot + 1, paren);
      String key = mangleClass(cls) + "_" + sanitize(name);
      names.methodsByMangled.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
      names.classByMangled.putIfAbsent(mangleClass(cls), cls);
    }
    return names;
  }

  /** The owner of the function called {@code wasmName}; never null. */
  public Owner owner(String wasmName) {
    if (wasmName == null || wasmName.isEmpty()) {
      return new Owner(UNKNOWN, UNKNOWN, "(unnamed)", null, false);
    }
    String exportedMethod = exported.get(wasmName);
    if (exportedMethod != null) {
      int paren = exportedMethod.indexOf('(');
      int dot = paren < 0 ? -1 : exportedMethod.lastIndexOf('.', paren);
      if (dot > 0) {
        String cls = exportedMethod.substring(0, dot);
        return new Owner(
            packageOf(cls), cls, exportedMethod.substring(dot + 1, paren), exportedMethod, true);
      }
    }
    if (wasmName.startsWith("meth_")) {
      return method(wasmName.substring(5));
    }
    if (wasmName.startsWith("initclass_")) {
      return classLevel(wasmName.substring(10), "(class init check)");
    }
    if (wasmName.startsWith("sysinitclass_")) {
      return classLevel(wasmName.substring(13), "(class setup)");
    }
    if (wasmName.startsWith("supertypeof_")) {
      return classLevel(wasmName.substring(12), "(instanceof check)");
    }
    if (wasmName.startsWith("teavm_")) {
      return new Owner(RUNTIME, RUNTIME, wasmName, null, true);
    }
    return new Owner(UNKNOWN, UNKNOWN, wasmName, null, false);
  }

  private Owner method(String mangled) {
    List<String> classes = classPrefixes(mangled);
    for (int i = classes.size() - 1; i >= 0; i--) {
      String cls = classes.get(i);
      String rest = mangled.substring(mangleClass(cls).length() + 1);
      List<String> candidates = methodsByMangled.get(mangleClass(cls) + "_" + rest);
      if (candidates == null && CLASH_SUFFIX.matcher(rest).find()) {
        String unsuffixed = CLASH_SUFFIX.matcher(rest).replaceFirst("");
        candidates = methodsByMangled.get(mangleClass(cls) + "_" + unsuffixed);
      }
      if (candidates != null) {
        String any = candidates.get(0);
        String simple = any.substring(cls.length() + 1, any.indexOf('('));
        String signature = candidates.size() == 1 ? any : null;
        return new Owner(packageOf(cls), cls, simple, signature, true);
      }
    }
    if (!classes.isEmpty()) {
      String cls = classes.get(classes.size() - 1);
      String rest = mangled.substring(mangleClass(cls).length() + 1);
      return new Owner(packageOf(cls), cls, unsanitize(rest), null, true);
    }
    Guess g = guess(mangled);
    return new Owner(g.pkg, g.cls, g.rest.isEmpty() ? "(unnamed)" : g.rest, null, false);
  }

  private Owner classLevel(String mangledType, String what) {
    int dims = 0;
    String t = mangledType;
    while (t.startsWith("Arr_")) {
      dims++;
      t = t.substring(4);
    }
    String base;
    String pkg;
    boolean exact;
    String known = classByMangled.get(t);
    if (known != null) {
      base = known;
      pkg = packageOf(known);
      exact = true;
    } else if (t.length() == 1 && "ZBCSIJFDV".contains(t)) {
      base = primitive(t.charAt(0));
      pkg = "(primitives)";
      exact = true;
    } else {
      Guess g = guess(t);
      base = g.rest.isEmpty() ? g.cls : g.cls + "_" + g.rest;
      pkg = g.pkg;
      exact = false;
    }
    return new Owner(pkg, base + "[]".repeat(dims), what, null, exact);
  }

  /** Known classes whose mangled form is a prefix of {@code mangled} (then "_"), shortest first. */
  private List<String> classPrefixes(String mangled) {
    List<String> out = new ArrayList<>();
    for (int i = mangled.indexOf('_'); i > 0; i = mangled.indexOf('_', i + 1)) {
      String c = classByMangled.get(mangled.substring(0, i));
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private record Guess(String pkg, String cls, String rest) {}

  private static Guess guess(String mangled) {
    String[] parts = mangled.split("_", -1);
    if (parts.length >= 2 && parts[0].matches("[a-z]+") && startsUpper(parts[1])) {
      String pkg = WELL_KNOWN.getOrDefault(parts[0], String.join(".", parts[0].split("")));
      String rest = String.join("_", List.of(parts).subList(2, parts.length));
      return new Guess(pkg, pkg + "." + parts[1], rest);
    }
    if (parts.length >= 1 && startsUpper(parts[0])) {
      String rest = String.join("_", List.of(parts).subList(1, parts.length));
      return new Guess("(default package)", parts[0], rest);
    }
    return new Guess(UNKNOWN, UNKNOWN, mangled);
  }

  private static boolean startsUpper(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }

  private static String packageOf(String cls) {
    int dot = cls.lastIndexOf('.');
    return dot < 0 ? "(default package)" : cls.substring(0, dot);
  }

  private static String primitive(char c) {
    return switch (c) {
      case 'Z' -> "boolean";
      case 'B' -> "byte";
      case 'C' -> "char";
      case 'S' -> "short";
      case 'I' -> "int";
      case 'J' -> "long";
      case 'F' -> "float";
      case 'D' -> "double";
      default -> "void";
    };
  }

  private static String unsanitize(String name) {
    return switch (name) {
      case "_init_" -> "<init>";
      case "_clinit_" -> "<clinit>";
      default -> name;
    };
  }

  /** The class part TeaVM puts in a function name. */
  static String mangleClass(String className) {
    StringBuilder sb = new StringBuilder();
    int index = 0;
    while (true) {
      int next = className.indexOf('.', index);
      if (next < 0) {
        if (index > 0) {
          sb.append('_');
        }
        sb.append(sanitize(className.substring(index)));
        return sb.toString();
      }
      sb.append(sanitize(String.valueOf(className.charAt(index))));
      index = next + 1;
    }
  }

  static String sanitize(String name) {
    if (name.isEmpty()) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length());
    char c = name.charAt(0);
    sb.append(isStart(c) ? c : '_');
    for (int i = 1; i < name.length(); i++) {
      c = name.charAt(i);
      sb.append(isStart(c) || (c >= '0' && c <= '9') ? c : '_');
    }
    return sb.toString();
  }

  private static boolean isStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }
}
