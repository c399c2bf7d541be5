package dev.samovar.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Percentiles and histograms equal numpy's, bit for bit. The expected values were computed by numpy
 * itself: {@code src/test/resources/numpy/make_fixtures.py} writes the {@code .tsv} files next to
 * it.
 */
class NumericNumpyTest {
  /** One line of a fixture: a name, the data, and numpy's answers. */
  record Fixture(String name, double[] xs, String[] answers) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Fixture> percentiles() throws IOException {
    return load("percentiles.tsv");
  }

  static List<Fixture> histograms() throws IOException {
    return load("histograms.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("percentiles")
  void percentilesEqualNumpys(Fixture f) {
    double[] expected = numbers(f.answers()[0]);
    double[] s = Numeric.stats(f.xs());
    assertArrayEquals(expected, Arrays.copyOfRange(s, 5, 8), "p50, p90, p99 of " + f.name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histograms")
  void histogramsEqualNumpys(Fixture f) {
    for (String answer : f.answers()) {
      int eq = answer.indexOf('=');
      int bins = Integer.parseInt(answer.substring(0, eq));
      String counts = answer.substring(eq + 1);
      if (counts.equals("error")) {
        assertThrows(
            IllegalArgumentException.class,
            () -> Numeric.histogram(f.xs(), bins),
            "numpy raises for " + f.name() + " with " + bins + " bins");
      } else {
        int[] expected = Arrays.stream(counts.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(expected, Numeric.histogram(f.xs(), bins), f.name() + ", bins=" + bins);
      }
    }
  }

  private static List<Fixture> load(String name) throws IOException {
    String text;
    try (InputStream in = NumericNumpyTest.class.getResourceAsStream("/numpy/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource numpy/" + name);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Fixture> fixtures = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      fixtures.add(
          new Fixture(cols[0], numbers(cols[1]), Arrays.copyOfRange(cols, 2, cols.length)));
    }
    return fixtures;
  }

  /** Python's repr() of floats: decimal, or nan / inf / -inf. */
  private static double[] numbers(String s) {
    if (s.isEmpty()) {
      return new double[0];
    }
    return Arrays.stream(s.split(" "))
        .mapToDouble(
            t ->
                switch (t) {
                  case "nan" -> Double.NaN;
                  case "inf" -> Double.POSITIVE_INFINITY;
                  case "-inf" -> Double.NEGATIVE_INFINITY;
                  default -> Double.parseDouble(t);
                })
        .toArray();
  }
}
