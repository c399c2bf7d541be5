package dev.samovar.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samovar.api.SandboxException;
import dev.samovar.runner.internal.Units;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sandbox policy read from JSON, so that one file describes the sandbox on every host (the CLI's
 * {@code --manifest}; the Pyodide loader reads the same format):
 *
 * <pre>{@code
 * {
 *   "mounts": [{"host": "data", "guest": "/data", "access": "read-only"}],
 *   "env": {"LANG": "C.UTF-8"},
 *   "limits": {"timeout": "5s", "maxMemory": "64M", "maxOutput": "1M"}
 * }
 * }</pre>
 *
 * Every key is optional. {@code host} paths are relative to the policy file's folder; {@code
 * access} is {@code read-only} or {@code read-write} (default). Unknown keys are errors, so a
 * misspelt limit is never silently ignored.
 */
public final class Policy {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonNode root;
  private final Path file;

  private Policy(JsonNode root, Path file) {
    this.root = root;
    this.file = file;
  }

  /** Reads and checks a policy file. */
  public static Policy read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw error(file, "cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw error(file, "must hold a JSON object");
    }
    Policy p = new Policy(root, file);
    p.check();
    return p;
  }

  private void check() {
    keys(root, "", Set.of("mounts", "env", "limits"));
    keys(root.path("limits"), "limits.", Set.of("timeout", "maxMemory", "maxOutput"));
    for (JsonNode m : root.path("mounts")) {
      keys(m, "mounts[].", Set.of("host", "guest", "access"));
      if (!m.path("host").isTextual() || !m.path("guest").isTextual()) {
        throw error(file, "each mount needs \"host\" and \"guest\" strings");
      }
      access(m);
    }
    if (!root.path("mounts").isMissingNode() && !root.path("mounts").isArray()) {
      throw error(file, "\"mounts\" must be a list");
    }
  }

  private void keys(JsonNode node, String prefix, Set<String> allowed) {
    if (node.isMissingNode()) {
      return;
    }
    if (!node.isObject()) {
      throw error(file, "\"" + prefix + "\" must be an object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw error(file, "unknown key \"" + prefix + k + "\"; allowed: " + allowed);
      }
    }
  }

  private Access access(JsonNode mount) {
    String a = mount.path("access").asText("read-write").toLowerCase(Locale.ROOT);
    switch (a) {
      case "read-only":
      case "ro":
        return Access.READ_ONLY;
      case "read-write":
      case "rw":
        return Access.READ_WRITE;
      default:
        throw error(file, "access \"" + a + "\" must be read-only or read-write");
    }
  }

  /** Adds this policy's mounts, environment and limits to a sandbox. */
  public Sandbox.Builder applyTo(Sandbox.Builder sandbox) {
    Path base = file.toAbsolutePath().getParent();
    for (JsonNode m : root.path("mounts")) {
      sandbox.mount(base.resolve(m.get("host").asText()), m.get("guest").asText(), access(m));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("env").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      sandbox.env(e.getKey(), e.getValue().asText());
    }
    JsonNode limits = root.path("limits");
    if (limits.has("timeout")) {
      sandbox.timeout(Units.duration("limits.timeout", limits.get("timeout").asText()));
    }
    if (limits.has("maxMemory")) {
      sandbox.maxMemory(Units.bytes("limits.maxMemory", limits.get("maxMemory").asText()));
    }
    if (limits.has("maxOutput")) {
      sandbox.maxOutput(Units.bytes("limits.maxOutput", limits.get("maxOutput").asText()));
    }
    return sandbox;
  }

  private static SandboxException error(Path file, String what) {
    return new SandboxException(
        "Policy " + file + " " + what, Map.of("path", file.toString(), "flag", "--manifest"), null);
  }
}
