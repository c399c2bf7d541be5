package dev.samovar.classlib.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.teavm.classlib.java.text.TNormalizer;

/** Our normalizer against JDK 17's on every code point, in every form, and on mixed strings. */
class UnicodeNormalizerTest {
  private static final Normalizer.Form[] JDK = Normalizer.Form.values();
  private static final TNormalizer.Form[] OURS = TNormalizer.Form.values();

  @Test
  void runsOnJdk17WhoseUnicodeTheDataIs() {
    assertEquals(17, Runtime.version().feature(), "NormalizerData was generated from JDK 17");
  }

  @Test
  void everyCodePointInEveryFormEqualsTheJdk() {
    int checked = 0;
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      String s = new String(Character.toChars(cp));
      for (int f = 0; f < 4; f++) {
        String expected = Normalizer.normalize(s, JDK[f]);
        String actual = TNormalizer.normalize(s, OURS[f]);
        if (!expected.equals(actual)) {
          assertEquals(hex(expected), hex(actual), JDK[f] + " of U+" + Integer.toHexString(cp));
        }
        checked++;
      }
    }
    assertEquals(4 * (0x110000 - 0x800), checked);
  }

  @Test
  void randomMixesOfMarksStartersAndHangulEqualTheJdk() {
    // Characters with decompositions, combining marks of several classes, Hangul jamo and
    // syllables, excluded composites, and astral ones: the cases reordering and composition get
    // wrong.
    int[] alphabet = {
      'a', 'e', 'o', 'A', 's', 0x300, 0x301, 0x302, 0x308, 0x323, 0x327, 0x328, 0x31B, 0x345,
      0x05B0, 0x05B7, 0x0591, 0x0344, 0x0958, 0x093C, 0x0915, 0x1100, 0x1161, 0x11A8, 0xAC00,
      0xD4DB, 0x1E0A, 0x1E63, 0x212B, 0x2126, 0xFB01, 0x1D15E, 0x1D165, 0x1D16E, 0x3099, 0x304B,
      0x0F73, 0x0F71, 0x0F72, 0x1F80, 0x03B1, 0x0313, 0x0342, 0x2ADC, 0x0338, 0x00C5, 0x1EA0,
      0x110A5, 0x11099, 0x110BA, 0xFF76, 0xFF9E, 0x00BD, 0x2460, 0x3250, 0x0CC6, 0x0CC2, 0x0CD5
    };
    Random random = new Random(8);
    for (int n = 0; n < 20000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(8);
      for (int i = 0; i < len; i++) {
        sb.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = sb.toString();
      for (int f = 0; f < 4; f++) {
        String expected = Normalizer.normalize(s, JDK[f]);
        assertEquals(
            hex(expected), hex(TNormalizer.normalize(s, OURS[f])), JDK[f] + " of " + hex(s));
        assertEquals(
            Normalizer.isNormalized(s, JDK[f]), TNormalizer.isNormalized(s, OURS[f]), hex(s));
      }
    }
  }

  @Test
  void isNormalizedAndNulls() {
    assertTrue(TNormalizer.isNormalized("abc", TNormalizer.Form.NFC));
    assertFalse(TNormalizer.isNormalized("e\u0301", TNormalizer.Form.NFC));
    assertTrue(TNormalizer.isNormalized("e\u0301", TNormalizer.Form.NFD));
    assertThrows(
        NullPointerException.class, () -> TNormalizer.normalize(null, TNormalizer.Form.NFC));
    assertThrows(NullPointerException.class, () -> TNormalizer.normalize("x", null));
  }

  private static String hex(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> sb.append(Integer.toHexString(cp)).append(' '));
    return sb.toString().trim();
  }
}
