package dev.samovar.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.BuildException;
import dev.samovar.build.internal.ModuleCheck;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build never ships a module a host would refuse, and says why in Java terms: real TeaVM builds
 * of fixtures that give an invalid module or an unresolved import.
 */
class ModuleCheckBuildTest {
  /** Builds with samovar-classlib's code-generation fixes off, to get TeaVM's own output. */
  static BuildResult buildWithoutCodegenFixes(String name, String mainClass, Path out) {
    String old = System.getProperty(CodegenFixesOff.PROPERTY);
    System.setProperty(CodegenFixesOff.PROPERTY, "false");
    try {
      return Fixtures.build(name, mainClass, out);
    } finally {
      if (old == null) {
        System.clearProperty(CodegenFixesOff.PROPERTY);
      } else {
        System.setProperty(CodegenFixesOff.PROPERTY, old);
      }
    }
  }

  @Test
  void invalidModuleNamesWasmFunctionJavaMethodValidatorMessageAndHint(@TempDir Path out)
      throws Exception {
    BuildException e =
        assertThrows(
            BuildException.class,
            () ->
                buildWithoutCodegenFixes(
                    "nan", "dev.samovar.build.fixtures.codegen.InstanceofFloatIsNaN", out));
    String m = e.getMessage();
    assertTrue(m.contains("invalid wasm module 'nan'"), m);
    Matcher function = Pattern.compile("wasm function #(\\d+) '([^']+)'").matcher(m);
    assertTrue(function.find(), m);
    assertTrue(
        m.contains("compiled from dev.samovar.build.fixtures.codegen.InstanceofFloatIsNaN."), m);
    assertTrue(m.contains("type mismatch"), m);
    assertTrue(m.contains("hint:"), m);
    assertEquals("nan", e.field("module"));
    // V8 refuses the same module, at the same function.
    String v8 = WasmRun.v8Error(out.resolve("teavm/nan.wasm"));
    assertNotNull(v8, "V8 accepted a module Chicory refused");
    assertTrue(v8.contains("#" + function.group(1) + ":\"" + function.group(2) + "\""), v8);
    assertTrue(v8.contains("reinterpret_f32"), v8);
  }

  @Test
  void unresolvedImportNamesTheJavaCallSite(@TempDir Path out) {
    BuildException e =
        assertThrows(
            BuildException.class,
            () -> Fixtures.build("native", "dev.samovar.build.fixtures.NativeCall", out));
    String m = e.getMessage();
    assertTrue(m.contains("\"\".\"<unknown>\""), m);
    assertTrue(m.contains("the Java method dev.samovar.build.fixtures.NativeCall.missing(int)"), m);
    assertTrue(m.contains("at dev.samovar.build.fixtures.NativeCall.main (NativeCall.java:14)"), m);
    assertTrue(m.contains("hint:"), m);
  }

  @Test
  void truncatedModuleIsRefusedAsMalformed() {
    byte[] wasm = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 10, 2};
    BuildException e = assertThrows(BuildException.class, () -> ModuleCheck.check("cut", wasm));
    assertTrue(e.getMessage().contains("malformed wasm module 'cut'"), e.getMessage());
  }

  @Test
  void validBuildPassesV8(@TempDir Path out) throws Exception {
    BuildResult result = Fixtures.build("hello", "dev.samovar.build.fixtures.Hello", out);
    assertEquals(null, WasmRun.v8Error(result.wasm()));
    assertEquals(null, WasmRun.v8Error(result.debugWasm()));
  }

  /** Names the switch samovar-classlib reads (kept in one place for the tests). */
  static final class CodegenFixesOff {
    static final String PROPERTY = "samovar.codegenFixes";

    private CodegenFixesOff() {}
  }
}
