package dev.samovar.build.bindings.decode;

import java.util.List;

/**
 * A compiled class that mentions {@code @WasmExport}, with what the later stages need of it.
 *
 * @param name binary name, e.g. {@code dev.samovar.core.RunningStats}
 * @param access the JVM access flags
 * @param sourceFile the {@code SourceFile} attribute, or null
 * @param mark the class's own {@code @WasmExport} (it is then a handle class), or null
 * @param methods its declared methods and constructors
 * @param origin the class-path entry it was read from
 */
public record DecodedClass(
    String name,
    int access,
    String sourceFile,
    ExportMark mark,
    List<DecodedMethod> methods,
    String origin) {

  /** The simple name (after the last {@code .} and {@code $}). */
  public String simpleName() {
    String s = name.substring(name.lastIndexOf('.') + 1);
    return s.substring(s.lastIndexOf('$') + 1);
  }

  /** The package, or {@code ""}. */
  public String packageName() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }
}
