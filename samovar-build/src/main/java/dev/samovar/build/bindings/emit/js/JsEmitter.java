package dev.samovar.build.bindings.emit.js;

import dev.samovar.build.bindings.abi.AbiModel;
import java.nio.file.Path;

/** The Js bindings stage: writes the Js bindings of a module under a directory. */
public final class JsEmitter {
  private JsEmitter() {}

  /**
   * Writes the bindings of {@code model} under {@code dir}. Not implemented yet: writes nothing.
   */
  public static void write(AbiModel model, Path dir) {
    // Placeholder until the Js stage lands (issue 3); the pipeline already calls it.
  }
}
