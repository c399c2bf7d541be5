package dev.samovar.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void vowels() {
    assertEquals(5, Text.countVowels("AEIOUxyz"));
    assertEquals(0, Text.countVowels("é rhythm"));
    assertEquals(0, Text.countVowels(""));
  }

  @Test
  void wordFrequenciesSortsByCountThenWord() {
    assertEquals(
        "the\t3\ncat\t2\na\t1\n", Text.wordFrequencies("The cat, the CAT; the a dog's", 3));
    assertEquals("dog's\t1\n", Text.wordFrequencies("dog's", 5));
    assertEquals("", Text.wordFrequencies("words here", 0));
    assertEquals("grüße\t2\n", Text.wordFrequencies("Grüße GRÜSSE grüße ☕", 1));
  }

  @Test
  void upperIsLocaleRoot() {
    assertEquals("STRASSE", Text.toUpper("straße"));
    assertEquals("ISTANBUL".toUpperCase(Locale.ROOT), Text.toUpper("istanbul"));
  }

  @Test
  void levenshteinCountsCodePoints() {
    assertEquals(3, Text.levenshtein("kitten", "sitting"));
    assertEquals(0, Text.levenshtein("", ""));
    assertEquals(1, Text.levenshtein("a😀", "a😁"));
    assertEquals(2, Text.levenshtein("", "😀😀"));
  }
}
