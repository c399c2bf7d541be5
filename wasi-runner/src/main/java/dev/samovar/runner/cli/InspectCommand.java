package dev.samovar.runner.cli;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.Import;
import dev.samovar.runner.internal.ModuleCache;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code samovar inspect}: what a module imports, exports and needs. */
@Command(name = "inspect", description = "Print a module's imports, exports, memory and size.")
final class InspectCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODULE")
  Path module;

  @Override
  public Integer call() throws IOException {
    WasmModule m = ModuleCache.load(module).module();
    PrintStream out = System.out;
    out.println("module: " + module + " (" + Files.size(module) + " bytes)");
    var imports = m.importSection();
    out.println("imports (" + imports.importCount() + "):");
    for (int i = 0; i < imports.importCount(); i++) {
      Import imp = imports.getImport(i);
      out.println("  " + imp.module() + "." + imp.name() + " (" + imp.importType() + ")");
    }
    var exports = m.exportSection();
    out.println("exports (" + exports.exportCount() + "):");
    for (int i = 0; i < exports.exportCount(); i++) {
      Export e = exports.getExport(i);
      out.println("  " + e.name() + " (" + e.exportType() + ")");
    }
    m.memorySection()
        .ifPresent(
            s -> {
              var limits = s.getMemory(0).limits();
              out.println(
                  "memory: "
                      + ((long) limits.initialPages() * 65536 >> 20)
                      + " MiB initial, "
                      + ((long) limits.maximumPages() * 65536 >> 20)
                      + " MiB maximum");
            });
    out.println("functions: " + m.functionSection().functionCount());
    out.flush();
    return 0;
  }
}
