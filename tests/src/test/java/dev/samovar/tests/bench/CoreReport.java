package dev.samovar.tests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the core-exports bench: a Markdown table of medians with ratios to the JVM, the growth
 * exponent of time with size per host, and a log-log SVG chart of time vs size (one panel per
 * export, one line per host).
 */
final class CoreReport {
  private static final String[] COLORS = {"#444", "#1f77b4", "#2ca02c", "#ff7f0e", "#d62728"};

  private CoreReport() {}

  static String markdown(Map<String, Map<Integer, Map<String, CoreBench.Cell>>> r, int repeats) {
    List<String> hosts = CoreBench.HOSTS;
    StringBuilder sb = new StringBuilder();
    sb.append("\n## javacore exports at sizes 1e3 … 1e7\n\n");
    sb.append("Milliseconds per call, median [min..max] of up to ")
        .append(repeats)
        .append(
            " timed batches; `×jvm` is the ratio to the same Java method called directly on the"
                + " JVM (JMH, average time, 2 × 200 ms warm-up, ")
        .append(repeats)
        .append(
            " × 200 ms measured). chicory-compiler: the generated `Javacore` client on Chicory's"
                + " compiler, in this JVM; node: the generated JS bindings"
                + " (`bindings/js/javacore.mjs`); pyodide: the wheel's Python bindings in Pyodide"
                + " on Node; pure-python: the same algorithms in pure Python"
                + " (`tests/src/test/python/pure_core.py`) in the same Pyodide, whose ratio is"
                + " also given to pyodide (`×py`: how much faster the wasm call is). Wasm hosts:"
                + " warm-up calls, then batches of ≥ 10 ms; slow cells get fewer batches (")
        .append((int) CoreBench.CELL_MS)
        .append(" ms measured per cell), and a size is skipped (—) when the previous size took")
        .append(" more than ")
        .append((int) CoreBench.MAX_CALL_MS / 10)
        .append(" ms per call. Inputs: `sin(i)·1000` doubles, bytes `(131·i + i>>9) & 255`,")
        .append(
            " text of 5,000 distinct words. The exports are not run on wasmtime (it has no typed-ABI"
                + " client); see the program table for ×wasmtime.\n\n");
    sb.append("| export | size |");
    for (String h : hosts) {
      sb.append(' ').append(h).append(" |");
    }
    sb.append("\n|---|---:|").append("---|".repeat(hosts.size())).append('\n');
    for (var byOp : r.entrySet()) {
      for (var bySize : byOp.getValue().entrySet()) {
        Map<String, CoreBench.Cell> cells = bySize.getValue();
        sb.append("| ")
            .append(byOp.getKey())
            .append(" | ")
            .append(size(bySize.getKey()))
            .append(" |");
        double jvm = median(cells.get("jvm"));
        for (String h : hosts) {
          CoreBench.Cell c = cells.get(h);
          if (c == null || c.stats() == null) {
            sb.append(" — |");
            continue;
          }
          Bench.Stats s = c.stats();
          sb.append(' ').append(ms(s.median())).append(" [").append(ms(s.min())).append("..");
          sb.append(ms(s.max())).append(']');
          if (!h.equals("jvm") && jvm > 0) {
            sb.append(String.format(Locale.ROOT, " ×jvm %s", ratio(s.median() / jvm)));
          }
          if (h.equals("pure-python")) {
            double py = median(cells.get("pyodide"));
            if (py > 0) {
              sb.append(String.format(Locale.ROOT, " ×py %s", ratio(s.median() / py)));
            }
          }
          sb.append(" |");
        }
        sb.append('\n');
      }
    }
    List<String> notes = new ArrayList<>();
    for (var byOp : r.entrySet()) {
      for (var bySize : byOp.getValue().entrySet()) {
        for (var e : bySize.getValue().entrySet()) {
          String note = e.getValue().note();
          if (note != null && note.startsWith("error")) {
            notes.add(
                byOp.getKey() + " " + size(bySize.getKey()) + " on " + e.getKey() + ": " + note);
          }
        }
      }
    }
    if (!notes.isEmpty()) {
      sb.append("\nFailed cells:\n\n");
      notes.forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    sb.append(
        "\nGrowth: the exponent k in time ∝ size^k (least squares over the measured sizes ≥ 1e4;"
            + " 1 is linear, sorting is ~1.1):\n\n| export |");
    for (String h : hosts) {
      sb.append(' ').append(h).append(" |");
    }
    sb.append("\n|---|").append("---:|".repeat(hosts.size())).append('\n');
    for (var byOp : r.entrySet()) {
      sb.append("| ").append(byOp.getKey()).append(" |");
      for (String h : hosts) {
        double k = slope(byOp.getValue(), h);
        sb.append(Double.isNaN(k) ? " — |" : String.format(Locale.ROOT, " %.2f |", k));
      }
      sb.append('\n');
    }
    sb.append("\nGeometric mean of ×jvm over the sizes measured on both:\n\n| export |");
    for (String h : hosts.subList(1, hosts.size())) {
      sb.append(' ').append(h).append(" |");
    }
    sb.append("\n|---|").append("---:|".repeat(hosts.size() - 1)).append('\n');
    for (var byOp : r.entrySet()) {
      sb.append("| ").append(byOp.getKey()).append(" |");
      for (String h : hosts.subList(1, hosts.size())) {
        double g = 0;
        int n = 0;
        for (Map<String, CoreBench.Cell> cells : byOp.getValue().values()) {
          double a = median(cells.get(h));
          double j = median(cells.get("jvm"));
          if (a > 0 && j > 0) {
            g += Math.log(a / j);
            n++;
          }
        }
        sb.append(n == 0 ? " — |" : " " + ratio(Math.exp(g / n)) + " |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static double median(CoreBench.Cell c) {
    return c == null || c.stats() == null ? Double.NaN : c.stats().median();
  }

  private static double slope(Map<Integer, Map<String, CoreBench.Cell>> bySize, String host) {
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (var e : bySize.entrySet()) {
      double t = median(e.getValue().get(host));
      if (e.getKey() >= 10_000 && t > 0) {
        double x = Math.log10(e.getKey());
        double y = Math.log10(t);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        n++;
      }
    }
    return n < 2 ? Double.NaN : (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  static String size(int n) {
    int e = (int) Math.round(Math.log10(n));
    return Math.pow(10, e) == n ? "1e" + e : String.valueOf(n);
  }

  static String ms(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (v >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  static String ratio(double v) {
    return String.format(Locale.ROOT, v >= 10 ? "%.0f" : "%.1f", v);
  }

  /** Log-log chart: one panel per export, time per call (ms) against size, one line per host. */
  static String svg(Map<String, Map<Integer, Map<String, CoreBench.Cell>>> r) {
    List<String> hosts = CoreBench.HOSTS;
    int cols = 2;
    int pw = 360;
    int ph = 220;
    int top = 56;
    int rows = (r.size() + cols - 1) / cols;
    int width = cols * pw + 20;
    int height = top + rows * ph + 10;
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif'"
                + " font-size='10'>\n<rect width='100%%' height='100%%' fill='white'/>\n"
                + "<text x='10' y='16' font-size='13'>javacore exports: time per call (ms) vs"
                + " input size, log-log</text>\n",
            width,
            height));
    for (int i = 0; i < hosts.size(); i++) {
      int x = 10 + i * 130;
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1='%d' y1='34' x2='%d' y2='34' stroke='%s' stroke-width='2'/>"
                  + "<text x='%d' y='38'>%s</text>\n",
              x,
              x + 20,
              COLORS[i % COLORS.length],
              x + 24,
              hosts.get(i)));
    }
    int k = 0;
    for (var byOp : r.entrySet()) {
      int ox = 10 + (k % cols) * pw;
      int oy = top + (k / cols) * ph;
      k++;
      int left = ox + 44;
      int right = ox + pw - 16;
      int ptop = oy + 18;
      int bottom = oy + ph - 30;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Map<String, CoreBench.Cell> cells : byOp.getValue().values()) {
        for (CoreBench.Cell c : cells.values()) {
          if (c.stats() != null && c.stats().median() > 0) {
            lo = Math.min(lo, Math.log10(c.stats().median()));
            hi = Math.max(hi, Math.log10(c.stats().median()));
          }
        }
      }
      if (lo > hi) {
        continue;
      }
      double ylo = Math.floor(lo);
      double yhi = Math.max(ylo + 1, Math.ceil(hi));
      double xlo = 3;
      double xhi = 7;
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x='%d' y='%d' font-size='12'>%s</text>\n"
                  + "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#999'/>\n",
              left,
              oy + 12,
              byOp.getKey(),
              left,
              ptop,
              right - left,
              bottom - ptop));
      for (int d = (int) ylo; d <= (int) yhi; d++) {
        double y = bottom - (d - ylo) / (yhi - ylo) * (bottom - ptop);
        sb.append(
            String.format(
                Locale.ROOT,
                "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#eee'/>"
                    + "<text x='%d' y='%.1f' text-anchor='end'>%s</text>\n",
                left,
                y,
                right,
                y,
                left - 3,
                y + 3,
                d >= 0 ? String.valueOf((long) Math.pow(10, d)) : "1e" + d));
      }
      for (int d = 3; d <= 7; d++) {
        double x = left + (d - xlo) / (xhi - xlo) * (right - left);
        sb.append(
            String.format(
                Locale.ROOT,
                "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#eee'/>"
                    + "<text x='%.1f' y='%d' text-anchor='middle'>1e%d</text>\n",
                x,
                ptop,
                x,
                bottom,
                x,
                bottom + 12,
                d));
      }
      for (int i = 0; i < hosts.size(); i++) {
        StringBuilder pts = new StringBuilder();
        for (var e : byOp.getValue().entrySet()) {
          CoreBench.Cell c = e.getValue().get(hosts.get(i));
          if (c == null || c.stats() == null || c.stats().median() <= 0) {
            continue;
          }
          double x = left + (Math.log10(e.getKey()) - xlo) / (xhi - xlo) * (right - left);
          double y =
              bottom - (Math.log10(c.stats().median()) - ylo) / (yhi - ylo) * (bottom - ptop);
          pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
          sb.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx='%.1f' cy='%.1f' r='2.5' fill='%s'/>\n",
                  x,
                  y,
                  COLORS[i % COLORS.length]));
        }
        if (pts.length() > 0) {
          sb.append(
              String.format(
                  Locale.ROOT,
                  "<polyline points='%s' fill='none' stroke='%s' stroke-width='1.5'/>\n",
                  pts.toString().strip(),
                  COLORS[i % COLORS.length]));
        }
      }
    }
    sb.append("</svg>\n");
    return sb.toString();
  }
}
