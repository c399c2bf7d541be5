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

  @Test
  void missingModuleIs65WithOneLine(@TempDir Path dir) {
    Outcome o = run("run", dir.resolve("nope.wasm").toString());
    assertEquals(65, o.status());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().startsWith("samovar: No such module file"), o.err());
  }

  @Test
  void notWasmIs65WithoutStackTrace(@TempDir Path dir) throws Exception {
    Path junk = dir.resolve("junk.wasm");
    Files.writeString(junk, "#!/bin/sh\necho hi\n");
    Outcome o = run("run", junk.toString());
    assertEquals(65, o.status());
    assertFalse(o.err().contains("\tat "), o.err());
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
  }

  @Test
  void timeoutIs124AndSaysHowToRaiseIt(@TempDir Path dir) throws Exception {
    Path m = dir.resolve("loop.wasm");
    Files.write(
        m,
        HexFormat.of()
            .parseHex(
                "0061736d01000000010401600000030201000"
                    + "70a01065f737461727400000a0901070003400c000b0b"));
    Outcome o = run("run", "--timeout", "200ms", "--engine", "interpreter", m.toString());
    assertEquals(124, o.status(), o.err());
    assertTrue(o.err().contains("--timeout"), o.err());
  }

  @Test
  void memoryLimitIs137() {
    Outcome o = run("run", "--max-memory", "8M", CORE.toString(), "help");
    assertEquals(137, o.status(), o.err());
    assertTrue(o.err().contains("--max-memory"), o.err());
  }

  @Test
  void readOnlyMountsAreRefusedHonestly(@TempDir Path dir) {
    Outcome o = run("run", "--dir", dir + "::/in:ro", CORE.toString(), "help");
    assertEquals(125, o.status());
    assertTrue(o.err().contains("read-only mounts are not supported yet"), o.err());
  }

  @Test
  void badFlagValuesAre125(@TempDir Path dir) {
    assertEquals(125, run("run", "--engine", "jit", CORE.toString()).status());
    assertEquals(125, run("run", "--timeout", "soon", CORE.toString()).status());
    assertEquals(
        125, run("run", "--dir", dir.resolve("missing") + "::/x", CORE.toString()).status());
    assertEquals(125, run("run", "--env", "NOEQUALS", CORE.toString()).status());
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
