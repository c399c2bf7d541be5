package dev.samovar.tests.abi.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.runner.cli.SamovarCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samovar run --invoke} of {@code abifixture}'s typed exports: strings, String[] with nulls,
 * boxed nulls, void, output, mounted files, and hostile arguments.
 */
class CliTypedInvokeFixtureTest {
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
    all[4] = Fixtures.abifixture().toString();
    System.arraycopy(args, 0, all, 5, args.length);
    return run(all);
  }

  @Test
  void typedValuesInAndOut() {
    assertEquals("[\"A\", null, \"B,C\"]\n", invoke("upperAll", "[\"a\",null,\"b,c\"]").out());
    assertEquals("[\"A\", \"B\"]\n", invoke("upperAll", "a,b").out());
    assertEquals("null,7,null,-0.0\n", invoke("boxedMix", "null", "7", "null", "-0.0").out());
    assertEquals("null\n", invoke("boxedInc", "null").out());
    assertEquals("-2147483648\n", invoke("minInt").out(), "a real sentinel value is printed");
    assertEquals("NaN\n", invoke("nan").out());
    assertEquals("😀 x\n", invoke("echoString", "😀 x").out());
    Outcome say = invoke("say", "hello");
    assertEquals(0, say.status(), say.err());
    assertEquals("hello\n", say.out(), "void prints nothing but the module's own output");
    assertTrue(say.err().contains("err: hello"), say.err());
  }

  @Test
  void mountedDirectoriesApply(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("in.txt"), "from the host");
    Outcome read =
        run(
            "run",
            "--dir",
            dir + "::/data",
            "--invoke",
            "readText",
            Fixtures.abifixture().toString(),
            "/data/in.txt");
    assertEquals(0, read.status(), read.err());
    assertEquals("from the host\n", read.out());
    Outcome denied =
        run(
            "run",
            "--dir",
            dir + "::/data:ro",
            "--invoke",
            "writeText",
            Fixtures.abifixture().toString(),
            "/data/in.txt",
            "x");
    // Refused (the module's class library reports a NullPointerException there, not the JVM's
    // AccessDeniedException: a classlib gap); the file is unchanged.
    assertEquals(1, denied.status(), denied.err());
    assertTrue(denied.err().startsWith("samovar: java."), denied.err());
    assertEquals("from the host", Files.readString(dir.resolve("in.txt")));
  }

  @Test
  void hostileArgumentsAreRefused() {
    Outcome lone = invoke("echoString", "a\ud800");
    assertTrue(lone.status() != 0, lone.out());
    assertTrue(lone.err().contains("lone surrogate"), lone.err());
    Outcome handle = invoke("Counter_label", "1");
    assertEquals(64, handle.status(), handle.err());
    Outcome bool = invoke("notBool", "yes");
    assertEquals(64, bool.status(), bool.err());
    assertTrue(bool.err().contains("'value'") && bool.err().contains("true or false"), bool.err());
    Outcome trap = invoke("recurse", "0");
    assertEquals(134, trap.status(), trap.err());
  }
}
