package dev.samovar.classlib.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against {@code Double/Float.toString} of JDK 25 (golden file made by
 * tools/GenToStringGolden.java): the JVM running these tests may be JDK 17, whose toString predates
 * JDK-4511638.
 */
class ShortestDecimalTest {
  @Test
  void matchesJdk19PlusOnGoldenVectors() throws IOException {
    List<String> failures = new ArrayList<>();
    int count = 0;
    try (InputStream in = getClass().getResourceAsStream("jdk25-tostring.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(" ");
        String actual =
            f[0].equals("D")
                ? ShortestDecimal.toString(
                    Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16)))
                : ShortestDecimal.toString(
                    Float.intBitsToFloat(Integer.parseUnsignedInt(f[1], 16)));
        count++;
        if (!actual.equals(f[2]) && failures.size() < 20) {
          failures.add(line + " -> " + actual);
        }
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(11025, count);
  }

  @Test
  void specialValues() {
    assertEquals("NaN", ShortestDecimal.toString(Double.NaN));
    assertEquals("-Infinity", ShortestDecimal.toString(Double.NEGATIVE_INFINITY));
    assertEquals("-0.0", ShortestDecimal.toString(-0.0));
    assertEquals("0.0", ShortestDecimal.toString(0.0f));
    assertEquals("4.9E-324", ShortestDecimal.toString(Double.MIN_VALUE));
    assertEquals("1.0E23", ShortestDecimal.toString(1e23));
    assertEquals("100.0", ShortestDecimal.toString(100.0));
    assertEquals("0.001", ShortestDecimal.toString(0.001));
    assertEquals("1.0E7", ShortestDecimal.toString(1e7));
    assertEquals("1.4E-45", ShortestDecimal.toString(Float.MIN_VALUE));
  }
}
