package dev.samovar.build.internal;

import dev.samovar.api.BuildException;
import dev.samovar.build.BuildResult;
import dev.samovar.build.WasmBuild;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Runs a build in a fresh JVM. TeaVM's output depends on identity hash codes (its dependency
 * analysis iterates identity-keyed sets), so a second build in the same JVM, or a build in a busy
 * Maven JVM, can order classes differently; a fresh single-purpose JVM gives byte-identical output.
 */
public final class ForkedBuild {
  private ForkedBuild() {}

  public static BuildResult run(WasmBuild.Builder o, List<Path> buildClassPath) {
    try {
      Path dir = Files.createDirectories(o.outputDirectory().resolve("teavm"));
      Path request = dir.resolve("build-request.properties");
      Path response = dir.resolve("build-result.properties");
      Files.deleteIfExists(response);
      Properties p = new Properties();
      p.setProperty("moduleName", o.moduleName());
      if (o.mainClass() != null) {
        p.setProperty("mainClass", o.mainClass());
      }
      p.setProperty("classPath", join(o.classPath()));
      p.setProperty("runtimeClassPath", join(o.runtimeClassPath()));
      p.setProperty("exportRoots", join(o.exportRoots()));
      p.setProperty("sourceRoots", join(o.sourceRoots()));
      p.setProperty("outputDirectory", o.outputDirectory().toAbsolutePath().toString());
      p.setProperty("optimization", o.optimization().name());
      p.setProperty("minHeapBytes", Long.toString(o.minHeapBytes()));
      p.setProperty("maxHeapBytes", Long.toString(o.maxHeapBytes()));
      p.setProperty("debugNames", Boolean.toString(o.debugNames()));
      p.setProperty("preservedClasses", String.join("\n", o.preservedClasses()));
      p.setProperty("reflectionClasses", String.join("\n", o.reflectionClasses()));
      if (o.javaPackage() != null) {
        p.setProperty("javaPackage", o.javaPackage());
      }
      try (Writer w = Files.newBufferedWriter(request, StandardCharsets.UTF_8)) {
        p.store(w, null);
      }
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-cp");
      cmd.add(
          buildClassPath.stream()
              .map(Path::toString)
              .collect(Collectors.joining(File.pathSeparator)));
      cmd.add(BuildMain.class.getName());
      cmd.add(request.toString());
      cmd.add(response.toString());
      Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = process.waitFor();
      for (String line : output.split("\n")) {
        if (!line.isBlank()) {
          o.log().info(line);
        }
      }
      if (!Files.exists(response)) {
        throw new BuildException(
            "The forked build JVM exited with status " + status + " and no result:\n" + output,
            Map.of("module", o.moduleName()),
            null);
      }
      Properties r = new Properties();
      try (Reader reader = Files.newBufferedReader(response, StandardCharsets.UTF_8)) {
        r.load(reader);
      }
      if (r.getProperty("error") != null) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : r.stringPropertyNames()) {
          if (key.startsWith("field.")) {
            fields.put(key.substring(6), r.getProperty(key));
          }
        }
        throw new BuildException(r.getProperty("error"), fields, null);
      }
      return new BuildResult(
          Path.of(r.getProperty("wasm")),
          Path.of(r.getProperty("debugWasm")),
          BuildMain.split(r.getProperty("imports", "")),
          Long.parseLong(r.getProperty("millis")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildException("Interrupted while waiting for the forked build", Map.of(), e);
    }
  }

  private static String join(List<Path> paths) {
    return paths.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n"));
  }
}
