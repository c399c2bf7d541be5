package dev.samovar.runner.cli;

import dev.samovar.api.SandboxException;
import dev.samovar.runner.Engine;
import dev.samovar.runner.Mount;
import dev.samovar.runner.Sandbox;
import dev.samovar.runner.abi.AbiInstance;
import dev.samovar.runner.abi.AbiSection;
import dev.samovar.runner.abi.AbiSignature;
import dev.samovar.runner.abi.TextArgs;
import dev.samovar.runner.internal.ModuleCache;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code --invoke} of a typed export (one listed in the module's {@code samovar.abi} section):
 * arguments parsed by its Java types, the result printed as text. Exports without a typed signature
 * keep the raw-number path ({@link Invocation}).
 */
final class TypedInvoke {
  private TypedInvoke() {}

  /** The typed signature of {@code export}, or null when it has none. */
  static AbiSignature signature(Path module, String export) {
    AbiSection section = AbiSection.find(ModuleCache.load(module).module(), module);
    return section == null ? null : section.signature(export);
  }

  /**
   * Flags a typed call does not honour yet (the ABI instance has no mounts, environment or limits
   * other than memory): refused rather than silently ignored.
   */
  static void refuseUnsupported(Map<String, Boolean> given) {
    for (Map.Entry<String, Boolean> e : given.entrySet()) {
      if (e.getValue()) {
        throw new SandboxException(
            e.getKey()
                + " is not supported with --invoke of a typed export yet; drop it, or call the"
                + " export from a generated binding",
            Map.of("flag", e.getKey()),
            null);
      }
    }
  }

  static int run(
      Path module,
      AbiSignature sig,
      List<String> args,
      Sandbox.Builder options,
      Engine engine,
      Path compileCache,
      PrintStream out) {
    Object[] values = TextArgs.parse(module.toString(), sig, args);
    AbiInstance.Builder b =
        AbiInstance.builder(module).engine(engine).stdout(out).stderr(System.err);
    if (compileCache != null) {
      b.compileCache(compileCache);
    }
    if (options.maxMemoryBytes() > 0) {
      b.maxMemory(options.maxMemoryBytes());
    }
    for (Mount m : options.mounts()) {
      b.mount(m);
    }
    options.env().forEach(b::env);
    try (AbiInstance abi = b.open()) {
      Object result = abi.invoke(sig.export(), values);
      if (sig.result() != dev.samovar.runner.abi.AbiType.VOID) {
        out.println(TextArgs.format(result));
      }
    }
    out.flush();
    return 0;
  }
}
