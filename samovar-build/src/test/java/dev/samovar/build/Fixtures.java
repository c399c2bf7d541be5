package dev.samovar.build;

import java.nio.file.Path;
import java.util.List;

/** Builds test fixture classes (compiled by surefire into test-classes) to wasm. */
final class Fixtures {
  private Fixtures() {}

  static Path testClasses() {
    return Path.of("target", "test-classes").toAbsolutePath();
  }

  /** The build in a fresh JVM, as the Maven plugin runs it. */
  static BuildResult buildForked(String name, String mainClass, Path out) {
    List<Path> cp = new java.util.ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      cp.add(Path.of(e));
    }
    return WasmBuild.builder()
        .moduleName(name)
        .mainClass(mainClass)
        .classPath(List.of(testClasses()))
        .outputDirectory(out)
        .build()
        .runForked(cp);
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
