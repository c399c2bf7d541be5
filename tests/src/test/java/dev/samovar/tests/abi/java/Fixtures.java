package dev.samovar.tests.abi.java;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The typed-ABI modules the Java host tests load, and byte-edited copies of them. */
final class Fixtures {
  private Fixtures() {}

  /** {@code tests/abi-fixture}'s module (built by its own Maven module before this one). */
  static Path abifixture() {
    return built(repo().resolve("tests/abi-fixture/target/samovar/abifixture.wasm"));
  }

  /** The flagship core, {@code wasm-core}'s {@code javacore.wasm}. */
  static Path javacore() {
    return built(repo().resolve("wasm-core/target/samovar/javacore.wasm"));
  }

  /** The repository root (surefire passes it; {@code ..} from the tests module otherwise). */
  static Path repo() {
    return Path.of(System.getProperty("samovar.repo", "..")).toAbsolutePath().normalize();
  }

  private static Path built(Path wasm) {
    if (!Files.isRegularFile(wasm)) {
      throw new IllegalStateException(
          wasm + " is missing; build it first: mvn -B -ntp -o -pl tests -am verify");
    }
    return wasm;
  }

  /**
   * A copy of {@code wasm} under {@code dir} with every occurrence of {@code from} replaced by
   * {@code to} (same length, so the section sizes stay valid).
   */
  static Path edited(Path wasm, Path dir, String from, String to) throws IOException {
    byte[] bytes = Files.readAllBytes(wasm);
    byte[] f = from.getBytes(StandardCharsets.UTF_8);
    byte[] t = to.getBytes(StandardCharsets.UTF_8);
    if (f.length != t.length) {
      throw new IllegalArgumentException("replacement must keep the length");
    }
    int hits = 0;
    for (int i = 0; i + f.length <= bytes.length; i++) {
      boolean match = true;
      for (int j = 0; j < f.length && match; j++) {
        match = bytes[i + j] == f[j];
      }
      if (match) {
        System.arraycopy(t, 0, bytes, i, t.length);
        hits++;
      }
    }
    if (hits == 0) {
      throw new IllegalArgumentException("'" + from + "' not found in " + wasm);
    }
    Path out = dir.resolve(wasm.getFileName());
    Files.write(out, bytes);
    return out;
  }
}
