package dev.samovar.core;

/**
 * Standard Base64 (RFC 4648 §4) with the JDK basic decoder's acceptance rules. TeaVM's {@code
 * java.util.Base64} decoder does not validate its input (bad characters decode to garbage or
 * crash), so both hosts use this one to accept and reject exactly the same strings.
 */
final class Base64Codec {
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
  private static final int PAD = -2;
  private static final int[] VALUES = new int[128];

  static {
    for (int i = 0; i < VALUES.length; i++) {
      VALUES[i] = -1;
    }
    for (int i = 0; i < ALPHABET.length; i++) {
      VALUES[ALPHABET[i]] = i;
    }
    VALUES['='] = PAD;
  }

  private Base64Codec() {}

  static String encode(byte[] data) {
    char[] out = new char[(data.length + 2) / 3 * 4];
    int o = 0;
    int i = 0;
    for (; i + 2 < data.length; i += 3) {
      int bits = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
      out[o++] = ALPHABET[bits >>> 18];
      out[o++] = ALPHABET[(bits >>> 12) & 63];
      out[o++] = ALPHABET[(bits >>> 6) & 63];
      out[o++] = ALPHABET[bits & 63];
    }
    int rest = data.length - i;
    if (rest > 0) {
      int bits = (data[i] & 0xff) << 16 | (rest == 2 ? (data[i + 1] & 0xff) << 8 : 0);
      out[o++] = ALPHABET[bits >>> 18];
      out[o++] = ALPHABET[(bits >>> 12) & 63];
      out[o++] = rest == 2 ? ALPHABET[(bits >>> 6) & 63] : '=';
      out[o] = '=';
    }
    return new String(out);
  }

  /**
   * Decodes as {@code Base64.getDecoder().decode(text)}: padding is optional, but when present it
   * must be complete and end the input; no whitespace or other characters; a final unit of one
   * character is an error. Unused low bits of the last unit are ignored, as the JDK does.
   */
  static byte[] decode(String text) {
    int n = text.length();
    byte[] out = new byte[n / 4 * 3 + 2];
    int o = 0;
    int bits = 0;
    int filled = 0; // characters of the current 4-character unit seen so far
    int i = 0;
    while (i < n) {
      char c = text.charAt(i++);
      int v = c < 128 ? VALUES[c] : -1;
      if (v == PAD) {
        // "xx==" or "xxx=" end the data; '=' anywhere else ("=", "x=", "xx=y") is malformed.
        boolean complete = filled == 3 || (filled == 2 && i < n && text.charAt(i++) == '=');
        if (!complete) {
          throw new IllegalArgumentException(
              "base64Decode: misplaced padding '=' at index " + (i - 1));
        }
        if (i < n) {
          throw new IllegalArgumentException(
              "base64Decode: unexpected character at index " + i + " after the padding");
        }
        break;
      }
      if (v < 0) {
        throw new IllegalArgumentException(
            "base64Decode: illegal character " + unicodeName(c) + " at index " + (i - 1));
      }
      bits = bits << 6 | v;
      if (++filled == 4) {
        out[o++] = (byte) (bits >>> 16);
        out[o++] = (byte) (bits >>> 8);
        out[o++] = (byte) bits;
        bits = 0;
        filled = 0;
      }
    }
    if (filled == 1) {
      throw new IllegalArgumentException(
          "base64Decode: the last unit has a single character; the input is truncated");
    }
    if (filled == 2) {
      out[o++] = (byte) (bits >>> 4);
    } else if (filled == 3) {
      out[o++] = (byte) (bits >>> 10);
      out[o++] = (byte) (bits >>> 2);
    }
    byte[] result = new byte[o];
    System.arraycopy(out, 0, result, 0, o);
    return result;
  }

  private static String unicodeName(char c) {
    char[] hex = {'U', '+', '0', '0', '0', '0'};
    for (int k = 5, v = c; k >= 2; k--, v >>>= 4) {
      hex[k] = "0123456789ABCDEF".charAt(v & 15);
    }
    return new String(hex);
  }
}
