package dev.samovar.compat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The corpus table as the test run measured it: library, version, status, wasm size raw/gzip and
 * the reason for any row that does not work. Written to {@code target/compat.md}; the README holds
 * a copy.
 */
final class CompatReport {
  private record Outcome(String status, String detail) {}

  private static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();

  private CompatReport() {}

  static void record(Corpus.Row row, String status, String detail) {
    OUTCOMES.put(row.module(), new Outcome(status, detail));
  }

  static void write() throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("| library | version | area | module | status | wasm raw | wasm gzip | reason |\n");
    md.append("|---|---|---|---|---|---:|---:|---|\n");
    for (Corpus.Row row : Corpus.ROWS) {
      Outcome o = OUTCOMES.get(row.module());
      if (o == null) {
        continue;
      }
      Path wasm = Corpus.wasm(row.module());
      String raw = "—";
      String gz = "—";
      if (row.status() == Corpus.Status.WORKS && Files.isRegularFile(wasm)) {
        byte[] bytes = Files.readAllBytes(wasm);
        raw = String.format(Locale.ROOT, "%,d", bytes.length);
        gz = String.format(Locale.ROOT, "%,d", gzip(bytes));
      }
      String reason = row.reason();
      if (!o.detail().isEmpty() && !o.status().equals("works")) {
        reason = (reason.isEmpty() ? "" : reason + "; ") + firstLine(o.detail());
      }
      md.append("| ")
          .append(row.library())
          .append(" (`")
          .append(row.artifact())
          .append("`) | ")
          .append(row.version())
          .append(" | ")
          .append(row.area())
          .append(" | `")
          .append(row.module())
          .append("` | ")
          .append(o.status())
          .append(" | ")
          .append(raw)
          .append(" | ")
          .append(gz)
          .append(" | ")
          .append(reason.replace("|", "\\|").replace("\n", " "))
          .append(" |\n");
    }
    Path out = Path.of(System.getProperty("samovar.report", "target/compat.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, md.toString());
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  static int gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OutputStream out =
        new GZIPOutputStream(buffer) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      out.write(bytes);
    }
    return buffer.size();
  }
}
