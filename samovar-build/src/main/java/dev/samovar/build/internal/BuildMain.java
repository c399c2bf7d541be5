package dev.samovar.build.internal;

import dev.samovar.api.BuildException;
import dev.samovar.build.BuildLog;
import dev.samovar.build.BuildResult;
import dev.samovar.build.OptimizationLevel;
import dev.samovar.build.WasmBuild;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The child side of {@link dev.samovar.build.WasmBuild#runForked}: reads the options from a
 * properties file, builds, and writes the result (or the error message) to another.
 */
public final class BuildMain {
  static final int BUILD_ERROR = 2;

  private BuildMain() {}

  public static void main(String[] args) throws IOException {
    Properties in = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      in.load(r);
    }
    Properties out = new Properties();
    int status = 0;
    try {
      WasmBuild.Builder b =
          WasmBuild.builder()
              .moduleName(in.getProperty("moduleName"))
              .mainClass(in.getProperty("mainClass"))
              .classPath(paths(in.getProperty("classPath", "")))
              .runtimeClassPath(paths(in.getProperty("runtimeClassPath", "")))
              .exportRoots(paths(in.getProperty("exportRoots", "")))
              .sourceRoots(paths(in.getProperty("sourceRoots", "")))
              .outputDirectory(Path.of(in.getProperty("outputDirectory")))
              .optimization(OptimizationLevel.valueOf(in.getProperty("optimization")))
              .minHeapBytes(Long.parseLong(in.getProperty("minHeapBytes")))
              .maxHeapBytes(Long.parseLong(in.getProperty("maxHeapBytes")))
              .debugNames(Boolean.parseBoolean(in.getProperty("debugNames")))
              .reflectionClasses(split(in.getProperty("reflectionClasses", "")))
              .javaPackage(in.getProperty("javaPackage"))
              .log(BuildLog.stderr());
      for (String c : split(in.getProperty("preservedClasses", ""))) {
        b.preserveClass(c);
      }
      BuildResult result = b.build().run();
      out.setProperty("wasm", result.wasm().toString());
      out.setProperty("debugWasm", result.debugWasm().toString());
      out.setProperty("imports", String.join("\n", result.imports()));
      out.setProperty("millis", Long.toString(result.millis()));
    } catch (BuildException e) {
      out.setProperty("error", e.getMessage());
      e.fields().forEach((k, v) -> out.setProperty("field." + k, v));
      status = BUILD_ERROR;
    }
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      out.store(w, null);
    }
    System.exit(status);
  }

  static List<Path> paths(String joined) {
    List<Path> out = new ArrayList<>();
    for (String s : split(joined)) {
      out.add(Path.of(s));
    }
    return out;
  }

  static List<String> split(String joined) {
    List<String> out = new ArrayList<>();
    for (String s : joined.split("\n")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
