package dev.samovar.tests;

import dev.samovar.tests.hosts.HostRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The conformance matrix: for every case and host, pass or the first difference from the JVM.
 * Written to {@code target/matrix.md} by each test class after it runs (cases accumulate).
 */
final class Matrix {
  private static final Map<String, Map<String, String>> CELLS = new TreeMap<>();

  private Matrix() {}

  /** Records the comparison of a host's run with the JVM's; returns true when they agree. */
  static synchronized boolean record(String kase, HostRun expected, HostRun actual) {
    String cell = difference(expected, actual);
    CELLS.computeIfAbsent(kase, k -> new TreeMap<>()).put(actual.host(), cell);
    return cell.equals("pass");
  }

  static String difference(HostRun expected, HostRun actual) {
    if (expected.exitCode() != actual.exitCode()) {
      return "exit " + actual.exitCode() + " (jvm " + expected.exitCode() + ")";
    }
    if (!Objects.equals(expected.out(), actual.out())) {
      String[] a = expected.out().split("\n", -1);
      String[] b = actual.out().split("\n", -1);
      for (int i = 0; i < Math.max(a.length, b.length); i++) {
        String x = i < a.length ? a[i] : "<none>";
        String y = i < b.length ? b[i] : "<none>";
        if (!x.equals(y)) {
          return "line " + (i + 1) + ": `" + clip(y) + "` (jvm `" + clip(x) + "`)";
        }
      }
    }
    return "pass";
  }

  private static String clip(String s) {
    String t = s.replace("|", "\\|").replace("`", "'");
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }

  static synchronized void write() {
    TreeSet<String> hosts = new TreeSet<>();
    CELLS.values().forEach(row -> hosts.addAll(row.keySet()));
    StringBuilder sb = new StringBuilder("# Cross-host conformance matrix\n\n");
    sb.append(
        "Each cell compares the host's stdout and exit code with the JVM running the same Java.\n\n");
    sb.append("| case |");
    hosts.forEach(h -> sb.append(' ').append(h).append(" |"));
    sb.append("\n|---|").append("---|".repeat(hosts.size())).append('\n');
    int pass = 0;
    int total = 0;
    for (Map.Entry<String, Map<String, String>> row : CELLS.entrySet()) {
      sb.append("| ").append(row.getKey()).append(" |");
      for (String h : hosts) {
        String cell = row.getValue().getOrDefault(h, "—");
        if (!cell.equals("—")) {
          total++;
          pass += cell.equals("pass") ? 1 : 0;
        }
        sb.append(' ').append(cell).append(" |");
      }
      sb.append('\n');
    }
    sb.append("\n").append(pass).append(" of ").append(total).append(" cells pass.\n");
    try {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target/matrix.md"), sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
