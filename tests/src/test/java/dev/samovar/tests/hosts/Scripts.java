package dev.samovar.tests.hosts;

import java.nio.file.Path;

/** The Node scripts of the hosts, found from the repository root (system property samovar.repo). */
final class Scripts {
  private Scripts() {}

  static Path node(String name) {
    return Path.of(System.getProperty("samovar.repo", ".."))
        .resolve("tests/src/test/node")
        .resolve(name)
        .toAbsolutePath()
        .normalize();
  }
}
