package dev.samovar.build.bindings.emit.js;

import dev.samovar.build.bindings.abi.AbiType;
import dev.samovar.build.bindings.abi.Kind;

/**
 * TypeScript spellings of ABI types, as the JS runtime (samovar-loader.mjs, abi.mjs) accepts and
 * returns them: {@code long} is a {@code bigint} (a safe-integer {@code number} is accepted),
 * arrays are typed arrays (any array-like of the element type is accepted), {@code String[]} is
 * {@code (string | null)[]}, a nullable type adds {@code | null}.
 */
final class JsTypes {
  private JsTypes() {}

  /** What a parameter of type {@code t} accepts. */
  static String input(AbiType t, boolean nullable) {
    String base =
        switch (t.kind()) {
          case BOOLEAN, BOXED_BOOLEAN -> "boolean";
          case INT, FLOAT, DOUBLE, BOXED_INT, BOXED_FLOAT, BOXED_DOUBLE -> "number";
          case LONG, BOXED_LONG -> "bigint | number";
          case STRING -> "string";
          case BYTES -> "Uint8Array | Int8Array | ArrayBuffer | ArrayLike<number>";
          case INTS -> "Int32Array | ArrayLike<number>";
          case LONGS -> "BigInt64Array | ArrayLike<bigint | number>";
          case FLOATS -> "Float32Array | ArrayLike<number>";
          case DOUBLES -> "Float64Array | ArrayLike<number>";
          case STRINGS -> "ReadonlyArray<string | null>";
          case HANDLE -> t.handle();
          case VOID -> throw new IllegalArgumentException("void is not a parameter type");
        };
    return nullable || t.kind().isBoxed() ? base + " | null" : base;
  }

  /** What a result of type {@code t} is. */
  static String output(AbiType t, boolean nullable) {
    String base =
        switch (t.kind()) {
          case VOID -> "void";
          case BOOLEAN, BOXED_BOOLEAN -> "boolean";
          case INT, FLOAT, DOUBLE, BOXED_INT, BOXED_FLOAT, BOXED_DOUBLE -> "number";
          case LONG, BOXED_LONG -> "bigint";
          case STRING -> "string";
          case BYTES -> "Uint8Array";
          case INTS -> "Int32Array";
          case LONGS -> "BigInt64Array";
          case FLOATS -> "Float32Array";
          case DOUBLES -> "Float64Array";
          case STRINGS -> "(string | null)[]";
          case HANDLE -> t.handle();
        };
    boolean orNull = t.kind() != Kind.VOID && (nullable || t.kind().isBoxed());
    return orNull ? base + " | null" : base;
  }
}
