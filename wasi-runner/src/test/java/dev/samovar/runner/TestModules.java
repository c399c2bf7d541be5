package dev.samovar.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Tiny hand-assembled modules for hostile-input tests (the bytes are annotated below). */
final class TestModules {
  private TestModules() {}

  /** (func (export "_start") (loop (br 0))): runs forever. */
  static final String INFINITE_LOOP =
      "0061736d01000000" // magic, version
          + "010401600000" // type section: () -> ()
          + "03020100" // function section: one function of type 0
          + "070a01065f737461727400 00".replace(" ", "") // export "_start" func 0
          + "0a09010700034 00c000b0b".replace(" ", ""); // code: loop br 0 end end

  /** Imports env.foo, which no WASI host provides. */
  static final String UNKNOWN_IMPORT =
      "0061736d01000000"
          + "010401600000"
          + "020b0103656e7603666f6f0000" // import env.foo: func type 0
          + "03020100"
          + "070a01065f737461727400 01".replace(" ", "")
          + "0a040102000b";

  static Path write(Path dir, String name, String hex) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, HexFormat.of().parseHex(hex));
    return file;
  }

  /** The flagship core, built by the reactor before this module's tests. */
  static Path core() {
    return Path.of(
            System.getProperty("samovar.coreWasm", "../wasm-core/target/samovar/javacore.wasm"))
        .toAbsolutePath()
        .normalize();
  }
}
