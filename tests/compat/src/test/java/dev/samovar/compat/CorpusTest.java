package dev.samovar.compat;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.compat.hosts.ChicoryHost;
import dev.samovar.compat.hosts.JvmHost;
import dev.samovar.compat.hosts.NodeHost;
import dev.samovar.compat.hosts.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every working corpus program gives the JVM's stdout, byte for byte, on Chicory and on Node's
 * WASI, from the very module the plugin built.
 */
class CorpusTest {
  private static final JvmHost JVM = new JvmHost();
  private static final ChicoryHost CHICORY = new ChicoryHost();
  private static final NodeHost NODE = new NodeHost();

  static Stream<String> programs() {
    return Stream.concat(Corpus.working().map(Corpus.Row::module), Stream.of("jdkext"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void sameOutputOnTheJvmChicoryAndNode(String module) throws Exception {
    Path wasm = Corpus.wasm(module);
    assertTrue(Files.isRegularFile(wasm), wasm + " was not built (mvn process-classes)");
    Output jvm = JVM.run("dev.samovar.compat." + module + ".Main");
    assertEquals(0, jvm.exitCode(), () -> "the JVM run failed: " + jvm.stderrText());
    assertTrue(jvm.stdout().length > 0, "the program printed nothing on the JVM");
    Output chicory = CHICORY.run(wasm);
    Output node = NODE.run(wasm);
    assertAll(
        () -> assertTrue(NODE.validates(wasm), "V8's WebAssembly.validate refuses " + wasm),
        () -> same(jvm, chicory),
        () -> same(jvm, node));
  }

  static void same(Output jvm, Output wasm) {
    assertEquals(jvm.exitCode(), wasm.exitCode(), () -> wasm.host() + " exit; stderr: " + wasm.stderrText());
    assertEquals(jvm.stdoutText(), wasm.stdoutText(), () -> wasm.host() + " stdout differs");
    assertTrue(
        java.util.Arrays.equals(jvm.stdout(), wasm.stdout()), () -> wasm.host() + " stdout bytes differ");
  }
}
