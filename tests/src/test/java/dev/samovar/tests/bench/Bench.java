package dev.samovar.tests.bench;

import dev.samovar.tests.hosts.ChicoryHost;
import dev.samovar.tests.hosts.Host;
import dev.samovar.tests.hosts.HostRun;
import dev.samovar.tests.hosts.Invocation;
import dev.samovar.tests.hosts.NodeWasiHost;
import dev.samovar.tests.hosts.WasmtimeHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scripts/bench.sh}: times each benchmark program on every host in one run and writes {@code
 * tests/target/bench/report.md} and {@code chart.svg} with medians, spread and ratios to the JVM
 * and to wasmtime. Not a test: numbers from a noisy machine are reported, never asserted.
 */
public final class Bench {
  /** Program module, main class, benchmark size. */
  record Program(String module, String mainClass, String size) {}

  static final List<Program> PROGRAMS =
      List.of(
          new Program("nbody", "NBody", "300000"),
          new Program("fannkuch", "FannkuchRedux", "9"),
          new Program("spectralnorm", "SpectralNorm", "400"),
          new Program("binarytrees", "BinaryTrees", "14"),
          new Program("mandelbrot", "Mandelbrot", "1000"),
          new Program("jsonroundtrip", "JsonRoundTrip", "3000"));

  private static final int REPEATS = Integer.getInteger("bench.repeats", 5);
  private static final double INTERPRETER_BUDGET_MS = 20_000;

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Path fixtures = Path.of(System.getProperty("samovar.fixtures", "target/samovar"));
    Path classes = Path.of(System.getProperty("samovar.fixtureClasses", "target/classes"));
    Path out = Path.of("target/bench");
    Files.createDirectories(out);
    List<Host> hosts =
        List.of(
            ChicoryHost.compiler(),
            ChicoryHost.interpreter(),
            new NodeWasiHost(),
            new WasmtimeHost());
    Map<String, Stats> jvm =
        JvmPrograms.measure(PROGRAMS.stream().map(Program::module).toList(), REPEATS);
    Map<String, Map<String, Stats>> results = new LinkedHashMap<>();
    for (Program p : PROGRAMS) {
      Map<String, Stats> row = new LinkedHashMap<>();
      row.put("jvm", jvm.get(p.module()));
      Invocation inv =
          Invocation.of(
                  fixtures.resolve(p.module() + ".wasm"),
                  "dev.samovar.tests.programs." + p.mainClass(),
                  List.of(classes))
              .args(p.size());
      for (Host host : hosts) {
        row.put(host.name(), time(host, inv));
        System.err.printf(
            Locale.ROOT, "[bench] %s %s: %s%n", p.module(), host.name(), row.get(host.name()));
      }
      results.put(p.module() + " " + p.size(), row);
    }
    String report =
        Report.markdown(results, LocalDate.now().toString())
            + Startup.markdown(Path.of("..").toAbsolutePath().normalize(), REPEATS);
    Files.writeString(out.resolve("report.md"), report);
    Files.writeString(out.resolve("chart.svg"), Report.svg(results));
    System.out.println(report);
  }

  /** A wasm host: one cold run (includes any compile), then warm repeats. */
  private static Stats time(Host host, Invocation inv) throws Exception {
    long start = System.nanoTime();
    HostRun first = host.run(inv);
    double cold = (System.nanoTime() - start) / 1e6;
    if (first.exitCode() != 0) {
      throw new IllegalStateException(host.name() + " failed: " + first);
    }
    int repeats =
        host.name().contains("interpreter") && cold * REPEATS > INTERPRETER_BUDGET_MS ? 1 : REPEATS;
    double[] t = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long s = System.nanoTime();
      host.run(inv);
      t[i] = (System.nanoTime() - s) / 1e6;
    }
    return Stats.of(t, cold);
  }

  /** Median, min, max of repeated runs (ms), and the first (cold) run. */
  record Stats(double median, double min, double max, double cold, int n) {
    static Stats of(double[] t, double cold) {
      double[] s = t.clone();
      Arrays.sort(s);
      return new Stats(s[s.length / 2], s[0], s[s.length - 1], cold, s.length);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "median %.1f ms [%.1f..%.1f] n=%d cold %.1f", median, min, max, n, cold);
    }
  }

  static List<String> hostOrder(Map<String, Map<String, Stats>> results) {
    return new ArrayList<>(results.values().iterator().next().keySet());
  }
}
