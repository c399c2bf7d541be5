package dev.samovar.runner;

import dev.samovar.api.LimitException;
import dev.samovar.api.SandboxException;
import dev.samovar.runner.internal.Execution;
import java.io.ByteArrayInputStream;
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

/**
 * Runs a WASI command module on Chicory with only what it is given: arguments, environment
 * variables, mounted directories, stdin, a time limit and a memory limit.
 *
 * <pre>{@code
 * RunResult r = Sandbox.builder()
 *     .mount(Path.of("data"), "/data")
 *     .args("wordcount", "/data/in.txt")
 *     .captureOutput()
 *     .build()
 *     .run(Path.of("javacore.wasm"));
 * }</pre>
 */
public final class Sandbox {
  private final Builder options;

  private Sandbox(Builder options) {
    this.options = options;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs the module's {@code _start}; returns its exit code (and output when captured). */
  public RunResult run(Path wasm) {
    return new Execution(options).run(wasm);
  }

  /** Sandbox options; every field has a documented default. */
  public static final class Builder {
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Mount> mounts = new ArrayList<>();
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);
    private OutputStream stdout;
    private OutputStream stderr;
    private boolean capture;
    private Duration timeout;
    private long maxMemoryBytes = -1;
    private Engine engine = Engine.COMPILER;
    private String programName = "module.wasm";
    private Path compileCache;

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
      if (key.isEmpty() || key.indexOf('=') >= 0) {
        throw new SandboxException("Invalid environment variable name '" + key + "'");
      }
      env.put(key, value);
      return this;
    }

    /**
     * Makes the host directory visible to the guest at {@code guest}. Default: no directories.
     *
     * @throws SandboxException if the host directory does not exist
     */
    public Builder mount(Path host, String guest) {
      if (!Files.isDirectory(host)) {
        throw new SandboxException(
            "Cannot mount " + host + ": not a directory", Map.of("path", host.toString()), null);
      }
      if (!guest.startsWith("/")) {
        throw new SandboxException(
            "Guest path '" + guest + "' must be absolute, e.g. /data", Map.of("path", guest), null);
      }
      mounts.add(new Mount(host.toAbsolutePath().normalize(), guest));
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

    /** Where the guest's stderr goes. */
    public Builder stderr(OutputStream err) {
      this.stderr = err;
      return this;
    }

    /** Collect stdout and stderr into the {@link RunResult}. */
    public Builder captureOutput() {
      this.capture = true;
      return this;
    }

    /** Wall-clock limit; the guest is interrupted when it expires. Default: none. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Largest linear memory in bytes. Default: what the module declares. */
    public Builder maxMemory(long bytes) {
      if (bytes <= 0) {
        throw new LimitException("max memory must be positive, got " + bytes);
      }
      this.maxMemoryBytes = bytes;
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

    /** Default {@link Engine#COMPILER}. */
    public Builder engine(Engine engine) {
      this.engine = Objects.requireNonNull(engine);
      return this;
    }

    public Sandbox build() {
      return new Sandbox(this);
    }

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

    public Engine engine() {
      return engine;
    }

    public String programName() {
      return programName;
    }

    public Path compileCache() {
      return compileCache;
    }
  }
}
