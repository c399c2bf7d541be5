package dev.samovar.tests.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders benchmark results as a Markdown table and an SVG bar chart of ratios to the JVM. */
final class Report {
  private Report() {}

  static String markdown(Map<String, Map<String, Bench.Stats>> results, String date) {
    List<String> hosts = Bench.hostOrder(results);
    StringBuilder sb = new StringBuilder();
    sb.append("# Benchmark: the same programs on every host\n\n");
    sb.append("Measured ")
        .append(date)
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, Java ")
        .append(Runtime.version().feature())
        .append(". Median wall time of warm runs in ms [min..max]; `×jvm` is the ratio to the JVM")
        .append(" running the same Java in-process (warmed up), `×wt` the ratio to wasmtime.")
        .append(" Node and JVM-subprocess times include process start; Chicory and wasmtime run")
        .append(" in-process with each module compiled once; JVM flags: ")
        .append(
            // Only the JVM's tuning flags: the launcher's -D properties hold this machine's paths.
            String.join(
                " ",
                java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getInputArguments()
                    .stream()
                    .filter(a -> a.startsWith("-XX") || a.startsWith("-Xm"))
                    .toList()))
        .append(".\n\n");
    sb.append("| program |");
    for (String h : hosts) {
      sb.append(' ').append(h).append(" |");
    }
    sb.append("\n|---|");
    sb.append("---|".repeat(hosts.size()));
    sb.append('\n');
    for (Map.Entry<String, Map<String, Bench.Stats>> e : results.entrySet()) {
      Bench.Stats jvm = e.getValue().get("jvm");
      Bench.Stats wt = e.getValue().get("wasmtime");
      sb.append("| ").append(e.getKey()).append(" |");
      for (String h : hosts) {
        Bench.Stats s = e.getValue().get(h);
        sb.append(String.format(Locale.ROOT, " %.1f [%.1f..%.1f]", s.median(), s.min(), s.max()));
        if (!h.equals("jvm")) {
          sb.append(String.format(Locale.ROOT, " ×jvm %.1f", s.median() / jvm.median()));
          if (wt != null && !h.equals("wasmtime")) {
            sb.append(String.format(Locale.ROOT, " ×wt %.1f", s.median() / wt.median()));
          }
        }
        sb.append(" |");
      }
      sb.append('\n');
    }
    sb.append(
        "\nCold first run (ms, includes compiling the module where the host does):\n\n| program |");
    for (String h : hosts) {
      if (!h.equals("jvm")) {
        sb.append(' ').append(h).append(" |");
      }
    }
    sb.append("\n|---|").append("---|".repeat(hosts.size() - 1)).append('\n');
    for (Map.Entry<String, Map<String, Bench.Stats>> e : results.entrySet()) {
      sb.append("| ").append(e.getKey()).append(" |");
      for (String h : hosts) {
        if (!h.equals("jvm")) {
          sb.append(String.format(Locale.ROOT, " %.0f |", e.getValue().get(h).cold()));
        }
      }
      sb.append('\n');
    }
    double geo = 0;
    int n = 0;
    for (Map<String, Bench.Stats> row : results.values()) {
      if (row.containsKey("chicory-compiler") && row.containsKey("wasmtime")) {
        geo += Math.log(row.get("chicory-compiler").median() / row.get("wasmtime").median());
        n++;
      }
    }
    if (n > 0) {
      sb.append(
          String.format(
              Locale.ROOT,
              "\nGeometric mean, Chicory compiler / wasmtime: %.2f× (goal: within 3×)\n",
              Math.exp(geo / n)));
    }
    return sb.toString();
  }

  static String svg(Map<String, Map<String, Bench.Stats>> results) {
    List<String> hosts = Bench.hostOrder(results);
    String[] colors = {"#444", "#1f77b4", "#aec7e8", "#2ca02c", "#d62728", "#9467bd"};
    int rowHeight = 14;
    int groupHeight = rowHeight * hosts.size() + 16;
    int width = 760;
    int left = 150;
    int height = groupHeight * results.size() + 60;
    double maxLog = 0;
    for (Map<String, Bench.Stats> row : results.values()) {
      for (Bench.Stats s : row.values()) {
        maxLog = Math.max(maxLog, Math.log10(Math.max(1, s.median() / row.get("jvm").median())));
      }
    }
    double scale = (width - left - 80) / Math.max(1.0, Math.ceil(maxLog));
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif'"
                + " font-size='11'>\n<text x='10' y='16' font-size='13'>Time relative to the JVM"
                + " (log scale, 1× at the axis)</text>\n",
            width,
            height));
    int y = 30;
    for (Map.Entry<String, Map<String, Bench.Stats>> e : results.entrySet()) {
      sb.append(String.format(Locale.ROOT, "<text x='10' y='%d'>%s</text>\n", y + 12, e.getKey()));
      double jvm = e.getValue().get("jvm").median();
      for (int i = 0; i < hosts.size(); i++) {
        double ratio = e.getValue().get(hosts.get(i)).median() / jvm;
        double w = Math.max(1, Math.log10(Math.max(1, ratio)) * scale);
        sb.append(
            String.format(
                Locale.ROOT,
                "<rect x='%d' y='%d' width='%.1f' height='%d' fill='%s'/><text x='%.1f' y='%d'>%s"
                    + " %.1f×</text>\n",
                left,
                y,
                w,
                rowHeight - 2,
                colors[i % colors.length],
                left + w + 4,
                y + rowHeight - 3,
                hosts.get(i),
                ratio));
        y += rowHeight;
      }
      y += 16;
    }
    sb.append("</svg>\n");
    return sb.toString();
  }
}
