package dev.samovar.runner.internal;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.UnlinkableException;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import dev.samovar.api.LimitException;
import dev.samovar.api.LinkException;
import dev.samovar.api.SamovarException;
import dev.samovar.runner.Access;
import dev.samovar.runner.Engine;
import dev.samovar.runner.Mount;
import dev.samovar.runner.RunResult;
import dev.samovar.runner.Sandbox;
import dev.samovar.runner.internal.wasi.GuestExit;
import dev.samovar.runner.internal.wasi.MountPoint;
import dev.samovar.runner.internal.wasi.Preview1;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One run of a module in a sandbox: check its imports, instantiate it with the runner's WASI, run
 * {@code _start} (or one export) on a guest thread, and turn every way it can end into an exit code
 * or one exception of the {@link SamovarException} family.
 */
public final class Execution {
  private static final int PAGE = 65536;
  private final Sandbox.Builder options;

  public Execution(Sandbox.Builder options) {
    this.options = options;
  }

  /** Runs {@code _start}; the guest's exit code and captured output. */
  public RunResult run(Path wasm) {
    ModuleCache.Loaded loaded = ModuleCache.load(wasm);
    Imports.check(loaded.module(), wasm);
    if (!hasExport(loaded, "_start")) {
      throw new LinkException(
          wasm
              + " has no _start export (it is not a WASI command); call one of its exports with"
              + " --invoke EXPORT",
          Map.of("module", wasm.toString(), "export", "_start", "reason", "missing-export"),
          null);
    }
    prepare(loaded, wasm);
    Streams streams = new Streams(wasm);
    int[] exit = {0};
    GuestThread.run(
        () -> {
          try (Preview1 wasi = wasi(streams)) {
            instance(loaded, wasm, wasi, true);
          } catch (GuestExit e) {
            exit[0] = e.code();
          }
        },
        options.timeout(),
        wasm,
        e -> translate(e, loaded, wasm));
    return new RunResult(exit[0], streams.out.toByteArray(), streams.err.toByteArray());
  }

  /**
   * Instantiates the module (running a start section and {@code _initialize} if exported, not
   * {@code _start}) and calls {@code export} with raw values: i32/i64 as numbers, f32/f64 as their
   * IEEE bits.
   */
  public long[] invoke(Path wasm, String export, long... args) {
    ModuleCache.Loaded loaded = ModuleCache.load(wasm);
    Imports.check(loaded.module(), wasm);
    FunctionType type = exportType(loaded, wasm, export);
    if (type.params().size() != args.length) {
      throw new LinkException(
          export
              + " takes "
              + type.params().size()
              + " argument(s) "
              + type.params()
              + ", got "
              + args.length,
          Map.of("module", wasm.toString(), "export", export, "reason", "bad-arguments"),
          null);
    }
    prepare(loaded, wasm);
    Streams streams = new Streams(wasm);
    long[][] result = {new long[0]};
    GuestThread.run(
        () -> {
          try (Preview1 wasi = wasi(streams)) {
            Instance instance = instance(loaded, wasm, wasi, false);
            if (hasExport(loaded, "_initialize")) {
              instance.export("_initialize").apply();
            }
            ExportFunction f = instance.export(export);
            long[] r = f.apply(args);
            result[0] = r == null ? new long[0] : r;
          } catch (GuestExit e) {
            throw new dev.samovar.api.TrapException(
                wasm + " exited with " + e.code() + " during " + export,
                Map.of("module", wasm.toString(), "export", export, "exit", "" + e.code()),
                e);
          }
        },
        options.timeout(),
        wasm,
        e -> translate(e, loaded, wasm));
    return result[0];
  }

  /** Loads, checks and compiles the module now, so that later calls start at once. */
  public void prepare(Path wasm) {
    ModuleCache.Loaded loaded = ModuleCache.load(wasm);
    Imports.check(loaded.module(), wasm);
    prepare(loaded, wasm);
  }

