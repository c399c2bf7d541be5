package dev.samovar.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Text} against independent JDK formulations (regular expressions, full DP matrices). */
class TextTest {
  /** Words, separators and hostile pieces that random texts are built from. */
  private static final String[] PIECES = {
    "the",
    "The",
    "THE",
    "cat",
    "Cat",
    "don't",
    "DON'T",
    "'tis",
    "o'",
    "'",
    "''",
    "a",
    "b",
    "z",
    "grüße",
    "GRÜSSE",
    "straße",
    "İstanbul",
    "ǅemal",
    "ΣΟΦΟΣ",
    "σοφος",
    "日本語",
    "東京",
    "١٢٣",
    "x²",
    "Ⅻ",
    "𝔘𝔫𝔦",
    "𐐀𐐨",
    "42",
    "007",
    "café",
    "cafe\u0301",
    "naïve",
    "😀",
    "☕",
    "👩‍💻",
    "🇫🇷",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    ",",
    ". ",
    "-",
    "—",
    "\u00a0",
    "\u2019",
    "\"",
    "(",
    ")",
    "\u0000"
  };

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}']+");

  static String randomText(Random r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
      if (r.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  /** Words by regex (\p{L} and \p{Nd} are exactly Character.isLetterOrDigit), sorted by stream. */
  static String expectedFrequencies(String text, int top) {
    Map<String, Integer> counts = new TreeMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(Math.max(top, 0))
        .forEach(e -> sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
    return sb.toString();
  }

  @Test
  void countVowelsMatchesARegexCount() {
    Random r = new Random(10);
    for (int trial = 0; trial < 300; trial++) {
      String s = randomText(r, r.nextInt(40));
      int expected = s.length() - s.replaceAll("[aeiouAEIOU]", "").length();
      assertEquals(expected, Text.countVowels(s), s);
    }
  }

  @Test
  void countVowelsIsAsciiOnly() {
    assertEquals(10, Text.countVowels("AEIOUaeiou"));
    assertEquals(0, Text.countVowels(""));
    assertEquals(0, Text.countVowels("yY rhythm"));
    assertEquals(0, Text.countVowels("éÉàÀöÖıİ"));
    assertEquals(0, Text.countVowels("ＡＥ")); // fullwidth A and E
    assertEquals(2, Text.countVowels("😀a😀E😀"));
  }

  @Test
  void wordFrequenciesMatchesARegexAndStreamFormulation() {
    Random r = new Random(11);
    for (int trial = 0; trial < 300; trial++) {
      String text = randomText(r, r.nextInt(200));
      int top = r.nextInt(40) - 2;
      assertEquals(expectedFrequencies(text, top), Text.wordFrequencies(text, top), text);
    }
  }

  @Test
  void wordFrequenciesBreaksTiesByWord() {
    assertEquals("a\t2\nb\t2\nc\t1\n", Text.wordFrequencies("c b a b a", 10));
    assertEquals("a\t2\n", Text.wordFrequencies("c b a b a", 1));
  }

  @Test
  void wordFrequenciesLowerCasesWithLocaleRootEvenUnderTurkish() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String text = "TITLE title İNCE ince";
      assertEquals(expectedFrequencies(text, 10), Text.wordFrequencies(text, 10));
      assertEquals("title\t2\n", Text.wordFrequencies("TITLE title", 10));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void wordFrequenciesKeepsApostrophesAndDropsEverythingElse() {
    assertEquals("don't\t2\n", Text.wordFrequencies("Don't -- DON'T!", 5));
    assertEquals("", Text.wordFrequencies("😀 ☕ -- ... \u0000", 5));
    assertEquals("", Text.wordFrequencies("", 5));
    assertEquals("", Text.wordFrequencies("words here", 0));
    assertEquals("", Text.wordFrequencies("words here", -1));
  }

  @Test
  void wordFrequenciesOnAMegabyteOfText() {
    String text = randomText(new Random(12), 200_000);
    assertEquals(expectedFrequencies(text, 25), Text.wordFrequencies(text, 25));
  }

  @Test
  void toUpperIsLocaleRootWhateverTheDefaultLocale() {
    Random r = new Random(13);
    Locale saved = Locale.getDefault();
    try {
      for (String tag : new String[] {"tr-TR", "az", "lt", "el", "en-US"}) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        for (int trial = 0; trial < 50; trial++) {
          String s = randomText(r, r.nextInt(30));
          assertEquals(s.toUpperCase(Locale.ROOT), Text.toUpper(s), tag + ": " + s);
        }
        assertEquals("ISTANBUL", Text.toUpper("istanbul"), tag);
      }
    } finally {
      Locale.setDefault(saved);
    }
    assertEquals("STRASSE", Text.toUpper("straße"));
    assertEquals("", Text.toUpper(""));
    assertEquals("😀Ǆ", Text.toUpper("😀ǆ"));
  }

  /** Textbook Wagner-Fischer with the whole matrix, over code point arrays. */
  static int expectedDistance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) {
      for (int j = 0; j <= y.length; j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
        } else {
          int substitute = d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
          d[i][j] = Math.min(substitute, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        }
      }
    }
    return d[x.length][y.length];
  }

  @Test
  void levenshteinMatchesTheFullMatrix() {
    Random r = new Random(14);
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      strings.add(randomText(r, r.nextInt(6)));
    }
    for (String a : strings) {
      for (String b : strings) {
        assertEquals(expectedDistance(a, b), Text.levenshtein(a, b), a + " / " + b);
      }
    }
  }

  @Test
  void levenshteinCountsCodePointsNotUtf16Units() {
    assertEquals(1, Text.levenshtein("a😀", "a😁"), "one substitution, not two");
    assertEquals(2, Text.levenshtein("", "😀😀"));
    assertEquals(1, Text.levenshtein("😀", "\ud83d"), "a lone surrogate is a code point");
    assertEquals(0, Text.levenshtein("same", "same"));
    assertEquals(expectedDistance("kitten", "sitting"), Text.levenshtein("kitten", "sitting"));
  }

  @Test
  void levenshteinOfLongStrings() {
    Random r = new Random(15);
    String a = randomText(r, 600);
    String b = randomText(r, 600);
    assertEquals(expectedDistance(a, b), Text.levenshtein(a, b));
    assertEquals(a.codePointCount(0, a.length()), Text.levenshtein(a, ""));
  }
}
