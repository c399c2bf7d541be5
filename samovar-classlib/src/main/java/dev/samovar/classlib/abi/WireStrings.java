package dev.samovar.classlib.abi;

/**
 * The wire form of a {@code String[]} (and of an error record): a little-endian {@code u32} count,
 * then per element an {@code i32} byte length ({@code -1} for {@code null}) and that many bytes of
 * UTF-8.
 */
public final class WireStrings {
  private WireStrings() {}

  /** Encodes {@code values} (elements may be {@code null}). */
  public static byte[] encode(String[] values) {
    byte[][] parts = new byte[values.length][];
    int size = 4;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        parts[i] = Utf8.encode(values[i]);
        size += parts[i].length;
      }
      size += 4;
    }
    byte[] out = new byte[size];
    putInt(out, 0, values.length);
    int p = 4;
    for (byte[] part : parts) {
      if (part == null) {
        putInt(out, p, -1);
        p += 4;
      } else {
        putInt(out, p, part.length);
        p += 4;
        System.arraycopy(part, 0, out, p, part.length);
        p += part.length;
      }
    }
    return out;
  }

  /** Decodes the wire form; a malformed buffer throws {@link IllegalArgumentException}. */
  public static String[] decode(byte[] b) {
    if (b.length < 4) {
      throw malformed("shorter than its count");
    }
    int count = getInt(b, 0);
    if (count < 0 || count > (b.length - 4) / 4) {
      throw malformed("count " + count + " does not fit in " + b.length + " bytes");
    }
    String[] out = new String[count];
    int p = 4;
    for (int i = 0; i < count; i++) {
      if (p + 4 > b.length) {
        throw malformed("element " + i + " is truncated");
      }
      int len = getInt(b, p);
      p += 4;
      if (len == -1) {
        continue;
      }
      if (len < 0 || len > b.length - p) {
        throw malformed("element " + i + " has length " + len);
      }
      out[i] = Utf8.decode(b, p, len);
      p += len;
    }
    if (p != b.length) {
      throw malformed((b.length - p) + " trailing bytes");
    }
    return out;
  }

  private static IllegalArgumentException malformed(String why) {
    return new IllegalArgumentException("Malformed String[] on the wire: " + why);
  }

  static void putInt(byte[] b, int p, int v) {
    b[p] = (byte) v;
    b[p + 1] = (byte) (v >> 8);
    b[p + 2] = (byte) (v >> 16);
    b[p + 3] = (byte) (v >> 24);
  }

  static int getInt(byte[] b, int p) {
    return (b[p] & 0xFF)
        | (b[p + 1] & 0xFF) << 8
        | (b[p + 2] & 0xFF) << 16
        | (b[p + 3] & 0xFF) << 24;
  }
}
