package dev.samovar.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.BuildException;
import dev.samovar.build.fixtures.codegen.BrTableAfterTerminatingTry;
import dev.samovar.build.fixtures.codegen.FloatIsInfiniteSimple;
import dev.samovar.build.fixtures.codegen.InstanceofFloatIsNaN;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TeaVM 0.13.1 code-generation bugs that wrote invalid wasm with no error: each reproducer gives an
 * invalid module (refused by Chicory and V8) with samovar-classlib's fixes off, and with them on a
 * valid module that prints what the JVM prints (run on Chicory).
 */
class CodegenBugsTest {
  private static BuildResult build(
      Class<?> main, OptimizationLevel level, Path out, boolean fixes) {
    String old = System.getProperty(ModuleCheckBuildTest.CodegenFixesOff.PROPERTY);
    if (!fixes) {
      System.setProperty(ModuleCheckBuildTest.CodegenFixesOff.PROPERTY, "false");
    }
    try {
      return WasmBuild.builder()
          .moduleName("repro")
          .mainClass(main.getName())
          .classPath(List.of(Fixtures.testClasses()))
          .optimization(level)
          .outputDirectory(out)
          .build()
          .run();
    } finally {
      if (old == null) {
        System.clearProperty(ModuleCheckBuildTest.CodegenFixesOff.PROPERTY);
      } else {
        System.setProperty(ModuleCheckBuildTest.CodegenFixesOff.PROPERTY, old);
      }
    }
  }

  private static void reproduceThenFix(
      Class<?> main, OptimizationLevel level, String expectedError, Path broken, Path fixed)
      throws Exception {
    BuildException e = assertThrows(BuildException.class, () -> build(main, level, broken, false));
    assertTrue(e.getMessage().contains("invalid wasm module"), e.getMessage());
    assertTrue(e.getMessage().contains(expectedError), e.getMessage());
    assertNotNull(WasmRun.v8Error(broken.resolve("teavm/repro.wasm")), "V8 accepted it");

    BuildResult result = build(main, level, fixed, true);
    assertNull(WasmRun.v8Error(result.wasm()));
    String jvm = WasmRun.jvm(main);
    assertTrue(jvm.lines().count() >= 5, jvm);
    assertEquals(jvm, WasmRun.chicory(result.wasm()));
  }

  @Test
  void instanceofFloatIsNaNWhereNoFloatArrives(@TempDir Path broken, @TempDir Path fixed)
      throws Exception {
    reproduceThenFix(
        InstanceofFloatIsNaN.class,
        OptimizationLevel.ADVANCED,
        "instruction requires [f32] but stack has [i32]",
        broken,
        fixed);
  }

  @Test
  void floatIsInfiniteAtSimpleLevel(@TempDir Path broken, @TempDir Path fixed) throws Exception {
    reproduceThenFix(
        FloatIsInfiniteSimple.class,
        OptimizationLevel.SIMPLE,
        "java.lang.Float.isInfinite()",
        broken,
        fixed);
  }

  @Test
  void tryBodyEndingInIfElseThatBranchesAway(@TempDir Path broken, @TempDir Path fixed)
      throws Exception {
    reproduceThenFix(
        BrTableAfterTerminatingTry.class,
        OptimizationLevel.SIMPLE,
        "BrTableAfterTerminatingTry.sum(String[])",
        broken,
        fixed);
  }

  @Test
  void tryBodyEndingInIfElseThatBranchesAwayAdvanced(@TempDir Path broken, @TempDir Path fixed)
      throws Exception {
    reproduceThenFix(
        BrTableAfterTerminatingTry.class,
        OptimizationLevel.ADVANCED,
        "instruction requires [i32] but stack has []",
        broken,
        fixed);
  }
}
