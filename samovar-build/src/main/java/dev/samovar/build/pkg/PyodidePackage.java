package dev.samovar.build.pkg;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samovar.api.BuildException;
import dev.samovar.build.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Pyodide packaging stage: from a build's output directory ({@code <module>.wasm} and {@code
 * bindings/python/<module>/}) writes, in that directory, the wheel {@code
 * <module>-<version>-py3-none-any.whl}, its lock entry {@code <module>.pyodide-lock-entry.json}
 * and, when a base lock is given, {@code pyodide-lock.json}: the base with the entry merged in, for
 * a self-hosted Pyodide directory holding the wheel.
 */
public final class PyodidePackage {
  private final String module;
  private final String version;
  private final Path samovarDir;
  private final Path baseLock;
  private final BuildLog log;

  /**
   * What was written.
   *
   * @param wheel the wheel
   * @param sha256 its SHA-256 (hex)
   * @param entry the lock entry file
   * @param lock the merged lock, or null without a base lock
   */
  public record Result(Path wheel, String sha256, Path entry, Path lock) {}

  private PyodidePackage(Builder b) {
    this.module = b.module;
    this.version = b.version;
    this.samovarDir = b.samovarDir;
    this.baseLock = b.baseLock;
    this.log = b.log;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Writes the wheel and the lock files. */
  public Result write() {
    Path pkg = samovarDir.resolve("bindings").resolve("python").resolve(module);
    Path wasm = samovarDir.resolve(module + ".wasm");
    if (!Files.isRegularFile(wasm)) {
      throw new BuildException(
          "pyodide package: " + wasm + " does not exist; build the module first",
          Map.of("module", module),
          null);
    }
    try {
      Wheel wheel =
          Wheel.builder()
              .name(module)
              .version(version)
              .packageDir(pkg)
              .file(module + ".wasm", Files.readAllBytes(wasm))
              .build();
      byte[] bytes = wheel.bytes();
      Path file = samovarDir.resolve(wheel.fileName());
      Files.write(file, bytes);
      String sha = Wheel.sha256Hex(bytes);
      ObjectNode entry =
          PyodideLock.entry(module, wheel.version(), wheel.fileName(), sha, List.of(module));
      Path entryFile = samovarDir.resolve(module + ".pyodide-lock-entry.json");
      Files.write(entryFile, PyodideLock.bytes(entry));
      Path lock = null;
      if (baseLock != null) {
        lock = samovarDir.resolve("pyodide-lock.json");
        Files.write(lock, PyodideLock.bytes(PyodideLock.merge(PyodideLock.read(baseLock), entry)));
      }
      log.info(
          String.format(
              "samovar: %s (%,d bytes)%s",
              file,
              bytes.length,
              lock == null ? "" : ", " + lock + " (merged into " + baseLock + ")"));
      return new Result(file, sha, entryFile, lock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Options of a {@link PyodidePackage}. */
  public static final class Builder {
    private String module;
    private String version;
    private Path samovarDir;
    private Path baseLock;
    private BuildLog log = BuildLog.stderr();

    private Builder() {}

    /** The module name (the package's import name). */
    public Builder module(String module) {
      this.module = module;
      return this;
    }

    /** The version (Maven or PEP 440). */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** The build's output directory ({@code target/samovar}). */
    public Builder samovarDir(Path dir) {
      this.samovarDir = dir;
      return this;
    }

    /** The pyodide-lock.json to merge the entry into; null (default) writes no merged lock. */
    public Builder baseLock(Path lock) {
      this.baseLock = lock;
      return this;
    }

    public Builder log(BuildLog log) {
      this.log = log;
      return this;
    }

    public PyodidePackage build() {
      if (module == null || samovarDir == null) {
        throw new IllegalArgumentException("PyodidePackage needs module and samovarDir");
      }
      return new PyodidePackage(this);
    }
  }

  /**
   * The nearest {@code node_modules/pyodide/pyodide-lock.json} in {@code dir} or a parent, or null.
   */
  public static Path findBaseLock(Path dir) {
    for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
      Path lock = d.resolve("node_modules/pyodide/pyodide-lock.json");
      if (Files.isRegularFile(lock)) {
        return lock;
      }
    }
    return null;
  }
}
