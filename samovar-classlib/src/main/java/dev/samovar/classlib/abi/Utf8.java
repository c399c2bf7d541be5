package dev.samovar.classlib.abi;

/**
 * The ABI's string codec: UTF-8 on the wire, with the JVM's own answers for what is not valid (a
 * lone surrogate encodes as {@code '?'}, as {@code String.getBytes(UTF_8)} does; a malformed byte
 * sequence decodes to one U+FFFD per maximal subpart, as {@code new String(bytes, UTF_8)} does), so
 * a host sees exactly the bytes the JVM would produce.
 */
public final class Utf8 {
  private Utf8() {}

  /** The UTF-8 bytes of {@code s}. */
  public static byte[] encode(String s) {
    // One copy out of the string, then plain array loops: TeaVM compiles each charAt to a call
    // with an exception check, which made encoding several times slower than decoding.
    char[] cs = s.toCharArray();
    int n = cs.length;
    int size = 0;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c < 0x80) {
        size++;
      } else if (c < 0x800) {
        size += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
        size += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        size++;
      } else {
        size += 3;
      }
    }
    byte[] out = new byte[size];
    int p = 0;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c < 0x80) {
        out[p++] = (byte) c;
      } else if (c < 0x800) {
        out[p++] = (byte) (0xC0 | (c >> 6));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
        int cp = Character.toCodePoint(c, cs[++i]);
        out[p++] = (byte) (0xF0 | (cp >> 18));
        out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        out[p++] = '?';
      } else {
        out[p++] = (byte) (0xE0 | (c >> 12));
        out[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return out;
  }

  /**
   * The string that {@code length} bytes of UTF-8 at {@code offset} spell, with the JDK's
   * replacements for malformed input: one U+FFFD per ill-formed prefix as {@code new String(bytes,
   * UTF_8)} makes them (a 3-byte form of a surrogate is one U+FFFD; a sequence cut short by the end
   * of the input is one U+FFFD).
   */
  public static String decode(byte[] b, int offset, int length) {
    char[] out = new char[length];
    int n = 0;
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int b1 = b[i] & 0xFF;
      int left = end - i - 1;
      if (b1 < 0x80) {
        out[n++] = (char) b1;
        i++;
      } else if (b1 >= 0xC2 && b1 <= 0xDF) {
        if (left >= 1 && isContinuation(b[i + 1])) {
          out[n++] = (char) (((b1 & 0x1F) << 6) | (b[i + 1] & 0x3F));
          i += 2;
        } else {
          out[n++] = '\uFFFD';
          i++;
        }
      } else if (b1 >= 0xE0 && b1 <= 0xEF) {
        if (left >= 2) {
          int b2 = b[i + 1] & 0xFF;
          int b3 = b[i + 2] & 0xFF;
          boolean badSecond = (b1 == 0xE0 && b2 < 0xA0) || !isContinuation(b2);
          if (badSecond || !isContinuation(b3)) {
            out[n++] = '\uFFFD';
            i += badSecond ? 1 : 2;
          } else {
            char c = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
            out[n++] = Character.isSurrogate(c) ? '\uFFFD' : c;
            i += 3;
          }
        } else {
          out[n++] = '\uFFFD';
          int b2 = left == 1 ? b[i + 1] & 0xFF : -1;
          // A lone lead, or a good second byte cut short by the end: one replacement for all.
          i += left == 1 && ((b1 == 0xE0 && b2 < 0xA0) || !isContinuation(b2)) ? 1 : 1 + left;
        }
      } else if (b1 >= 0xF0 && b1 <= 0xF4) {
        if (left >= 3) {
          int b2 = b[i + 1] & 0xFF;
          int b3 = b[i + 2] & 0xFF;
          int b4 = b[i + 3] & 0xFF;
          int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
          if (isContinuation(b2)
              && isContinuation(b3)
              && isContinuation(b4)
              && cp >= 0x10000
              && cp <= 0x10FFFF) {
            out[n++] = Character.highSurrogate(cp);
            out[n++] = Character.lowSurrogate(cp);
            i += 4;
          } else {
            out[n++] = '\uFFFD';
            i += badFourSecond(b1, b2) ? 1 : !isContinuation(b3) ? 2 : 3;
          }
        } else if (left >= 1 && badFourSecond(b1, b[i + 1] & 0xFF)) {
          out[n++] = '\uFFFD';
          i++;
        } else {
          // Cut short by the end: the lead and a good second byte make one replacement; a third
          // byte joins them when it continues the sequence.
          out[n++] = '\uFFFD';
          i += left == 0 ? 1 : 2;
          if (left == 2 && isContinuation(b[i])) {
            i++;
          }
        }
      } else {
        out[n++] = '\uFFFD';
        i++;
      }
    }
    return new String(out, 0, n);
  }

  private static boolean isContinuation(int b) {
    return (b & 0xC0) == 0x80;
  }

  /** The second byte of a 4-byte form out of its lead's range (over-long, or past U+10FFFF). */
  private static boolean badFourSecond(int b1, int b2) {
    return (b1 == 0xF0 && (b2 < 0x90 || b2 > 0xBF))
        || (b1 == 0xF4 && (b2 & 0xF0) != 0x80)
        || !isContinuation(b2);
  }
}
