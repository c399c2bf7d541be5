package dev.samovar.compat.hosts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Node's built-in WASI ({@code node:wasi}, preview1) through {@code src/test/node/wasi-run.mjs}. */
public final class NodeHost {
  private final Path script = Path.of("src/test/node/wasi-run.mjs").toAbsolutePath();

  public Output run(Path wasm) throws IOException, InterruptedException {
    return Subprocess.run(
        "node", List.of("node", "--no-warnings", script.toString(), wasm.toAbsolutePath().toString()));
  }

  /** V8's own verdict on the binary: {@code WebAssembly.validate}. */
  public boolean validates(Path wasm) throws IOException, InterruptedException {
    String js =
        "const b=require('fs').readFileSync(process.argv[1]);"
            + "process.stdout.write(String(WebAssembly.validate(b)))";
    Output out = Subprocess.run("node", List.of("node", "-e", js, wasm.toAbsolutePath().toString()));
    return out.exitCode() == 0 && out.stdoutText().equals("true");
  }
}
