package dev.samovar.size.internal;

import static dev.samovar.size.internal.MarkdownReport.n;
import static dev.samovar.size.internal.MarkdownReport.pct;

import dev.samovar.size.SizeReport;
import dev.samovar.size.SizeReport.ClassSize;
import dev.samovar.size.SizeReport.DataOwner;
import dev.samovar.size.SizeReport.ExportCost;
import dev.samovar.size.SizeReport.FunctionSize;
import dev.samovar.size.SizeReport.PackageSize;
import dev.samovar.size.SizeReport.SectionSize;
import dev.samovar.size.internal.Treemap.Rect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML page (inline CSS and script, nothing fetched): a treemap of packages and
 * their classes drawn as plain SVG laid out at build time, and sortable tables. Works offline and
 * from {@code file://}.
 */
public final class HtmlReport {
  static final int WIDTH = 1200;
  static final int HEIGHT = 640;
  private static final int HEADER = 16;

  private HtmlReport() {}

  public static String render(SizeReport r) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<title>Size of ").append(esc(r.module())).append("</title>\n<style>\n");
    h.append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<h1>Size of <code>").append(esc(r.module())).append("</code> <small>");
    h.append(esc(r.file())).append("</small></h1>\n<p class=\"sizes\">raw <b>");
    h.append(n(r.sizes().raw())).append("</b> bytes · gzip -9 <b>").append(n(r.sizes().gzip()));
    h.append("</b> · brotli 11 <b>");
    h.append(r.sizes().brotli() == null ? "n/a" : n(r.sizes().brotli())).append("</b>");
    if (r.wasmOpt() != null) {
      h.append(" · wasm-opt ").append(esc(r.wasmOpt().level())).append(": raw ");
      h.append(n(r.wasmOpt().before().raw())).append(" → ").append(n(r.wasmOpt().after().raw()));
    }
    h.append("</p>\n");

    h.append("<h2>Packages and classes</h2>\n<p class=\"note\">Area is code + class metadata");
    h.append(" bytes. Hover for details; click a class to find it in the table.</p>\n");
    treemap(h, r);

    h.append("<h2>Sections</h2>\n<table class=\"sortable\"><thead><tr><th>section</th>");
    h.append("<th class=\"num\">bytes</th><th class=\"num\">share</th></tr></thead><tbody>\n");
    for (SectionSize s : r.sections()) {
      h.append("<tr><td>").append(esc(s.name())).append("</td>");
      num(h, s.bytes());
      h.append("<td class=\"num\">").append(pct(s.bytes(), r.sizes().raw())).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");

    h.append("<h2>Classes</h2>\n<table class=\"sortable\" id=\"classes\"><thead><tr>");
    h.append("<th>class</th><th>package</th><th class=\"num\">bytes</th>");
    h.append("<th class=\"num\">code</th><th class=\"num\">metadata</th>");
    h.append("<th class=\"num\">functions</th></tr></thead><tbody>\n");
    for (ClassSize c : r.classes()) {
      h.append("<tr id=\"c-").append(id(c.name())).append("\"><td><code>").append(esc(c.name()));
      h.append("</code></td><td>").append(esc(c.packageName())).append("</td>");
      num(h, c.bytes());
      num(h, c.codeBytes());
      num(h, c.metadataBytes());
      num(h, c.functions());
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");

    h.append("<h2>Top functions</h2>\n<table class=\"sortable\"><thead><tr>");
    h.append("<th class=\"num\">index</th><th>class</th><th>method</th>");
    h.append("<th class=\"num\">bytes</th></tr></thead><tbody>\n");
    for (FunctionSize f : r.topFunctions()) {
      h.append("<tr>");
      num(h, f.index());
      h.append("<td><code>").append(esc(f.className())).append("</code></td><td><code title=\"");
      h.append(esc(f.signature() == null ? "" : f.signature())).append("\">");
      h.append(esc(f.method())).append("</code></td>");
      num(h, f.bytes());
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");

    h.append("<h2>Data</h2>\n<table class=\"sortable\"><thead><tr><th>owner</th>");
    h.append("<th class=\"num\">bytes</th><th class=\"num\">count</th><th>how</th></tr>");
    h.append("</thead><tbody>\n");
    for (DataOwner o : r.data().owners()) {
      h.append("<tr><td>").append(esc(o.owner())).append("</td>");
      num(h, o.bytes());
      num(h, o.count());
      h.append("<td>").append(esc(o.method())).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");

    h.append("<h2>What the exports cost</h2>\n<table class=\"sortable\"><thead><tr>");
    h.append("<th>export</th><th class=\"num\">functions</th><th class=\"num\">code bytes</th>");
    h.append("</tr></thead><tbody>\n");
    List<ExportCost> rows = new ArrayList<>(r.reachability().exports());
    rows.add(r.reachability().allExports());
    rows.add(r.reachability().exportsWithoutMain());
    rows.add(r.reachability().unreachable());
    for (ExportCost e : rows) {
      h.append("<tr><td><code>").append(esc(e.name())).append("</code></td>");
      num(h, e.functions());
      num(h, e.bytes());
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void treemap(StringBuilder h, SizeReport r) {
    Map<String, List<ClassSize>> byPackage = new LinkedHashMap<>();
    for (PackageSize p : r.packages()) {
      if (p.bytes() > 0) {
        byPackage.put(p.name(), new ArrayList<>());
      }
    }
    for (ClassSize c : r.classes()) {
      List<ClassSize> list = byPackage.get(c.packageName());
      if (list != null && c.bytes() > 0) {
        list.add(c);
      }
    }
    List<Long> packageBytes = new ArrayList<>();
    List<String> packageNames = new ArrayList<>();
    for (PackageSize p : r.packages()) {
      if (p.bytes() > 0) {
        packageBytes.add(p.bytes());
        packageNames.add(p.name());
      }
    }
    h.append("<svg id=\"treemap\" width=\"").append(WIDTH);
    h.append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ');
    h.append(HEIGHT).append("\" role=\"img\" aria-label=\"treemap of packages and classes\">\n");
    List<Rect> packs = Treemap.layout(packageBytes, new Rect(0, 0, WIDTH, HEIGHT));
    for (int i = 0; i < packs.size(); i++) {
      Rect p = packs.get(i);
      String name = packageNames.get(i);
      int hue = Math.floorMod(name.hashCode(), 360);
      h.append("<g class=\"pkg\" data-package=\"").append(esc(name)).append("\">");
      h.append("<rect class=\"pkg-box\" x=\"").append(f(p.x())).append("\" y=\"").append(f(p.y()));
      h.append("\" width=\"").append(f(p.w())).append("\" height=\"").append(f(p.h()));
      h.append("\" fill=\"hsl(").append(hue).append(",45%,35%)\"><title>").append(esc(name));
      h.append(" — ").append(n(packageBytes.get(i))).append(" bytes</title></rect>");
      boolean labelled = p.h() > 2.5 * HEADER && p.w() > 40;
      if (labelled) {
        label(h, p.x() + 3, p.y() + 12, p.w() - 6, name, "pkg-label");
      }
      Rect inner =
          labelled
              ? new Rect(p.x() + 2, p.y() + HEADER, p.w() - 4, p.h() - HEADER - 2)
              : new Rect(p.x() + 1, p.y() + 1, Math.max(0, p.w() - 2), Math.max(0, p.h() - 2));
      List<ClassSize> classes = byPackage.get(name);
      List<Long> values = new ArrayList<>();
      for (ClassSize c : classes) {
        values.add(c.bytes());
      }
      List<Rect> rects = Treemap.layout(values, inner);
      for (int k = 0; k < rects.size(); k++) {
        Rect c = rects.get(k);
        ClassSize cls = classes.get(k);
        h.append("\n<rect class=\"cls\" data-class=\"").append(esc(cls.name())).append("\" x=\"");
        h.append(f(c.x())).append("\" y=\"").append(f(c.y())).append("\" width=\"");
        h.append(f(c.w())).append("\" height=\"").append(f(c.h())).append("\" fill=\"hsl(");
        h.append(hue).append(',').append(50 + (k * 7) % 25).append("%,").append(62 + (k * 5) % 18);
        h.append("%)\"><title>").append(esc(cls.name())).append(" — ").append(n(cls.bytes()));
        h.append(" bytes (").append(n(cls.codeBytes())).append(" code, ");
        h.append(n(cls.metadataBytes())).append(" metadata, ").append(cls.functions());
        h.append(" functions)</title></rect>");
        if (c.h() > 13 && c.w() > 30) {
          String simple = cls.name().substring(cls.name().lastIndexOf('.') + 1);
          label(h, c.x() + 2, c.y() + 11, c.w() - 4, simple, "cls-label");
        }
      }
      h.append("</g>\n");
    }
    h.append("</svg>\n");
  }

  private static void label(
      StringBuilder h, double x, double y, double w, String text, String cls) {
    int fit = (int) (w / 6.2);
    if (fit < 3) {
      return;
    }
    String shown = text.length() <= fit ? text : text.substring(0, fit - 1) + "…";
    h.append("<text class=\"").append(cls).append("\" x=\"").append(f(x)).append("\" y=\"");
    h.append(f(y)).append("\">").append(esc(shown)).append("</text>");
  }

  private static void num(StringBuilder h, long v) {
    h.append("<td class=\"num\" data-v=\"").append(v).append("\">").append(n(v)).append("</td>");
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String id(String s) {
    return s.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
      }
    }
    return sb.toString();
  }

  private static final String CSS =
      """
      body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;\
      color:#1d1d1f;background:#fff}
      h1 small{font-weight:normal;color:#666;font-size:60%}
      .sizes b{font-variant-numeric:tabular-nums}
      .note{color:#666}
      #treemap{border:1px solid #ccc;display:block;max-width:100%;height:auto}
      .pkg-box{stroke:#fff;stroke-width:1}
      .cls{stroke:rgba(0,0,0,.25);stroke-width:.5;cursor:pointer}
      .cls:hover{stroke:#000;stroke-width:1.5}
      text{font:11px system-ui,sans-serif;pointer-events:none}
      .pkg-label{fill:#fff;font-weight:600}
      .cls-label{fill:#111}
      table{border-collapse:collapse;margin:8px 0 24px}
      th,td{border-bottom:1px solid #e3e3e3;padding:3px 10px;text-align:left}
      th{cursor:pointer;user-select:none;background:#f6f6f6}
      th.asc:after{content:" ▲"}th.desc:after{content:" ▼"}
      .num{text-align:right;font-variant-numeric:tabular-nums}
      tr.hit{background:#fff3b0}
      """;

  private static final String SCRIPT =
      """
      document.querySelectorAll('table.sortable').forEach(function (table) {
        var heads = table.tHead.rows[0].cells;
        Array.prototype.forEach.call(heads, function (th, col) {
          th.addEventListener('click', function () {
            var desc = !th.classList.contains('desc');
            Array.prototype.forEach.call(heads, function (h) { h.classList.remove('asc', 'desc'); });
            th.classList.add(desc ? 'desc' : 'asc');
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[col], y = b.cells[col];
              var c = x.dataset.v !== undefined
                ? Number(x.dataset.v) - Number(y.dataset.v)
                : x.textContent.localeCompare(y.textContent);
              return desc ? -c : c;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          });
        });
      });
      document.querySelectorAll('#treemap .cls').forEach(function (rect) {
        rect.addEventListener('click', function () {
          var id = 'c-' + rect.dataset.class.replace(/[^A-Za-z0-9_.-]/g, '_');
          var row = document.getElementById(id);
          if (!row) { return; }
          document.querySelectorAll('tr.hit').forEach(function (r) { r.classList.remove('hit'); });
          row.classList.add('hit');
          row.scrollIntoView({block: 'center'});
        });
      });
      """;
}
