package dev.samovar.build.bindings.emit.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.build.BuildLog;
import dev.samovar.build.bindings.Bindings;
import dev.samovar.build.bindings.abi.AbiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of the JS bindings: the fixture {@code jsfixture} (package {@code fixture}) gives
 * {@code jsfixture.mjs} and {@code jsfixture.d.ts}, compared with the copies kept in {@code
 * src/test/resources/dev/samovar/build/bindings/emit/js/}. {@code -Dbless=true} refreshes them.
 */
class JsEmitterTest {
  private static final String FIXTURE_PACKAGE = "dev/samovar/build/bindings/emit/js/fixture/";
  private static final Path TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath();
  private static final Path TEST_SOURCES = Path.of("src", "test", "java").toAbsolutePath();
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "dev", "samovar", "build", "bindings", "emit", "js")
          .toAbsolutePath();
  private static final BuildLog QUIET =
      new BuildLog() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}
      };

  private static AbiModel fixtureModel(Path root) throws IOException {
    for (String simple : List.of("Shapes", "Tally")) {
      Path target = root.resolve(FIXTURE_PACKAGE + simple + ".class");
      Files.createDirectories(target.getParent());
      Files.copy(TEST_CLASSES.resolve(FIXTURE_PACKAGE + simple + ".class"), target);
    }
    return Bindings.model("jsfixture", List.of(root), List.of(TEST_SOURCES), QUIET);
  }

  private static void assertGolden(Path actual, String name) throws IOException {
    Path golden = GOLDEN.resolve(name);
    String text = Files.readString(actual);
    if (Boolean.getBoolean("bless")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, text);
      return;
    }
    assertTrue(Files.exists(golden), golden + " is missing; run with -Dbless=true to create it");
    assertEquals(
        Files.readString(golden),
        text,
        name
            + " differs from its golden copy; if the change is intended, refresh it with"
            + " -Dbless=true and review the diff");
  }

  @Test
  void bindingsMatchTheGoldenFiles(@TempDir Path root, @TempDir Path out) throws IOException {
    JsEmitter.write(fixtureModel(root), out);
    assertGolden(out.resolve("jsfixture.mjs"), "jsfixture.mjs");
    assertGolden(out.resolve("jsfixture.d.ts"), "jsfixture.d.ts");
  }

  @Test
  void theRuntimeIsCopiedBesideTheBindings(@TempDir Path root, @TempDir Path out)
      throws IOException {
    JsEmitter.write(fixtureModel(root), out);
    for (String file : JsEmitter.RUNTIME_FILES) {
      assertTrue(Files.size(out.resolve(file)) > 1000, file);
    }
    String loader = Files.readString(out.resolve("samovar-loader.mjs"));
    assertTrue(loader.contains("loadAbiModule"), "the copied runtime exports loadAbiModule");
    assertTrue(Files.readString(out.resolve("samovar-loader.d.ts")).contains("AbiLoadOptions"));
    assertEquals(
        Files.readString(out.resolve("samovar-loader.d.ts")),
        Files.readString(out.resolve("samovar-loader.d.mts")));
    assertEquals(
        Files.readString(out.resolve("jsfixture.d.ts")),
        Files.readString(out.resolve("jsfixture.d.mts")));
  }

  @Test
  void bindingsEmbedTheInterfaceAndMapTypes(@TempDir Path root, @TempDir Path out)
      throws IOException {
    AbiModel model = fixtureModel(root);
    JsEmitter.write(model, out);
    String mjs = Files.readString(out.resolve("jsfixture.mjs"));
    String dts = Files.readString(out.resolve("jsfixture.d.ts"));
    assertTrue(mjs.contains("export const INTERFACE = '" + model.interfaceHash() + "';"), mjs);
    assertTrue(dts.contains("total(values: BigInt64Array | ArrayLike<bigint | number>): bigint;"));
    assertTrue(dts.contains("scale(xs: Float64Array | ArrayLike<number>, factor: number):"));
    assertTrue(dts.contains("join(words: ReadonlyArray<string | null>, separator: string | null)"));
    assertTrue(dts.contains("lines(text: string): (string | null)[] | null;"), dts);
    assertTrue(dts.contains("half(x: number | null): number | null;"), dts);
    assertTrue(dts.contains("copy(name: string | null): Tally;"), dts);
    assertTrue(dts.contains("check(delete_: boolean,"), "reserved words are renamed");
  }

  @Test
  void javadocCannotEndTheCommentEarly() {
    assertEquals(List.of("a *\\/ b", "", "c"), JsDocs.text("a */ b\n\nc"));
  }

  @Test
  void generatedModuleIsValidJavaScript(@TempDir Path root, @TempDir Path out)
      throws IOException, InterruptedException {
    JsEmitter.write(fixtureModel(root), out);
    Process p =
        new ProcessBuilder("node", "--check", out.resolve("jsfixture.mjs").toString())
            .redirectErrorStream(true)
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node --check timed out");
    String output = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.exitValue(), output);
  }
}
