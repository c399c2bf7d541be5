package dev.samovar.size;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected-output files under src/test/resources/golden; {@code BLESS=1 mvn test} rewrites them
 * (review the diff before committing).
 */
final class Golden {
  static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static boolean blessing() {
    return "1".equals(System.getenv("BLESS"));
  }

  static void check(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (blessing()) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual);
      return;
    }
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("missing golden file " + file + "; run with BLESS=1 to create it");
    }
    assertEquals(Files.readString(file), actual, name + " differs; BLESS=1 refreshes it");
  }

  /**
   * The committed report of a fixture ({@code small} or {@code big}); with BLESS=1 it is first
   * recomputed from a fresh TeaVM build.
   */
  static SizeReport report(String name) throws IOException {
    Path file = DIR.resolve(name + ".size-report.json");
    if (blessing()) {
      TeaVmFixtures.Built b = TeaVmFixtures.build(name, fixtureClass(name));
      SizeReport r =
          SizeAnalyzer.builder()
              .module(name)
              .binary(b.release())
              .namesBinary(b.named())
              .callGraph(b.classes())
              .teavmStats(b.stats())
              .build()
              .analyze();
      Files.createDirectories(DIR);
      r.write(file);
    }
    return SizeReport.read(file);
  }

  private static String fixtureClass(String name) {
    return "dev.samovar.size.fixtures." + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
