package dev.samovar.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.core.Numeric;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@code samovar run --invoke} of typed exports of the real {@code javacore.wasm}: arguments parsed
 * by the export's Java types from the module's {@code samovar.abi} section, results printed, bad
 * arguments refused (status 64) naming the parameter and the expected type.
 */
class TypedInvokeTest {
  private static final Path CORE =
      Path.of("../wasm-core/target/samovar/javacore.wasm").toAbsolutePath().normalize();

  record Outcome(int status, String out, String err) {}

  private static Outcome run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = SamovarCli.execute(args);
      return new Outcome(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static Outcome invoke(String export, String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "run";
    all[1] = "--no-cache";
    all[2] = "--invoke";
    all[3] = export;
    all[4] = CORE.toString();
    System.arraycopy(args, 0, all, 5, args.length);
    return run(all);
  }

  @Test
  void statsOfACommaSeparatedArray() {
    Outcome o = invoke("stats", "1,2,3");
    assertEquals(0, o.status(), o.err());
    assertEquals(Arrays.toString(Numeric.stats(new double[] {1, 2, 3})) + "\n", o.out());
  }

  @Test
  void everyKindOfArgumentAndResult() {
    assertEquals("42\n", invoke("add", "40", "2").out());
    assertEquals("-2147483648\n", invoke("add", "2147483647", "1").out(), "wraps as Java");
    assertEquals("HELLO, WORLD SS\n", invoke("toUpper", "hello, world ß").out());
    assertEquals("3\n", invoke("levenshtein", "kitten", "sitting").out());
    assertEquals("[-2.0, -0.0, NaN]\n", invoke("scale", "[2, 0, \"NaN\"]", "-1").out());
    assertEquals(
        Arrays.toString(Numeric.histogram(new double[] {1, 2, 3, 3}, 3)) + "\n",
        invoke("histogram", "1,2,3,3", "3").out());
    assertEquals("aGk=\n", invoke("base64Encode", "104,105").out());
    assertEquals("[104, 105]\n", invoke("base64Decode", "aGk=").out());
    assertEquals("[]\n", invoke("sort", "").out(), "an empty argument is an empty array");
  }

  @Test
  void badArgumentsNameTheParameterAndTheType() {
    Outcome word = invoke("stats", "1,x,3");
    assertEquals(64, word.status(), word.err());
    assertTrue(word.err().contains("'xs'"), word.err());
    assertTrue(word.err().contains("double[]"), word.err());
    assertTrue(word.err().contains("'x' is not a number"), word.err());
    Outcome count = invoke("add", "1");
    assertEquals(64, count.status());
    assertTrue(count.err().contains("add(int a, int b) -> int"), count.err());
    Outcome range = invoke("add", "1", "99999999999");
    assertEquals(64, range.status());
    assertTrue(range.err().contains("argument 2 ('b') of add must be int"), range.err());
    Outcome hex = invoke("scale", "1,2", "0x1p3");
    assertEquals(64, hex.status());
    assertTrue(hex.err().contains("'factor'"), hex.err());
    Outcome json = invoke("sort", "[1, 2");
    assertEquals(64, json.status());
    assertTrue(json.err().contains("malformed JSON array"), json.err());
    Outcome handle = invoke("RunningStats_count", "1");
    assertEquals(64, handle.status());
    assertTrue(handle.err().contains("handle class RunningStats"), handle.err());
  }

  @Test
  void javaExceptionsAreReportedWithTheirClass() {
    Outcome empty = invoke("stats", "");
    assertEquals(1, empty.status(), empty.out());
    assertTrue(
        empty.err().contains("java.lang.IllegalArgumentException: stats: empty input"),
        empty.err());
  }

  @Test
  void flagsATypedCallCannotHonourAreRefused(@org.junit.jupiter.api.io.TempDir Path dir) {
    Outcome o = run("run", "--timeout", "5s", "--invoke", "add", CORE.toString(), "1", "2");
    assertEquals(125, o.status(), o.err());
    assertTrue(
        o.err().contains("--timeout is not supported with --invoke of a typed export"), o.err());
  }
}
