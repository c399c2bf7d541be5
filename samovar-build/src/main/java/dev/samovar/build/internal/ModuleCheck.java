package dev.samovar.build.internal;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Import;
import dev.samovar.api.BuildException;
import dev.samovar.build.WasmBuild;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses to ship a module a host would refuse: it must parse and validate, and import only WASI.
 */
public final class ModuleCheck {
  private ModuleCheck() {}

  /** Validates the module and returns its imports as {@code module.name}. */
  public static List<String> check(String moduleName, byte[] wasm) {
    WasmModule module;
    try {
      module = Parser.parse(wasm);
    } catch (ChicoryException e) {
      throw new BuildException(
          "TeaVM wrote an invalid wasm module '"
              + moduleName
              + "': "
              + e.getMessage()
              + "\n  hint: this is a code-generation bug; try <optimization>SIMPLE</optimization> or"
              + " report the Java method involved.",
          Map.of("module", moduleName),
          e);
    }
    List<String> imports = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    var section = module.importSection();
    for (int i = 0; i < section.importCount(); i++) {
      Import imp = section.getImport(i);
      String qualified = imp.module() + "." + imp.name();
      imports.add(qualified);
      if (!WasmBuild.ALLOWED_IMPORT_MODULES.contains(imp.module())) {
        foreign.add(qualified);
      }
    }
    if (!foreign.isEmpty()) {
      throw new BuildException(
          "Module '"
              + moduleName
              + "' imports "
              + String.join(", ", foreign)
              + ", which WASI hosts do not provide; only "
              + WasmBuild.ALLOWED_IMPORT_MODULES
              + " imports are allowed.\n  hint: a JDK method with a host-specific TeaVM"
              + " implementation was reached; samovar-classlib should replace it.",
          Map.of("module", moduleName, "imports", String.join(",", foreign)),
          null);
    }
    return imports;
  }
}
