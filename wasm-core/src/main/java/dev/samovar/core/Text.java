package dev.samovar.core;

import dev.samovar.api.WasmExport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text kernels. Locale-independent (always {@link Locale#ROOT}) so every host agrees. */
public final class Text {
  private Text() {}

  /**
   * Counts the ASCII vowels a, e, i, o, u in either case. Only those ten characters count: accented
   * vowels (é), other scripts and 'y' do not.
   */
  @WasmExport
  public static int countVowels(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
        case 'u':
        case 'A':
        case 'E':
        case 'I':
        case 'O':
        case 'U':
          n++;
          break;
        default:
          break;
      }
    }
    return n;
  }

  /**
   * The {@code top} most frequent words of {@code text} as lines {@code "word\tcount\n"}, by count
   * descending, then by word ascending ({@link String#compareTo}, UTF-16 order).
   *
   * <p>A word is a maximal run of Unicode letters and digits ({@link
   * Character#isLetterOrDigit(int)}) and ASCII apostrophes ({@code '}), lower-cased with {@link
   * Locale#ROOT}: "Don't" and "DON'T" are the same word, "state-of-the-art" is four words. {@code
   * top <= 0} gives an empty string.
   */
  @WasmExport
  public static String wordFrequencies(String text, int top) {
    Map<String, int[]> counts = new HashMap<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && isWordChar(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      int[] c = counts.get(word);
      if (c == null) {
        counts.put(word, new int[] {1});
      } else {
        c[0]++;
      }
    }
    List<Map.Entry<String, int[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        (a, b) -> {
          int byCount = Integer.compare(b.getValue()[0], a.getValue()[0]);
          return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
        });
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < entries.size() && k < top; k++) {
      sb.append(entries.get(k).getKey()).append('\t').append(entries.get(k).getValue()[0]);
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Upper case with {@link Locale#ROOT}, whatever the host's default locale: "ß" becomes "SS" and
   * "i" becomes "I" (never the Turkish dotted "İ").
   */
  @WasmExport
  public static String toUpper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /**
   * Levenshtein edit distance (insertions, deletions, substitutions of one code point each) between
   * {@code a} and {@code b}, counted in Unicode code points: an emoji is one character, not two
   * UTF-16 units. Uses O(length of b) memory.
   */
  @WasmExport
  public static int levenshtein(String a, String b) {
    int[] x = codePoints(a);
    int[] y = codePoints(b);
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }

  private static int[] codePoints(String s) {
    int[] out = new int[s.codePointCount(0, s.length())];
    for (int i = 0, k = 0; i < s.length(); k++) {
      out[k] = s.codePointAt(i);
      i += Character.charCount(out[k]);
    }
    return out;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '\'';
  }
}
