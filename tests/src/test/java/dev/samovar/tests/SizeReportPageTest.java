package dev.samovar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The size report of javacore opens in real headless Chromium and draws its treemap offline. */
class SizeReportPageTest {
  @Test
  void treemapRendersInChromiumWithoutNetwork() throws Exception {
    Path html = Hosts.repo().resolve("wasm-core/target/samovar/size-report.html");
    assertTrue(Files.isRegularFile(html), html + " missing: the samovar:size goal did not run");
    Path png = Path.of("target/size-report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Process p =
        new ProcessBuilder(
                List.of(
                    "node",
                    "src/test/node/screenshot.mjs",
                    html.toString(),
                    png.toString(),
                    "svg#treemap rect"))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
    assertEquals(0, p.exitValue(), output);
    int rects = Integer.parseInt(output.lines().reduce((a, b) -> b).orElse("0").trim());
    assertTrue(rects > 20, "only " + rects + " treemap rectangles: " + output);
    assertTrue(Files.size(png) > 10_000, "screenshot too small to show anything");
  }
}
