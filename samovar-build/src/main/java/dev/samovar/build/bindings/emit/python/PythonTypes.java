package dev.samovar.build.bindings.emit.python;

import dev.samovar.build.bindings.abi.AbiType;
import dev.samovar.build.bindings.abi.Kind;

/**
 * How each ABI type looks in Python: the annotation of a parameter (what the bindings accept), of a
 * result (what they return), and the type code the runtime ({@code _samovar.py}) converts by.
 */
final class PythonTypes {
  private PythonTypes() {}

  /** The runtime's code for a type: the Java spelling, {@code handle:<Name>} for handles. */
  static String code(AbiType t) {
    return t.kind() == Kind.HANDLE ? "handle:" + t.handle() : t.kind().javaName();
  }

  /** What a parameter accepts. */
  static String param(AbiType t, boolean nullable) {
    String base =
        switch (t.kind()) {
          case BOOLEAN, BOXED_BOOLEAN -> "bool";
          case INT, LONG, BOXED_INT, BOXED_LONG -> "int";
          case FLOAT, DOUBLE, BOXED_FLOAT, BOXED_DOUBLE -> "float";
          case STRING -> "str";
          case BYTES -> "Buffer | Sequence[int]";
          case INTS, LONGS -> "Buffer | Sequence[int]";
          case FLOATS, DOUBLES -> "Buffer | Sequence[float]";
          case STRINGS -> "Sequence[str | None]";
          case HANDLE -> t.handle();
          case VOID -> "None";
        };
    return nullable || t.kind().isBoxed() ? base + " | None" : base;
  }

  /** What a result is. */
  static String result(AbiType t, boolean nullable) {
    String base =
        switch (t.kind()) {
          case VOID -> "None";
          case BOOLEAN, BOXED_BOOLEAN -> "bool";
          case INT, LONG, BOXED_INT, BOXED_LONG -> "int";
          case FLOAT, DOUBLE, BOXED_FLOAT, BOXED_DOUBLE -> "float";
          case STRING -> "str";
          case BYTES -> "bytes";
          case INTS, LONGS -> "array.array[int]";
          case FLOATS, DOUBLES -> "array.array[float]";
          case STRINGS -> "list[str | None]";
          case HANDLE -> t.handle();
        };
    return (nullable || t.kind().isBoxed()) && t.kind() != Kind.VOID ? base + " | None" : base;
  }

  /** One line saying what Python type comes back, for the docstring's Returns section. */
  static String resultNote(AbiType t) {
    return switch (t.kind()) {
      case BYTES -> "bytes";
      case INTS -> "array.array of typecode 'i'";
      case LONGS -> "array.array of typecode 'q'";
      case FLOATS -> "array.array of typecode 'f'";
      case DOUBLES -> "array.array of typecode 'd'";
      case STRINGS -> "list of str, None for null elements";
      default -> "";
    };
  }
}
