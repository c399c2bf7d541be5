package dev.samovar.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.BuildException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WasmBuildTest {
  @Test
  void helloImportsOnlyWasi(@TempDir Path out) {
    BuildResult result = Fixtures.build("hello", "dev.samovar.build.fixtures.Hello", out);
    assertFalse(result.imports().isEmpty());
    for (String imp : result.imports()) {
      assertTrue(imp.startsWith("wasi_snapshot_preview1."), imp);
    }
    assertTrue(Files.isRegularFile(out.resolve("hello.wasm")));
    assertTrue(Files.isRegularFile(out.resolve("debug/hello.wasm")));
  }

  @Test
  void twoCleanBuildsAreByteIdentical(@TempDir Path a, @TempDir Path b) throws Exception {
    BuildResult first = Fixtures.buildForked("hello", "dev.samovar.build.fixtures.Hello", a);
    BuildResult second = Fixtures.buildForked("hello", "dev.samovar.build.fixtures.Hello", b);
    assertArrayEquals(Files.readAllBytes(first.wasm()), Files.readAllBytes(second.wasm()));
    assertArrayEquals(
        Files.readAllBytes(first.debugWasm()), Files.readAllBytes(second.debugWasm()));
  }

  @Test
  void releaseBinaryHasNoNameSectionButDebugOneHas(@TempDir Path out) throws Exception {
    BuildResult result = Fixtures.build("hello", "dev.samovar.build.fixtures.Hello", out);
    byte[] release = Files.readAllBytes(result.wasm());
    byte[] debug = Files.readAllBytes(result.debugWasm());
    assertTrue(release.length < debug.length);
    assertFalse(contains(release, "\u0004name".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertTrue(contains(debug, "\u0004name".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void unsupportedJdkCallNamesMethodCallerAndLine(@TempDir Path out) {
    BuildException e =
        assertThrows(
            BuildException.class,
            () -> Fixtures.build("bad", "dev.samovar.build.fixtures.Unsupported", out));
    String message = e.getMessage();
    assertTrue(message.contains("java.io.BufferedReader.transferTo"), message);
    assertTrue(message.contains("at dev.samovar.build.fixtures.Unsupported.main"), message);
    assertTrue(message.contains("(Unsupported.java:14)"), message);
    assertTrue(message.contains("hint:"), message);
    assertEquals("bad", e.field("module"));
  }

  @Test
  void forkedBuildReportsTeaVmProblemsLikeAnInProcessOne(@TempDir Path out) {
    BuildException e =
        assertThrows(
            BuildException.class,
            () -> Fixtures.buildForked("bad", "dev.samovar.build.fixtures.Unsupported", out));
    assertTrue(e.getMessage().contains("(Unsupported.java:14)"), e.getMessage());
    assertEquals("bad", e.field("module"));
  }

  @Test
  void badModuleNameIsRefusedWithTheFix(@TempDir Path out) {
    BuildException e =
        assertThrows(
            BuildException.class,
            () -> WasmBuild.builder().moduleName("my-core").outputDirectory(out).build());
    assertTrue(e.getMessage().contains("'my-core'"), e.getMessage());
    assertTrue(e.getMessage().contains("<moduleName>"), e.getMessage());
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
