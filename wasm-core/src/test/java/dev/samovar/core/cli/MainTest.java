package dev.samovar.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  record Result(int status, String out, String err) {}

  private static Result run(String... args) {
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

  @Test
  void wordcountToFileAndStdout(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.txt"), "a b a");
    Result r = run("wordcount", in.toString(), "--top", "1");
    assertEquals(new Result(0, "a\t2\n", ""), r);
    Path out = dir.resolve("out.txt");
    assertEquals(0, run("wordcount", in.toString(), "--out", out.toString()).status());
    assertEquals("a\t2\nb\t1\n", Files.readString(out));
  }

  @Test
  void statsPrintsEveryField(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("n.txt"), "1 2\n3\n4");
    Result r = run("stats", in.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(
        r.out().startsWith("count: 4.0\nmean: 2.5\nvariance: 1.25\nmin: 1.0\nmax: 4.0\n"), r.out());
  }

  @Test
  void usageErrorsExit2WithOneLine(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.txt"), "x");
    for (String[] args :
        new String[][] {
          {},
          {"nope"},
          {"wordcount"},
          {"wordcount", in.toString(), "--top", "-1"},
          {"wordcount", in.toString(), "--top"},
          {"sha256", in.toString(), "extra"},
          {"upper", in.toString()},
          {"wordcount", in.toString(), "--bogus", "1"}
        }) {
      Result r = run(args);
      assertEquals(2, r.status(), String.join(" ", args));
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("javacore: "), r.err());
      assertTrue(r.err().contains("javacore help"), r.err());
    }
  }

  @Test
  void missingFileExits1(@TempDir Path dir) {
    Result r = run("sha256", dir.resolve("nope").toString());
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("javacore: cannot read "), r.err());
    Result bad = run("stats", dir.resolve("nope").toString());
    assertEquals(1, bad.status());
  }

  @Test
  void notANumberExits1(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("n.txt"), "1 two 3");
    Result r = run("stats", in.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("not a number: 'two'"), r.err());
  }

  @Test
  void sha256LooksLikeSha256sum(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("abc"), "abc");
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  " + in + "\n",
        run("sha256", in.toString()).out());
  }
}
