package dev.samovar.runner.internal;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.Import;
import dev.samovar.api.LinkException;
import dev.samovar.runner.internal.wasi.Preview1;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Checks before instantiation that the runner provides everything a module imports. */
final class Imports {
  private Imports() {}

  static void check(WasmModule module, Path wasm) {
    Set<String> provided = Preview1.functionNames();
    var imports = module.importSection();
    for (int i = 0; i < imports.importCount(); i++) {
      Import imp = imports.getImport(i);
      boolean ok =
          imp.importType() == ExternalType.FUNCTION
              && imp.module().equals(Preview1.MODULE)
              && provided.contains(imp.name());
      if (!ok) {
        throw new LinkException(
            wasm
                + " imports "
                + imp.module()
                + "."
                + imp.name()
                + " ("
                + imp.importType().name().toLowerCase(java.util.Locale.ROOT)
                + "), which the runner does not provide; it provides "
                + Preview1.MODULE
                + " functions only",
            Map.of(
                "module",
                wasm.toString(),
                "import",
                imp.module() + "." + imp.name(),
                "reason",
                "unknown-import"),
            null);
      }
    }
  }
}