  /** A live instance for repeated export calls (the pool's unit); close it when done. */
  public Live instantiate(Path wasm) {
    ModuleCache.Loaded loaded = ModuleCache.load(wasm);
    Imports.check(loaded.module(), wasm);
    Streams streams = new Streams(wasm);
    Preview1 wasi = wasi(streams);
    try {
      Instance instance = instance(loaded, wasm, wasi, false);
      if (hasExport(loaded, "_initialize")) {
        instance.export("_initialize").apply();
      }
      return new Live(this, loaded, wasm, instance, wasi);
    } catch (RuntimeException | Error e) {
      wasi.close();
      throw translate(e, loaded, wasm);
    }
  }

  /** An instantiated module and its WASI state, called from one thread at a time. */
  public static final class Live implements AutoCloseable {
    private final Execution execution;
    private final ModuleCache.Loaded loaded;
    private final Path wasm;
    private final Instance instance;
    private final Preview1 wasi;

    Live(
        Execution execution,
        ModuleCache.Loaded loaded,
        Path wasm,
        Instance instance,
        Preview1 wasi) {
      this.execution = execution;
      this.loaded = loaded;
      this.wasm = wasm;
      this.instance = instance;
      this.wasi = wasi;
    }

    /** Calls an export on the current thread; any failure leaves this instance unusable. */
    public long[] call(String export, long... args) {
      FunctionType type = exportType(loaded, wasm, export);
      if (type.params().size() != args.length) {
        throw new LinkException(
            export + " takes " + type.params().size() + " argument(s), got " + args.length,
            Map.of("module", wasm.toString(), "export", export, "reason", "bad-arguments"),
            null);
      }
      try {
        long[] r = instance.export(export).apply(args);
        return r == null ? new long[0] : r;
      } catch (GuestExit e) {
        throw new dev.samovar.api.TrapException(
            wasm + " exited with " + e.code() + " during " + export,
            Map.of("module", wasm.toString(), "export", export, "exit", "" + e.code()),
            e);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        throw execution.translate(e, loaded, wasm);
      }
    }

    @Override
    public void close() {
      wasi.close();
    }
  }

