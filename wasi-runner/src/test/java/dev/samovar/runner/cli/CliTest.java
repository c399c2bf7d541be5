package dev.samovar.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit statuses and one-line errors of {@code samovar run}, for good and hostile input. */
class CliTest {
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

  @Test
  void runsTheReadmeExample(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("in.txt"), "tea tea samovar");
    Outcome o = run("run", "--dir", dir + "::/data", CORE.toString(), "wordcount", "/data/in.txt");
    assertEquals(0, o.status(), o.err());
    assertEquals("tea\t2\nsamovar\t1\n", o.out());
    Outcome top =
        run(
            "run",
            "--dir",
            dir + "::/data",
            CORE.toString(),
            "wordcount",
            "/data/in.txt",
            "--top",
            "1");
    assertEquals("tea\t2\n", top.out(), top.err());
  }

  @Test
  void compiledModuleIsCachedOnDiskAndReused(@TempDir Path cache) throws Exception {
    Outcome first = run("run", "--cache-dir", cache.toString(), CORE.toString(), "help");
    assertEquals(0, first.status(), first.err());
    long entries;
    try (var files = Files.walk(cache)) {
      entries = files.filter(Files::isRegularFile).count();
    }
    assertTrue(entries > 0, "nothing written to the cache directory");
    Outcome second = run("run", "--cache-dir", cache.toString(), CORE.toString(), "help");
    assertEquals(first.out(), second.out());
  }

  @Test
  void guestExitCodePassesThrough() {
    assertEquals(2, run("run", CORE.toString(), "frobnicate").status());
  }

  private static Path guest(String name) {
    return Path.of("src/test/resources/guests", name + ".wasm").toAbsolutePath();
  }

  @Test
  void missingModuleIs66WithOneLine(@TempDir Path dir) {
    Outcome o = run("run", dir.resolve("nope.wasm").toString());
    assertEquals(66, o.status());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().startsWith("samovar: No such module file"), o.err());
  }

  @Test
  void notWasmIs65WithoutStackTrace(@TempDir Path dir) throws Exception {
    Path junk = dir.resolve("junk.wasm");
    Files.writeString(junk, "#!/bin/sh\necho hi\n");
    Outcome o = run("run", junk.toString());
    assertEquals(65, o.status());
    assertEquals(1, o.err().lines().count(), o.err());
    assertFalse(o.err().contains("\tat "), o.err());
  }

  @Test
  void truncatedModuleIs67(@TempDir Path dir) throws Exception {
    byte[] probe = Files.readAllBytes(guest("probe"));
    Path cut = dir.resolve("cut.wasm");
    Files.write(cut, java.util.Arrays.copyOf(probe, probe.length - 100));
    Outcome o = run("run", cut.toString());
    assertEquals(67, o.status(), o.err());
    assertEquals(1, o.err().lines().count(), o.err());
  }

  @Test
  void oversizedModuleIs68() {
    String old = System.setProperty("samovar.maxModuleBytes", "1000");
    try {
      Outcome o = run("run", guest("probe").toString());
      assertEquals(68, o.status(), o.err());
      assertTrue(o.err().contains("accepts modules up to 1000 bytes"), o.err());
    } finally {
      if (old == null) {
        System.clearProperty("samovar.maxModuleBytes");
      } else {
        System.setProperty("samovar.maxModuleBytes", old);
      }
    }
  }

  @Test
  void verboseAddsTheStackTrace(@TempDir Path dir) throws Exception {
    Path junk = dir.resolve("junk.wasm");
    Files.writeString(junk, "nope");
    Outcome o = run("run", "--verbose", junk.toString());
    assertEquals(65, o.status());
    assertTrue(o.err().contains("\tat "), o.err());
  }

  @Test
  void unknownImportIs69(@TempDir Path dir) throws Exception {
    Path m = dir.resolve("foreign.wasm");
    Files.write(
        m,
        HexFormat.of()
            .parseHex(
                "0061736d01000000010401600000020b0103656e7603666f6f000003020100070a01065f73746172740001"
                    + "0a040102000b"));
    Outcome o = run("run", m.toString());
    assertEquals(69, o.status(), o.err());
    assertTrue(o.err().contains("imports env.foo"), o.err());
    assertEquals(1, o.err().lines().count(), o.err());
  }

  @Test
  void missingExportIs70() {
    Outcome noStart = run("run", guest("calc").toString());
    assertEquals(70, noStart.status(), noStart.err());
    assertTrue(noStart.err().contains("--invoke"), noStart.err());
    Outcome noSuch = run("run", "--invoke", "nope", guest("calc").toString());
    assertEquals(70, noSuch.status(), noSuch.err());
    assertTrue(noSuch.err().contains("it exports: _initialize, add"), noSuch.err());
  }

  @Test
  void invokeCallsAnExportWithTypedArguments() {
    Outcome add = run("run", "--invoke", "add", guest("calc").toString(), "40", "2");
    assertEquals(0, add.status(), add.err());
    assertEquals("42\n", add.out());
    Outcome div = run("run", "--invoke", "div", guest("calc").toString(), "1", "4");
    assertEquals("0.25\n", div.out(), div.err());
    Outcome half = run("run", "--invoke", "half", guest("calc").toString(), "3");
    assertEquals("1.5\n", half.out(), half.err());
    Outcome mul = run("run", "--invoke", "mul64", guest("calc").toString(), "3000000000", "3");
    assertEquals("9000000000\n", mul.out(), mul.err());
  }

  @Test
  void badInvokeArgumentsAre64() {
    Outcome count = run("run", "--invoke", "add", guest("calc").toString(), "1");
    assertEquals(64, count.status(), count.err());
    assertTrue(count.err().contains("add takes 2 argument(s) (i32, i32), got 1"), count.err());
    Outcome type = run("run", "--invoke", "add", guest("calc").toString(), "1", "two");
    assertEquals(64, type.status(), type.err());
    assertTrue(type.err().contains("argument 2 of add must be i32, got 'two'"), type.err());
    Outcome range = run("run", "--invoke", "add", guest("calc").toString(), "1", "99999999999");
    assertEquals(64, range.status(), range.err());
  }

  @Test
  void timeoutIs124AndSaysHowToRaiseIt() {
    for (String engine : new String[] {"interpreter", "compiler"}) {
      Outcome o = run("run", "--timeout", "200ms", "--engine", engine, guest("spin").toString());
      assertEquals(124, o.status(), o.err());
      assertTrue(o.err().contains("--timeout"), o.err());
    }
  }

  @Test
  void memoryLimitIs137() {
    Outcome o = run("run", "--max-memory", "8M", CORE.toString(), "help");
    assertEquals(137, o.status(), o.err());
    assertTrue(o.err().contains("--max-memory"), o.err());
  }

  @Test
  void outputLimitIs141() {
    Outcome o = run("run", "--max-output", "10K", guest("flood").toString());
    assertEquals(141, o.status(), o.err());
    assertEquals(10 * 1024, o.out().length());
    assertTrue(o.err().contains("--max-output"), o.err());
  }

  @Test
  void readOnlyMountsRefuseWrites(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("doc.txt"), "keep");
    Outcome o =
        run(
            "run",
            "--dir",
            dir + "::/in:ro",
            guest("probe").toString(),
            "read /in doc.txt",
            "write /in doc.txt changed",
            "write /in new.txt x");
    assertEquals(0, o.status(), o.err());
    assertEquals(
        "read /in doc.txt -> 0 keep\nwrite /in doc.txt changed -> 69\nwrite /in new.txt x -> 69\n",
        o.out());
    assertEquals("keep", Files.readString(dir.resolve("doc.txt")));
    assertFalse(Files.exists(dir.resolve("new.txt")));
  }

  /** A command whose one function is too big for a JVM method: 40,000 additions in a row. */
  private static Path hugeFunction(Path dir) throws Exception {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.write(new byte[] {0, 0x41, 0}); // no locals; i32.const 0
    for (int i = 0; i < 40_000; i++) {
      body.write(new byte[] {0x41, 1, 0x6a}); // i32.const 1; i32.add
    }
    body.write(new byte[] {0x1a, 0x0b}); // drop; end
    java.io.ByteArrayOutputStream code = new java.io.ByteArrayOutputStream();
    code.write(1); // one function body
    leb(code, body.size());
    body.writeTo(code);
    java.io.ByteArrayOutputStream m = new java.io.ByteArrayOutputStream();
    m.write(
        HexFormat.of()
            .parseHex(
                "0061736d01000000"
                    + "010401600000"
                    + "03020100"
                    + "070a01065f7374617274"
                    + "0000"));
    m.write(0x0a);
    leb(m, code.size());
    code.writeTo(m);
    Path wasm = dir.resolve("huge.wasm");
    Files.write(wasm, m.toByteArray());
    return wasm;
  }

  private static void leb(java.io.ByteArrayOutputStream out, int value) {
    do {
      int b = value & 0x7f;
      value >>>= 7;
      out.write(value != 0 ? b | 0x80 : b);
    } while (value != 0);
  }

  @Test
  void interpreterFallbackWarnsOrFailsWith71(@TempDir Path dir) throws Exception {
    Path huge = hugeFunction(dir);
    Outcome warn = run("run", "--no-cache", huge.toString());
    assertEquals(0, warn.status(), warn.err());
    assertTrue(warn.err().contains("interpreted mode"), warn.err());
    Outcome fail = run("run", "--no-cache", "--on-fallback", "fail", huge.toString());
    assertEquals(71, fail.status(), fail.err());
    assertTrue(fail.err().contains("too large for a JVM method"), fail.err());
    assertEquals(1, fail.err().lines().count(), fail.err());
  }

  @Test
  void badFlagValuesAre125(@TempDir Path dir) {
    assertEquals(125, run("run", "--engine", "jit", CORE.toString()).status());
    assertEquals(125, run("run", "--timeout", "soon", CORE.toString()).status());
    assertEquals(
        125, run("run", "--dir", dir.resolve("missing") + "::/x", CORE.toString()).status());
    assertEquals(125, run("run", "--env", "NOEQUALS", CORE.toString()).status());
    assertEquals(125, run("run", "--max-output", "lots", CORE.toString()).status());
  }

  @Test
  void inspectListsImportsAndExports() {
    Outcome o = run("inspect", CORE.toString());
    assertEquals(0, o.status(), o.err());
    assertTrue(o.out().contains("wasi_snapshot_preview1.fd_write"), o.out());
    assertTrue(o.out().contains("_start"), o.out());
    assertTrue(o.out().contains("memory:"), o.out());
  }
}
