package dev.samovar.runner.abi;

/**
 * A type of the typed ABI as the {@code samovar.abi} section spells it (docs/abi.md, "Types"):
 * primitives, boxed primitives, strings, arrays, {@code String[]}, handles and {@code void}.
 */
public enum AbiType {
  VOID("void"),
  BOOLEAN("boolean"),
  INT("int"),
  LONG("long"),
  FLOAT("float"),
  DOUBLE("double"),
  BOXED_BOOLEAN("Boolean"),
  BOXED_INT("Integer"),
  BOXED_LONG("Long"),
  BOXED_FLOAT("Float"),
  BOXED_DOUBLE("Double"),
  STRING("String"),
  BYTES("byte[]"),
  INTS("int[]"),
  LONGS("long[]"),
  FLOATS("float[]"),
  DOUBLES("double[]"),
  STRINGS("String[]"),
  HANDLE("handle");

  private final String spelling;

  AbiType(String spelling) {
    this.spelling = spelling;
  }

  /** How Java spells it ({@code handle} for any handle class). */
  public String spelling() {
    return spelling;
  }

  /** The type spelled {@code s}; any other identifier is a handle class. */
  public static AbiType of(String s) {
    for (AbiType t : values()) {
      if (t != HANDLE && t.spelling.equals(s)) {
        return t;
      }
    }
    if (!s.isEmpty() && Character.isJavaIdentifierStart(s.charAt(0))) {
      return HANDLE;
    }
    throw new IllegalArgumentException("not an ABI type: '" + s + "'");
  }

  public boolean isBoxed() {
    return name().startsWith("BOXED_");
  }

  /** Passed in linear memory (strings and arrays). */
  public boolean isBuffer() {
    return this == STRING
        || this == BYTES
        || this == INTS
        || this == LONGS
        || this == FLOATS
        || this == DOUBLES
        || this == STRINGS;
  }

  /** Returned as the address of an array (buffers and boxed values). */
  public boolean isAddressResult() {
    return isBuffer() || isBoxed();
  }

  /** The primitive a boxed type wraps; the type itself otherwise. */
  public AbiType unboxed() {
    return isBoxed() ? valueOf(name().substring("BOXED_".length())) : this;
  }
}
