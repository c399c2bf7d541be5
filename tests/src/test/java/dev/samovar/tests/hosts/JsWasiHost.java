package dev.samovar.tests.hosts;

import java.nio.file.Path;
import java.util.List;

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
    return Scripts.runWasiScript(name(), script, browser ? List.of("--browser") : List.of(), inv);
  }
}
