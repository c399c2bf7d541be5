package dev.samovar.size.internal;

import dev.samovar.api.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TeaVM's own size statistics, {@code <module>.wasm.stats.txt}, written when the TeaVM property
 * {@code teavm.wasm.stats} is {@code true}: code and class-metadata bytes per class and the bytes
 * of all string constants, measured by the generator itself (exact, where our data scan is a
 * heuristic).
 */
public record TeaVmStats(Map<String, long[]> classes, long stringBytes) {
  /** Code bytes of {@code className} (index 0) and metadata bytes (index 1), or zeros. */
  public long[] of(String className) {
    return classes.getOrDefault(className, new long[2]);
  }

  /** The sum of all class-metadata bytes. */
  public long metadataBytes() {
    return classes.values().stream().mapToLong(v -> v[1]).sum();
  }

  /** Parses the file; a malformed line raises a {@code BuildException} naming file and line. */
  public static TeaVmStats read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new BuildException(
          "Cannot read TeaVM stats " + file + ": " + e.getMessage(), Map.of("path", "" + file), e);
    }
    Map<String, long[]> classes = new LinkedHashMap<>();
    long strings = 0;
    String block = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        block = line;
        continue;
      }
      String[] parts = line.split(" ");
      try {
        if (block.equals("[classes]") && parts.length == 3) {
          long[] v = classes.computeIfAbsent(parts[0], k -> new long[2]);
          v[0] += Long.parseLong(parts[1]);
          v[1] += Long.parseLong(parts[2]);
        } else if (block.equals("[strings]") && parts.length == 1) {
          strings += Long.parseLong(parts[0]);
        } else if (!block.equals("[sections]")) {
          throw new NumberFormatException("unexpected shape");
        }
      } catch (NumberFormatException e) {
        throw new BuildException(
            "TeaVM stats " + file + " line " + (i + 1) + " is malformed: '" + line + "'",
            Map.of("path", file.toString()),
            e);
      }
    }
    return new TeaVmStats(Map.copyOf(classes), strings);
  }
}
