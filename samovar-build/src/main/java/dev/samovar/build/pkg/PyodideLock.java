package dev.samovar.build.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samovar.api.BuildException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entries of Pyodide's {@code pyodide-lock.json}: the one for a Samovar wheel, and a base lock with
 * it merged in, so that {@code pyodide.loadPackage('<name>')} finds the wheel by name on a
 * self-hosted Pyodide directory.
 */
public final class PyodideLock {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PyodideLock() {}

  /** Pyodide's key for a package: lower case, runs of {@code -_.} as {@code -} (PEP 503). */
  public static String canonicalName(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  /** The lock entry of a wheel: name, version, file_name, sha256, imports, depends, ... */
  public static ObjectNode entry(
      String name, String version, String fileName, String sha256, List<String> imports) {
    ObjectNode n = MAPPER.createObjectNode();
    n.putArray("depends");
    n.put("file_name", fileName);
    imports.forEach(n.putArray("imports")::add);
    n.put("install_dir", "site");
    n.put("name", name);
    n.put("package_type", "package");
    n.put("sha256", sha256);
    n.putObject("tool");
    n.put("unvendored_tests", false);
    n.put("version", version);
    return n;
  }

  /**
   * {@code base} (a pyodide-lock.json) with {@code entry} added under its canonical name, replacing
   * a package of that name; packages stay sorted by name.
   */
  public static JsonNode merge(JsonNode base, ObjectNode entry) {
    if (base == null || !base.isObject() || !base.path("packages").isObject()) {
      throw new BuildException(
          "pyodide-lock: the base lock has no \"packages\" object; pass the pyodide-lock.json of"
              + " the Pyodide distribution you serve (node_modules/pyodide/pyodide-lock.json)",
          Map.of(),
          null);
    }
    ObjectNode out = base.deepCopy();
    ObjectNode packages = (ObjectNode) out.get("packages");
    Map<String, JsonNode> sorted = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = packages.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      sorted.put(e.getKey(), e.getValue());
    }
    sorted.put(canonicalName(entry.get("name").asText()), entry);
    packages.removeAll();
    sorted.forEach(packages::set);
    return out;
  }

  public static JsonNode read(Path lock) {
    try {
      return MAPPER.readTree(lock.toFile());
    } catch (IOException e) {
      throw new BuildException(
          "pyodide-lock: cannot read " + lock + " (" + e.getMessage() + ")",
          Map.of("path", lock.toString()),
          e);
    }
  }

  public static byte[] bytes(JsonNode node) {
    try {
      return (MAPPER.writeValueAsString(node) + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
