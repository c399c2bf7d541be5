package dev.samovar.runner.abi;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.Value;
import dev.samovar.api.LinkException;
import dev.samovar.api.SamovarException;
import dev.samovar.api.TrapException;
import dev.samovar.api.WasmJavaException;
import dev.samovar.runner.Access;
import dev.samovar.runner.Engine;
import dev.samovar.runner.Mount;
import dev.samovar.runner.internal.ModuleCache;
import dev.samovar.runner.internal.wasi.MountPoint;
import dev.samovar.runner.internal.wasi.Preview1;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One live instance of a module with typed exports, for the generated Java clients: it passes
 * arguments into linear memory, calls shim exports, reads results back, and turns a guest exception
 * into a {@link WasmJavaException} and a trap into a {@link TrapException} after which the instance
 * is dead. Not thread-safe: generated clients lock it around each call.
 */
public final class AbiInstance implements AutoCloseable {
  private final Path wasm;
  private final AbiSection section;
  private final AbiEngine engine;
  private final Map<String, Export> exports = new HashMap<>();
  private final Export argBytes;
  private final Export argInts;
  private final Export argLongs;
  private final Export argFloats;
  private final Export argDoubles;
  private final Export error;
  private final Export clear;
  private final Export liveHandles;
  private final int lengthOffset;
  private final int data1;
  private final int data4;
  private final int data8;
  private String dead;
  private boolean closed;

  private AbiInstance(Path wasm, AbiSection section, AbiEngine engine) {
    this.wasm = wasm;
    this.section = section;
    this.engine = engine;
    this.argBytes = export("samovar_abi_arg_bytes");
    this.argInts = export("samovar_abi_arg_i32s");
    this.argLongs = export("samovar_abi_arg_i64s");
    this.argFloats = export("samovar_abi_arg_f32s");
    this.argDoubles = export("samovar_abi_arg_f64s");
    this.error = export("samovar_abi_error");
    this.clear = export("samovar_abi_clear");
    this.liveHandles = export("samovar_abi_live_handles");
    Export layout = export("samovar_abi_layout");
    this.lengthOffset = (int) call(layout, 0);
    this.data1 = (int) call(layout, 1);
    this.data4 = (int) call(layout, 4);
    this.data8 = (int) call(layout, 8);
  }

