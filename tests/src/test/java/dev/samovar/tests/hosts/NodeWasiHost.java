package dev.samovar.tests.hosts;

import java.nio.file.Path;
import java.util.List;

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
    return Scripts.runWasiScript(name(), script, List.of(), inv);
  }
}
