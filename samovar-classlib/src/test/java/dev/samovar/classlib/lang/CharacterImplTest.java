package dev.samovar.classlib.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterImplTest {
  @Test
  void everyCodePointHasTheJdksType() {
    List<String> bad = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (CharacterImpl.getType(cp) != Character.getType(cp) && bad.size() < 10) {
        bad.add(Integer.toHexString(cp));
      }
    }
    assertEquals(List.of(), bad);
    assertEquals(Character.UNASSIGNED, CharacterImpl.getType(-1));
    assertEquals(Character.UNASSIGNED, CharacterImpl.getType(0x110000));
  }

  @Test
  void cjkAndHangulAreLettersInsideTheirRanges() {
    assertTrue(CharacterImpl.getType('日') == Character.OTHER_LETTER);
    assertTrue(CharacterImpl.getType(0xAC01) == Character.OTHER_LETTER);
  }
}
