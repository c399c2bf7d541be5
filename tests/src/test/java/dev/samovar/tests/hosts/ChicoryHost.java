package dev.samovar.tests.hosts;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Chicory 1.7.5 in this JVM, with its interpreter or its runtime compiler. */
public final class ChicoryHost implements Host {
  /** Compiling a module takes seconds: compile once per module and reuse for every run. */
  private static final Map<Path, Function<Instance, com.dylibso.chicory.runtime.Machine>> COMPILED =
      new ConcurrentHashMap<>();

  private static final Map<Path, WasmModule> PARSED = new ConcurrentHashMap<>();

  private final boolean compiler;

  private ChicoryHost(boolean compiler) {
    this.compiler = compiler;
  }

  public static ChicoryHost interpreter() {
    return new ChicoryHost(false);
  }

  public static ChicoryHost compiler() {
    return new ChicoryHost(true);
  }

  @Override
  public String name() {
    return compiler ? "chicory-compiler" : "chicory-interpreter";
  }

  @Override
  public HostRun run(Invocation inv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> argv = new ArrayList<>();
    argv.add(inv.wasm.getFileName().toString());
    argv.addAll(inv.args);
    WasiOptions.Builder options =
        WasiOptions.builder()
            .withStdout(out)
            .withStderr(err)
            .withStdin(new ByteArrayInputStream(inv.stdin))
            .withArguments(argv);
    for (Map.Entry<String, String> e : inv.env.entrySet()) {
      options.withEnvironment(e.getKey(), e.getValue());
    }
    if (inv.dir != null) {
      options.withDirectory(Invocation.GUEST_DIR, inv.dir.toAbsolutePath());
    }
    WasmModule module = PARSED.computeIfAbsent(inv.wasm.toAbsolutePath(), Parser::parse);
    int exit = 0;
    try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options.build()).build()) {
      Instance.Builder builder =
          Instance.builder(module)
              .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build());
      if (compiler) {
        builder.withMachineFactory(
            COMPILED.computeIfAbsent(
                inv.wasm.toAbsolutePath(), p -> MachineFactoryCompiler.compile(module)));
      }
      builder.build();
    } catch (WasiExitException e) {
      exit = e.exitCode();
    }
    return new HostRun(name(), exit, out.toByteArray(), err.toByteArray());
  }
}
