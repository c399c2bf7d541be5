package dev.samovar.runner.cli;

import dev.samovar.runner.Access;
import dev.samovar.runner.Sandbox;
import java.nio.file.Path;

/**
 * {@code --dir HOST[::GUEST][:ro|:rw]}, as wasmtime spells it: the guest path defaults to the host
 * path made absolute, and a trailing {@code :ro} makes the mount read-only.
 */
final class Mounts {
  private Mounts() {}

  static void add(Sandbox.Builder sandbox, String spec) {
    Access access = Access.READ_WRITE;
    String s = spec;
    if (s.endsWith(":ro")) {
      access = Access.READ_ONLY;
      s = s.substring(0, s.length() - 3);
    } else if (s.endsWith(":rw")) {
      s = s.substring(0, s.length() - 3);
    }
    int sep = s.indexOf("::");
    String host = sep < 0 ? s : s.substring(0, sep);
    String guest =
        sep < 0 ? Path.of(host).toAbsolutePath().normalize().toString() : s.substring(sep + 2);
    sandbox.mount(Path.of(host), guest, access);
  }
}
