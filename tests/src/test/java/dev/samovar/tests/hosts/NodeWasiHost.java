package dev.samovar.tests.hosts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Node's built-in WASI ({@code node:wasi}, preview1), through {@code src/test/node/wasi-run.mjs}.
 */
public final class NodeWasiHost implements Host {
  private final Path script = Scripts.node("wasi-run.mjs");

  @Override
  public String name() {
    return "node";
  }

  @Override
  public HostRun run(Invocation inv) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add("node");
    cmd.add("--no-warnings");
    cmd.add(script.toString());
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
        name(), cmd, Map.of("PATH", path == null ? "/usr/bin:/bin" : path), inv.stdin);
  }
}
