package dev.samovar.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.samovar.api.BuildException;
import dev.samovar.size.internal.WasmLayout;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs Binaryen's wasm-opt from the repository's node_modules (npm package binaryen 132.0.0,
 * installed by the test script; {@code npm ci} at the root installs it by hand).
 */
class WasmOptTest {
  private static Path repoRoot() {
    Path root = Path.of("").toAbsolutePath().getParent();
    Path bin = root.resolve("node_modules/binaryen/bin/wasm-opt");
    if (!Files.isRegularFile(bin)) {
      throw new AssertionError(
          "missing "
              + bin
              + ": run `npm ci` (or `npm install --no-save binaryen@132.0.0`) in "
              + root);
    }
    return root;
  }

  @Test
  void optimizedModuleIsSmallerKeepsExportsNamesAndCustomSections(@TempDir Path dir)
      throws Exception {
    byte[] named = Files.readAllBytes(TeaVmFixtures.small().named());
    Path in = dir.resolve("in.wasm");
    Files.write(in, withCustomSection(named, "samovar.test", "keep me"));
    Path out = dir.resolve("out.wasm");

    WasmOpt.Result r =
        WasmOpt.builder().nodeModulesRoot(repoRoot()).level("-Oz").build().optimize(in, out);

    assertEquals(Files.size(in), r.before().raw());
    assertEquals(Files.size(out), r.after().raw());
    assertTrue(r.after().raw() < r.before().raw(), r.before() + " -> " + r.after());
    assertTrue(r.version().startsWith("wasm-opt version"), r.version());
    WasmLayout layout = WasmLayout.read("out", Files.readAllBytes(out));
    assertTrue(layout.hasCustomSection("name"), "names kept with -g");
    assertTrue(layout.hasCustomSection("samovar.test"), "custom section kept or restored");
    WasmModule before = Parser.parse(Files.readAllBytes(in));
    WasmModule after = Parser.parse(Files.readAllBytes(out));
    assertEquals(before.exportSection().exportCount(), after.exportSection().exportCount());

    SizeReport report =
        SizeAnalyzer.builder().binary(out).build().analyze().withWasmOpt(r.summary());
    assertTrue(SizeReports.markdown(report).contains("wasm-opt -Oz"));
  }

  @Test
  void badLevelIsRefusedBeforeRunning() {
    BuildException e =
        assertThrows(BuildException.class, () -> WasmOpt.builder().level("-O9").build());
    assertTrue(e.getMessage().contains("'-O9'"), e.getMessage());
  }

  @Test
  void missingBinaryenSaysHowToInstallIt(@TempDir Path dir) throws Exception {
    Path in = TeaVmFixtures.small().release();
    BuildException e =
        assertThrows(
            BuildException.class,
            () ->
                WasmOpt.builder().nodeModulesRoot(dir).build().optimize(in, dir.resolve("o.wasm")));
    assertTrue(e.getMessage().contains("npm install --no-save binaryen@132.0.0"), e.getMessage());
  }

  private static byte[] withCustomSection(byte[] wasm, String name, String content) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] c = content.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(wasm);
    out.write(0);
    out.write(1 + n.length + c.length);
    out.write(n.length);
    out.writeBytes(n);
    out.writeBytes(c);
    return out.toByteArray();
  }
}
