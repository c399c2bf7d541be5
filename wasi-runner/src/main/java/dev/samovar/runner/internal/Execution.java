package dev.samovar.runner.internal;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.UnlinkableException;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import dev.samovar.api.LimitException;
import dev.samovar.api.LinkException;
import dev.samovar.api.SamovarException;
import dev.samovar.runner.Engine;
import dev.samovar.runner.Mount;
import dev.samovar.runner.RunResult;
import dev.samovar.runner.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** One run of a module in a sandbox: instantiate with WASI, run {@code _start}, enforce limits. */
public final class Execution {
  private static final int PAGE = 65536;
  private final Sandbox.Builder options;

  public Execution(Sandbox.Builder options) {
    this.options = options;
  }

  public RunResult run(Path wasm) {
    ModuleCache.Loaded loaded = ModuleCache.load(wasm);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OutputStream stdout = options.capture() ? out : orDiscard(options.stdout());
    OutputStream stderr = options.capture() ? err : orDiscard(options.stderr());
    if (options.capture() && options.stdout() != null) {
      stdout = new Tee(out, options.stdout());
    }
    if (options.capture() && options.stderr() != null) {
      stderr = new Tee(err, options.stderr());
    }
    List<String> argv = new ArrayList<>();
    argv.add(options.programName());
    argv.addAll(options.args());
    WasiOptions.Builder wasiOptions =
        WasiOptions.builder()
            .withArguments(argv)
            .withStdin(options.stdin())
            .withStdout(stdout)
            .withStderr(stderr);
    options.env().forEach(wasiOptions::withEnvironment);
    List<Path> preopens = new ArrayList<>();
    for (Mount m : options.mounts()) {
      wasiOptions.withDirectory(m.guest(), m.host());
      preopens.add(m.host());
    }
    AtomicReference<Integer> exit = new AtomicReference<>(0);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable body =
        () -> {
          try (WasiPreview1 wasi =
              WasiPreview1.builder().withOptions(wasiOptions.build()).build()) {
            Instance.Builder builder =
                Instance.builder(loaded.module())
                    .withImportValues(
                        ImportValues.builder().addFunction(functions(wasi, preopens)).build());
            MemoryLimits limits = memoryLimits(loaded, wasm);
            if (limits != null) {
              builder.withMemoryLimits(limits);
            }
            if (options.engine() == Engine.COMPILER) {
              builder.withMachineFactory(ModuleCache.compiled(loaded, options.compileCache()));
            }
            builder.build();
          } catch (WasiExitException e) {
            exit.set(e.exitCode());
          } catch (RuntimeException e) {
            failure.set(e);
          }
        };
    runWithTimeout(body, options.timeout(), wasm);
    RuntimeException e = failure.get();
    if (e != null) {
      if (limitedMemory(loaded)
          && String.valueOf(e.getMessage()).contains("out of bounds memory")) {
        // TeaVM does not check memory.grow's result: a refused grow shows up as this trap.
        throw new LimitException(
            wasm
                + " ran out of memory under the "
                + (options.maxMemoryBytes() >> 20)
                + " MiB limit (a memory.grow was refused); raise --max-memory",
            Map.of("module", wasm.toString(), "limit", "memory"),
            e);
      }
      throw translate(e, wasm);
    }
    return new RunResult(exit.get(), out.toByteArray(), err.toByteArray());
  }

  private static HostFunction[] functions(WasiPreview1 wasi, List<Path> preopens) {
    HostFunction[] functions = wasi.toHostFunctions();
    for (int i = 0; i < functions.length; i++) {
      if (functions[i].name().equals("fd_filestat_get")) {
        functions[i] = PreopenStat.wrap(functions[i], preopens);
      } else if (functions[i].name().equals("path_rename")) {
        functions[i] = RenameFix.wrap(functions[i], wasi);
      }
    }
    return functions;
  }

  private boolean limitedMemory(ModuleCache.Loaded loaded) {
    return options.maxMemoryBytes() >= 0
        && loaded.module().memorySection().isPresent()
        && options.maxMemoryBytes() / PAGE
            < loaded.module().memorySection().get().getMemory(0).limits().maximumPages();
  }

  private MemoryLimits memoryLimits(ModuleCache.Loaded loaded, Path wasm) {
    if (options.maxMemoryBytes() < 0 || loaded.module().memorySection().isEmpty()) {
      return null;
    }
    MemoryLimits declared = loaded.module().memorySection().get().getMemory(0).limits();
    int maxPages = (int) Math.min(options.maxMemoryBytes() / PAGE, declared.maximumPages());
    if (declared.initialPages() > maxPages) {
      throw new LimitException(
          wasm
              + " needs "
              + ((long) declared.initialPages() * PAGE >> 20)
              + " MiB of memory at start, over the limit of "
              + (options.maxMemoryBytes() >> 20)
              + " MiB; raise --max-memory",
          Map.of("module", wasm.toString(), "limit", "memory"),
          null);
    }
    return new MemoryLimits(declared.initialPages(), maxPages);
  }

  private static void runWithTimeout(Runnable body, Duration timeout, Path wasm) {
    if (timeout == null) {
      body.run();
      return;
    }
    Thread worker = new Thread(body, "samovar-guest");
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(timeout.toMillis());
      if (worker.isAlive()) {
        worker.interrupt();
        worker.join(10_000);
        throw new LimitException(
            wasm + " ran longer than the " + timeout.toMillis() + " ms time limit; raise --timeout",
            Map.of("module", wasm.toString(), "limit", "time"),
            null);
      }
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new LimitException("interrupted while waiting for the guest", Map.of(), e);
    }
  }

  private static SamovarException translate(RuntimeException e, Path wasm) {
    Map<String, String> fields = Map.of("module", wasm.toString());
    if (e instanceof SamovarException) {
      return (SamovarException) e;
    }
    if (e instanceof ChicoryInterruptedException) {
      return new LimitException(wasm + " was interrupted", Map.of("limit", "time"), e);
    }
    if (e instanceof UnlinkableException || e instanceof UninstantiableException) {
      return new LinkException(wasm + " cannot be linked: " + e.getMessage(), fields, e);
    }
    if (e instanceof TrapException || e instanceof ChicoryException) {
      return new dev.samovar.api.TrapException(wasm + " trapped: " + e.getMessage(), fields, e);
    }
    return new dev.samovar.api.TrapException(
        wasm + " failed in the host: " + e.getMessage(), fields, e);
  }

  private static OutputStream orDiscard(OutputStream out) {
    return out != null ? out : OutputStream.nullOutputStream();
  }
}
