package dev.samovar.build.bindings.emit.java;

import dev.samovar.build.bindings.abi.AbiModel;
import java.nio.file.Path;

/** The Java bindings stage: writes the Java bindings of a module under a directory. */
public final class JavaEmitter {
  private JavaEmitter() {}

  /**
   * Writes the bindings of {@code model} under {@code dir}. Not implemented yet: writes nothing.
   */
  public static void write(AbiModel model, Path dir) {
    // Placeholder until the Java stage lands (issue 3); the pipeline already calls it.
  }
}
