package dev.samovar.tests.exports;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical text of an export's result, identical in every host's runner (Java here, {@code
 * exports-node.mjs}, {@code exports_runner.py}): one line per case, so results compare as strings
 * and a difference can be printed.
 *
 * <ul>
 *   <li>{@code null}, {@code void}, {@code bool:true}, {@code i32:-1}, {@code i64:-1};
 *   <li>{@code f32:} / {@code f64:} and the raw IEEE bits in lowercase hex (8 / 16 digits): NaN
 *       payloads and -0.0 are compared exactly;
 *   <li>strings, byte arrays and primitive arrays by their bytes (UTF-8; little-endian elements):
 *       {@code str:}, {@code bytes:}, {@code i32s:}, {@code i64s:}, {@code f32s:}, {@code f64s:}
 *       then the hex of the bytes when at most 48 bytes, else {@code #<length>:<sha256, 16 hex>};
 *   <li>{@code String[]} as {@code strs:[} the canonical strings joined by {@code ,} {@code ]};
 *   <li>a Java exception as {@code !<class name>:} and the canonical message.
 * </ul>
 */
public final class Canonical {
  static final int INLINE = 48;

  private Canonical() {}

  public static String of(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Boolean b) {
      return "bool:" + b;
    }
    if (v instanceof Integer i) {
      return "i32:" + i;
    }
    if (v instanceof Long l) {
      return "i64:" + l;
    }
    if (v instanceof Float f) {
      return "f32:" + String.format("%08x", Float.floatToRawIntBits(f));
    }
    if (v instanceof Double d) {
      return "f64:" + String.format("%016x", Double.doubleToRawLongBits(d));
    }
    if (v instanceof String s) {
      return bytes("str:", s.getBytes(StandardCharsets.UTF_8));
    }
    if (v instanceof byte[] b) {
      return bytes("bytes:", b);
    }
    if (v instanceof int[] a) {
      ByteBuffer buf = le(a.length * 4);
      buf.asIntBuffer().put(a);
      return bytes("i32s:", buf.array());
    }
    if (v instanceof long[] a) {
      ByteBuffer buf = le(a.length * 8);
      buf.asLongBuffer().put(a);
      return bytes("i64s:", buf.array());
    }
    if (v instanceof float[] a) {
      ByteBuffer buf = le(a.length * 4);
      buf.asFloatBuffer().put(a);
      return bytes("f32s:", buf.array());
    }
    if (v instanceof double[] a) {
      ByteBuffer buf = le(a.length * 8);
      buf.asDoubleBuffer().put(a);
      return bytes("f64s:", buf.array());
    }
    if (v instanceof String[] a) {
      StringBuilder sb = new StringBuilder("strs:[");
      for (int i = 0; i < a.length; i++) {
        sb.append(i == 0 ? "" : ",").append(of(a[i]));
      }
      return sb.append(']').toString();
    }
    throw new IllegalArgumentException("no canonical form for " + v.getClass().getName());
  }

  /** A Java exception thrown by an export. */
  public static String error(String className, String message) {
    return "!" + className + ":" + of(message);
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static String bytes(String prefix, byte[] b) {
    if (b.length <= INLINE) {
      return prefix + HexFormat.of().formatHex(b);
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(b);
      return prefix + "#" + b.length + ":" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
