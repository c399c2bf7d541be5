package dev.samovar.build.bindings.emit.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.build.BuildLog;
import dev.samovar.build.bindings.Bindings;
import dev.samovar.build.bindings.abi.AbiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of the generated Python package: the expected files live in
 * src/test/resources/golden/python/showcase; {@code -Dbless=true} (or {@code BLESS=1}) rewrites
 * them (review the diff before committing).
 */
class PythonEmitterTest {
  private static final Path TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath();
  private static final Path TEST_SOURCES = Path.of("src", "test", "java").toAbsolutePath();
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "python");
  private static final String FIXTURES = "dev/samovar/build/bindings/fixtures/py";

  private static boolean blessing() {
    return Boolean.getBoolean("bless") || "1".equals(System.getenv("BLESS"));
  }

  /** The model of the Showcase fixture, decoded from its class files and sources. */
  static AbiModel showcase(Path root) throws IOException {
    Path dir = root.resolve(FIXTURES);
    Files.createDirectories(dir);
    try (Stream<Path> s = Files.list(TEST_CLASSES.resolve(FIXTURES))) {
      for (Path p : s.toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    return Bindings.model("showcase", List.of(root), List.of(TEST_SOURCES), BuildLog.stderr());
  }

  private static void check(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (blessing()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    assertTrue(Files.isRegularFile(file), "missing " + file + "; run with -Dbless=true");
    assertEquals(Files.readString(file), actual, name + " differs; -Dbless=true refreshes it");
  }

  @Test
  void initPyMatchesGolden(@TempDir Path root) throws IOException {
    check("showcase/__init__.py", PythonEmitter.initPy(showcase(root)));
  }

  @Test
  void initPyiMatchesGolden(@TempDir Path root) throws IOException {
    check("showcase/__init__.pyi", PythonEmitter.initPyi(showcase(root)));
  }

  @Test
  void packageHoldsBindingsStubsMarkerAndRuntime(@TempDir Path root, @TempDir Path out)
      throws IOException {
    AbiModel model = showcase(root);
    PythonEmitter.write(model, out);
    Path pkg = out.resolve("showcase");
    for (String f :
        List.of(
            "__init__.py",
            "__init__.pyi",
            "py.typed",
            "_samovar.py",
            "_samovar_aio.py",
            "_samovar_dynamic.py",
            "_samovar_runtime.js")) {
      assertTrue(Files.isRegularFile(pkg.resolve(f)), "missing " + f);
    }
    String init = Files.readString(pkg.resolve("__init__.py"));
    assertTrue(init.contains("INTERFACE = \"" + model.interfaceHash() + "\""), init);
    assertTrue(
        Files.readString(pkg.resolve("_samovar.py")).contains("def load("),
        "the runtime has load()");
  }
}
