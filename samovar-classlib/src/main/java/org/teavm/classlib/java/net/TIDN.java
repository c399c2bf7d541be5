package org.teavm.classlib.java.net;

/**
 * {@code java.net.IDN} (TeaVM lacks it; commons-validator's DomainValidator calls it): ToASCII and
 * ToUnicode of RFC 3490 with Punycode (RFC 3492). Nameprep is reduced to lower-casing the labels
 * that need encoding, as labels that are all ASCII are left as they are (the JDK does the same).
 */
public final class TIDN {
  public static final int ALLOW_UNASSIGNED = 1;
  public static final int USE_STD3_ASCII_RULES = 2;

  private static final String ACE_PREFIX = "xn--";
  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int INITIAL_BIAS = 72;
  private static final int INITIAL_N = 128;

  private TIDN() {}

  public static String toASCII(String input) {
    return toASCII(input, 0);
  }

  public static String toASCII(String input, int flag) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= input.length(); i++) {
      if (i == input.length() || isDot(input.charAt(i))) {
        String label = input.substring(start, i);
        out.append(labelToAscii(label));
        if (i < input.length()) {
          out.append('.');
        }
        start = i + 1;
      }
    }
    return out.toString();
  }

  public static String toUnicode(String input) {
    return toUnicode(input, 0);
  }

  public static String toUnicode(String input, int flag) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= input.length(); i++) {
      if (i == input.length() || isDot(input.charAt(i))) {
        String label = input.substring(start, i);
        String decoded = label;
        if (label.regionMatches(true, 0, ACE_PREFIX, 0, ACE_PREFIX.length())) {
          try {
            decoded = decode(label.substring(ACE_PREFIX.length()));
          } catch (IllegalArgumentException e) {
            decoded = label;
          }
        }
        out.append(decoded);
        if (i < input.length()) {
          out.append('.');
        }
        start = i + 1;
      }
    }
    return out.toString();
  }

  private static boolean isDot(char c) {
    return c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61';
  }

  private static String labelToAscii(String label) {
    boolean ascii = true;
    for (int i = 0; i < label.length(); i++) {
      if (label.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      if (label.length() > 63) {
        throw new IllegalArgumentException("The label in the input is too long");
      }
      return label;
    }
    String encoded = ACE_PREFIX + encode(label.toLowerCase());
    if (encoded.length() > 63) {
      throw new IllegalArgumentException("The label in the input is too long");
    }
    return encoded;
  }

  private static int adapt(int delta, int numPoints, boolean first) {
    delta = first ? delta / DAMP : delta / 2;
    delta += delta / numPoints;
    int k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
  }

  private static char digit(int d) {
    return (char) (d < 26 ? 'a' + d : '0' + d - 26);
  }

  static String encode(String input) {
    int[] cps = input.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    for (int cp : cps) {
      if (cp < 0x80) {
        out.append((char) cp);
      }
    }
    int basic = out.length();
    int handled = basic;
    if (basic > 0) {
      out.append('-');
    }
    int n = INITIAL_N;
    int delta = 0;
    int bias = INITIAL_BIAS;
    while (handled < cps.length) {
      int m = Integer.MAX_VALUE;
      for (int cp : cps) {
        if (cp >= n && cp < m) {
          m = cp;
        }
      }
      delta += (m - n) * (handled + 1);
      n = m;
      for (int cp : cps) {
        if (cp < n) {
          delta++;
        }
        if (cp == n) {
          int q = delta;
          for (int k = BASE; ; k += BASE) {
            int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
            if (q < t) {
              break;
            }
            out.append(digit(t + (q - t) % (BASE - t)));
            q = (q - t) / (BASE - t);
          }
          out.append(digit(q));
          bias = adapt(delta, handled + 1, handled == basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
    return out.toString();
  }

  static String decode(String input) {
    int n = INITIAL_N;
    int i = 0;
    int bias = INITIAL_BIAS;
    int dash = input.lastIndexOf('-');
    StringBuilder out = new StringBuilder();
    java.util.List<Integer> cps = new java.util.ArrayList<>();
    for (int j = 0; j < Math.max(dash, 0); j++) {
      cps.add((int) input.charAt(j));
    }
    int pos = dash > 0 ? dash + 1 : 0;
    while (pos < input.length()) {
      int oldi = i;
      int w = 1;
      for (int k = BASE; ; k += BASE) {
        if (pos >= input.length()) {
          throw new IllegalArgumentException("bad punycode");
        }
        char c = input.charAt(pos++);
        int d =
            c >= '0' && c <= '9'
                ? c - '0' + 26
                : c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : -1;
        if (d < 0) {
          throw new IllegalArgumentException("bad punycode");
        }
        i += d * w;
        int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
        if (d < t) {
          break;
        }
        w *= BASE - t;
      }
      bias = adapt(i - oldi, cps.size() + 1, oldi == 0);
      n += i / (cps.size() + 1);
      i %= cps.size() + 1;
      cps.add(i, n);
      i++;
    }
    for (int cp : cps) {
      out.appendCodePoint(cp);
    }
    return out.toString();
  }
}
