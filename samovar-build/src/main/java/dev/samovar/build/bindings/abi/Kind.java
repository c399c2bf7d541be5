package dev.samovar.build.bindings.abi;

/** What crosses the boundary, one constant per supported Java type (docs/abi.md, "Types"). */
public enum Kind {
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

  private final String javaName;

  Kind(String javaName) {
    this.javaName = javaName;
  }

  /** How the Java signature spells it ({@code handle} for handle classes). */
  public String javaName() {
    return javaName;
  }

  public boolean isPrimitive() {
    return this == BOOLEAN || this == INT || this == LONG || this == FLOAT || this == DOUBLE;
  }

  public boolean isBoxed() {
    return name().startsWith("BOXED_");
  }

  /** Passed through linear memory as an argument array (strings and arrays). */
  public boolean isBuffer() {
    return this == STRING || this == STRINGS || isArray();
  }

  public boolean isArray() {
    return this == BYTES || this == INTS || this == LONGS || this == FLOATS || this == DOUBLES;
  }

  /** The primitive a boxed kind wraps; the kind itself otherwise. */
  public Kind unboxed() {
    return switch (this) {
      case BOXED_BOOLEAN -> BOOLEAN;
      case BOXED_INT -> INT;
      case BOXED_LONG -> LONG;
      case BOXED_FLOAT -> FLOAT;
      case BOXED_DOUBLE -> DOUBLE;
      default -> this;
    };
  }

  /** Whether a value of this kind can be null at all (references). */
  public boolean isReference() {
    return !isPrimitive() && this != VOID;
  }
}
