package dev.samovar.runner;

import dev.samovar.api.LimitException;
import dev.samovar.api.SandboxException;
import dev.samovar.runner.internal.AsyncCall;
import dev.samovar.runner.internal.Execution;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a WASI module on Chicory with only what it is given: arguments, environment variables,
 * mounted directories (read-only or read-write), stdin, and limits on time, memory and output. File
 * access goes through the runner's own WASI implementation, which resolves every path inside its
 * mount and never follows a link out of it.
 *
 * <pre>{@code
 * RunResult r = Sandbox.builder()
 *     .mount(Path.of("data"), "/data", Access.READ_ONLY)
 *     .args("wordcount", "/data/in.txt")
 *     .timeout(Duration.ofSeconds(5))
 *     .captureOutput()
 *     .build()
 *     .run(Path.of("javacore.wasm"));
 * }</pre>
 *
 * <p>A {@code Sandbox} is immutable and may run any number of calls, concurrently too: each call
 * gets a fresh instance.
 */
public final class Sandbox {
  /** Output kept in memory by {@link Builder#captureOutput()} unless a limit is set. */
  public static final long DEFAULT_CAPTURE_LIMIT = 64L << 20;

  private final Builder options;

  private Sandbox(Builder options) {
    this.options = options;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The options this sandbox was built with. */
  Builder options() {
    return options;
  }

  /** Runs the module's {@code _start}; returns its exit code (and output when captured). */
  public RunResult run(Path wasm) {
    return new Execution(options).run(wasm);
  }

  /** {@link #run} on its own thread; cancelling the future interrupts the guest. */
  public CompletableFuture<RunResult> runAsync(Path wasm) {
    return AsyncCall.start("samovar-call", () -> run(wasm));
  }

  /**
   * Instantiates the module without running {@code _start} (a start section and {@code _initialize}
   * do run) and calls one exported function with raw values: i32 and i64 as numbers, f32 and f64 as
   * their IEEE bit patterns. Returns its raw results.
   */
  public long[] invoke(Path wasm, String export, long... args) {
    return new Execution(options).invoke(wasm, export, args);
  }

  /** Sandbox options; every field has a documented default. */
  public static final class Builder {
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Mount> mounts = new ArrayList<>();
    private InputStream stdin = InputStream.nullInputStream();
    private OutputStream stdout;
    private OutputStream stderr;
    private boolean capture;
    private Duration timeout;
    private long maxMemoryBytes = -1;
    private long maxOutputBytes = -1;
    private Engine engine = Engine.COMPILER;
    private String programName = "module.wasm";
    private Path compileCache;
    private boolean failOnFallback;

    private Builder() {}

    /** Guest arguments after the program name. Default: none. */
    public Builder args(String... values) {
      args.addAll(List.of(values));
      return this;
    }

    /** Guest arguments after the program name. */
    public Builder args(List<String> values) {
      args.addAll(values);
      return this;
    }

    /** argv[0] as the guest sees it. Default: {@code module.wasm}. */
    public Builder programName(String name) {
      this.programName = Objects.requireNonNull(name);
      return this;
    }

    /** One environment variable. Default: an empty environment (nothing is inherited). */
    public Builder env(String key, String value) {
      if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\0') >= 0) {
        throw new SandboxException(
            "Invalid environment variable name '" + key + "'", Map.of("flag", "--env"), null);
      }
      if (value.indexOf('\0') >= 0) {
        throw new SandboxException(
            "Environment variable " + key + " contains a NUL byte", Map.of("flag", "--env"), null);
      }
      env.put(key, value);
      return this;
    }

    /** {@link #mount(Path, String, Access)} with {@link Access#READ_WRITE}. */
    public Builder mount(Path host, String guest) {
      return mount(host, guest, Access.READ_WRITE);
    }

    /**
     * Makes the host directory visible to the guest at {@code guest}. Default: no directories. The
     * host path is resolved to its real path now, so a mount given as a symbolic link stays pinned
     * to today's target.
     *
     * @throws SandboxException if the host directory does not exist
     */
    public Builder mount(Path host, String guest, Access access) {
      Objects.requireNonNull(access);
      if (!Files.isDirectory(host)) {
        throw new SandboxException(
            "Cannot mount " + host + ": not a directory",
            Map.of("path", host.toString(), "flag", "--dir"),
            null);
      }
      if (guest.isEmpty() || guest.indexOf('\0') >= 0) {
        throw new SandboxException(
            "Guest path '" + guest + "' is not valid; use an absolute path such as /data",
            Map.of("path", guest, "flag", "--dir"),
            null);
      }
      Path real;
      try {
        real = host.toRealPath();
      } catch (IOException e) {
        throw new SandboxException(
            "Cannot mount " + host + ": " + e.getMessage(),
            Map.of("path", host.toString(), "flag", "--dir"),
            e);
      }
      mounts.add(new Mount(real, guest, access));
      return this;
    }

    /** Standard input. Default: empty. */
    public Builder stdin(InputStream in) {
      this.stdin = Objects.requireNonNull(in);
      return this;
    }

    /** Where the guest's stdout goes. Default: discarded unless {@link #captureOutput()}. */
    public Builder stdout(OutputStream out) {
      this.stdout = out;
      return this;
    }

    /** Where the guest's stderr goes. Default: discarded unless {@link #captureOutput()}. */
    public Builder stderr(OutputStream err) {
      this.stderr = err;
      return this;
    }

    /**
     * Collect stdout and stderr into the {@link RunResult} (as well as sending them to {@link
     * #stdout}/{@link #stderr} when set). Captured output is limited to {@link
     * #DEFAULT_CAPTURE_LIMIT} bytes unless {@link #maxOutput} says otherwise.
     */
    public Builder captureOutput() {
      this.capture = true;
      return this;
    }

    /** Wall-clock limit; the guest is interrupted when it expires. Default: none. */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new LimitException(
            "time limit must be positive, got " + timeout, Map.of("flag", "--timeout"), null);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Largest linear memory in bytes; {@code memory.grow} beyond it fails. Default: the module's.
     */
    public Builder maxMemory(long bytes) {
      if (bytes <= 0) {
        throw new LimitException(
            "max memory must be positive, got " + bytes, Map.of("flag", "--max-memory"), null);
      }
      this.maxMemoryBytes = bytes;
      return this;
    }

    /**
     * Most bytes the guest may write to stdout and stderr together; past it the guest is stopped
     * with a {@link LimitException} ({@code limit=output}). Default: unlimited when streaming,
     * {@link #DEFAULT_CAPTURE_LIMIT} when capturing.
     */
    public Builder maxOutput(long bytes) {
      if (bytes < 0) {
        throw new LimitException(
            "max output must not be negative, got " + bytes, Map.of("flag", "--max-output"), null);
      }
      this.maxOutputBytes = bytes;
      return this;
    }

    /**
     * A directory where compiled modules are kept, keyed by the module's sha256, so later processes
     * skip the compile step. Default: none (compiled once per process).
     */
    public Builder compileCache(Path directory) {
      this.compileCache = directory;
      return this;
    }

    /**
     * With the compiler engine, refuse a module that has a function too large for a JVM method (a
     * {@link dev.samovar.api.LinkException}, {@code reason=interpreter-fallback}) instead of
     * running that function in the interpreter, which can be hundreds of times slower. Default: run
     * it and print a warning on stderr.
     */
    public Builder failOnInterpreterFallback() {
      this.failOnFallback = true;
      return this;
    }

    /** Default {@link Engine#COMPILER}. */
    public Builder engine(Engine engine) {
      this.engine = Objects.requireNonNull(engine);
      return this;
    }

    /**
     * Checks the mounts together: a read-only mount inside a read-write one would be writable
     * through the latter, so that is refused.
     */
    public Sandbox build() {
      for (Mount ro : mounts) {
        for (Mount rw : mounts) {
          if (ro.access() == Access.READ_ONLY
              && rw.access() == Access.READ_WRITE
              && ro.host().startsWith(rw.host())) {
            throw new SandboxException(
                "Read-only mount "
                    + ro.host()
                    + " ("
                    + ro.guest()
                    + ") lies inside read-write mount "
                    + rw.host()
                    + " ("
                    + rw.guest()
                    + "), which would let the guest change it; mount a separate directory",
                Map.of("path", ro.host().toString(), "flag", "--dir"),
                null);
          }
        }
      }
      Builder copy = new Builder();
      copy.args.addAll(args);
      copy.env.putAll(env);
      copy.mounts.addAll(mounts);
      copy.stdin = stdin;
      copy.stdout = stdout;
      copy.stderr = stderr;
      copy.capture = capture;
      copy.timeout = timeout;
      copy.maxMemoryBytes = maxMemoryBytes;
      copy.maxOutputBytes = maxOutputBytes;
      copy.engine = engine;
      copy.programName = programName;
      copy.compileCache = compileCache;
      copy.failOnFallback = failOnFallback;
      return new Sandbox(copy);
    }

    // Read by the runner.

    public List<String> args() {
      return List.copyOf(args);
    }

    public Map<String, String> env() {
      return Map.copyOf(env);
    }

    public List<Mount> mounts() {
      return List.copyOf(mounts);
    }

    public InputStream stdin() {
      return stdin;
    }

    public OutputStream stdout() {
      return stdout;
    }

    public OutputStream stderr() {
      return stderr;
    }

    public boolean capture() {
      return capture;
    }

    public Duration timeout() {
      return timeout;
    }

    public long maxMemoryBytes() {
      return maxMemoryBytes;
    }

    /** The output limit in force: {@code -1} for none. */
    public long effectiveMaxOutput() {
      if (maxOutputBytes >= 0) {
        return maxOutputBytes;
      }
      return capture ? DEFAULT_CAPTURE_LIMIT : -1;
    }

    public Engine engine() {
      return engine;
    }

    public String programName() {
      return programName;
    }

    public Path compileCache() {
      return compileCache;
    }

    public boolean interpreterFallbackFails() {
      return failOnFallback;
    }
  }
}
