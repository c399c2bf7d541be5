package dev.samovar.runner.abi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Host-side encodings of the ABI's wire forms: little-endian arrays, strict UTF-8 strings and the
 * {@code String[]} record (docs/abi.md).
 */
public final class Wire {
  private Wire() {}

  /**
   * UTF-8 of {@code s}; a lone surrogate (which UTF-8 cannot carry) is refused naming the
   * parameter, before anything reaches the module.
   */
  public static byte[] utf8(String s, String function, String param) {
    int bad = loneSurrogate(s);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          "Parameter '"
              + param
              + "' of "
              + function
              + ": lone surrogate U+"
              + Integer.toHexString(s.charAt(bad)).toUpperCase(java.util.Locale.ROOT)
              + " at index "
              + bad
              + " cannot be encoded as UTF-8; pass well-formed text");
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Index of the first unpaired surrogate in {@code s}, or -1. */
  public static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The wire form of a {@code String[]}: u32 count, then per element i32 length (-1: null). */
  public static byte[] strings(String[] values, String function, String param) {
    byte[][] parts = new byte[values.length][];
    long size = 4;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        parts[i] = utf8(values[i], function, param + "[" + i + "]");
        size += parts[i].length;
      }
      size += 4;
    }
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "Parameter '" + param + "' of " + function + " is too large for wasm32 (" + size + ")");
    }
    ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(values.length);
    for (byte[] part : parts) {
      if (part == null) {
        b.putInt(-1);
      } else {
        b.putInt(part.length);
        b.put(part);
      }
    }
    return b.array();
  }

  /** Decodes the wire form of a {@code String[]}. */
  public static String[] strings(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int count = b.getInt();
    if (count < 0 || count > b.remaining() / 4) {
      throw new dev.samovar.api.LinkException(
          "Malformed String[] from the module (count " + count + ")",
          Map.of("reason", "malformed-result"),
          null);
    }
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      int len = b.getInt();
      if (len >= 0) {
        out[i] = new String(bytes, b.position(), len, StandardCharsets.UTF_8);
        b.position(b.position() + len);
      }
    }
    return out;
  }

  public static byte[] ints(int[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(v);
    return b.array();
  }

  public static byte[] longs(long[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.asLongBuffer().put(v);
    return b.array();
  }

  public static byte[] floats(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  public static byte[] doubles(double[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.asDoubleBuffer().put(v);
    return b.array();
  }

  public static int[] ints(byte[] bytes) {
    int[] out = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out);
    return out;
  }

  public static long[] longs(byte[] bytes) {
    long[] out = new long[bytes.length / 8];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(out);
    return out;
  }

  public static float[] floats(byte[] bytes) {
    float[] out = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
    return out;
  }

  public static double[] doubles(byte[] bytes) {
    double[] out = new double[bytes.length / 8];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
    return out;
  }
}
