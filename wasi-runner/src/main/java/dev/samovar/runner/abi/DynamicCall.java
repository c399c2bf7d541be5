package dev.samovar.runner.abi;

import dev.samovar.api.LinkException;
import java.util.Map;

/** Calls one export with values typed at run time, following docs/abi.md step by step. */
final class DynamicCall {
  private DynamicCall() {}

  static Object call(AbiInstance abi, AbiSignature sig, Object[] args) {
    int receiver = sig.receiver() == null ? 0 : 1;
    int expected = sig.params().size() + receiver;
    if (args.length != expected) {
      throw bad(
          abi,
          sig,
          sig.export() + " takes " + expected + " argument(s) (" + sig + "), got " + args.length);
    }
    // Encode every buffer first, so a bad value fails before anything reaches the module.
    byte[][] encoded = new byte[sig.params().size()][];
    long[] raw = new long[wasmParams(sig) + receiver];
    int w = 0;
    if (receiver == 1) {
      raw[w++] = handle(abi, sig, "this", args[0]);
    }
    for (int i = 0; i < sig.params().size(); i++) {
      AbiSignature.Param p = sig.params().get(i);
      Object v = args[i + receiver];
      if (v == null && !p.nullable()) {
        throw new NullPointerException(
            "Parameter '"
                + p.name()
                + "' of "
                + sig.export()
                + " is not @Nullable but null was passed");
      }
      AbiType t = p.type();
      if (t.isBuffer()) {
        encoded[i] = v == null ? null : encode(abi, sig, p, v);
        raw[w++] = v == null ? 0 : 1;
      } else if (t.isBoxed()) {
        raw[w++] = v == null ? 0 : 1;
        raw[w++] = v == null ? 0 : primitive(abi, sig, p, t.unboxed(), v);
      } else if (t == AbiType.HANDLE) {
        raw[w++] = v == null ? 0 : handle(abi, sig, p.name(), v);
      } else {
        raw[w++] = primitive(abi, sig, p, t, v);
      }
    }
    for (int i = 0; i < encoded.length; i++) {
      if (encoded[i] != null) {
        abi.buffer(i, sig.params().get(i).type(), encoded[i]);
      }
    }
    long r = abi.call(abi.export(sig.export()), raw);
    return result(abi, sig, r);
  }

  private static int wasmParams(AbiSignature sig) {
    int n = 0;
    for (AbiSignature.Param p : sig.params()) {
      n += p.type().isBoxed() ? 2 : 1;
    }
    return n;
  }

  private static Object result(AbiInstance abi, AbiSignature sig, long r) {
    switch (sig.result()) {
      case VOID:
        abi.checkStatus(r);
        return null;
      case BOOLEAN:
        return abi.checkBoolean(r);
      case INT:
        return abi.checkInt(r);
      case LONG:
        return abi.checkLong(r);
      case FLOAT:
        return abi.checkFloat(r);
      case DOUBLE:
        return abi.checkDouble(r);
      case HANDLE:
        int h = abi.checkHandle(r);
        return h == 0 ? null : h;
      default:
        int address = abi.checkAddress(r);
        switch (sig.result()) {
          case BOXED_BOOLEAN:
            return abi.boxedBooleanAt(address);
          case BOXED_INT:
            return abi.boxedIntAt(address);
          case BOXED_LONG:
            return abi.boxedLongAt(address);
          case BOXED_FLOAT:
            return abi.boxedFloatAt(address);
          case BOXED_DOUBLE:
            return abi.boxedDoubleAt(address);
          case STRING:
            return abi.stringAt(address);
          case BYTES:
            return abi.bytesAt(address);
          case INTS:
            return abi.intsAt(address);
          case LONGS:
            return abi.longsAt(address);
          case FLOATS:
            return abi.floatsAt(address);
          case DOUBLES:
            return abi.doublesAt(address);
          case STRINGS:
            return abi.stringsAt(address);
          default:
            throw new IllegalStateException(sig.result().toString());
        }
    }
  }

  private static byte[] encode(AbiInstance abi, AbiSignature sig, AbiSignature.Param p, Object v) {
    String f = sig.export();
    switch (p.type()) {
      case STRING:
        return Wire.utf8(as(abi, sig, p, v, String.class), f, p.name());
      case STRINGS:
        return Wire.strings(as(abi, sig, p, v, String[].class), f, p.name());
      case BYTES:
        return as(abi, sig, p, v, byte[].class);
      case INTS:
        return Wire.ints(as(abi, sig, p, v, int[].class));
      case LONGS:
        return Wire.longs(as(abi, sig, p, v, long[].class));
      case FLOATS:
        return Wire.floats(as(abi, sig, p, v, float[].class));
      case DOUBLES:
        return Wire.doubles(as(abi, sig, p, v, double[].class));
      default:
        throw new IllegalStateException(p.type().toString());
    }
  }

  private static long primitive(
      AbiInstance abi, AbiSignature sig, AbiSignature.Param p, AbiType t, Object v) {
    switch (t) {
      case BOOLEAN:
        return as(abi, sig, p, v, Boolean.class) ? 1 : 0;
      case INT:
        return as(abi, sig, p, v, Integer.class);
      case LONG:
        return as(abi, sig, p, v, Long.class);
      case FLOAT:
        return AbiInstance.f32(as(abi, sig, p, v, Float.class));
      case DOUBLE:
        return AbiInstance.f64(as(abi, sig, p, v, Double.class));
      default:
        throw new IllegalStateException(t.toString());
    }
  }

  private static long handle(AbiInstance abi, AbiSignature sig, String name, Object v) {
    if (!(v instanceof Integer)) {
      throw bad(
          abi,
          sig,
          "parameter '"
              + name
              + "' of "
              + sig.export()
              + " is a handle: pass its Integer value, got "
              + (v == null ? "null" : v.getClass().getSimpleName()));
    }
    return (Integer) v;
  }

  private static <T> T as(
      AbiInstance abi, AbiSignature sig, AbiSignature.Param p, Object v, Class<T> type) {
    if (!type.isInstance(v)) {
      throw bad(
          abi,
          sig,
          "parameter '"
              + p.name()
              + "' of "
              + sig.export()
              + " is "
              + p.spelling()
              + ", got "
              + v.getClass().getSimpleName());
    }
    return type.cast(v);
  }

  private static LinkException bad(AbiInstance abi, AbiSignature sig, String message) {
    return new LinkException(
        message,
        Map.of("module", abi.wasm().toString(), "export", sig.export(), "reason", "bad-arguments"),
        null);
  }
}
