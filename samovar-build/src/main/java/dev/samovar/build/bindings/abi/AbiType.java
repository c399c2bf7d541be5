package dev.samovar.build.bindings.abi;

/**
 * A type in an exported signature.
 *
 * @param kind what it is
 * @param handle for {@link Kind#HANDLE}: the handle's exported name (e.g. {@code RunningStats});
 *     null otherwise
 * @param javaClass for {@link Kind#HANDLE}: the Java class's binary name; null otherwise
 */
public record AbiType(Kind kind, String handle, String javaClass) {
  public static AbiType of(Kind kind) {
    return new AbiType(kind, null, null);
  }

  /**
   * Compact spelling for the interface description: {@code int}, {@code double[]}, handles by name.
   */
  public String spelling() {
    return kind == Kind.HANDLE ? handle : kind.javaName();
  }
}
