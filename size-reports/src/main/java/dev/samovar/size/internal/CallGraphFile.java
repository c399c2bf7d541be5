package dev.samovar.size.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samovar.api.BuildException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The parsed {@code callgraph.json} (schema in size-reports/README.md), indices checked. */
public final class CallGraphFile {
  /** The schema version this reader understands. */
  public static final int SCHEMA_VERSION = 1;

  /** An edge; {@code kind} is {@code call}, a class-reference kind, or {@code supertype}. */
  public record Edge(int from, int to, String kind, String location) {}

  private final List<String> roots;
  private final List<String> classes;
  private final List<String> methods;
  private final List<Edge> calls;
  private final List<Edge> classRefs;
  private final List<Edge> supertypes;
  private final Map<String, String> exportNames;

  private CallGraphFile(
      List<String> roots,
      List<String> classes,
      List<String> methods,
      List<Edge> calls,
      List<Edge> classRefs,
      List<Edge> supertypes,
      Map<String, String> exportNames) {
    this.exportNames = exportNames;
    this.roots = roots;
    this.classes = classes;
    this.methods = methods;
    this.calls = calls;
    this.classRefs = classRefs;
    this.supertypes = supertypes;
  }

  /** Reads and checks the file; errors name it and say how to regenerate it. */
  public static CallGraphFile read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw fail(file, "cannot be read as JSON (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw fail(file, "is not a JSON object");
    }
    int version = root.path("schemaVersion").asInt(-1);
    if (version != SCHEMA_VERSION) {
      throw fail(
          file,
          "has schemaVersion "
              + root.path("schemaVersion")
              + ", this reader understands "
              + SCHEMA_VERSION);
    }
    List<String> classes = strings(file, root, "classes");
    List<String> methods = strings(file, root, "methods");
    List<String> roots = strings(file, root, "roots");
    List<Edge> calls = edges(file, root, "calls", methods.size(), methods.size(), false);
    List<Edge> refs = edges(file, root, "classRefs", methods.size(), classes.size(), true);
    List<Edge> supers = edges(file, root, "supertypes", classes.size(), classes.size(), false);
    Map<String, String> exportNames = new TreeMap<>();
    JsonNode names = root.path("exportNames");
    if (names.isObject()) {
      names.fields().forEachRemaining(e -> exportNames.put(e.getKey(), e.getValue().asText()));
    }
    return new CallGraphFile(
        roots, classes, methods, calls, refs, supers, Collections.unmodifiableMap(exportNames));
  }

  private static List<String> strings(Path file, JsonNode root, String field) {
    JsonNode array = root.path(field);
    if (!array.isArray()) {
      throw fail(file, "has no array \"" + field + "\"");
    }
    List<String> out = new ArrayList<>(array.size());
    for (JsonNode n : array) {
      if (!n.isTextual()) {
        throw fail(file, "has a non-string entry in \"" + field + "\": " + n);
      }
      out.add(n.asText());
    }
    return List.copyOf(out);
  }

  private static List<Edge> edges(
      Path file, JsonNode root, String field, int fromCount, int toCount, boolean withKind) {
    JsonNode array = root.path(field);
    if (array.isMissingNode()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw fail(file, "has a non-array \"" + field + "\"");
    }
    List<Edge> out = new ArrayList<>(array.size());
    int n = 0;
    for (JsonNode e : array) {
      int from = e.path(0).asInt(-1);
      int to = e.path(1).asInt(-1);
      if (!e.path(0).isInt() || !e.path(1).isInt() || from < 0 || from >= fromCount) {
        throw fail(file, "\"" + field + "\"[" + n + "] has a bad source index: " + e);
      }
      if (to < 0 || to >= toCount) {
        throw fail(file, "\"" + field + "\"[" + n + "] has a bad target index: " + e);
      }
      String kind;
      JsonNode loc;
      if (withKind) {
        kind = e.path(2).asText("ref");
        loc = e.path(3);
      } else {
        kind = field.equals("calls") ? "call" : "supertype";
        loc = e.path(2);
      }
      out.add(new Edge(from, to, kind, loc.isTextual() ? loc.asText() : null));
      n++;
    }
    return List.copyOf(out);
  }

  private static BuildException fail(Path file, String what) {
    return new BuildException(
        "Call graph "
            + file
            + " "
            + what
            + "; rebuild the module to regenerate it (the build writes it with CallGraphWriter)",
        Map.of("path", file.toString()),
        null);
  }

  public List<String> roots() {
    return roots;
  }

  public List<String> classes() {
    return classes;
  }

  public List<String> methods() {
    return methods;
  }

  public List<Edge> calls() {
    return calls;
  }

  public List<Edge> classRefs() {
    return classRefs;
  }

  public List<Edge> supertypes() {
    return supertypes;
  }

  /** Wasm function names TeaVM took from {@code @Export}, to the method they belong to. */
  public Map<String, String> exportNames() {
    return exportNames;
  }
}
