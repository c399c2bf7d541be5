package dev.samovar.tests.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.tests.hosts.ChicoryHost;
import dev.samovar.tests.hosts.Host;
import dev.samovar.tests.hosts.HostRun;
import dev.samovar.tests.hosts.Invocation;
import dev.samovar.tests.hosts.JvmHost;
import dev.samovar.tests.hosts.NodeWasiHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JDK classes samovar-classlib adds to TeaVM (StringJoiner, locks, MessageDigest, Normalizer):
 * the fixture {@link ClassLib} run on the JVM with the real JDK classes and in wasm with ours, on
 * Chicory (interpreter and compiler) and Node's WASI, compared byte for byte.
 */
class ClassLibTest {
  private static final JvmHost JVM = new JvmHost();

  static Stream<Host> hosts() {
    return Stream.of(ChicoryHost.interpreter(), ChicoryHost.compiler(), new NodeWasiHost());
  }

  private static Invocation classlib(String... args) {
    Path wasm = Path.of(System.getProperty("samovar.fixtures", "target/samovar"), "classlib.wasm");
    Path classes = Path.of(System.getProperty("samovar.fixtureClasses", "target/classes"));
    return Invocation.of(wasm, ClassLib.class.getName(), List.of(classes)).args(args);
  }

  private static HostRun assertSameAsJvm(Host host, String mode) throws Exception {
    Invocation inv = classlib(mode);
    HostRun expected = JVM.run(inv);
    HostRun actual = host.run(inv);
    assertEquals(0, expected.exitCode(), expected::toString);
    assertEquals(expected.exitCode(), actual.exitCode(), () -> expected + "\n\n" + actual);
    assertEquals(expected.out(), actual.out(), () -> expected + "\n\n" + actual);
    assertFalse(expected.out().isEmpty());
    return actual;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void stringJoiner(Host host) throws Exception {
    assertSameAsJvm(host, "joiner");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void reentrantAndReadWriteLocks(Host host) throws Exception {
    assertSameAsJvm(host, "locks");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void messageDigestMd5Sha1Sha2(Host host) throws Exception {
    assertSameAsJvm(host, "digest");
  }

  /** The JVM would hang here; wasm, with one thread that nobody can signal, fails clearly. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void awaitWithoutSignalFailsInsteadOfHanging(Host host) throws Exception {
    HostRun run = host.run(classlib("await"));
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(
        run.err().contains("java.lang.IllegalStateException: Condition.await() would wait forever"),
        run::toString);
  }

  /**
   * Normalizer's data is generated from JDK 17, whose Unicode (13) differs from the newer JDK the
   * other tests compare with: the expected output comes from the JDK 17 running this test. The
   * interpreter sweeps every 37th code point (it is slow); the others sweep all of Unicode.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void normalizerNfcNfdNfkcNfkdLikeJdk17(Host host) throws Exception {
    assertEquals(17, Runtime.version().feature(), "the data is JDK 17's; run the tests on JDK 17");
    String step = host.name().equals("chicory-interpreter") ? "37" : "1";
    Path classes = Path.of(System.getProperty("samovar.fixtureClasses", "target/classes"));
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classes.toString(),
                ClassLib.class.getName(),
                "normalizer",
                step)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor());
    HostRun actual = host.run(classlib("normalizer", step));
    assertEquals(0, actual.exitCode(), actual::toString);
    assertTrue(expected.contains("NFKC step " + step + " changed "), expected);
    assertEquals(expected, actual.out());
  }
}
