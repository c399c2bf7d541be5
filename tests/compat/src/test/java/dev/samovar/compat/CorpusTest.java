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
    Path wasm = Corpus.wasm(row.module());
    assertTrue(Files.isRegularFile(wasm), wasm + " was not built (mvn process-classes)");
    Invocation inv = Invocation.of(wasm, row.mainClass(), Corpus.jvmClassPath());
    HostRun jvm = JVM.run(inv);
    assertEquals(0, jvm.exitCode(), jvm::toString);
    assertTrue(jvm.stdout().length > 0, "the program printed nothing on the JVM");
    for (Host host : WASM_HOSTS) {
      HostRun run = host.run(inv);
      if (run.exitCode() != jvm.exitCode() || !Arrays.equals(jvm.stdout(), run.stdout())) {
        CompatReport.record(row, "differs on " + host.name(), run.toString());
      }
      assertEquals(jvm.exitCode(), run.exitCode(), run::toString);
      assertEquals(jvm.out(), run.out(), () -> host.name() + " prints otherwise\n" + run);
      assertArrayEquals(jvm.stdout(), run.stdout(), host.name() + ": stdout bytes differ");
    }
    CompatReport.record(row, "works", "");
  }
}
