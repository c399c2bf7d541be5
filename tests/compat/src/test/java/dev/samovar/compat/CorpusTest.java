package dev.samovar.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.tests.hosts.ChicoryHost;
import dev.samovar.tests.hosts.Host;
import dev.samovar.tests.hosts.HostRun;
import dev.samovar.tests.hosts.Invocation;
import dev.samovar.tests.hosts.JvmHost;
import dev.samovar.tests.hosts.NodeWasiHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every working corpus program prints what the JVM prints, byte for byte, on Chicory and on Node's
 * WASI, from the very module the plugin built; the table goes to {@code target/compat.md}.
 */
class CorpusTest {
  private static final JvmHost JVM = new JvmHost();
  private static final List<Host> WASM_HOSTS =
      List.of(ChicoryHost.interpreter(), new NodeWasiHost());

  @AfterAll
  static void writeReport() throws Exception {
    CompatReport.write();
  }

  static Stream<Corpus.Row> working() {
    return Corpus.working();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("working")
  void sameOutputOnTheJvmChicoryAndNode(Corpus.Row row) throws Exception {
    compare(row.module(), row.mainClass(), row);
  }

  /**
   * Reflection (issue 8 part 4): {@code Class.forName}, {@code getMethod(s)}, {@code
   * getDeclaredField(s)}, constructors, invocation and field access on the class the pom keeps
   * ({@code <reflection>}); exceptions as the JDK throws them.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void reflectionFixtureSameOutput(String module) throws Exception {
    compare(module, "dev.samovar.compat." + module + ".Main", null);
  }

  static Stream<String> fixtures() {
    return Stream.of("reflection");
  }

  private static void compare(String module, String mainClass, Corpus.Row row) throws Exception {
    Path wasm = Corpus.wasm(module);
    assertTrue(Files.isRegularFile(wasm), wasm + " was not built (mvn process-classes)");
    Invocation inv = Invocation.of(wasm, mainClass, Corpus.jvmClassPath());
    HostRun jvm = JVM.run(inv);
    assertEquals(0, jvm.exitCode(), jvm::toString);
    assertTrue(jvm.stdout().length > 0, "the program printed nothing on the JVM");
    for (Host host : WASM_HOSTS) {
      HostRun run = host.run(inv);
      if (row != null
          && (run.exitCode() != jvm.exitCode() || !Arrays.equals(jvm.stdout(), run.stdout()))) {
        CompatReport.record(row, "differs on " + host.name(), run.toString());
      }
      assertEquals(jvm.exitCode(), run.exitCode(), run::toString);
      assertEquals(jvm.out(), run.out(), () -> host.name() + " prints otherwise\n" + run);
      assertArrayEquals(jvm.stdout(), run.stdout(), host.name() + ": stdout bytes differ");
    }
    if (row != null) {
      CompatReport.record(row, "works", "");
    }
  }
}
