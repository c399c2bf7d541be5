package dev.samovar.tests.hosts;

import io.github.kawamuray.wasmtime.Engine;
import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.Linker;
import io.github.kawamuray.wasmtime.Module;
import io.github.kawamuray.wasmtime.Store;
import io.github.kawamuray.wasmtime.WasmFunctionError;
import io.github.kawamuray.wasmtime.wasi.WasiCtx;
import io.github.kawamuray.wasmtime.wasi.WasiCtxBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real wasmtime through wasmtime-java 0.19.0 (JNI). Its WASI takes stdio as files, so the run goes
 * through temporary files.
 */
public final class WasmtimeHost implements Host {
  /** One engine, and each module compiled once: what a wasmtime embedder does. */
  private static final Engine ENGINE = new Engine();

  private static final Map<Path, Module> MODULES = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "wasmtime";
  }

  /**
   * wasmtime-java 0.19.0's {@code WasiCtxBuilder.stdin(Path)} leaves fd 0 closed (the guest's
   * {@code fd_read(0)} gets EBADF), so stdin tests skip this binding, not wasmtime itself.
   */
  @Override
  public boolean feedsStdin() {
    return false;
  }

  @Override
  public HostRun run(Invocation inv) throws Exception {
    Path tmp = Files.createTempDirectory("samovar-wasmtime");
    Path in = Files.write(tmp.resolve("stdin"), inv.stdin);
    Path out = tmp.resolve("stdout");
    Path err = tmp.resolve("stderr");
    Files.createFile(out);
    Files.createFile(err);
    WasiCtxBuilder builder =
        new WasiCtxBuilder()
            .arg(inv.wasm.getFileName().toString())
            .args(inv.args)
            .stdin(in)
            .stdout(out)
            .stderr(err);
    for (Map.Entry<String, String> e : inv.env.entrySet()) {
      builder.env(e.getKey(), e.getValue());
    }
    if (inv.dir != null) {
      builder.preopenedDir(inv.dir.toAbsolutePath(), Invocation.GUEST_DIR);
    }
    int exit = 0;
    WasiCtx wasi = builder.build();
    Module module =
        MODULES.computeIfAbsent(
            inv.wasm.toAbsolutePath(), p -> Module.fromFile(ENGINE, p.toString()));
    try (Store<Void> store = new Store<>(null, ENGINE, wasi);
        Linker linker = new Linker(ENGINE)) {
      WasiCtx.addToLinker(linker);
      linker.module(store, "", module);
      Func start = linker.get(store, "", "_start").orElseThrow().func();
      try {
        start.call(store);
      } catch (WasmFunctionError.I32ExitError e) {
        exit = e.exitCode();
      }
    }
    HostRun run = new HostRun(name(), exit, Files.readAllBytes(out), Files.readAllBytes(err));
    try (var files = Files.list(tmp)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.delete(p);
      }
    }
    Files.delete(tmp);
    return run;
  }
}
