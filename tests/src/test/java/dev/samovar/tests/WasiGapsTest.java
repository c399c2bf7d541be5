package dev.samovar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.tests.hosts.Host;
import dev.samovar.tests.hosts.HostRun;
import dev.samovar.tests.hosts.Invocation;
import dev.samovar.tests.hosts.JvmHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WASI class-library gaps we fill (environment, exit codes, uncaught exceptions, file writes,
 * stdin, clocks, portable math), each checked on every wasm host against the JVM.
 */
class WasiGapsTest {
  @AfterAll
  static void writeMatrix() {
    Matrix.write();
  }

  private static final JvmHost JVM = new JvmHost();

  static Stream<Host> hosts() {
    return Hosts.wasmHosts().stream();
  }

  static Stream<Host> hostsFeedingStdin() {
    return Hosts.wasmHosts().stream().filter(Host::feedsStdin);
  }

  private static Invocation gaps(String... args) {
    return Invocation.of(
            Hosts.fixture("wasigaps"),
            "dev.samovar.tests.fixtures.WasiGaps",
            List.of(Hosts.fixtureClasses()))
        .args(args);
  }

  private static void assertSameAsJvm(Host host, Invocation inv) throws Exception {
    HostRun expected = JVM.run(inv);
    HostRun actual = host.run(inv);
    Matrix.record("wasi " + String.join(" ", inv.args()), expected, actual);
    assertEquals(expected.exitCode(), actual.exitCode(), () -> expected + "\n\n" + actual);
    assertEquals(expected.out(), actual.out(), () -> expected + "\n\n" + actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void portableMathIsBitIdenticalToStrictMath(Host host) throws Exception {
    assertSameAsJvm(host, gaps("math"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void integerDivisionByZeroThrowsArithmeticExceptionAndMinByMinusOneWraps(Host host)
      throws Exception {
    // The last division is uncaught: the JVM prints the exception and exits 1; so must wasm.
    Invocation inv = gaps("arith");
    assertSameAsJvm(host, inv);
    HostRun run = host.run(inv);
    assertTrue(run.out().contains("int / caught / by zero"), run::toString);
    assertTrue(run.err().contains("java.lang.ArithmeticException: / by zero"), run::toString);
    assertEquals(1, run.exitCode(), run::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void environmentComesFromEnvironGet(Host host) throws Exception {
    Invocation inv = gaps("env").env("FOO", "bar baz").env("UNICODE", "Grüße ☕");
    assertSameAsJvm(host, inv);
    assertTrue(host.run(inv).out().contains("FOO=bar baz"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void systemExitGivesTheExitCode(Host host) throws Exception {
    assertSameAsJvm(host, gaps("exit", "3"));
    assertEquals(42, host.run(gaps("exit", "42")).exitCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void uncaughtExceptionPrintsJavaStackTraceAndExits1(Host host) throws Exception {
    HostRun run = host.run(gaps("throw"));
    assertEquals(1, run.exitCode(), run::toString);
    String firstLine = run.err().lines().findFirst().orElse("");
    assertEquals(
        "Exception in thread \"main\" java.lang.IllegalStateException: boom",
        firstLine,
        run::toString);
    assertTrue(run.err().contains("at dev.samovar.tests.fixtures.WasiGaps.main"), run::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void fileWriteThroughPreopenedDirectory(Host host, @TempDir Path jvmDir, @TempDir Path wasmDir)
      throws Exception {
    Invocation inv = gaps("write", Invocation.GUEST_DIR + "/out.txt");
    HostRun expected = JVM.run(inv.copyWithDir(jvmDir));
    HostRun actual = host.run(inv.copyWithDir(wasmDir));
    assertEquals(expected.exitCode(), actual.exitCode(), () -> expected + "\n" + actual);
    assertEquals(expected.out(), actual.out());
    assertEquals(
        Files.readString(jvmDir.resolve("out.txt")), Files.readString(wasmDir.resolve("out.txt")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void directoriesAppendListRenameDelete(Host host, @TempDir Path jvmDir, @TempDir Path wasmDir)
      throws Exception {
    Invocation inv = gaps("files", Invocation.GUEST_DIR);
    HostRun expected = JVM.run(inv.copyWithDir(jvmDir));
    HostRun actual = host.run(inv.copyWithDir(wasmDir));
    assertEquals(expected.exitCode(), actual.exitCode(), () -> expected + "\n" + actual);
    assertEquals(expected.out(), actual.out(), () -> expected + "\n" + actual);
    assertEquals(
        Files.readString(jvmDir.resolve("sub/inner/log.txt")),
        Files.readString(wasmDir.resolve("sub/inner/log.txt")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostsFeedingStdin")
  void stdinIsReadable(Host host) throws Exception {
    Invocation inv = gaps("stdin").stdin("line one\nzwei ☕\n".getBytes(StandardCharsets.UTF_8));
    assertSameAsJvm(host, inv);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void nanoTimeIsMonotonicWithoutHostImports(Host host) throws Exception {
    assertSameAsJvm(host, gaps("time"));
  }
}