  /** The parameter and result types of an export, or a {@link LinkException} listing them. */
  public static FunctionType exportType(ModuleCache.Loaded loaded, Path wasm, String export) {
    var exports = loaded.module().exportSection();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < exports.exportCount(); i++) {
      var e = exports.getExport(i);
      if (e.exportType() == ExternalType.FUNCTION) {
        if (e.name().equals(export)) {
          return functionType(loaded, e.index());
        }
        names.add(e.name());
      }
    }
    throw new LinkException(
        wasm
            + " has no exported function '"
            + export
            + "'; it exports: "
            + String.join(", ", names),
        Map.of("module", wasm.toString(), "export", export, "reason", "missing-export"),
        null);
  }

  private static FunctionType functionType(ModuleCache.Loaded loaded, int funcIndex) {
    var m = loaded.module();
    int imported = 0;
    var imports = m.importSection();
    for (int i = 0; i < imports.importCount(); i++) {
      if (imports.getImport(i).importType() == ExternalType.FUNCTION) {
        if (imported == funcIndex) {
          var imp = (com.dylibso.chicory.wasm.types.FunctionImport) imports.getImport(i);
          return m.typeSection().getType(imp.typeIndex());
        }
        imported++;
      }
    }
    return m.typeSection().getType(m.functionSection().getFunctionType(funcIndex - imported));
  }

  private static boolean hasExport(ModuleCache.Loaded loaded, String name) {
    var exports = loaded.module().exportSection();
    for (int i = 0; i < exports.exportCount(); i++) {
      if (exports.getExport(i).name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private Preview1 wasi(Streams streams) {
    List<String> argv = new ArrayList<>();
    argv.add(options.programName());
    argv.addAll(options.args());
    Preview1.Builder b =
        Preview1.builder()
            .args(argv)
            .env(options.env())
            .stdin(options.stdin(), false)
            .stdout(streams.stdout, false)
            .stderr(streams.stderr, false);
    for (Mount m : options.mounts()) {
      b.mount(new MountPoint(m.host(), m.guest(), m.access() == Access.READ_ONLY));
    }
    return b.build();
  }

  private Instance instance(ModuleCache.Loaded loaded, Path wasm, Preview1 wasi, boolean start) {
    Instance.Builder builder =
        Instance.builder(loaded.module())
            .withStart(start)
            .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build());
    MemoryLimits limits = memoryLimits(loaded, wasm);
    if (limits != null) {
      builder.withMemoryLimits(limits);
    }
    if (options.engine() == Engine.COMPILER) {
      builder.withMachineFactory(compiled(loaded, wasm));
    }
    return builder.build();
  }

  /** Compiles (or loads from the caches) before the clock starts: limits time the guest only. */
  private Function<Instance, com.dylibso.chicory.runtime.Machine> compiled(
      ModuleCache.Loaded loaded, Path wasm) {
    return ModuleCache.compiled(
        loaded, options.compileCache(), options.interpreterFallbackFails(), wasm);
  }

  private void prepare(ModuleCache.Loaded loaded, Path wasm) {
    memoryLimits(loaded, wasm);
    if (options.engine() == Engine.COMPILER) {
      try {
        compiled(loaded, wasm);
      } catch (RuntimeException e) {
        throw translate(e, loaded, wasm);
      }
    }
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

  private SamovarException translate(Throwable e, ModuleCache.Loaded loaded, Path wasm) {
    Map<String, String> fields = Map.of("module", wasm.toString());
    if (e instanceof SamovarException) {
      return (SamovarException) e;
    }
    if (e instanceof OutOfMemoryError) {
      return new LimitException(
          wasm + " exhausted the host's Java heap; give the JVM more (-Xmx) or lower --max-memory",
          Map.of("module", wasm.toString(), "limit", "memory"),
          e);
    }
    if (e instanceof StackOverflowError) {
      return new dev.samovar.api.TrapException(wasm + " trapped: call stack exhausted", fields, e);
    }
    if (limitedMemory(loaded) && String.valueOf(e.getMessage()).contains("out of bounds memory")) {
      // TeaVM does not check memory.grow's result: a refused grow shows up as this trap.
      return new LimitException(
          wasm
              + " ran out of memory under the "
              + (options.maxMemoryBytes() >> 20)
              + " MiB limit (a memory.grow was refused); raise --max-memory",
          Map.of("module", wasm.toString(), "limit", "memory"),
          e);
    }
    if (e instanceof ChicoryInterruptedException) {
      return new LimitException(
          wasm + " was interrupted", Map.of("module", wasm.toString(), "limit", "time"), e);
    }
    if (e instanceof UninstantiableException && e.getCause() instanceof TrapException) {
      return new dev.samovar.api.TrapException(
          wasm + " trapped in its start function: " + e.getMessage(), fields, e);
    }
    if (e instanceof UnlinkableException || e instanceof UninstantiableException) {
      return new LinkException(
          wasm + " cannot be linked: " + e.getMessage(),
          Map.of("module", wasm.toString(), "reason", "unknown-import"),
          e);
    }
    if (e instanceof TrapException || e instanceof ChicoryException) {
      return new dev.samovar.api.TrapException(wasm + " trapped: " + e.getMessage(), fields, e);
    }
    return new dev.samovar.api.TrapException(wasm + " failed in the host: " + e, fields, e);
  }

  /** The guest's stdout and stderr: captured, streamed, or both, under one output budget. */
  private final class Streams {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final OutputStream stdout;
    final OutputStream stderr;

    Streams(Path wasm) {
      OutputStream o = destination(out, options.stdout());
      OutputStream e = destination(err, options.stderr());
      long max = options.effectiveMaxOutput();
      if (max >= 0) {
        AtomicLong used = new AtomicLong();
        o = new CappedOutput(o, used, max, wasm.toString());
        e = new CappedOutput(e, used, max, wasm.toString());
      }
      stdout = o;
      stderr = e;
    }

    private OutputStream destination(ByteArrayOutputStream capture, OutputStream live) {
      if (!options.capture()) {
        return live != null ? live : OutputStream.nullOutputStream();
      }
      return live != null ? new Tee(capture, live) : capture;
    }
  }
}
