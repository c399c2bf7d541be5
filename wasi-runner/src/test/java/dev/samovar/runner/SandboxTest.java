package dev.samovar.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.LimitException;
import dev.samovar.api.LinkException;
import dev.samovar.api.SandboxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SandboxTest {
  @ParameterizedTest
  @EnumSource(Engine.class)
  void runsTheCoreOnAMountedDirectory(Engine engine, @TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("in.txt"), "b a b c b a", StandardCharsets.UTF_8);
    RunResult r =
        Sandbox.builder()
            .engine(engine)
            .mount(dir, "/data")
            .args("wordcount", "/data/in.txt", "--out", "/data/out.txt", "--top", "2")
            .captureOutput()
            .build()
            .run(TestModules.core());
    assertEquals(0, r.exitCode(), r.stderrText());
    assertEquals("b\t3\na\t2\n", Files.readString(dir.resolve("out.txt")));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void passesOnlyTheGivenEnvironmentAndExitCodes(Engine engine) {
    RunResult env =
        Sandbox.builder()
            .engine(engine)
            .env("ONLY", "this")
            .args("env")
            .captureOutput()
            .build()
            .run(TestModules.core());
    assertEquals("ONLY=this\n", env.stdoutText());
    RunResult bad =
        Sandbox.builder()
            .engine(engine)
            .args("nope")
            .captureOutput()
            .build()
            .run(TestModules.core());
    assertEquals(2, bad.exitCode());
    assertTrue(
        bad.stderrText().startsWith("javacore: unknown subcommand 'nope'"), bad.stderrText());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void infiniteLoopIsStoppedByTheTimeout(Engine engine, @TempDir Path dir) throws Exception {
    Path loop = TestModules.write(dir, "loop.wasm", TestModules.INFINITE_LOOP);
    LimitException e =
        assertThrows(
            LimitException.class,
            () ->
                Sandbox.builder().engine(engine).timeout(Duration.ofMillis(300)).build().run(loop));
    assertEquals("time", e.field("limit"));
    assertTrue(e.getMessage().contains("raise --timeout"), e.getMessage());
    // The JVM is healthy afterwards: the next run works.
    assertEquals(
        0,
        Sandbox.builder().engine(engine).args("help").build().run(TestModules.core()).exitCode());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void memoryLimitBelowTheModulesStartIsRefusedClearly(Engine engine) {
    LimitException e =
        assertThrows(
            LimitException.class,
            () ->
                Sandbox.builder()
                    .engine(engine)
                    .maxMemory(16L << 20)
                    .build()
                    .run(TestModules.core()));
    assertEquals("memory", e.field("limit"));
    assertTrue(e.getMessage().contains("raise --max-memory"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void unknownImportIsALinkError(Engine engine, @TempDir Path dir) throws Exception {
    Path module = TestModules.write(dir, "foreign.wasm", TestModules.UNKNOWN_IMPORT);
    LinkException e =
        assertThrows(
            LinkException.class, () -> Sandbox.builder().engine(engine).build().run(module));
    assertEquals("unknown-import", e.field("reason"));
    assertEquals("env.foo", e.field("import"));
    assertTrue(e.getMessage().contains("imports env.foo"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void garbageAndTruncatedModulesAreRefused(Engine engine, @TempDir Path dir) throws Exception {
    Path garbage = dir.resolve("garbage.wasm");
    Files.writeString(garbage, "this is not wasm");
    Path truncated = dir.resolve("truncated.wasm");
    byte[] core = Files.readAllBytes(TestModules.core());
    Files.write(truncated, java.util.Arrays.copyOf(core, core.length / 2));
    LinkException notWasm =
        assertThrows(
            LinkException.class, () -> Sandbox.builder().engine(engine).build().run(garbage));
    assertEquals("not-wasm", notWasm.field("reason"));
    LinkException cut =
        assertThrows(
            LinkException.class, () -> Sandbox.builder().engine(engine).build().run(truncated));
    assertEquals("malformed", cut.field("reason"));
    assertTrue(cut.getMessage().contains("truncated or malformed"), cut.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void mountingAMissingDirectoryFailsBeforeRunning(Engine engine, @TempDir Path dir) {
    SandboxException e =
        assertThrows(
            SandboxException.class,
            () -> Sandbox.builder().engine(engine).mount(dir.resolve("missing"), "/data"));
    assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
  }
}
