package dev.samovar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samovar.tests.hosts.Host;
import dev.samovar.tests.hosts.HostRun;
import dev.samovar.tests.hosts.Invocation;
import dev.samovar.tests.hosts.JvmHost;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Classic benchmark programs, each its own module: every host prints what the JVM prints. */
class ProgramsCrossHostTest {
  @AfterAll
  static void writeMatrix() {
    Matrix.write();
  }

  private static final JvmHost JVM = new JvmHost();

  /** Module name, main class and a small problem size for the test. */
  record Program(String module, String mainClass, String size) {
    @Override
    public String toString() {
      return module;
    }
  }

  static final List<Program> PROGRAMS =
      List.of(
          new Program("nbody", "NBody", "1000"),
          new Program("fannkuch", "FannkuchRedux", "7"),
          new Program("spectralnorm", "SpectralNorm", "100"),
          new Program("binarytrees", "BinaryTrees", "8"),
          new Program("mandelbrot", "Mandelbrot", "200"),
          new Program("jsonroundtrip", "JsonRoundTrip", "200"));

  static Invocation invocation(Program p, String size) {
    return Invocation.of(
            Hosts.fixture(p.module()),
            "dev.samovar.tests.programs." + p.mainClass(),
            List.of(Hosts.fixtureClasses()))
        .args(size);
  }

  static Stream<Arguments> matrix() {
    List<Arguments> all = new ArrayList<>();
    for (Host host : Hosts.wasmHosts()) {
      for (Program p : PROGRAMS) {
        all.add(Arguments.of(host, p));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("matrix")
  void sameOutputAsJvm(Host host, Program program) throws Exception {
    Invocation inv = invocation(program, program.size());
    HostRun expected = JVM.run(inv);
    HostRun actual = host.run(inv);
    Matrix.record("program " + program.module(), expected, actual);
    assertEquals(0, expected.exitCode(), expected::toString);
    assertEquals(expected.exitCode(), actual.exitCode(), actual::toString);
    assertEquals(expected.out(), actual.out(), () -> expected + "\n\n" + actual);
  }
}
