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

  /** Module name, fully qualified main class and a small problem size for the test. */
  record Program(String module, String mainClass, String size) {
    @Override
    public String toString() {
      return module;
    }
  }

  private static final String PROGRAMS_PACKAGE = "dev.samovar.tests.programs.";

  static final List<Program> PROGRAMS =
      List.of(
          new Program("nbody", PROGRAMS_PACKAGE + "NBody", "1000"),
          new Program("fannkuch", PROGRAMS_PACKAGE + "FannkuchRedux", "7"),
          new Program("spectralnorm", PROGRAMS_PACKAGE + "SpectralNorm", "100"),
          new Program("binarytrees", PROGRAMS_PACKAGE + "BinaryTrees", "8"),
          new Program("mandelbrot", PROGRAMS_PACKAGE + "Mandelbrot", "200"),
          new Program("jsonroundtrip", PROGRAMS_PACKAGE + "JsonRoundTrip", "200"),
          // javacore's kernels (stats, polyval, ...) printed as raw bits: bit-identical or fail.
          new Program("corekernels", "dev.samovar.tests.fixtures.CoreKernels", ""));

  static Invocation invocation(Program p, String size) {
    return Invocation.of(
            Hosts.fixture(p.module()),
            p.mainClass(),
            List.of(Hosts.fixtureClasses(), Hosts.coreClasses(), Hosts.jzlib()))
        .args(size.isEmpty() ? new String[0] : new String[] {size});
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
