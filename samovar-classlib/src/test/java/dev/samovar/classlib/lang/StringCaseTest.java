package dev.samovar.classlib.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Against the JDK's own String case mapping. */
class StringCaseTest {
  @Test
  void upperCaseOfEveryCodePointMatchesJdk() {
    List<String> bad = new ArrayList<>();
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      String s = "a" + new String(Character.toChars(cp)) + "b";
      String expected = s.toUpperCase(Locale.ROOT);
      String actual = StringCase.toUpperCase(s, Locale.ROOT);
      if (!expected.equals(actual) && bad.size() < 10) {
        bad.add(Integer.toHexString(cp) + ": " + expected + " vs " + actual);
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void lowerCaseMatchesJdkOnHardCases() {
    String[] samples = {
      "ΟΔΟΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "AΣ'B", "İstanbul", "STRASSE", "ÆSIR", "ΣΑΣ", "x.Σ.", "HELLO wörld"
    };
    for (String s : samples) {
      assertEquals(s.toLowerCase(Locale.ROOT), StringCase.toLowerCase(s, Locale.ROOT), s);
      assertEquals(s.toUpperCase(Locale.ROOT), StringCase.toUpperCase(s, Locale.ROOT), s);
    }
    Locale tr = Locale.forLanguageTag("tr");
    for (String s : new String[] {"Iıİi", "DİYARBAKIR", "istanbul"}) {
      assertEquals(s.toLowerCase(tr), StringCase.toLowerCase(s, tr), s);
      assertEquals(s.toUpperCase(tr), StringCase.toUpperCase(s, tr), s);
    }
  }

  @Test
  void generatedTableIsCurrent() {
    for (int i = 0; i < SpecialCasing.CODE_POINTS.length; i++) {
      String s = new String(Character.toChars(SpecialCasing.CODE_POINTS[i]));
      assertEquals(s.toUpperCase(Locale.ROOT), SpecialCasing.UPPER[i]);
    }
  }
}
