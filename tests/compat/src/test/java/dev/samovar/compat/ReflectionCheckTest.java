package dev.samovar.compat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.BuildException;
import dev.samovar.build.BuildLog;
import dev.samovar.build.WasmBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reflection the build can see will fail ({@code X.class.getMethod} and the other member lookups on
 * a class not kept) stops the build with the call site and the fix.
 */
class ReflectionCheckTest {
  @Test
  void unkeptClassUsedByNameFailsTheBuildNamingTheCallSite() {
    Path out = Path.of("target", "compat-failures", "unlisted");
    BuildException e =
        assertThrows(
            BuildException.class, () -> build(out, List.of()).runForked(Corpus.jvmClassPath()));
    String m = e.getMessage();
    // A constant Class.forName is resolved by TeaVM at build time: it needs no listing.
    assertFalse(m.contains("Class.forName"), m);
    assertTrue(
        m.contains(
            "dev.samovar.compat.reflection.Kettle.class.getMethod(...)"
                + " at dev.samovar.compat.reflection.Unlisted.main (Unlisted.java:13)"),
        m);
    assertTrue(m.contains("<reflection><class>"), m);
    assertFalse(Files.exists(out.resolve("unlisted.wasm")), "a failed build left a module");
  }

  @Test
  void keepingTheClassBuilds() {
    Path out = Path.of("target", "compat-failures", "listed");
    var result =
        build(out, List.of("dev.samovar.compat.reflection.Kettle"))
            .runForked(Corpus.jvmClassPath());
    assertTrue(Files.isRegularFile(result.wasm()));
  }

  private static WasmBuild build(Path out, List<String> kept) {
    List<Path> runtime = new ArrayList<>();
    List<Path> user = new ArrayList<>();
    user.add(Path.of(System.getProperty("samovar.classes", "target/classes")));
    for (Path entry : Corpus.jvmClassPath()) {
      String s = entry.toString().replace('\\', '/');
      if (s.contains("samovar-classlib")
          || s.contains("samovar-api")
          || s.contains("/org/teavm/")) {
        runtime.add(entry);
      }
    }
    return WasmBuild.builder()
        .moduleName("unlisted")
        .mainClass("dev.samovar.compat.reflection.Unlisted")
        .classPath(user)
        .runtimeClassPath(runtime)
        .reflectionClasses(kept)
        .outputDirectory(out)
        .log(BuildLog.stderr())
        .build();
  }
}
