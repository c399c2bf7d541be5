package dev.samovar.runner;

import java.nio.file.Path;

/** The C test guests in src/test/resources/guests (sources and build.sh beside them). */
final class Guests {
  private Guests() {}

  static Path get(String name) {
    return Path.of("src/test/resources/guests", name + ".wasm").toAbsolutePath();
  }
}
