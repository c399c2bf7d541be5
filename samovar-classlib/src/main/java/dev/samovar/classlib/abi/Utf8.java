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
    int n = s.length();
    int size = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        size++;
      } else if (c < 0x800) {
        size += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
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
      char c = s.charAt(i);
      if (c < 0x80) {
        out[p++] = (byte) c;
      } else if (c < 0x800) {
        out[p++] = (byte) (0xC0 | (c >> 6));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
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

  /** The string that {@code length} bytes of UTF-8 at {@code offset} spell. */
  public static String decode(byte[] b, int offset, int length) {
    char[] out = new char[length];
    int n = 0;
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int b0 = b[i] & 0xFF;
      if (b0 < 0x80) {
        out[n++] = (char) b0;
        i++;
        continue;
      }
      int need;
      int min2;
      int max2;
      if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        min2 = 0x80;
        max2 = 0xBF;
      } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        min2 = b0 == 0xE0 ? 0xA0 : 0x80;
        max2 = b0 == 0xED ? 0x9F : 0xBF;
      } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        min2 = b0 == 0xF0 ? 0x90 : 0x80;
        max2 = b0 == 0xF4 ? 0x8F : 0xBF;
      } else {
        out[n++] = '\uFFFD';
        i++;
        continue;
      }
      int cp = b0 & (0x3F >> need);
      int k = 1;
      boolean ok = true;
      while (k <= need) {
        if (i + k >= end) {
          ok = false;
          break;
        }
        int bk = b[i + k] & 0xFF;
        int lo = k == 1 ? min2 : 0x80;
        int hi = k == 1 ? max2 : 0xBF;
        if (bk < lo || bk > hi) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (bk & 0x3F);
        k++;
      }
      if (!ok) {
        // One replacement for the maximal valid prefix (at least the lead byte), as the JVM does.
        out[n++] = '\uFFFD';
        i += k;
        continue;
      }
      i += need + 1;
      if (cp >= 0x10000) {
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
      } else {
        out[n++] = (char) cp;
      }
    }
    return new String(out, 0, n);
  }
}
