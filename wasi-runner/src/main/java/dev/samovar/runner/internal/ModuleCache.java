package dev.samovar.runner.internal;

import com.dylibso.chicory.compiler.InterpreterFallback;
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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed and compiled modules, keyed by the sha256 of their bytes: compiling a 1 MB module takes
 * seconds, so a process compiles each module once.
 */
public final class ModuleCache {
  /**
   * Modules larger than this are refused before parsing; the system property {@code
   * samovar.maxModuleBytes} overrides it.
   */
  public static final long MAX_MODULE_BYTES = 256L << 20;

  private static final byte[] MAGIC = {0, 0x61, 0x73, 0x6d};
  private static final Map<String, WasmModule> PARSED = new ConcurrentHashMap<>();
  private static final Map<String, Function<Instance, Machine>> COMPILED =
      new ConcurrentHashMap<>();

  private ModuleCache() {}

  /** The parsed and validated module, or a {@link LinkException} naming what is wrong. */
  public static Loaded load(Path wasm) {
    byte[] bytes;
    try {
      long size = Files.size(wasm);
      long max = Long.getLong("samovar.maxModuleBytes", MAX_MODULE_BYTES);
      if (size > max) {
        throw bad(
            wasm,
            "too-large",
            wasm + " is " + size + " bytes; the runner accepts modules up to " + max + " bytes",
            null);
      }
      bytes = Files.readAllBytes(wasm);
    } catch (NoSuchFileException e) {
      throw bad(wasm, "missing-file", "No such module file: " + wasm, e);
    } catch (IOException e) {
      throw bad(wasm, "missing-file", "Cannot read " + wasm + ": " + e.getMessage(), e);
    }
    if (bytes.length < 8 || !Arrays.equals(Arrays.copyOf(bytes, 4), MAGIC)) {
      throw bad(
          wasm,
          "not-wasm",
          wasm + " is not a WebAssembly module (it does not start with \\0asm)",
          null);
    }
    String key = sha256(bytes);
    WasmModule module = PARSED.get(key);
    if (module == null) {
      try {
        module = Parser.parse(bytes);
      } catch (ChicoryException | IllegalArgumentException | IndexOutOfBoundsException e) {
        throw bad(
            wasm,
            "malformed",
            wasm + " is not a valid WebAssembly module (truncated or malformed): " + e.getMessage(),
            e);
      }
      PARSED.put(key, module);
    }
    return new Loaded(key, module);
  }

  private static LinkException bad(Path wasm, String reason, String message, Throwable cause) {
    return new LinkException(message, Map.of("module", wasm.toString(), "reason", reason), cause);
  }

  /**
   * The compiled machine factory of a loaded module: compiled on first use in this process, and
   * read from {@code cacheDir} (keyed by the module's digest) when given, so a second process
   * starts without recompiling.
   */
  public static Function<Instance, Machine> compiled(
      Loaded loaded, Path cacheDir, boolean failOnFallback, Path wasm) {
    try {
      return COMPILED.computeIfAbsent(
          loaded.sha256()
              + (failOnFallback ? "!" : "")
              + (cacheDir == null ? "" : "@" + cacheDir.toAbsolutePath()),
          k -> {
            var builder =
                MachineFactoryCompiler.builder(loaded.module())
                    .withInterpreterFallback(
                        failOnFallback ? InterpreterFallback.FAIL : InterpreterFallback.WARN);
            if (cacheDir != null) {
              builder.withCache(new DiskCache(cacheDir));
            }
            return builder.compile();
          });
    } catch (ChicoryException e) {
      if (failOnFallback && String.valueOf(e.getMessage()).contains("method size limits")) {
        throw new LinkException(
            wasm
                + " has a function too large for a JVM method, which would run in the interpreter ("
                + e.getMessage().replaceAll(".*: ", "")
                + "); build the module at a smaller optimization level or allow the fallback",
            Map.of("module", wasm.toString(), "reason", "interpreter-fallback"),
            e);
      }
      throw e;
    }
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
