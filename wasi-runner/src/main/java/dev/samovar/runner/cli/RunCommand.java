package dev.samovar.runner.cli;

import dev.samovar.api.SandboxException;
import dev.samovar.runner.Engine;
import dev.samovar.runner.RunResult;
import dev.samovar.runner.Sandbox;
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
    description =
        "Run a WASI command module. Exit status: the guest's, or 124 timeout, 137 memory"
            + " limit, 65 bad module, 69 link error, 125 sandbox error, 134 trap.")
final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--dir",
      paramLabel = "HOST[::GUEST]",
      description = "Grant a host directory, seen by the guest at GUEST (default: the same path).")
  List<String> dirs = new ArrayList<>();

  @Option(names = "--env", paramLabel = "K=V", description = "Set a guest environment variable.")
  List<String> env = new ArrayList<>();

  @Option(
      names = "--env-inherit",
      paramLabel = "NAME",
      description = "Pass the host's value of NAME to the guest.")
  List<String> envInherit = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "DUR", description = "Time limit: 500ms, 5s, 2m.")
  String timeout;

  @Option(names = "--max-memory", paramLabel = "SIZE", description = "Memory limit: 64M, 1G.")
  String maxMemory;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description = "interpreter or compiler (default compiler).")
  String engine = "compiler";

  @Option(names = "--stdin", paramLabel = "FILE", description = "Feed FILE to the guest's stdin.")
  Path stdin;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Keep compiled modules here (default $XDG_CACHE_HOME/samovar or ~/.cache/samovar).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Compile the module in memory only.")
  boolean noCache;

  @Option(names = "--verbose", description = "Print stack traces of runner errors.")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "MODULE", description = "The .wasm file.")
  Path module;

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "Guest arguments (after --).")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Sandbox.Builder sandbox =
        Sandbox.builder()
            .programName(module.getFileName().toString())
            .args(args)
            .engine(parseEngine(engine))
            .stdout(System.out)
            .stderr(System.err);
    for (String dir : dirs) {
      if (dir.endsWith(":ro")) {
        throw new SandboxException(
            "--dir " + dir + ": read-only mounts are not supported yet; mount a copy instead",
            Map.of("flag", "--dir"),
            null);
      }
      int sep = dir.indexOf("::");
      String host = sep < 0 ? dir : dir.substring(0, sep);
      String guest =
          sep < 0 ? Path.of(dir).toAbsolutePath().normalize().toString() : dir.substring(sep + 2);
      sandbox.mount(Path.of(host), guest);
    }
    for (String kv : env) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new SandboxException("--env " + kv + ": expected K=V", Map.of("flag", "--env"), null);
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
    if (timeout != null) {
      sandbox.timeout(Units.duration("--timeout", timeout));
    }
    if (maxMemory != null) {
      sandbox.maxMemory(Units.bytes("--max-memory", maxMemory));
    }
    InputStream in = null;
    try {
      if (stdin != null) {
        in = new FileInputStream(stdin.toFile());
        sandbox.stdin(in);
      }
      RunResult result = sandbox.build().run(module);
      System.out.flush();
      return result.exitCode();
    } finally {
      if (in != null) {
        in.close();
      }
    }
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
