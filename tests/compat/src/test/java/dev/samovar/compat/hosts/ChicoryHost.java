package dev.samovar.compat.hosts;

import com.dylibso.chicory.runtime.Store;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

/** Chicory 1.7.5's interpreter with its WASI preview 1, in this JVM, stdout captured. */
public final class ChicoryHost {
  public Output run(Path wasm) {
    WasmModule module = Parser.parse(wasm);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    WasiOptions options =
        WasiOptions.builder()
            .withStdout(stdout)
            .withStderr(stderr)
            .withStdin(new ByteArrayInputStream(new byte[0]))
            .withArguments(List.of(wasm.getFileName().toString()))
            .build();
    int exit = 0;
    try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
      Store store = new Store().addFunction(wasi.toHostFunctions());
      store.instantiate("main", module);
    } catch (WasiExitException e) {
      exit = e.exitCode();
    }
    return new Output("chicory", exit, stdout.toByteArray(), stderr.toByteArray());
  }
}
