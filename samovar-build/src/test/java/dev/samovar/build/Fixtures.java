package dev.samovar.build;

import java.nio.file.Path;
import java.util.List;

/** Builds test fixture classes (compiled by surefire into test-classes) to wasm. */
final class Fixtures {
  private Fixtures() {}

  static Path testClasses() {
    return Path.of("target", "test-classes").toAbsolutePath();
  }

  static BuildResult build(String name, String mainClass, Path out) {
    return WasmBuild.builder()
        .moduleName(name)
        .mainClass(mainClass)
        .classPath(List.of(testClasses()))
        .outputDirectory(out)
        .build()
        .run();
  }
}
