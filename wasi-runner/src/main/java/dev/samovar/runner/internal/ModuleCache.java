package dev.samovar.runner.internal;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.samovar.api.LinkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed and compiled modules, keyed by the sha256 of their bytes: compiling a 1 MB module takes
 * seconds, so a process compiles each module once.
 */
public final class ModuleCache {
  /** Modules larger than this are refused before parsing. */
  public static final long MAX_MODULE_BYTES = 256L << 20;

  private static final Map<String, WasmModule> PARSED = new ConcurrentHashMap<>();
  private static final Map<String, Function<Instance, Machine>> COMPILED =
      new ConcurrentHashMap<>();

  private ModuleCache() {}

  /** The parsed and validated module, or a {@link LinkException} naming what is wrong. */
  public static Loaded load(Path wasm) {
    byte[] bytes;
    try {
      long size = Files.size(wasm);
      if (size > MAX_MODULE_BYTES) {
        throw new LinkException(
            wasm + " is " + size + " bytes; the runner accepts modules up to " + MAX_MODULE_BYTES,
            Map.of("module", wasm.toString(), "limit", "" + MAX_MODULE_BYTES),
            null);
      }
      bytes = Files.readAllBytes(wasm);
    } catch (NoSuchFileException e) {
      throw new LinkException("No such module file: " + wasm, Map.of("module", wasm.toString()), e);
    } catch (IOException e) {
      throw new LinkException(
          "Cannot read " + wasm + ": " + e.getMessage(), Map.of("module", wasm.toString()), e);
    }
    String key = sha256(bytes);
    WasmModule module = PARSED.get(key);
    if (module == null) {
      try {
        module = Parser.parse(bytes);
      } catch (ChicoryException | IllegalArgumentException e) {
        throw new LinkException(
            wasm + " is not a valid WebAssembly module: " + e.getMessage(),
            Map.of("module", wasm.toString()),
            e);
      }
      PARSED.put(key, module);
    }
    return new Loaded(key, module);
  }

  /**
   * The compiled machine factory of a loaded module: compiled on first use in this process, and
   * read from {@code cacheDir} (keyed by the module's digest) when given, so a second process
   * starts without recompiling.
   */
  public static Function<Instance, Machine> compiled(Loaded loaded, Path cacheDir) {
    return COMPILED.computeIfAbsent(
        loaded.sha256() + (cacheDir == null ? "" : "@" + cacheDir.toAbsolutePath()),
        k -> {
          var builder = MachineFactoryCompiler.builder(loaded.module());
          if (cacheDir != null) {
            builder.withCache(new DiskCache(cacheDir));
          }
          return builder.compile();
        });
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A parsed module and the hash it is cached under. */
  public record Loaded(String sha256, WasmModule module) {}
}
