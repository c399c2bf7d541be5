package dev.samovar.tests.hosts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  /**
   * Runs a Node script that takes wasi-run.mjs's command line ({@code [flags] [--dir HOST::GUEST]
   * [--env K=V]... module.wasm args...}) for {@code inv}, with only PATH in its environment.
   */
  static HostRun runWasiScript(String host, Path script, List<String> flags, Invocation inv)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of("node", "--no-warnings", script.toString()));
    cmd.addAll(flags);
    if (inv.dir != null) {
      cmd.add("--dir");
      cmd.add(inv.dir.toAbsolutePath() + "::" + Invocation.GUEST_DIR);
    }
    for (Map.Entry<String, String> e : inv.env.entrySet()) {
      cmd.add("--env");
      cmd.add(e.getKey() + "=" + e.getValue());
    }
    cmd.add(inv.wasm.toAbsolutePath().toString());
    cmd.addAll(inv.args);
    String path = System.getenv("PATH");
    return Processes.run(
        host, cmd, Map.of("PATH", path == null ? "/usr/bin:/bin" : path), inv.stdin);
  }
}