  /**
   * The same typed ABI over another engine that has already instantiated {@code wasm} (with its
   * WASI imports linked, {@code _start} not run). The {@code samovar.abi} section is read from the
   * file; {@link #close()} closes {@code engine}.
   */
  public static AbiInstance over(Path wasm, AbiEngine engine) {
    Objects.requireNonNull(engine, "engine");
    AbiSection section = AbiSection.read(ModuleCache.load(wasm).module(), wasm);
    try {
      return new AbiInstance(wasm, section, engine);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  private static AbiInstance open(Builder b) {
    Path wasm = b.wasm;
    ModuleCache.Loaded loaded = ModuleCache.load(wasm);
    AbiSection section = AbiSection.read(loaded.module(), wasm);
    if (b.expectedInterface != null && !b.expectedInterface.equals(section.interfaceHash())) {
      throw new LinkException(
          wasm
              + " has interface "
              + section.interfaceHash()
              + " but these bindings were generated for interface "
              + b.expectedInterface
              + "; regenerate the bindings from the same build as the module (mvn package)",
          Map.of("module", wasm.toString(), "reason", "interface-mismatch"),
          null);
    }
    Preview1.Builder wb =
        Preview1.builder()
            .args(List.of(wasm.getFileName().toString()))
            .env(b.env)
            .stdout(b.stdout, false)
            .stderr(b.stderr, false);
    for (Mount m : b.mounts) {
      wb.mount(new MountPoint(m.host(), m.guest(), m.access() == Access.READ_ONLY));
    }
    Preview1 wasi = wb.build();
    Instance.Builder ib =
        Instance.builder(loaded.module())
            .withStart(false)
            .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build());
    if (b.maxMemory >= 0 && loaded.module().memorySection().isPresent()) {
      MemoryLimits declared = loaded.module().memorySection().get().getMemory(0).limits();
      long maxPages = Math.min(b.maxMemory / 65536, declared.maximumPages());
      if (maxPages < declared.initialPages()) {
        wasi.close();
        throw new LinkException(
            wasm
                + " needs "
                + ((long) declared.initialPages() * 65536 >> 20)
                + " MiB of memory to start, more than the limit of "
                + (b.maxMemory >> 20)
                + " MiB; raise maxMemory",
            Map.of("module", wasm.toString(), "reason", "memory-limit"),
            null);
      }
      ib.withMemoryLimits(new MemoryLimits(declared.initialPages(), (int) maxPages));
    }
    if (b.engine == Engine.COMPILER) {
      ib.withMachineFactory(ModuleCache.compiled(loaded, b.compileCache, false, wasm));
    }
    Instance instance;
    try {
      instance = ib.build();
    } catch (RuntimeException e) {
      wasi.close();
      throw new LinkException(
          wasm + " cannot be instantiated: " + e.getMessage(),
          Map.of("module", wasm.toString(), "reason", "instantiate"),
          e);
    }
    AbiEngine engine = new ChicoryAbiEngine(instance, wasi);
    try {
      return new AbiInstance(wasm, section, engine);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /** Options for {@link #open}; every field has a documented default. */
  public static Builder builder(Path wasm) {
    return new Builder(wasm);
  }

  /** The module's {@code samovar.abi} section. */
  public AbiSection section() {
    return section;
  }

  /** A function export, looked up once; a missing one is a {@link LinkException}. */
  public Export export(String name) {
    Export e = exports.get(name);
    if (e == null) {
      AbiEngine.Function f;
      try {
        f = engine.export(name);
      } catch (RuntimeException ex) {
        throw new LinkException(
            wasm + " has no export '" + name + "'; were the bindings generated from this module?",
            Map.of("module", wasm.toString(), "export", name, "reason", "missing-export"),
            ex);
      }
      e = new Export(name, f);
      exports.put(name, e);
    }
    return e;
  }

  /** Calls an export with raw values; a trap kills the instance. Returns the first result or 0. */
  public long call(Export e, long... args) {
    if (closed) {
      throw new IllegalStateException(wasm + " is closed; open a new instance");
    }
    if (dead != null) {
      throw new TrapException(
          wasm + " is dead since an earlier trap (" + dead + "); open a new instance",
          Map.of("module", wasm.toString(), "export", e.name),
          null);
    }
    try {
      long[] r = e.function.apply(args);
      return r == null || r.length == 0 ? 0 : r[0];
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
      dead = e.name + ": " + ex.getMessage();
      throw new TrapException(
          wasm
              + " trapped in "
              + e.name
              + ": "
              + ex.getMessage()
              + "; the instance is dead, open a new one",
          Map.of("module", wasm.toString(), "export", e.name),
          ex);
    }
  }

  // ---- Arguments: written into arrays the module allocates, right before the call ----

  /** Writes a string argument as UTF-8 (see {@link Wire#utf8} to check it first). */
  public void string(int index, byte[] utf8) {
    write(argBytes, index, utf8.length, utf8);
  }

  public void bytes(int index, byte[] v) {
    write(argBytes, index, v.length, v);
  }

  public void ints(int index, int[] v) {
    write(argInts, index, v.length, Wire.ints(v));
  }

  public void longs(int index, long[] v) {
    write(argLongs, index, v.length, Wire.longs(v));
  }

  public void floats(int index, float[] v) {
    write(argFloats, index, v.length, Wire.floats(v));
  }

  public void doubles(int index, double[] v) {
    write(argDoubles, index, v.length, Wire.doubles(v));
  }

  /** Writes buffer argument {@code index} of type {@code type}, already in its wire form. */
  void buffer(int index, AbiType type, byte[] wire) {
    switch (type) {
      case STRING:
      case BYTES:
      case STRINGS:
        write(argBytes, index, wire.length, wire);
        break;
      case INTS:
        write(argInts, index, wire.length / 4, wire);
        break;
      case FLOATS:
        write(argFloats, index, wire.length / 4, wire);
        break;
      case LONGS:
        write(argLongs, index, wire.length / 8, wire);
        break;
      case DOUBLES:
        write(argDoubles, index, wire.length / 8, wire);
        break;
      default:
        throw new IllegalArgumentException(type + " is not a buffer");
    }
  }

  private void write(Export alloc, int index, int length, byte[] data) {
    int address = (int) call(alloc, index, length);
    if (address == 0) {
      SamovarException e = takeError();
      call(clear);
      throw e;
    }
    engine.write(address, data);
  }

  // ---- Results: addresses of arrays, read before the next call ----

  public byte[] bytesAt(int address) {
    return raw(address, 1, data1);
  }

  public String stringAt(int address) {
    return address == 0 ? null : new String(bytesAt(address), StandardCharsets.UTF_8);
  }

  public String[] stringsAt(int address) {
    return address == 0 ? null : Wire.strings(bytesAt(address));
  }

  public int[] intsAt(int address) {
    return address == 0 ? null : Wire.ints(raw(address, 4, data4));
  }

  public long[] longsAt(int address) {
    return address == 0 ? null : Wire.longs(raw(address, 8, data8));
  }

  public float[] floatsAt(int address) {
    return address == 0 ? null : Wire.floats(raw(address, 4, data4));
  }

  public double[] doublesAt(int address) {
    return address == 0 ? null : Wire.doubles(raw(address, 8, data8));
  }

  public Boolean boxedBooleanAt(int address) {
    return address == 0 ? null : intsAt(address)[0] != 0;
  }

  public Integer boxedIntAt(int address) {
    return address == 0 ? null : intsAt(address)[0];
  }

  public Long boxedLongAt(int address) {
    return address == 0 ? null : longsAt(address)[0];
  }

  public Float boxedFloatAt(int address) {
    return address == 0 ? null : floatsAt(address)[0];
  }

  public Double boxedDoubleAt(int address) {
    return address == 0 ? null : doublesAt(address)[0];
  }

  private byte[] raw(int address, int width, int dataOffset) {
    if (address == 0) {
      return null;
    }
    int length = engine.readInt(address + lengthOffset);
    return engine.read(address + dataOffset, length * width);
  }

  // ---- Result checks: each shim signals a thrown exception in its own way (docs/abi.md) ----

  public int checkInt(long r) {
    if ((int) r == Integer.MIN_VALUE) {
      throwPending();
    }
    return (int) r;
  }

  public long checkLong(long r) {
    if (r == Long.MIN_VALUE) {
      throwPending();
    }
    return r;
  }

  public float checkFloat(long r) {
    float f = Value.longToFloat(r);
    if (Float.isNaN(f)) {
      throwPending();
    }
    return f;
  }

  public double checkDouble(long r) {
    double d = Value.longToDouble(r);
    if (Double.isNaN(d)) {
      throwPending();
    }
    return d;
  }

  public boolean checkBoolean(long r) {
    if ((int) r > 1) {
      throw takeError();
    }
    return r != 0;
  }

  public void checkStatus(long r) {
    if ((int) r != 0) {
      throw takeError();
    }
  }

  public int checkAddress(long r) {
    if ((int) r == 1) {
      throw takeError();
    }
    return (int) r;
  }

  public int checkHandle(long r) {
    if ((int) r == -1) {
      throw takeError();
    }
    return (int) r;
  }

  private void throwPending() {
    int address = (int) call(error);
    if (address != 0) {
      throw errorAt(address);
    }
  }

  private SamovarException takeError() {
    int address = (int) call(error);
    if (address == 0) {
      return new LinkException(
          wasm + " signalled an error but recorded none (ABI mismatch?)",
          Map.of("module", wasm.toString(), "reason", "abi"),
          null);
    }
    return errorAt(address);
  }

  private WasmJavaException errorAt(int address) {
    String[] f = stringsAt(address);
    if (f.length < 3 || f[0] == null) {
      return new WasmJavaException("java.lang.Throwable", "(malformed error record)", "");
    }
    List<String> supers = new ArrayList<>();
    for (int i = 3; i < f.length; i++) {
      if (f[i] != null) {
        supers.add(f[i]);
      }
    }
    return new WasmJavaException(f[0], f[1], f[2] == null ? "" : f[2], supers);
  }

  /** Raw float and double arguments as Chicory passes them. */
  public static long f32(float v) {
    return Value.floatToLong(v);
  }

  public static long f64(double v) {
    return Value.doubleToLong(v);
  }

  /**
   * Calls a typed export with Java values, by the signature its {@code samovar.abi} section gives:
   * boxed primitives for primitives, {@code String}, arrays, {@code String[]}, and {@code Integer}
   * raw handles for handles (also for a method's receiver, passed first). Returns the result the
   * same way ({@code null} for void). For generic tools ({@code samovar run --invoke}); generated
   * clients call the typed methods below directly.
   */
  public Object invoke(String export, Object... args) {
    AbiSignature sig = section.signature(export);
    if (sig == null) {
      throw new LinkException(
          wasm + " has no typed export '" + export + "'; its typed exports: " + exportNames(),
          Map.of("module", wasm.toString(), "export", export, "reason", "missing-export"),
          null);
    }
    return DynamicCall.call(this, sig, args);
  }

  private String exportNames() {
    StringBuilder sb = new StringBuilder();
    for (AbiSignature s : section.exports()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(s.export());
    }
    return sb.toString();
  }

  /** Handles the module has issued and not yet closed. */
  public int liveHandles() {
    return (int) call(liveHandles);
  }

  /** Current size of linear memory in bytes. */
  public long memoryBytes() {
    return engine.memoryBytes();
  }

  /** The module file this instance was loaded from. */
  public Path wasm() {
    return wasm;
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /** Whether a trap has killed this instance. */
  public boolean isDead() {
    return dead != null;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      engine.close();
    }
  }

  /** A resolved function export. */
  public static final class Export {
    private final String name;
    private final AbiEngine.Function function;

    Export(String name, AbiEngine.Function function) {
      this.name = name;
      this.function = function;
    }

    public String name() {
      return name;
    }
  }

  /** Options of an {@link AbiInstance}. */
  public static final class Builder {
    private final Path wasm;
    private Engine engine = Engine.COMPILER;
    private OutputStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private OutputStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    private Path compileCache;
    private String expectedInterface;
    private long maxMemory = -1;
    private final List<Mount> mounts = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();

    private Builder(Path wasm) {
      this.wasm = Objects.requireNonNull(wasm, "wasm");
    }

    /** Default {@link Engine#COMPILER}: compiled once per process, then JIT speed. */
    public Builder engine(Engine engine) {
      this.engine = Objects.requireNonNull(engine);
      return this;
    }

    /** Where the guest's {@code System.out} goes; default this process's stdout. */
    public Builder stdout(OutputStream out) {
      this.stdout = Objects.requireNonNull(out);
      return this;
    }

    /** Where the guest's {@code System.err} goes; default this process's stderr. */
    public Builder stderr(OutputStream err) {
      this.stderr = Objects.requireNonNull(err);
      return this;
    }

    /** On-disk cache of compiled modules; default none. */
    public Builder compileCache(Path dir) {
      this.compileCache = dir;
      return this;
    }

    /**
     * The interface hash the caller was generated for; the module is refused when its {@code
     * samovar.abi} section says otherwise. Default: not checked (generated clients set it).
     */
    public Builder expectInterface(String hash) {
      this.expectedInterface = hash;
      return this;
    }

    /**
     * Grants a host directory, seen by the module at {@code mount.guest()} (as {@code samovar run
     * --dir}); default: no file system at all.
     */
    public Builder mount(Mount mount) {
      Path host = Objects.requireNonNull(mount, "mount").host();
      if (!java.nio.file.Files.isDirectory(host)) {
        throw new dev.samovar.api.SandboxException(
            "mount " + host + ": not a directory; grant an existing directory",
            Map.of("path", host.toString()),
            null);
      }
      mounts.add(mount);
      return this;
    }

    /** Sets an environment variable the module sees; default: an empty environment. */
    public Builder env(String name, String value) {
      env.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Most bytes of linear memory the module may grow to; beyond it the module's allocation fails,
     * which TeaVM turns into a trap. Default: the module's own declared maximum.
     */
    public Builder maxMemory(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxMemory must be positive, got " + bytes);
      }
      this.maxMemory = bytes;
      return this;
    }

    /** Loads, checks and instantiates the module. */
    public AbiInstance open() {
      return AbiInstance.open(this);
    }
  }
}
