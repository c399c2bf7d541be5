package dev.samovar.build.bindings.emit.python;

import dev.samovar.build.bindings.abi.AbiModel;
import java.nio.file.Path;

/** The Python bindings stage: writes the Python bindings of a module under a directory. */
public final class PythonEmitter {
  private PythonEmitter() {}

  /**
   * Writes the bindings of {@code model} under {@code dir}. Not implemented yet: writes nothing.
   */
  public static void write(AbiModel model, Path dir) {
    // Placeholder until the Python stage lands (issue 3); the pipeline already calls it.
  }
}
