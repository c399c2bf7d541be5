package dev.samovar.tests.hosts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Samovar's own JS WASI (pyodide-loader's {@code createWasi}, what Pyodide and pages use), through
 * {@code src/test/node/js-wasi-run.mjs}: in Node, or in headless Debian Chromium.
 */
public final class JsWasiHost implements Host {
  private final Path script = Scripts.node("js-wasi-run.mjs");
  private final boolean browser;

  private JsWasiHost(boolean browser) {
    this.browser = browser;
  }

  /** Our WASI in Node. */
  public static JsWasiHost node() {
    return new JsWasiHost(false);
  }

  /** Our WASI in a page of headless Chromium ({@code /usr/bin/chromium}). */
  public static JsWasiHost chromium() {
    return new JsWasiHost(true);
  }

  @Override
  public String name() {
    return browser ? "chromium" : "js-wasi";
  }

  @Override
  public HostRun run(Invocation inv) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add("node");
    cmd.add("--no-warnings");
    cmd.add(script.toString());
    if (browser) {
      cmd.add("--browser");
    }
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
