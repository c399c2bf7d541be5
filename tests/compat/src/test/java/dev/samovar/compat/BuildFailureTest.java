package dev.samovar.compat;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.BuildException;
import dev.samovar.build.WasmBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus library that cannot work must fail at build time, with a message naming what is
 * unsupported and where, and must leave no module behind. Built as the plugin builds (a forked
 * TeaVM JVM), from this module's classes and the library jars.
 */
class BuildFailureTest {
  @AfterAll
  static void writeReport() throws Exception {
    CompatReport.write();
  }

  static Stream<Corpus.Row> failing() {
    return Corpus.failing();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failing")
  void failsAtBuildTimeNamingTheApi(Corpus.Row row) throws Exception {
    Path out = Path.of("target", "compat-failures", row.module());
    List<Path> runtime = new ArrayList<>();
    List<Path> user = new ArrayList<>();
    user.add(Path.of(System.getProperty("samovar.classes", "target/classes")));
    for (Path entry : Corpus.jvmClassPath()) {
      String s = entry.toString().replace('\\', '/');
      if (s.contains("samovar-classlib")
          || s.contains("samovar-api")
          || s.contains("/org/teavm/")) {
        runtime.add(entry);
      } else if (s.endsWith(".jar") && !entry.getFileName().toString().startsWith("samovar-")) {
        user.add(entry);
      }
    }
    WasmBuild build =
        WasmBuild.builder()
            .moduleName(row.module())
            .mainClass(row.mainClass())
            .classPath(user)
            .runtimeClassPath(runtime)
            .outputDirectory(out)
            .log(dev.samovar.build.BuildLog.stderr())
            .build();
    BuildException e =
        assertThrows(BuildException.class, () -> build.runForked(Corpus.jvmClassPath()));
    CompatReport.record(row, "build fails", e.getMessage());
    for (String fragment : row.expectedError()) {
      assertTrue(
          e.getMessage().contains(fragment), () -> "no '" + fragment + "' in:\n" + e.getMessage());
    }
    assertTrue(
        !Files.exists(out.resolve(row.module() + ".wasm")),
        "a failed build left " + out.resolve(row.module() + ".wasm"));
  }
}
