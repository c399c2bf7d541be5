package dev.samovar.runner.cli;

import com.dylibso.chicory.wasm.types.FunctionType;
import dev.samovar.api.SandboxException;
import dev.samovar.runner.Engine;
import dev.samovar.runner.Policy;
import dev.samovar.runner.RunResult;
import dev.samovar.runner.Sandbox;
import dev.samovar.runner.abi.AbiSignature;
import dev.samovar.runner.internal.Execution;
import dev.samovar.runner.internal.ModuleCache;
import dev.samovar.runner.internal.Units;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code samovar run}: flags follow wasmtime's where one exists. */
@Command(
    name = "run",
    description = "Run a WASI command module (or one export with --invoke).",
    footer = ExitCodes.TABLE)
final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--dir",
      paramLabel = "HOST[::GUEST][:ro]",
      description =
          "Grant a host directory, seen by the guest at GUEST (default: the same path);"
              + " :ro makes it read-only.")
  List<String> dirs = new ArrayList<>();

  @Option(
      names = "--manifest",
      paramLabel = "POLICY.json",
      description =
          "Mounts, environment and limits from a JSON policy (see the README); flags add to it.")
  Path manifest;

  @Option(names = "--env", paramLabel = "K=V", description = "Set a guest environment variable.")
  List<String> env = new ArrayList<>();

  @Option(
      names = "--env-inherit",
      paramLabel = "NAME",
      description = "Pass the host's value of NAME to the guest.")
  List<String> envInherit = new ArrayList<>();

  @Option(
      names = "--invoke",
      paramLabel = "EXPORT",
      description =
          "Call this exported function instead of _start; the arguments after the module are its"
              + " parameters. A typed export (@WasmExport) takes them by its Java types (numbers,"
              + " true/false, text, arrays as 1,2,3 or a JSON array, null) and prints its result;"
              + " any other export takes raw numbers and prints its results one per line.")
  String invoke;

  @Option(names = "--timeout", paramLabel = "DUR", description = "Time limit: 500ms, 5s, 2m.")
  String timeout;

  @Option(names = "--max-memory", paramLabel = "SIZE", description = "Memory limit: 64M, 1G.")
  String maxMemory;

  @Option(
      names = "--max-output",
      paramLabel = "SIZE",
      description = "Most bytes the guest may write to stdout and stderr together.")
  String maxOutput;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description = "interpreter or compiler (default compiler).")
  String engine = "compiler";

  @Option(
      names = "--stdin",
      paramLabel = "FILE",
      description = "Feed FILE to the guest's stdin (default: this process's stdin).")
  Path stdin;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Keep compiled modules here (default $XDG_CACHE_HOME/samovar or ~/.cache/samovar).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Compile the module in memory only.")
  boolean noCache;

  @Option(
      names = "--on-fallback",
      paramLabel = "warn|fail",
      description =
          "A function too large for a JVM method runs in the (much slower) interpreter: warn"
              + " (default) or fail with status 71.")
  String onFallback = "warn";

  @Option(names = "--verbose", description = "Print stack traces of runner errors.")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "MODULE", description = "The .wasm file.")
  Path module;

  @Parameters(
      index = "1..*",
      paramLabel = "ARGS",
      description = "Guest arguments (or --invoke parameters); everything after MODULE.")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Sandbox.Builder sandbox =
        Sandbox.builder()
            .programName(module.getFileName().toString())
            .engine(parseEngine(engine))
            .stdout(System.out)
            .stderr(System.err);
    if (invoke == null) {
      sandbox.args(args);
    }
    if (manifest != null) {
      Policy.read(manifest).applyTo(sandbox);
    }
    for (String dir : dirs) {
      Mounts.add(sandbox, dir);
    }
    for (String kv : env) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new SandboxException(
            "--env " + kv + ": expected K=V, e.g. --env LANG=C.UTF-8",
            Map.of("flag", "--env"),
            null);
      }
      sandbox.env(kv.substring(0, eq), kv.substring(eq + 1));
    }
    for (String name : envInherit) {
      String value = System.getenv(name);
      if (value != null) {
        sandbox.env(name, value);
      }
    }
    if (!noCache) {
      sandbox.compileCache(cacheDir != null ? cacheDir : defaultCacheDir());
    }
    if (onFallback.equals("fail")) {
      sandbox.failOnInterpreterFallback();
    } else if (!onFallback.equals("warn")) {
      throw new SandboxException(
          "--on-fallback " + onFallback + ": use warn or fail",
          Map.of("flag", "--on-fallback"),
          null);
    }
    if (timeout != null) {
      sandbox.timeout(Units.duration("--timeout", timeout));
    }
    if (maxMemory != null) {
      sandbox.maxMemory(Units.bytes("--max-memory", maxMemory));
    }
    if (maxOutput != null) {
      sandbox.maxOutput(Units.bytes("--max-output", maxOutput));
    }
    InputStream in = System.in;
    try {
      if (stdin != null) {
        in = new FileInputStream(stdin.toFile());
      }
      sandbox.stdin(in);
      if (invoke != null) {
        return invoke(sandbox);
      }
      RunResult result = sandbox.build().run(module);
      System.out.flush();
      return result.exitCode();
    } finally {
      if (stdin != null) {
        in.close();
      }
    }
  }

  private int invoke(Sandbox.Builder sandbox) {
    AbiSignature typed = TypedInvoke.signature(module, invoke);
    if (typed != null) {
      TypedInvoke.refuseUnsupported(
          Map.of(
              "--timeout", sandbox.timeout() != null,
              "--max-output", maxOutput != null,
              "--stdin", stdin != null));
      return TypedInvoke.run(
          module,
          typed,
          args,
          sandbox,
          parseEngine(engine),
          noCache ? null : cacheDir != null ? cacheDir : defaultCacheDir(),
          System.out);
    }
    FunctionType type = Execution.exportType(ModuleCache.load(module), module, invoke);
    long[] raw = Invocation.parse(module.toString(), invoke, type, args);
    for (String line : Invocation.format(type, sandbox.build().invoke(module, invoke, raw))) {
      System.out.println(line);
    }
    System.out.flush();
    return 0;
  }

  private static Path defaultCacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isEmpty()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("samovar");
  }

  private static Engine parseEngine(String name) {
    try {
      return Engine.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SandboxException(
          "--engine " + name + ": use interpreter or compiler", Map.of("flag", "--engine"), e);
    }
  }
}
