package dev.samovar.runner.abi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samovar.api.LinkException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Command-line text to typed ABI values and back, for {@code samovar run --invoke}: numbers as Java
 * parses them ({@code NaN}, {@code -0.0}, {@code Infinity}), {@code true}/{@code false}, strings as
 * given, arrays as comma-separated elements ({@code 1,2,3}; an empty argument is an empty array) or
 * a JSON array ({@code ["a",null,"b,c"]} for {@code String[]} with nulls or commas), {@code null}
 * for boxed and {@code @Nullable} array parameters. Results print the same way: arrays as JSON-like
 * lists, strings raw.
 */
public final class TextArgs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TextArgs() {}

  /** Parses {@code texts} as the parameters of {@code sig}; errors name the parameter. */
  public static Object[] parse(String module, AbiSignature sig, List<String> texts) {
    if (sig.receiver() != null) {
      throw bad(
          module,
          sig,
          sig.export()
              + " is a method of handle class "
              + sig.receiver()
              + ", which --invoke cannot create; call it from a generated binding");
    }
    if (texts.size() != sig.params().size()) {
      throw bad(
          module,
          sig,
          sig.export()
              + " takes "
              + sig.params().size()
              + " argument(s): "
              + sig
              + ", got "
              + texts.size());
    }
    Object[] values = new Object[texts.size()];
    for (int i = 0; i < values.length; i++) {
      AbiSignature.Param p = sig.params().get(i);
      String text = texts.get(i);
      try {
        values[i] = value(p, text);
      } catch (IllegalArgumentException e) {
        throw bad(
            module,
            sig,
            "argument "
                + (i + 1)
                + " ('"
                + p.name()
                + "') of "
                + sig.export()
                + " must be "
                + p.spelling()
                + " ("
                + hint(p.type())
                + "), got '"
                + text
                + "'"
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      }
    }
    return values;
  }

  private static Object value(AbiSignature.Param p, String text) {
    AbiType t = p.type();
    if (text.equals("null") && t != AbiType.STRING && (p.nullable() || t.isBoxed())) {
      return null;
    }
    switch (t.unboxed()) {
      case BOOLEAN:
        if (text.equals("true") || text.equals("false")) {
          return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException((String) null);
      case INT:
        return integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
      case LONG:
        return integer(text, Long.MIN_VALUE, Long.MAX_VALUE);
      case FLOAT:
        return Float.parseFloat(real(text));
      case DOUBLE:
        return Double.parseDouble(real(text));
      case STRING:
        return text;
      case BYTES:
        {
          List<String> parts = elements(text);
          byte[] out = new byte[parts.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = (byte) integer(parts.get(i), -128, 255).intValue();
          }
          return out;
        }
      case INTS:
        {
          List<String> parts = elements(text);
          int[] out = new int[parts.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = integer(parts.get(i), Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
          }
          return out;
        }
      case LONGS:
        {
          List<String> parts = elements(text);
          long[] out = new long[parts.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = integer(parts.get(i), Long.MIN_VALUE, Long.MAX_VALUE);
          }
          return out;
        }
      case FLOATS:
        {
          List<String> parts = elements(text);
          float[] out = new float[parts.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = Float.parseFloat(real(parts.get(i)));
          }
          return out;
        }
      case DOUBLES:
        {
          List<String> parts = elements(text);
          double[] out = new double[parts.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = Double.parseDouble(real(parts.get(i)));
          }
          return out;
        }
      case STRINGS:
        return elements(text).toArray(new String[0]);
      default:
        throw new IllegalArgumentException(
            "a " + p.spelling() + " handle cannot be passed from the command line");
    }
  }

  private static Long integer(String text, long min, long max) {
    long v;
    try {
      v = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not an integer");
    }
    if (v < min || v > max) {
      throw new IllegalArgumentException(text + " is out of range [" + min + ", " + max + "]");
    }
    return v;
  }

  /** A decimal number, NaN or [-]Infinity; Java's hex floats and 'd'/'f' suffixes are refused. */
  private static String real(String text) {
    String s = text.strip();
    if (s.matches("[+-]?(NaN|Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)")) {
      return s;
    }
    throw new IllegalArgumentException("'" + text + "' is not a number");
  }

  /** Comma-separated elements, or a JSON array (then null elements are kept). */
  private static List<String> elements(String text) {
    List<String> out = new ArrayList<>();
    String s = text.strip();
    if (s.startsWith("[")) {
      JsonNode node;
      try {
        node = JSON.readTree(s);
      } catch (IOException e) {
        throw new IllegalArgumentException("malformed JSON array");
      }
      if (!node.isArray()) {
        throw new IllegalArgumentException("malformed JSON array");
      }
      for (JsonNode n : node) {
        out.add(n.isNull() ? null : n.isTextual() ? n.asText() : n.toString());
      }
      return out;
    }
    if (s.isEmpty()) {
      return out;
    }
    for (String part : text.split(",", -1)) {
      out.add(part);
    }
    return out;
  }

  private static String hint(AbiType t) {
    switch (t.unboxed()) {
      case BOOLEAN:
        return "true or false";
      case INT:
      case LONG:
        return "a decimal integer";
      case FLOAT:
      case DOUBLE:
        return "a number such as 2.5, -0.0, NaN or Infinity";
      case STRING:
        return "any text";
      case BYTES:
        return "comma-separated bytes -128..255, e.g. 104,105";
      case INTS:
      case LONGS:
        return "comma-separated integers, e.g. 1,2,3";
      case FLOATS:
      case DOUBLES:
        return "comma-separated numbers, e.g. 1,2.5,-3";
      case STRINGS:
        return "comma-separated text, or a JSON array such as [\"a\",null]";
      default:
        return "a handle";
    }
  }

  /** The text {@code samovar run --invoke} prints for a result (null for void: nothing). */
  public static String format(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String) {
      return (String) v;
    }
    if (v instanceof byte[]) {
      StringBuilder sb = new StringBuilder("[");
      for (byte b : (byte[]) v) {
        sb.append(sb.length() > 1 ? ", " : "").append(b);
      }
      return sb.append(']').toString();
    }
    if (v instanceof int[]) {
      return java.util.Arrays.toString((int[]) v);
    }
    if (v instanceof long[]) {
      return java.util.Arrays.toString((long[]) v);
    }
    if (v instanceof float[]) {
      return java.util.Arrays.toString((float[]) v);
    }
    if (v instanceof double[]) {
      return java.util.Arrays.toString((double[]) v);
    }
    if (v instanceof String[]) {
      List<String> quoted = new ArrayList<>();
      for (String s : (String[]) v) {
        try {
          quoted.add(s == null ? "null" : JSON.writeValueAsString(s));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return "[" + String.join(", ", quoted) + "]";
    }
    return String.valueOf(v);
  }

  private static LinkException bad(String module, AbiSignature sig, String message) {
    return new LinkException(
        message, Map.of("module", module, "export", sig.export(), "reason", "bad-arguments"), null);
  }
}
