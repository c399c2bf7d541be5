package dev.samovar.classlib.text;

/**
 * Unicode normalization (UAX #15: NFD, NFC, NFKD, NFKC) over {@link NormalizerData}, which is
 * generated from the JDK's own {@code java.text.Normalizer}; backs {@code java.text.Normalizer} in
 * wasm. Tables are decoded on first use, so a module that never normalizes carries no cost but the
 * data it links.
 */
public final class UnicodeNormalizer {
  private static final int S_BASE = 0xAC00;
  private static final int L_BASE = 0x1100;
  private static final int V_BASE = 0x1161;
  private static final int T_BASE = 0x11A7;
  private static final int L_COUNT = 19;
  private static final int V_COUNT = 21;
  private static final int T_COUNT = 28;
  private static final int N_COUNT = V_COUNT * T_COUNT;
  private static final int S_COUNT = L_COUNT * N_COUNT;

  private UnicodeNormalizer() {}

  /** {@code text} in the normalization form: composed or not, compatibility or canonical. */
  public static String normalize(CharSequence text, boolean compose, boolean compatibility) {
    String s = text.toString();
    if (isAscii(s)) {
      return s;
    }
    StringBuilder decomposed = decompose(s, compatibility);
    return compose ? compose(decomposed) : decomposed.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Canonical combining class of a code point. */
  public static int combiningClass(int cp) {
    Tables t = Tables.INSTANCE;
    int lo = 0;
    int hi = t.cccStart.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < t.cccStart[mid]) {
        hi = mid - 1;
      } else if (cp >= t.cccStart[mid] + t.cccLength[mid]) {
        lo = mid + 1;
      } else {
        return t.cccClass[mid];
      }
    }
    return 0;
  }

  private static StringBuilder decompose(String s, boolean compatibility) {
    Tables t = Tables.INSTANCE;
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int si = cp - S_BASE;
      if (si >= 0 && si < S_COUNT) {
        out.append((char) (L_BASE + si / N_COUNT));
        out.append((char) (V_BASE + (si % N_COUNT) / T_COUNT));
        int ti = si % T_COUNT;
        if (ti != 0) {
          out.append((char) (T_BASE + ti));
        }
        continue;
      }
      if (cp < 0xA0) {
        out.append((char) cp);
        continue;
      }
      if (!(compatibility && t.compat.append(cp, out)) && !t.canonical.append(cp, out)) {
        out.appendCodePoint(cp);
      }
    }
    reorder(out);
    return out;
  }

  /** Canonical ordering: stable sort of each run of non-starters by combining class. */
  private static void reorder(StringBuilder sb) {
    int n = sb.length();
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(sb, i);
      int len = Character.charCount(cp);
      if (combiningClass(cp) == 0) {
        i += len;
        continue;
      }
      int start = i;
      int end = i;
      while (end < n) {
        int c = Character.codePointAt(sb, end);
        if (combiningClass(c) == 0) {
          break;
        }
        end += Character.charCount(c);
      }
      if (end - start > len) {
        sortRun(sb, start, end);
      }
      i = end;
    }
  }

  private static void sortRun(StringBuilder sb, int start, int end) {
    int[] cps = sb.substring(start, end).codePoints().toArray();
    // Insertion sort: stable, and runs are short.
    for (int a = 1; a < cps.length; a++) {
      int x = cps[a];
      int cx = combiningClass(x);
      int b = a - 1;
      while (b >= 0 && combiningClass(cps[b]) > cx) {
        cps[b + 1] = cps[b];
        b--;
      }
      cps[b + 1] = x;
    }
    StringBuilder run = new StringBuilder(end - start);
    for (int cp : cps) {
      run.appendCodePoint(cp);
    }
    sb.replace(start, end, run.toString());
  }

  /** Canonical composition of a decomposed, canonically ordered string. */
  private static String compose(StringBuilder d) {
    int[] cps = d.codePoints().toArray();
    int n = cps.length;
    int starter = -1;
    int lastClass = -1;
    int out = 0;
    for (int i = 0; i < n; i++) {
      int cp = cps[i];
      int cc = combiningClass(cp);
      if (starter >= 0 && (lastClass < cc || lastClass == 0 && out - 1 == starter)) {
        int composite = composePair(cps[starter], cp);
        if (composite >= 0) {
          cps[starter] = composite;
          continue;
        }
      }
      if (cc == 0) {
        starter = out;
        lastClass = 0;
      } else {
        lastClass = cc;
      }
      cps[out++] = cp;
    }
    StringBuilder sb = new StringBuilder(out);
    for (int i = 0; i < out; i++) {
      sb.appendCodePoint(cps[i]);
    }
    return sb.toString();
  }

  private static int composePair(int first, int second) {
    int li = first - L_BASE;
    if (li >= 0 && li < L_COUNT) {
      int vi = second - V_BASE;
      return vi >= 0 && vi < V_COUNT ? S_BASE + (li * V_COUNT + vi) * T_COUNT : -1;
    }
    int si = first - S_BASE;
    if (si >= 0 && si < S_COUNT && si % T_COUNT == 0) {
      int ti = second - T_BASE;
      return ti > 0 && ti < T_COUNT ? first + ti : -1;
    }
    return Tables.INSTANCE.composite(first, second);
  }

  /** The decoded tables (a holder class: decoded on first use). */
  private static final class Tables {
    static final Tables INSTANCE = new Tables();

    final int[] cccStart;
    final int[] cccLength;
    final int[] cccClass;
    final Decompositions canonical = new Decompositions(join(NormalizerData.CANONICAL));
    final Decompositions compat = new Decompositions(join(NormalizerData.COMPAT));
    final long[] pairKeys;
    final int[] pairValues;

    private Tables() {
      String ccc = join(NormalizerData.CCC);
      int runs = ccc.length() / 4;
      cccStart = new int[runs];
      cccLength = new int[runs];
      cccClass = new int[runs];
      for (int r = 0; r < runs; r++) {
        cccStart[r] = readInt(ccc, 4 * r);
        cccLength[r] = ccc.charAt(4 * r + 2);
        cccClass[r] = ccc.charAt(4 * r + 3);
      }
      String pairs = join(NormalizerData.PAIRS);
      int count = pairs.length() / 6;
      long[] keys = new long[count];
      int[] values = new int[count];
      for (int p = 0; p < count; p++) {
        keys[p] = key(readInt(pairs, 6 * p), readInt(pairs, 6 * p + 2));
        values[p] = readInt(pairs, 6 * p + 4);
      }
      // Sort by key (insertion into place; the generator emits them by composite).
      sort(keys, values);
      pairKeys = keys;
      pairValues = values;
    }

    int composite(int first, int second) {
      long k = key(first, second);
      int lo = 0;
      int hi = pairKeys.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (pairKeys[mid] < k) {
          lo = mid + 1;
        } else if (pairKeys[mid] > k) {
          hi = mid - 1;
        } else {
          return pairValues[mid];
        }
      }
      return -1;
    }

    private static long key(int first, int second) {
      return (long) first << 21 | second;
    }

    private static void sort(long[] keys, int[] values) {
      // Heap sort keeps this allocation-free and O(n log n) on ~1000 entries.
      int n = keys.length;
      for (int i = n / 2 - 1; i >= 0; i--) {
        sift(keys, values, i, n);
      }
      for (int end = n - 1; end > 0; end--) {
        swap(keys, values, 0, end);
        sift(keys, values, 0, end);
      }
    }

    private static void sift(long[] keys, int[] values, int i, int n) {
      while (true) {
        int largest = i;
        int l = 2 * i + 1;
        int r = l + 1;
        if (l < n && keys[l] > keys[largest]) {
          largest = l;
        }
        if (r < n && keys[r] > keys[largest]) {
          largest = r;
        }
        if (largest == i) {
          return;
        }
        swap(keys, values, i, largest);
        i = largest;
      }
    }

    private static void swap(long[] keys, int[] values, int a, int b) {
      long k = keys[a];
      keys[a] = keys[b];
      keys[b] = k;
      int v = values[a];
      values[a] = values[b];
      values[b] = v;
    }
  }

  /** Code points (ascending) and where their decomposition starts in the data string. */
  private static final class Decompositions {
    final String data;
    final int[] codePoints;
    final int[] offsets;

    Decompositions(String data) {
      this.data = data;
      int count = 0;
      for (int p = 0; p < data.length(); p += 3 + data.charAt(p + 2)) {
        count++;
      }
      codePoints = new int[count];
      offsets = new int[count];
      int i = 0;
      for (int p = 0; p < data.length(); p += 3 + data.charAt(p + 2)) {
        codePoints[i] = readInt(data, p);
        offsets[i++] = p + 2;
      }
    }

    /** Appends the decomposition of cp and returns true, or returns false if it has none. */
    boolean append(int cp, StringBuilder out) {
      int lo = 0;
      int hi = codePoints.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (codePoints[mid] < cp) {
          lo = mid + 1;
        } else if (codePoints[mid] > cp) {
          hi = mid - 1;
        } else {
          int at = offsets[mid];
          out.append(data, at + 1, at + 1 + data.charAt(at));
          return true;
        }
      }
      return false;
    }
  }

  private static int readInt(String s, int at) {
    return s.charAt(at) << 16 | s.charAt(at + 1);
  }

  private static String join(String[] chunks) {
    StringBuilder sb = new StringBuilder();
    for (String c : chunks) {
      sb.append(c);
    }
    return sb.toString();
  }
}
