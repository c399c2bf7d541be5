package dev.samovar.runner.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.runner.Access;
import dev.samovar.runner.Engine;
import dev.samovar.runner.RunResult;
import dev.samovar.runner.Sandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the probe guest (src/test/resources/guests/probe.c): each command is one WASI call made
 * directly by the guest, and its result is the raw WASI errno the runner returned.
 */
final class Probe {
  static final int SUCCESS = 0;
  static final int EFAULT = 21;
  static final int EINVAL = 28;
  static final int ELOOP = 32;
  static final int ENAMETOOLONG = 37;
  static final int ENOENT = 44;
  static final int ENOTDIR = 54;
  static final int EROFS = 69;
  static final int EXDEV = 75;
  static final int ENOTCAPABLE = 76;

  private Probe() {}

  static Path wasm() {
    return Path.of("src/test/resources/guests/probe.wasm").toAbsolutePath();
  }

  /** One command's errno and the data it printed (file content, stat, listing). */
  record Result(int errno, String data) {}

  /** Runs the commands with the given mounts: guest path → (host dir, access). */
  static Map<String, Result> run(Engine engine, Map<String, Mount> mounts, String... commands) {
    Sandbox.Builder b =
        Sandbox.builder()
            .engine(engine)
            .args(commands)
            .captureOutput()
            .timeout(Duration.ofSeconds(60));
    mounts.forEach((guest, m) -> b.mount(m.host(), guest, m.access()));
    return parse(b.build().run(wasm()), commands);
  }

  static Map<String, Result> parse(RunResult r, String... commands) {
    assertEquals(0, r.exitCode(), r.stderrText());
    Map<String, Result> out = new LinkedHashMap<>();
    String[] lines = r.stdoutText().split("\n", -1);
    int i = 0;
    for (String c : commands) {
      StringBuilder line = new StringBuilder(lines[i++]);
      String prefix = c + " -> ";
      assertTrue(line.toString().startsWith(prefix), "unexpected probe output: " + line);
      // A read of a multi-line file continues on the following lines.
      while (i < lines.length && !startsAnyCommand(lines[i], commands) && i < lines.length - 1) {
        line.append('\n').append(lines[i++]);
      }
      String rest = line.substring(prefix.length());
      int space = rest.indexOf(' ');
      int errno = Integer.parseInt(space < 0 ? rest : rest.substring(0, space));
      out.put(c, new Result(errno, space < 0 ? "" : rest.substring(space + 1)));
    }
    return out;
  }

  private static boolean startsAnyCommand(String line, String[] commands) {
    for (String c : commands) {
      if (line.startsWith(c + " -> ")) {
        return true;
      }
    }
    return false;
  }

  /** A host directory and how it is mounted. */
  record Mount(Path host, Access access) {}
}
