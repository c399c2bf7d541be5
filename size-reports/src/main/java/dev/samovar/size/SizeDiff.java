package dev.samovar.size;

import dev.samovar.size.SizeReport.ClassSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed between two reports of a module: total deltas, growth by class, new and removed
 * classes. Compare two reports, or two binaries via {@link #between(Path, Path)}.
 *
 * @param before the older report's module and file
 * @param after the newer report's module and file
 * @param raw raw bytes before and after
 * @param gzip gzip bytes before and after
 * @param brotli brotli bytes before and after, or null when either side lacks it
 * @param classes every class whose bytes changed, largest growth first (shrinking last)
 */
public record SizeDiff(
    String before,
    String after,
    Change raw,
    Change gzip,
    Change brotli,
    List<ClassChange> classes) {

  /** A total before and after. */
  public record Change(long before, long after) {
    public long delta() {
      return after - before;
    }
  }

  /** One class's bytes (code + metadata) before and after; 0 on the side it is absent from. */
  public record ClassChange(String name, long before, long after, boolean added, boolean removed) {
    public long delta() {
      return after - before;
    }
  }

  /** Compares two reports. */
  public static SizeDiff between(SizeReport before, SizeReport after) {
    Map<String, long[]> all = new TreeMap<>();
    for (ClassSize c : before.classes()) {
      all.computeIfAbsent(c.name(), k -> new long[] {-1, -1})[0] = c.bytes();
    }
    for (ClassSize c : after.classes()) {
      all.computeIfAbsent(c.name(), k -> new long[] {-1, -1})[1] = c.bytes();
    }
    List<ClassChange> changes = new ArrayList<>();
    all.forEach(
        (name, v) -> {
          long b = Math.max(0, v[0]);
          long a = Math.max(0, v[1]);
          if (a != b || v[0] < 0 || v[1] < 0) {
            changes.add(new ClassChange(name, b, a, v[0] < 0, v[1] < 0));
          }
        });
    changes.sort(
        Comparator.comparingLong(ClassChange::delta).reversed().thenComparing(ClassChange::name));
    Long bb = before.sizes().brotli();
    Long ab = after.sizes().brotli();
    return new SizeDiff(
        before.module() + " (" + before.file() + ")",
        after.module() + " (" + after.file() + ")",
        new Change(before.sizes().raw(), after.sizes().raw()),
        new Change(before.sizes().gzip(), after.sizes().gzip()),
        bb != null && ab != null ? new Change(bb, ab) : null,
        List.copyOf(changes));
  }

  /**
   * Compares two files, each either a {@code size-report.json} or a {@code .wasm} (analyzed on the
   * spot with whatever names it carries).
   */
  public static SizeDiff between(Path before, Path after) {
    return between(load(before), load(after));
  }

  private static SizeReport load(Path p) {
    if (p.getFileName().toString().endsWith(".wasm")) {
      return SizeAnalyzer.builder().binary(p).build().analyze();
    }
    return SizeReport.read(p);
  }

  /** The classes that grew or are new, largest growth first, at most {@code n}. */
  public List<ClassChange> topGrowth(int n) {
    return classes.stream().filter(c -> c.delta() > 0).limit(n).toList();
  }

  /** Classes only in the newer report. */
  public List<ClassChange> added() {
    return classes.stream().filter(ClassChange::added).toList();
  }

  /** Classes only in the older report. */
  public List<ClassChange> removed() {
    return classes.stream().filter(ClassChange::removed).toList();
  }

  /** A Markdown rendering: totals, top growth, new and removed classes. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Size diff\n\n").append(before).append(" → ").append(after).append("\n\n");
    md.append("| | before | after | change |\n|---|---:|---:|---:|\n");
    total(md, "raw", raw);
    total(md, "gzip -9", gzip);
    if (brotli != null) {
      total(md, "brotli 11", brotli);
    }
    section(md, "Growth by class", topGrowth(30));
    List<ClassChange> shrunk = new ArrayList<>();
    for (int i = classes.size() - 1; i >= 0 && shrunk.size() < 30; i--) {
      if (classes.get(i).delta() < 0) {
        shrunk.add(classes.get(i));
      }
    }
    section(md, "Shrunk by class", shrunk);
    section(md, "New classes", added());
    section(md, "Removed classes", removed());
    return md.toString();
  }

  private static void total(StringBuilder md, String what, Change c) {
    md.append("| ").append(what).append(" | ").append(n(c.before())).append(" | ");
    md.append(n(c.after())).append(" | ").append(signed(c.delta()));
    if (c.before() != 0) {
      md.append(String.format(Locale.ROOT, " (%+.1f%%)", 100.0 * c.delta() / c.before()));
    }
    md.append(" |\n");
  }

  private static void section(StringBuilder md, String title, List<ClassChange> rows) {
    md.append("\n## ").append(title).append(" (").append(rows.size()).append(")\n\n");
    if (rows.isEmpty()) {
      md.append("None.\n");
      return;
    }
    md.append("| class | before | after | change |\n|---|---:|---:|---:|\n");
    for (ClassChange c : rows) {
      md.append("| `").append(c.name()).append("` | ").append(n(c.before())).append(" | ");
      md.append(n(c.after())).append(" | ").append(signed(c.delta())).append(" |\n");
    }
  }

  private static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  private static String signed(long v) {
    return String.format(Locale.ROOT, "%+,d", v);
  }
}
