package dev.samovar.runner.cli;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.ValType;
import dev.samovar.runner.internal.Execution;
import dev.samovar.runner.internal.ModuleCache;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code samovar inspect}: what a module imports, exports and needs. */
@Command(
    name = "inspect",
    description = "Print a module's imports, exports, ABI version, memory limits and sizes.",
    footer = ExitCodes.TABLE)
final class InspectCommand implements Callable<Integer> {
  /** Custom section in which a samovar build records its ABI version. */
  static final String ABI_SECTION = "samovar.abi";

  @Parameters(index = "0", paramLabel = "MODULE")
  Path module;

  @Override
  public Integer call() throws IOException {
    ModuleCache.Loaded loaded = ModuleCache.load(module);
    WasmModule m = loaded.module();
    byte[] bytes = Files.readAllBytes(module);
    PrintStream out = System.out;
    out.println(
        "module: " + module + " (" + bytes.length + " bytes, sha256 " + loaded.sha256() + ")");
    var imports = m.importSection();
    out.println("imports (" + imports.importCount() + "):");
    for (int i = 0; i < imports.importCount(); i++) {
      Import imp = imports.getImport(i);
      String kind = imp.importType().name().toLowerCase(Locale.ROOT);
      if (imp.importType() == ExternalType.FUNCTION) {
        kind = "func " + signature(m.typeSection().getType(((FunctionImport) imp).typeIndex()));
      }
      out.println("  " + imp.module() + "." + imp.name() + " (" + kind + ")");
    }
    var exports = m.exportSection();
    out.println("exports (" + exports.exportCount() + "):");
    for (int i = 0; i < exports.exportCount(); i++) {
      Export e = exports.getExport(i);
      String kind = e.exportType().name().toLowerCase(Locale.ROOT);
      if (e.exportType() == ExternalType.FUNCTION) {
        kind = "func " + signature(Execution.exportType(loaded, module, e.name()));
      }
      out.println("  " + e.name() + " (" + kind + ")");
    }
    m.memorySection()
        .ifPresent(
            s -> {
              var limits = s.getMemory(0).limits();
              out.println(
                  "memory: "
                      + limits.initialPages()
                      + " pages ("
                      + mib((long) limits.initialPages() * 65536)
                      + ") initial, "
                      + limits.maximumPages()
                      + " pages ("
                      + mib((long) limits.maximumPages() * 65536)
                      + ") maximum");
            });
    out.println("functions: " + m.functionSection().functionCount() + " defined");
    List<String[]> sections = sections(bytes);
    String abi = "none (no " + ABI_SECTION + " custom section)";
    out.println("sections:");
    for (String[] s : sections) {
      out.println("  " + s[0] + ": " + s[1] + " bytes");
      if (s[0].equals("custom " + ABI_SECTION)) {
        abi = s[2];
      }
    }
    out.println("abi: " + abi);
    out.flush();
    return 0;
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }

  static String signature(FunctionType t) {
    return "(" + types(t.params()) + ") -> (" + types(t.returns()) + ")";
  }

  private static String types(List<ValType> types) {
    List<String> names = new ArrayList<>();
    for (ValType v : types) {
      names.add(v.toString().toLowerCase(Locale.ROOT));
    }
    return String.join(", ", names);
  }

  private static final String[] NAMES = {
    "custom",
    "type",
    "import",
    "function",
    "table",
    "memory",
    "global",
    "export",
    "start",
    "element",
    "code",
    "data",
    "datacount",
    "tag"
  };

  /** {name, size, content of a custom section as text} per section, scanning the binary. */
  static List<String[]> sections(byte[] b) {
    List<String[]> out = new ArrayList<>();
    int[] at = {8};
    while (at[0] < b.length) {
      int id = b[at[0]++] & 0xff;
      int size = (int) leb(b, at);
      int start = at[0];
      String name = id < NAMES.length ? NAMES[id] : "section " + id;
      String content = "";
      if (id == 0) {
        int nameLen = (int) leb(b, at);
        String custom = new String(b, at[0], nameLen, StandardCharsets.UTF_8);
        name = "custom " + custom;
        int dataStart = at[0] + nameLen;
        content = new String(b, dataStart, start + size - dataStart, StandardCharsets.UTF_8);
      }
      out.add(new String[] {name, Integer.toString(size), content.strip()});
      at[0] = start + size;
    }
    return out;
  }

  private static long leb(byte[] b, int[] at) {
    long result = 0;
    int shift = 0;
    while (true) {
      int x = b[at[0]++] & 0xff;
      result |= (long) (x & 0x7f) << shift;
      if ((x & 0x80) == 0) {
        return result;
      }
      shift += 7;
    }
  }
}
