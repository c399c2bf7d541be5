package dev.samovar.build;

import dev.samovar.api.BuildException;
import dev.samovar.build.internal.ForkedBuild;
import dev.samovar.build.internal.TeaVmCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles a Java module to one WASI WebAssembly binary with TeaVM 0.13.1 and our class library.
 *
 * <p>The plain-library heart of the Maven plugin: everything it does can be tested without Maven.
 */
public final class WasmBuild {
  /**
   * Imports a Samovar module may have: WASI preview 1 only, so every WASI host runs it unchanged.
   */
  public static final List<String> ALLOWED_IMPORT_MODULES = List.of("wasi_snapshot_preview1");

  private final Builder options;

  private WasmBuild(Builder options) {
    this.options = options;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs TeaVM in this JVM, validates the module and writes it; throws {@link BuildException} on
   * any problem. Output can differ from build to build in a long-lived JVM: prefer {@link
   * #runForked}.
   */
  public BuildResult run() {
    return new TeaVmCompiler(options).compile();
  }

  /**
   * The same build in a fresh JVM whose class path is {@code buildClassPath} (samovar-build and its
   * dependencies): byte-identical output for the same input. This is what the Maven plugin does.
   */
  public BuildResult runForked(List<Path> buildClassPath) {
    return ForkedBuild.run(options, buildClassPath);
  }

  /** Build options; every field has a documented default. */
  public static final class Builder {
    private String moduleName;
    private String mainClass;
    private final List<Path> classPath = new ArrayList<>();
    private final List<Path> runtimeClassPath = new ArrayList<>();
    private final List<String> preservedClasses = new ArrayList<>();
    private final List<Path> exportRoots = new ArrayList<>();
    private final List<Path> sourceRoots = new ArrayList<>();
    private final List<String> reflectionClasses = new ArrayList<>();
    private String javaPackage;
    private Path outputDirectory;
    private OptimizationLevel optimization = OptimizationLevel.ADVANCED;
    private long minHeapBytes = 64L << 20;
    private long maxHeapBytes = 1L << 30;
    private boolean debugNames;
    private BuildLog log = BuildLog.stderr();

    private Builder() {}

    /** The module's name, e.g. {@code javacore}: the output is {@code <name>.wasm}. Required. */
    public Builder moduleName(String moduleName) {
      this.moduleName = moduleName;
      return this;
    }

    /**
     * The class whose {@code main(String[])} is the WASI command's entry. Optional: without it the
     * module runs an empty main and only serves exports.
     */
    public Builder mainClass(String mainClass) {
      this.mainClass = mainClass;
      return this;
    }

    /** The user's classes and dependencies (directories or jars), searched first. */
    public Builder classPath(List<Path> entries) {
      classPath.addAll(entries);
      return this;
    }

    /**
     * TeaVM's class library and ours. Default: found from this library's own class path, which is
     * right whenever samovar-build's dependencies are on it (the Maven plugin, tests).
     */
    public Builder runtimeClassPath(List<Path> entries) {
      runtimeClassPath.addAll(entries);
      return this;
    }

    /** Classes kept whole in the module (for example generated export shims). */
    public Builder preserveClass(String className) {
      preservedClasses.add(className);
      return this;
    }

    /**
     * Where {@code @WasmExport} declarations are looked for (directories or jars): the module's own
     * classes (the Maven plugin passes {@code target/classes}). Default: none, so a module without
     * export roots has no typed exports.
     */
    public Builder exportRoots(List<Path> entries) {
      exportRoots.addAll(entries);
      return this;
    }

    /** Source directories whose Javadoc and parameter names the generated bindings carry. */
    public Builder sourceRoots(List<Path> entries) {
      sourceRoots.addAll(entries);
      return this;
    }

    /**
     * Classes kept for reflection (binary names, e.g. {@code com.example.Outer$Inner}): {@code
     * Class.forName} finds them and {@code getMethod(s)}, {@code getDeclaredField(s)}, {@code
     * getConstructor(s)} list their members, which {@code invoke}, {@code get}/{@code set} and
     * {@code newInstance} can use when public. Default: none, and reflection finds nothing.
     */
    public Builder reflectionClasses(List<String> classNames) {
      reflectionClasses.addAll(classNames);
      return this;
    }

    /**
     * Package of the generated Java client ({@code bindings/java}). Default (null): the exports'
     * common package plus {@code .wasm}, e.g. {@code dev.samovar.core.wasm}.
     */
    public Builder javaPackage(String javaPackage) {
      this.javaPackage = javaPackage == null || javaPackage.isBlank() ? null : javaPackage;
      return this;
    }

    /** Where {@code <name>.wasm} goes. Required. */
    public Builder outputDirectory(Path outputDirectory) {
      this.outputDirectory = outputDirectory;
      return this;
    }

    /** Default {@link OptimizationLevel#ADVANCED}. */
    public Builder optimization(OptimizationLevel optimization) {
      this.optimization = Objects.requireNonNull(optimization, "optimization");
      return this;
    }

    /** Initial Java heap in bytes; default 64 MiB (TeaVM's default traps on an 8 MB array). */
    public Builder minHeapBytes(long bytes) {
      this.minHeapBytes = bytes;
      return this;
    }

    /** Largest Java heap in bytes; default 1 GiB. */
    public Builder maxHeapBytes(long bytes) {
      this.maxHeapBytes = bytes;
      return this;
    }

    /**
     * Keep the {@code name} section in the release module; default false (a names build is always
     * written beside it under {@code debug/}).
     */
    public Builder debugNames(boolean debugNames) {
      this.debugNames = debugNames;
      return this;
    }

    /** Default: stderr. */
    public Builder log(BuildLog log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    public WasmBuild build() {
      if (moduleName == null || !moduleName.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new BuildException(
            "Invalid module name '"
                + moduleName
                + "': use a Python/JS identifier such as javacore (set <moduleName> in the plugin"
                + " configuration).",
            Map.of("moduleName", String.valueOf(moduleName)),
            null);
      }
      if (outputDirectory == null) {
        throw new BuildException("No output directory set: call outputDirectory(...).");
      }
      if (minHeapBytes <= 0
          || maxHeapBytes < minHeapBytes
          || maxHeapBytes > (4L << 30) - (64L << 20)) {
        throw new BuildException(
            "Invalid heap sizes: min "
                + minHeapBytes
                + " bytes, max "
                + maxHeapBytes
                + " bytes; need 0 < min <= max < 4 GiB (wasm32).",
            Map.of("minHeap", "" + minHeapBytes, "maxHeap", "" + maxHeapBytes),
            null);
      }
      return new WasmBuild(this);
    }

    public String moduleName() {
      return moduleName;
    }

    public String mainClass() {
      return mainClass;
    }

    public List<Path> classPath() {
      return List.copyOf(classPath);
    }

    public List<Path> runtimeClassPath() {
      return List.copyOf(runtimeClassPath);
    }

    public List<String> preservedClasses() {
      return List.copyOf(preservedClasses);
    }

    public List<Path> exportRoots() {
      return List.copyOf(exportRoots);
    }

    public List<Path> sourceRoots() {
      return List.copyOf(sourceRoots);
    }

    public List<String> reflectionClasses() {
      return List.copyOf(reflectionClasses);
    }

    /** The generated Java client's package, or null for the default. */
    public String javaPackage() {
      return javaPackage;
    }

    public Path outputDirectory() {
      return outputDirectory;
    }

    public OptimizationLevel optimization() {
      return optimization;
    }

    public long minHeapBytes() {
      return minHeapBytes;
    }

    public long maxHeapBytes() {
      return maxHeapBytes;
    }

    public boolean debugNames() {
      return debugNames;
    }

    public BuildLog log() {
      return log;
    }
  }
}
