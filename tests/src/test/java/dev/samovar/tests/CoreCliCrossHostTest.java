package dev.samovar.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.tests.hosts.Host;
import dev.samovar.tests.hosts.HostRun;
import dev.samovar.tests.hosts.Invocation;
import dev.samovar.tests.hosts.JvmHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code javacore} subcommand, on every wasm host, gives the JVM's stdout, stderr's first
 * line, exit code and output files.
 */
class CoreCliCrossHostTest {
  @AfterAll
  static void writeMatrix() {
    Matrix.write();
  }

  private static final JvmHost JVM = new JvmHost();
  private static final String D = Invocation.GUEST_DIR;

  /** A subcommand line and the output files it writes (relative to the mapped directory). */
  record Case(String name, List<String> args, List<String> outputs, String env) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("help", List.of("help"), List.of(), null));
    cases.add(new Case("wordcount", List.of("wordcount", D + "/in.txt"), List.of(), null));
    cases.add(
        new Case(
            "wordcount-top3", List.of("wordcount", D + "/in.txt", "--top", "3"), List.of(), null));
    cases.add(
        new Case(
            "wordcount-out",
            List.of("wordcount", D + "/in.txt", "--out", D + "/freq.txt", "--top", "50"),
            List.of("freq.txt"),
            null));
    cases.add(
        new Case("upper", List.of("upper", D + "/in.txt", D + "/up.txt"), List.of("up.txt"), null));
    cases.add(new Case("stats", List.of("stats", D + "/numbers.txt"), List.of(), null));
    cases.add(new Case("stats-edge", List.of("stats", D + "/edge.txt"), List.of(), null));
    cases.add(new Case("wordcount-cjk", List.of("wordcount", D + "/cjk.txt"), List.of(), null));
    cases.add(new Case("sha256", List.of("sha256", D + "/in.txt"), List.of(), null));
    cases.add(new Case("sha256-binary", List.of("sha256", D + "/blob.bin"), List.of(), null));
    cases.add(new Case("env", List.of("env"), List.of(), "A=1;ZED=last;GREETING=Grüße ☕"));
    cases.add(new Case("missing-file", List.of("wordcount", D + "/nope.txt"), List.of(), null));
    cases.add(new Case("unknown-subcommand", List.of("frobnicate"), List.of(), null));
    cases.add(new Case("no-arguments", List.of(), List.of(), null));
    cases.add(
        new Case("bad-top", List.of("wordcount", D + "/in.txt", "--top", "x"), List.of(), null));
    cases.add(
        new Case("extra-argument", List.of("sha256", D + "/in.txt", "more"), List.of(), null));
    return cases;
  }

  static Stream<Arguments> matrix() {
    List<Arguments> all = new ArrayList<>();
    for (Host host : Hosts.wasmHosts()) {
      for (Case c : cases()) {
        all.add(Arguments.of(host, c));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("matrix")
  void sameAsJvm(Host host, Case c, @TempDir Path jvmDir, @TempDir Path wasmDir) throws Exception {
    writeInputs(jvmDir);
    writeInputs(wasmDir);
    Invocation inv =
        Invocation.of(
                Hosts.coreWasm(),
                "dev.samovar.core.cli.Main",
                List.of(Hosts.coreClasses(), Hosts.jzlib()))
            .args(c.args().toArray(new String[0]));
    if (c.env() != null) {
      for (String kv : c.env().split(";")) {
        int eq = kv.indexOf('=');
        inv.env(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    HostRun expected = JVM.run(inv.copyWithDir(jvmDir));
    HostRun actual = host.run(inv.copyWithDir(wasmDir));
    Matrix.record("cli " + c.name(), expected, actual);
    String both = expected + "\n\n" + actual;
    assertEquals(expected.exitCode(), actual.exitCode(), both);
    assertEquals(expected.out(), actual.out(), both);
    assertEquals(firstLine(expected.err()), firstLine(actual.err()), both);
    for (String file : c.outputs()) {
      assertTrue(Files.exists(wasmDir.resolve(file)), file + " not written on " + host.name());
      assertArrayEquals(
          Files.readAllBytes(jvmDir.resolve(file)),
          Files.readAllBytes(wasmDir.resolve(file)),
          file);
    }
    assertEquals(listing(jvmDir), listing(wasmDir), "files in the mapped directory");
  }

  private static String firstLine(String s) {
    return s.lines().findFirst().orElse("");
  }

  private static TreeMap<String, Long> listing(Path dir) throws IOException {
    TreeMap<String, Long> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        files.put(p.getFileName().toString(), Files.size(p));
      }
    }
    return files;
  }

  static void writeInputs(Path dir) throws IOException {
    Files.copy(Hosts.repo().resolve("wasm-core/samples/in.txt"), dir.resolve("in.txt"));
    StringBuilder numbers = new StringBuilder();
    long seed = 42;
    for (int i = 0; i < 2000; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      double x = (seed >>> 11) * 0x1.0p-53 * 2000 - 1000;
      numbers.append(x).append(i % 7 == 0 ? "\n" : " ");
    }
    Files.writeString(dir.resolve("numbers.txt"), numbers, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("edge.txt"),
        "0.1\n-0.0\n1e308\n4.9E-324\n-1e-300\n2.5\n1e23\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("cjk.txt"),
        "日本語 東京 日本語 서울 서울 서울 Ελλάδα ΟΔΟΣ καφές Кофе",
        StandardCharsets.UTF_8);
    byte[] blob = new byte[70_000];
    for (int i = 0; i < blob.length; i++) {
      blob[i] = (byte) (i * 31 + (i >> 7));
    }
    Files.write(dir.resolve("blob.bin"), blob);
  }
}
