package dev.samovar.runner.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.samovar.runner.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole WASI test suite on both engines, writes target/wasi-testsuite.md (the table in the
 * module README) and requires every case to pass.
 */
class WasiTestsuiteTest {
  /** Cases in ../shared/wasi-testsuite: 12 AssemblyScript, 14 C, 46 Rust. */
  static final int CASES = 72;

  @Test
  void allCasesPassOnBothEngines(@TempDir Path scratch) throws Exception {
    Path root = WasiTestsuite.root();
    assumeTrue(Files.isDirectory(root.resolve("tests")), "no WASI test suite at " + root);
    List<WasiTestsuite.Case> cases = WasiTestsuite.cases(root);
    assertEquals(CASES, cases.size(), "test cases found under " + root);
    List<Engine> engines = List.of(Engine.INTERPRETER, Engine.COMPILER);
    List<WasiTestsuite.Outcome> outcomes = new ArrayList<>();
    int n = 0;
    for (WasiTestsuite.Case c : cases) {
      for (Engine e : engines) {
        outcomes.add(WasiTestsuite.run(c, e, scratch.resolve("run" + n++)));
      }
    }
    String table = WasiTestsuite.markdown(outcomes, engines);
    WasiTestsuite.write(Path.of("target/wasi-testsuite.md"), table);
    String failures =
        outcomes.stream()
            .filter(o -> !o.passed())
            .map(o -> o.engine() + " " + o.test().name() + ": " + o.detail())
            .collect(Collectors.joining("\n"));
    for (Engine e : engines) {
      long passed = outcomes.stream().filter(o -> o.engine() == e && o.passed()).count();
      assertEquals(CASES, passed, e + " failures:\n" + failures);
    }
  }
}
