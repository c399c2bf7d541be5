package dev.samovar.runner.cli;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.samovar.api.LinkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code --invoke}: text arguments to raw wasm values by the export's signature, and back. */
final class Invocation {
  private Invocation() {}

  static long[] parse(String module, String export, FunctionType type, List<String> args) {
    List<ValType> params = type.params();
    if (params.size() != args.size()) {
      throw bad(
          module,
          export,
          export
              + " takes "
              + params.size()
              + " argument(s) "
              + names(params)
              + ", got "
              + args.size());
    }
    long[] raw = new long[args.size()];
    for (int i = 0; i < raw.length; i++) {
      String text = args.get(i);
      ValType t = params.get(i);
      try {
        if (t.equals(ValType.I32)) {
          long v = Long.decode(text);
          if (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL) {
            throw new NumberFormatException();
          }
          raw[i] = (int) v;
        } else if (t.equals(ValType.I64)) {
          raw[i] =
              text.startsWith("0x")
                  ? Long.parseUnsignedLong(text.substring(2), 16)
                  : Long.parseLong(text);
        } else if (t.equals(ValType.F32)) {
          raw[i] = Float.floatToRawIntBits(Float.parseFloat(text));
        } else if (t.equals(ValType.F64)) {
          raw[i] = Double.doubleToRawLongBits(Double.parseDouble(text));
        } else {
          throw bad(
              module, export, export + " takes a " + t + " argument, which --invoke cannot pass");
        }
      } catch (NumberFormatException e) {
        throw bad(
            module,
            export,
            "argument "
                + (i + 1)
                + " of "
                + export
                + " must be "
                + name(t)
                + ", got '"
                + text
                + "'");
      }
    }
    return raw;
  }

  static List<String> format(FunctionType type, long[] raw) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < raw.length && i < type.returns().size(); i++) {
      ValType t = type.returns().get(i);
      if (t.equals(ValType.I32)) {
        out.add(Integer.toString((int) raw[i]));
      } else if (t.equals(ValType.F32)) {
        out.add(Float.toString(Float.intBitsToFloat((int) raw[i])));
      } else if (t.equals(ValType.F64)) {
        out.add(Double.toString(Double.longBitsToDouble(raw[i])));
      } else {
        out.add(Long.toString(raw[i]));
      }
    }
    return out;
  }

  private static String names(List<ValType> types) {
    List<String> n = new ArrayList<>();
    for (ValType t : types) {
      n.add(name(t));
    }
    return "(" + String.join(", ", n) + ")";
  }

  private static String name(ValType t) {
    if (t.equals(ValType.I32)) {
      return "i32";
    }
    if (t.equals(ValType.I64)) {
      return "i64";
    }
    if (t.equals(ValType.F32)) {
      return "f32";
    }
    if (t.equals(ValType.F64)) {
      return "f64";
    }
    return t.toString();
  }

  private static LinkException bad(String module, String export, String message) {
    return new LinkException(
        message, Map.of("module", module, "export", export, "reason", "bad-arguments"), null);
  }
}
