package dev.samovar.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.core.Numeric;
import dev.samovar.core.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code javacore} command run in-process through {@link Main#run}, on real files. */
class MainTest {
  private static final String[] STAT_NAMES = {
    "count", "mean", "variance", "min", "max", "p50", "p90", "p99"
  };

  @TempDir Path dir;

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(MainTest.class.getResource("/cli/" + name).toURI());
  }

  private static String read(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }

  private static void assertUsageError(Result r, String... args) {
    String line = String.join(" ", args);
    assertEquals(2, r.status(), line);
    assertEquals("", r.out(), line);
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("javacore: "), r.err());
    assertTrue(r.err().contains("run 'javacore help'"), r.err());
  }

  @Test
  void helpListsEverySubcommandAndExitsZero() {
    Result r = run("help");
    assertEquals(0, r.status());
    assertEquals("", r.err());
    for (String name : new String[] {"wordcount", "upper", "stats", "sha256", "env", "help"}) {
      assertTrue(r.out().contains("\n  " + name), name + " missing from:\n" + r.out());
    }
    assertTrue(r.out().contains("--top"), r.out());
  }

  @Test
  void wordcountPrintsTheTopTenByDefault() throws Exception {
    Path in = resource("sample.txt");
    Result r = run("wordcount", in.toString());
    assertEquals(new Result(0, Text.wordFrequencies(read(in), 10), ""), r);
    assertEquals(10, r.out().lines().count());
  }

  @Test
  void wordcountTopInBothOptionSpellings() throws Exception {
    Path in = resource("sample.txt");
    String expected = Text.wordFrequencies(read(in), 3);
    assertEquals(new Result(0, expected, ""), run("wordcount", in.toString(), "--top", "3"));
    assertEquals(new Result(0, expected, ""), run("wordcount", "--top=3", in.toString()));
    assertEquals(new Result(0, "", ""), run("wordcount", in.toString(), "--top", "0"));
  }

  @Test
  void wordcountOutWritesTheFileAndPrintsNothing() throws Exception {
    Path in = resource("sample.txt");
    Path out = dir.resolve("freq.txt");
    Result r = run("wordcount", in.toString(), "--out", out.toString(), "--top", "1000");
    assertEquals(new Result(0, "", ""), r);
    assertEquals(Text.wordFrequencies(read(in), 1000), read(out));
  }

  @Test
  void wordcountOfTheReadmeSample() throws Exception {
    Path sample = Path.of("samples/in.txt");
    Result r = run("wordcount", sample.toString(), "--top", "5");
    assertEquals(0, r.status(), r.err());
    assertEquals(Text.wordFrequencies(read(sample), 5), r.out());
  }

  @Test
  void upperWritesTheUpperCasedFileAsUtf8() throws Exception {
    Path in = resource("sample.txt");
    Path out = dir.resolve("up.txt");
    assertEquals(new Result(0, "", ""), run("upper", in.toString(), out.toString()));
    assertEquals(Text.toUpper(read(in)), read(out));
    assertTrue(read(out).contains("GRÜSSE AUS KÖLN"), read(out));
  }

  @Test
  void upperOverwritesAnExistingFile() throws Exception {
    Path in = Files.writeString(dir.resolve("in.txt"), "short");
    Path out = Files.writeString(dir.resolve("out.txt"), "a much longer previous content");
    assertEquals(0, run("upper", in.toString(), out.toString()).status());
    assertEquals("SHORT", read(out));
  }

  private static String expectedStats(double[] xs) {
    double[] s = Numeric.stats(xs);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length; i++) {
      sb.append(STAT_NAMES[i]).append(": ").append(Double.toString(s[i])).append('\n');
    }
    return sb.toString();
  }

  @Test
  void statsPrintsEveryFieldWithDoubleToString() throws Exception {
    Result r = run("stats", resource("numbers.txt").toString());
    double[] xs = {3.5, -2, 1e3, 0.25, -0.0, 7, 42, .5, 6, 1e-2};
    assertEquals(new Result(0, expectedStats(xs), ""), r);
  }

  @Test
  void statsOfManyRandomNumbers() throws Exception {
    Random random = new Random(30);
    double[] xs = new double[5000];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      xs[i] = random.nextGaussian() * 1e3;
      text.append(xs[i]).append(i % 3 == 0 ? "\n" : " ");
    }
    Path in = Files.writeString(dir.resolve("many.txt"), text);
    assertEquals(new Result(0, expectedStats(xs), ""), run("stats", in.toString()));
  }

  @Test
  void statsAcceptsNanAndInfinityTokens() throws Exception {
    Path in = Files.writeString(dir.resolve("n.txt"), "1 Infinity -Infinity +Infinity NaN");
    double inf = Double.POSITIVE_INFINITY;
    assertEquals(
        new Result(0, expectedStats(new double[] {1, inf, -inf, inf, Double.NaN}), ""),
        run("stats", in.toString()));
  }

  @Test
  void statsRejectsTokensOutsideThePlainDecimalGrammar() throws Exception {
    for (String bad :
        new String[] {
          "two", "0x1p3", "1d", "1f", "1e", "1e+", ".", "-", "1,5", "++1", "inf", "nan", "1.2.3",
          "١٢"
        }) {
      Path in = Files.writeString(dir.resolve("bad.txt"), "1 2\n3 " + bad + " 4\n");
      Result r = run("stats", in.toString());
      assertEquals(1, r.status(), bad);
      assertEquals("javacore: " + in + ":2: not a number: '" + bad + "'\n", r.err(), bad);
      assertEquals("", r.out());
    }
  }

  @Test
  void statsOfAFileWithoutNumbersExits1() throws Exception {
    Path in = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
    Result r = run("stats", in.toString());
    assertEquals(new Result(1, "", "javacore: " + in + ": no numbers in the file\n"), r);
  }

  @Test
  void sha256PrintsHexTwoSpacesAndThePathLikeSha256sum() throws Exception {
    byte[] data = new byte[70_000];
    new Random(31).nextBytes(data);
    Path in = Files.write(dir.resolve("blob.bin"), data);
    String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    assertEquals(new Result(0, hex + "  " + in + "\n", ""), run("sha256", in.toString()));
    Path empty = Files.write(dir.resolve("empty"), new byte[0]);
    String emptyHex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest());
    assertEquals(emptyHex + "  " + empty + "\n", run("sha256", empty.toString()).out());
  }

  @Test
  void envPrintsTheEnvironmentSortedByKey() {
    StringBuilder expected = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
      expected.append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    assertEquals(new Result(0, expected.toString(), ""), run("env"));
  }

  @Test
  void usageErrorsExit2WithOneLineAndAHint() throws Exception {
    String in = Files.writeString(dir.resolve("in.txt"), "x").toString();
    String[][] cases = {
      {},
      {"nope"},
      {"--help"},
      {"WORDCOUNT", in},
      {"wordcount"},
      {"wordcount", in, "--top", "-1"},
      {"wordcount", in, "--top", "x"},
      {"wordcount", in, "--top=x"},
      {"wordcount", in, "--top", "99999999999"},
      {"wordcount", in, "--top"},
      {"wordcount", in, "--top", "1", "--top", "2"},
      {"wordcount", in, "--bogus", "1"},
      {"wordcount", in, in},
      {"sha256", in, "extra"},
      {"upper", in},
      {"upper", in, in, in},
      {"stats", in, "--top", "3"},
      {"env", "x"},
      {"help", "wordcount"}
    };
    for (String[] args : cases) {
      assertUsageError(run(args), args);
    }
  }

  @Test
  void usageMessagesNameTheProblem() throws Exception {
    String in = Files.writeString(dir.resolve("in.txt"), "x").toString();
    assertEquals(
        "javacore: unknown subcommand 'nope' (run 'javacore help' for usage)\n", run("nope").err());
    assertTrue(run("wordcount").err().contains("missing <file>"));
    assertTrue(run("wordcount", in, "--top", "x").err().contains("'x'"));
    assertTrue(run("wordcount", in, "--bogus", "1").err().contains("'--bogus'"));
    assertTrue(run("sha256", in, "extra").err().contains("'extra'"));
  }

  @Test
  void missingFileExits1NamingThePath() {
    String missing = dir.resolve("nope.txt").toString();
    for (String[] args :
        new String[][] {
          {"wordcount", missing}, {"upper", missing, dir.resolve("o").toString()},
          {"stats", missing}, {"sha256", missing}
        }) {
      assertEquals(
          new Result(1, "", "javacore: cannot read " + missing + ": no such file\n"), run(args));
    }
    assertFalse(Files.exists(dir.resolve("o")), "upper writes nothing when it cannot read");
  }

  @Test
  void aDirectoryIsNotAFile() throws Exception {
    String in = Files.writeString(dir.resolve("in.txt"), "x").toString();
    assertEquals(
        new Result(1, "", "javacore: cannot read " + dir + ": is a directory\n"),
        run("sha256", dir.toString()));
    assertEquals(
        new Result(1, "", "javacore: cannot write " + dir + ": is a directory\n"),
        run("upper", in, dir.toString()));
  }

  @Test
  void writingIntoAMissingDirectoryExits1() throws Exception {
    String in = Files.writeString(dir.resolve("in.txt"), "x").toString();
    String out = dir.resolve("no/such/dir/out.txt").toString();
    assertEquals(
        new Result(1, "", "javacore: cannot write " + out + ": no such directory\n"),
        run("wordcount", in, "--out", out));
  }
}
