package dev.samovar.tests.hosts;

import dev.samovar.runner.Engine;
import dev.samovar.runner.RunResult;
import dev.samovar.runner.Sandbox;
import java.io.ByteArrayInputStream;
import java.util.Map;

/** Chicory 1.7.5 through our runner's {@link Sandbox}, with its interpreter or its compiler. */
public final class ChicoryHost implements Host {
  private final Engine engine;

  private ChicoryHost(Engine engine) {
    this.engine = engine;
  }

  public static ChicoryHost interpreter() {
    return new ChicoryHost(Engine.INTERPRETER);
  }

  public static ChicoryHost compiler() {
    return new ChicoryHost(Engine.COMPILER);
  }

  @Override
  public String name() {
    return engine == Engine.COMPILER ? "chicory-compiler" : "chicory-interpreter";
  }

  @Override
  public HostRun run(Invocation inv) {
    Sandbox.Builder sandbox =
        Sandbox.builder()
            .engine(engine)
            .programName(inv.wasm.getFileName().toString())
            .args(inv.args)
            .stdin(new ByteArrayInputStream(inv.stdin))
            .captureOutput();
    for (Map.Entry<String, String> e : inv.env.entrySet()) {
      sandbox.env(e.getKey(), e.getValue());
    }
    if (inv.dir != null) {
      sandbox.mount(inv.dir, Invocation.GUEST_DIR);
    }
    RunResult r = sandbox.build().run(inv.wasm);
    return new HostRun(name(), r.exitCode(), r.stdout(), r.stderr());
  }
}
