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

  /**
   * Runs the sections named in {@code -Dbench.sections} (default all: {@code
   * programs,startup,core,abi}) and writes the report and charts.
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of("target/bench");
    Files.createDirectories(out);
    Path repo = Path.of(System.getProperty("samovar.repo", "..")).toAbsolutePath().normalize();
    List<String> sections =
        Arrays.asList(System.getProperty("bench.sections", "programs,startup,core,abi").split(","));
    for (String s : sections) {
      if (!List.of("programs", "startup", "core", "abi").contains(s)) {
        throw new IllegalArgumentException(
            "unknown bench section '"
                + s
                + "'; use programs, startup, core, abi (comma-separated)");
      }
    }
    StringBuilder report = new StringBuilder();
    Map<String, Double> seconds = new LinkedHashMap<>();
    if (sections.contains("programs")) {
      long t0 = System.nanoTime();
      Map<String, Map<String, Stats>> results = programs();
      report.append(Report.markdown(results, LocalDate.now().toString()));
      Files.writeString(out.resolve("chart.svg"), Report.svg(results));
      seconds.put("programs", (System.nanoTime() - t0) / 1e9);
    } else {
      report.append("# Benchmark (").append(LocalDate.now()).append(", ");
      report.append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ");
      report.append(Runtime.version().feature()).append(")\n");
    }
    if (sections.contains("startup")) {
      long t0 = System.nanoTime();
      report.append(Startup.markdown(repo, REPEATS));
      seconds.put("startup", (System.nanoTime() - t0) / 1e9);
    }
    if (sections.contains("core")) {
      long t0 = System.nanoTime();
      var core = CoreBench.run(repo, REPEATS);
      report.append(CoreReport.markdown(core, REPEATS));
      report.append("\n![time vs size](core.svg)\n");
      Files.writeString(out.resolve("core.svg"), CoreReport.svg(core));
      seconds.put("core", (System.nanoTime() - t0) / 1e9);
    }
    if (sections.contains("abi")) {
      long t0 = System.nanoTime();
      List<AbiBench.Row> rows = AbiBench.run(REPEATS, 10_000_000, 2);
      Map<?, ?> node =
          (Map<?, ?>) NodeScript.run(repo, "tests/node/bench/abi-bench.mjs", List.of(), 10);
      report.append(AbiBench.markdown(rows, node));
      seconds.put("abi", (System.nanoTime() - t0) / 1e9);
    }
    report.append("\nSection wall times (s): ");
    seconds.forEach((k, v) -> report.append(String.format(Locale.ROOT, "%s %.0f; ", k, v)));
    report.append(
        String.format(
            Locale.ROOT,
            "total %.0f.%n",
            seconds.values().stream().mapToDouble(Double::doubleValue).sum()));
    Files.writeString(out.resolve("report.md"), report.toString());
    System.out.println(report);
  }

  /** The benchmark programs on the JVM (JMH) and every wasm host. */
  private static Map<String, Map<String, Stats>> programs() throws Exception {
    Path fixtures = Path.of(System.getProperty("samovar.fixtures", "target/samovar"));
    Path classes = Path.of(System.getProperty("samovar.fixtureClasses", "target/classes"));
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
    return results;
  }

  /** A wasm host: one cold run (includes any compile), then warm repeats. */
  private static Stats time(Host host, Invocation inv) throws Exception {
    long start = System.nanoTime();
    HostRun first = host.run(inv);
    double cold = (System.nanoTime() - start) / 1e6;
    if (first.exitCode() != 0) {
      // One retry: on a loaded machine a host process can die for reasons of its own (node once
      // exited with SIGSEGV, 139); a second failure is the program's and stops the bench.
      System.err.printf(Locale.ROOT, "[bench] %s failed (%s), retrying once%n", host.name(), first);
      start = System.nanoTime();
      first = host.run(inv);
      cold = (System.nanoTime() - start) / 1e6;
      if (first.exitCode() != 0) {
        throw new IllegalStateException(host.name() + " failed twice: " + first);
      }
    }
    if (host.name().contains("interpreter") && cold * REPEATS > INTERPRETER_BUDGET_MS) {
      // A slow host (the Chicory interpreter: 5-25 s a program) is timed once: the cold run is
      // the sample (it has nothing to compile, so cold and warm differ little), which keeps the
      // whole bench under 15 minutes on 2 cores.
      return Stats.of(new double[] {cold}, cold);
    }
    int repeats = REPEATS;
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
