package dev.samovar.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module the reactor builds imports only {@code wasi_snapshot_preview1}: one binary, every
 * host.
 */
class ImportsTest {
  @Test
  void everyBuiltModuleImportsOnlyWasi() throws IOException {
    List<Path> modules = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Hosts.repo(), 6)) {
      walk.filter(p -> p.toString().endsWith(".wasm"))
          .filter(p -> p.getParent().getFileName().toString().equals("samovar"))
          .filter(p -> p.getParent().getParent().getFileName().toString().equals("target"))
          .forEach(modules::add);
    }
    assertTrue(modules.contains(Hosts.coreWasm()), "javacore.wasm not found among " + modules);
    assertTrue(modules.size() >= 2, modules.toString());
    for (Path wasm : modules) {
      WasmModule module = Parser.parse(wasm);
      var imports = module.importSection();
      assertFalse(imports.importCount() == 0, wasm + " has no imports at all?");
      for (int i = 0; i < imports.importCount(); i++) {
        var imp = imports.getImport(i);
        assertTrue(
            imp.module().equals("wasi_snapshot_preview1"),
            wasm + " imports " + imp.module() + "." + imp.name());
      }
    }
  }
}
