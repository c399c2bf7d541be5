package dev.samovar.classlib.abi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ABI's codec gives exactly the JDK's bytes and strings, valid input or not. */
class Utf8Test {
  @Test
  void encodesAsGetBytes() {
    SplittableRandom r = new SplittableRandom(1);
    for (int k = 0; k < 20_000; k++) {
      char[] cs = new char[r.nextInt(0, 12)];
      for (int i = 0; i < cs.length; i++) {
        // ASCII, Latin, BMP, surrogates (paired or not), the edges between them.
        cs[i] =
            switch (r.nextInt(6)) {
              case 0 -> (char) r.nextInt(0x80);
              case 1 -> (char) r.nextInt(0x80, 0x800);
              case 2 -> (char) r.nextInt(0x800, 0x10000);
              case 3 -> (char) r.nextInt(0xD800, 0xDC00);
              case 4 -> (char) r.nextInt(0xDC00, 0xE000);
              default -> new char[] {0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF}[r.nextInt(6)];
            };
      }
      String s = new String(cs);
      assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s), s::toString);
    }
  }

  @Test
  void decodesAsNewString() {
    SplittableRandom r = new SplittableRandom(2);
    for (int k = 0; k < 100_000; k++) {
      byte[] b = new byte[r.nextInt(0, 10)];
      for (int i = 0; i < b.length; i++) {
        b[i] =
            (byte)
                (r.nextBoolean()
                    ? r.nextInt(256)
                    : new int[] {0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5}
                        [r.nextInt(11)]);
      }
      assertEquals(
          new String(b, StandardCharsets.UTF_8),
          Utf8.decode(b, 0, b.length),
          () -> java.util.HexFormat.of().formatHex(b));
    }
    byte[] framed = "xx😀é".getBytes(StandardCharsets.UTF_8);
    assertEquals("😀é", Utf8.decode(framed, 2, framed.length - 2));
  }
}
