package dev.samovar.size;

import dev.samovar.size.internal.HtmlReport;
import dev.samovar.size.internal.MarkdownReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a {@link SizeReport} as the three files a build leaves in {@code target/samovar/}: {@code
 * size-report.json} (the stable schema), {@code size-report.md} (a summary for a PR or a README)
 * and {@code size-report.html} (a self-contained page with a treemap and sortable tables).
 */
public final class SizeReports {
  /** The file names written by {@link #writeAll}. */
  public static final String JSON = "size-report.json";

  public static final String MARKDOWN = "size-report.md";
  public static final String HTML = "size-report.html";

  private SizeReports() {}

  /** The paths of the three files written. */
  public record ReportFiles(Path json, Path markdown, Path html) {}

  /** The Markdown summary. */
  public static String markdown(SizeReport report) {
    return MarkdownReport.render(report);
  }

  /** The self-contained HTML page (no network: inline CSS, script and SVG). */
  public static String html(SizeReport report) {
    return HtmlReport.render(report);
  }

  /** Writes {@code size-report.json}, {@code .md} and {@code .html} into {@code dir}. */
  public static ReportFiles writeAll(SizeReport report, Path dir) {
    Path json = dir.resolve(JSON);
    Path md = dir.resolve(MARKDOWN);
    Path html = dir.resolve(HTML);
    try {
      Files.createDirectories(dir);
      report.write(json);
      Files.writeString(md, markdown(report));
      Files.writeString(html, html(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportFiles(json, md, html);
  }
}
