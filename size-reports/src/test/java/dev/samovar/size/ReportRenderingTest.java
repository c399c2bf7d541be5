package dev.samovar.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.size.SizeReport.ClassSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderingTest {
  @Test
  void markdownSummaryMatchesGolden() throws Exception {
    Golden.check("big.size-report.md", SizeReports.markdown(Golden.report("big")));
  }

  @Test
  void diffMarkdownMatchesGolden() throws Exception {
    SizeDiff diff = SizeDiff.between(Golden.report("small"), Golden.report("big"));
    Golden.check("small-to-big.diff.md", diff.toMarkdown());
  }

  @Test
  void jsonRoundTripsToAnEqualReport(@TempDir Path dir) throws Exception {
    SizeReport r = Golden.report("big");
    Path file = dir.resolve("r.json");
    r.write(file);
    assertEquals(r, SizeReport.read(file));
    assertEquals(Files.readString(Golden.DIR.resolve("big.size-report.json")), r.toJson());
  }

  @Test
  void htmlIsSelfContainedAndDrawsEveryClass() throws Exception {
    SizeReport r = Golden.report("big");
    String html = SizeReports.html(r);
    for (String remote : new String[] {"http:", "https:", "//cdn", "<link", " src=", "@import"}) {
      assertFalse(html.contains(remote), "page references " + remote);
    }
    long drawn = r.classes().stream().filter(c -> c.bytes() > 0).count();
    Matcher m = Pattern.compile("<rect class=\"cls\"").matcher(html);
    int rects = 0;
    while (m.find()) {
      rects++;
    }
    assertEquals(drawn, rects);
    assertTrue(html.contains("<table class=\"sortable\" id=\"classes\">"));
    for (ClassSize c : r.classes()) {
      assertTrue(
          html.contains("data-class=\"" + c.name().replace("<", "&lt;").replace(">", "&gt;"))
              || c.bytes() == 0,
          c.name());
    }
  }

  @Test
  void hostileNamesAreEscapedInHtml() throws Exception {
    SizeReport r = Golden.report("small");
    ClassSize evil = new ClassSize("<script>alert(1)</script>", "\"><img onerror=x>", 10, 10, 0, 1);
    java.util.List<ClassSize> classes = new java.util.ArrayList<>(r.classes());
    classes.add(evil);
    java.util.List<SizeReport.PackageSize> packages = new java.util.ArrayList<>(r.packages());
    packages.add(new SizeReport.PackageSize("\"><img onerror=x>", 10, 10, 0, 1));
    SizeReport hostile =
        new SizeReport(
            r.schemaVersion(),
            "<b>mod</b>",
            r.file(),
            r.sizes(),
            r.attribution(),
            r.sections(),
            r.code(),
            packages,
            classes,
            r.methods(),
            r.topFunctions(),
            r.data(),
            r.reachability(),
            r.wasmOpt());
    String html = SizeReports.html(hostile);
    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<img"));
    assertFalse(html.contains("<b>mod"));
  }

  @Test
  void writeAllLeavesThreeFiles(@TempDir Path dir) throws Exception {
    SizeReports.ReportFiles files = SizeReports.writeAll(Golden.report("small"), dir);
    assertTrue(Files.size(files.json()) > 0);
    assertTrue(Files.readString(files.markdown()).startsWith("# Size of `small`"));
    assertTrue(Files.readString(files.html()).startsWith("<!DOCTYPE html>"));
  }
}
