package dev.samovar.size.internal;

import dev.samovar.size.SizeReport;
import dev.samovar.size.SizeReport.ClassSize;
import dev.samovar.size.SizeReport.DataOwner;
import dev.samovar.size.SizeReport.ExportCost;
import dev.samovar.size.SizeReport.FunctionSize;
import dev.samovar.size.SizeReport.PackageSize;
import dev.samovar.size.SizeReport.SectionSize;
import dev.samovar.size.SizeReport.Sizes;
import dev.samovar.size.SizeReport.StringConstant;
import java.util.List;
import java.util.Locale;

/** The Markdown summary of a {@link SizeReport} (golden-tested). */
public final class MarkdownReport {
  private static final int PACKAGES = 20;
  private static final int CLASSES = 30;
  private static final int EXPORTS = 15;
  private static final int STRINGS = 10;

  private MarkdownReport() {}

  public static String render(SizeReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# Size of `").append(r.module()).append("` (").append(r.file()).append(")\n\n");
    md.append("| | bytes |\n|---|---:|\n");
    md.append("| raw | ").append(n(r.sizes().raw())).append(" |\n");
    md.append("| gzip -9 | ").append(n(r.sizes().gzip())).append(" |\n");
    md.append("| brotli 11 | ").append(brotli(r.sizes())).append(" |\n\n");
    if (r.wasmOpt() != null) {
      SizeReport.WasmOptSummary w = r.wasmOpt();
      md.append("wasm-opt ").append(w.level());
      if (w.version() != null) {
        md.append(" (").append(w.version()).append(")");
      }
      md.append(":\n\n| | before | after | change |\n|---|---:|---:|---:|\n");
      row(md, "raw", w.before().raw(), w.after().raw());
      row(md, "gzip -9", w.before().gzip(), w.after().gzip());
      if (w.before().brotli() != null && w.after().brotli() != null) {
        row(md, "brotli 11", w.before().brotli(), w.after().brotli());
      }
      md.append('\n');
    }

    md.append("## Sections\n\n| section | bytes | share |\n|---|---:|---:|\n");
    for (SectionSize s : r.sections()) {
      md.append("| ").append(s.name()).append(" | ").append(n(s.bytes())).append(" | ");
      md.append(pct(s.bytes(), r.sizes().raw())).append(" |\n");
    }

    md.append("\n## Packages\n\n");
    md.append("Code bytes are function bodies; metadata is TeaVM's class data, when known.\n\n");
    md.append("| package | bytes | code | metadata | functions | share of code |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (PackageSize p : head(r.packages(), PACKAGES)) {
      md.append("| ").append(p.name()).append(" | ").append(n(p.bytes())).append(" | ");
      md.append(n(p.codeBytes())).append(" | ").append(n(p.metadataBytes())).append(" | ");
      md.append(p.functions()).append(" | ").append(pct(p.codeBytes(), r.code().bodyBytes()));
      md.append(" |\n");
    }
    more(md, r.packages().size(), PACKAGES, "packages");

    md.append("\n## Classes\n\n| class | bytes | code | metadata | functions |\n");
    md.append("|---|---:|---:|---:|---:|\n");
    for (ClassSize c : head(r.classes(), CLASSES)) {
      md.append("| `").append(c.name()).append("` | ").append(n(c.bytes())).append(" | ");
      md.append(n(c.codeBytes())).append(" | ").append(n(c.metadataBytes())).append(" | ");
      md.append(c.functions()).append(" |\n");
    }
    more(md, r.classes().size(), CLASSES, "classes");

    md.append("\n## Top ").append(r.topFunctions().size()).append(" functions\n\n");
    md.append("| # | bytes | class | method |\n|---:|---:|---|---|\n");
    int i = 1;
    for (FunctionSize f : r.topFunctions()) {
      md.append("| ").append(i++).append(" | ").append(n(f.bytes())).append(" | `");
      md.append(f.className()).append("` | `").append(f.method()).append("` |\n");
    }

    md.append("\n## Data (").append(n(r.data().bytes())).append(" bytes, ");
    md.append(r.data().segments()).append(" segments)\n\n");
    md.append("| owner | bytes | count | how |\n|---|---:|---:|---|\n");
    for (DataOwner o : r.data().owners()) {
      md.append("| ").append(o.owner()).append(" | ").append(n(o.bytes())).append(" | ");
      md.append(o.count()).append(" | ").append(o.method()).append(" |\n");
    }
    if (!r.data().largestStrings().isEmpty()) {
      md.append("\nLargest string constants:\n\n| bytes | chars | text |\n|---:|---:|---|\n");
      for (StringConstant s : head(r.data().largestStrings(), STRINGS)) {
        md.append("| ").append(n(s.bytes())).append(" | ").append(s.length()).append(" | ");
        md.append(code(s.text())).append(" |\n");
      }
    }

    md.append("\n## What the exports cost\n\n");
    md.append(
        "Code reachable in the wasm call graph (calls, `call_indirect` by type, `ref.func`).\n\n");
    md.append("| export | functions | code bytes |\n|---|---:|---:|\n");
    for (ExportCost e : head(r.reachability().exports(), EXPORTS)) {
      exportRow(md, "`" + e.name() + "`", e);
    }
    exportRow(md, "**all exports**", r.reachability().allExports());
    exportRow(md, "**exports without `_start`/`start`**", r.reachability().exportsWithoutMain());
    exportRow(md, "**unreachable from exports**", r.reachability().unreachable());
    more(md, r.reachability().exports().size(), EXPORTS, "exports (see size-report.json)");

    SizeReport.Attribution a = r.attribution();
    md.append("\n## Attribution\n\n");
    md.append("- function names: ").append(a.namesFrom() == null ? "none" : a.namesFrom());
    md.append("\n- classes and methods: ");
    md.append(a.callGraph() == null ? "guessed from mangled names" : a.callGraph());
    md.append("\n- class metadata: ").append(a.teavmStats() == null ? "unknown" : a.teavmStats());
    md.append("\n- functions mapped exactly: ").append(a.exactFunctions());
    md.append(", guessed: ").append(a.guessedFunctions()).append('\n');
    return md.toString();
  }

  private static void exportRow(StringBuilder md, String name, ExportCost e) {
    md.append("| ").append(name).append(" | ").append(e.functions()).append(" | ");
    md.append(n(e.bytes())).append(" |\n");
  }

  private static void row(StringBuilder md, String what, long before, long after) {
    md.append("| ").append(what).append(" | ").append(n(before)).append(" | ").append(n(after));
    md.append(" | ").append(signedPct(after - before, before)).append(" |\n");
  }

  private static void more(StringBuilder md, int size, int shown, String what) {
    if (size > shown) {
      md.append("\n…and ").append(size - shown).append(" more ").append(what).append(".\n");
    }
  }

  private static <T> List<T> head(List<T> list, int n) {
    return list.subList(0, Math.min(n, list.size()));
  }

  private static String brotli(Sizes s) {
    return s.brotli() == null ? "n/a (no brotli encoder on this platform)" : n(s.brotli());
  }

  private static String code(String text) {
    StringBuilder sb = new StringBuilder("`");
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c == 0x7F) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (c == '`') {
        sb.append('\'');
      } else if (c == '|') {
        sb.append("\\|");
      } else {
        sb.append(c);
      }
    }
    return sb.append('`').toString();
  }

  /** {@code 1,234,567}. */
  public static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static String pct(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  static String signedPct(long delta, long base) {
    return base == 0 ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100.0 * delta / base);
  }
}
