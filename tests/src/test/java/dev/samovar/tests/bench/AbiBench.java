package dev.samovar.tests.bench;

import dev.samovar.fixture.abi.Types;
import dev.samovar.fixture.abi.wasm.Abifixture;
import dev.samovar.runner.Engine;
import dev.samovar.runner.abi.AbiInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Cost of the typed ABI on Chicory: per-call overhead of {@code addInt(int, int)}, a 1 KB string
 * round trip (and the same kilobyte as {@code byte[]}), and {@code double[]} in and out at 1e3 …
 * 1e7 elements, each through the generated {@code Abifixture} client on Chicory's compiler engine
 * and as the same Java method called directly on this JVM, measured side by side in one run
 * (alternating batches; medians over repeats). Not a test: numbers from a shared machine are
 * printed, never asserted.
 *
 * <p>Run after building ({@code mvn -B -ntp -pl tests -am verify -DskipTests}):
 *
 * <pre>
 * cd tests &amp;&amp; mvn -B -q -ntp -Dquick exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.samovar.tests.bench.AbiBench [-Dexec.args="--repeats 7 --max 10000000 --warmup 5"]
 * </pre>
 *
 * <p>{@code scripts/bench.sh} sets {@code -XX:-DontCompileHugeMethods} for Chicory's compiled code;
 * pass the same in {@code MAVEN_OPTS} here, or the module's large functions never leave HotSpot's
 * bytecode interpreter.
 */
public final class AbiBench {
  private static volatile Object sink;

  private AbiBench() {}

  /** One measured case: the same work on the JVM and through the client. */
  record Case(String name, IntSupplier jvm, IntSupplier wasm) {}

  /** One measured case: name, key shared with the node script, ns per call on each. */
  record Row(String name, String key, double jvmNs, double chicoryNs) {}

  public static void main(String[] args) {
    int repeats = 7;
    int max = 10_000_000;
    long warmupSeconds = 5;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--repeats")) {
        repeats = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--warmup")) {
        warmupSeconds = Long.parseLong(args[++i]);
      } else if (args[i].equals("--max")) {
        max = Integer.parseInt(args[++i]);
      } else {
        throw new IllegalArgumentException(
            "unknown argument " + args[i] + "; use --repeats N, --max ELEMENTS, --warmup SECONDS");
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Typed ABI on Chicory (compiler) vs the same Java on this JVM (%s %s), median of %d%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        repeats);
    System.out.printf(
        Locale.ROOT, "%-28s %14s %14s %9s%n", "case", "JVM ns/call", "Chicory ns/call", "ratio");
    for (Row r : run(repeats, max, warmupSeconds)) {
      System.out.printf(
          Locale.ROOT,
          "%-28s %14.1f %14.1f %9.1f%n",
          r.name(),
          r.jvmNs(),
          r.chicoryNs(),
          r.chicoryNs() / r.jvmNs());
    }
  }

  /**
   * Measures every case on the JVM and on Chicory's compiler. The 1 KB string is the node script's
   * ({@code "é😀abcdefgh"} × 72: 792 UTF-16 units, 1,008 UTF-8 bytes) so both hosts move the same
   * bytes.
   */
  static List<Row> run(int repeats, int max, long warmupSeconds) {
    Path wasm =
        Path.of(System.getProperty("samovar.repo", ".."))
            .resolve("tests/abi-fixture/target/samovar/abifixture.wasm")
            .toAbsolutePath()
            .normalize();
    List<Row> rows = new ArrayList<>();
    try (Abifixture fx = Abifixture.open(AbiInstance.builder(wasm).engine(Engine.COMPILER))) {
      List<Case> cases = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      int[] k = {0};
      cases.add(
          new Case("addInt(int,int)", () -> Types.addInt(k[0]++, 1), () -> fx.addInt(k[0]++, 1)));
      keys.add("addInt");
      String kb = "\u00e9\ud83d\ude00abcdefgh".repeat(72);
      cases.add(
          new Case(
              "echoString(1 KB)",
              () -> Types.echoString(kb).length(),
              () -> fx.echoString(kb).length()));
      keys.add("echoString");
      // The same kilobyte as bytes: what the string case costs beyond moving the data (the
      // module's UTF-8 decode and encode).
      byte[] kbBytes = kb.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      cases.add(
          new Case(
              "echoBytes(1 KB)",
              () -> Types.echoBytes(kbBytes).length,
              () -> fx.echoBytes(kbBytes).length));
      keys.add("echoBytes");
      for (int n = 1000; n <= max; n *= 10) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
          xs[i] = i * 0.5;
        }
        cases.add(
            new Case(
                "echoDoubles(double[" + CoreReport.size(n) + "])",
                () -> Types.echoDoubles(xs).length,
                () -> fx.echoDoubles(xs).length));
        keys.add("echoDoubles:" + n);
      }
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        double[] r = measure(c, repeats, warmupSeconds * 1_000_000_000L);
        rows.add(new Row(c.name(), keys.get(i), r[0], r[1]));
        System.err.printf(
            Locale.ROOT, "[bench] abi %s: jvm %.1f ns, chicory %.1f ns%n", c.name(), r[0], r[1]);
      }
    }
    return rows;
  }

  /**
   * The ABI section of the report: the Java rows joined by key with the node script's rows ({@code
   * tests/node/bench/abi-bench.mjs}, run in the same bench), as ratios to the JVM.
   */
  static String markdown(List<Row> rows, Map<?, ?> node) {
    Map<String, Double> nodeNs = new HashMap<>();
    for (Object o : (List<?>) node.get("rows")) {
      Map<?, ?> r = (Map<?, ?>) o;
      if (r.get("key") != null) {
        nodeNs.put((String) r.get("key"), (Double) r.get("ns"));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("\n## Typed-ABI overhead per call\n\n");
    sb.append(
            "Nanoseconds per call (median of batches) of the abifixture exports through the generated"
                + " bindings, and the ratio to the same Java method called directly on the JVM,"
                + " measured in the same run: the Java client on Chicory's compiler (batches"
                + " alternating with the JVM's), and Node (")
        .append(node.get("node"))
        .append(
            ", `tests/node/bench/abi-bench.mjs`, run as a subprocess). The string is 792 UTF-16"
                + " units / 1,008 UTF-8 bytes with non-ASCII text; `echoDoubles` copies the array"
                + " in and back out.\n\n");
    sb.append("| call | jvm ns | chicory-compiler ns | ×jvm | node ns | ×jvm |\n");
    sb.append("|---|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      Double n = nodeNs.get(r.key());
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s |%n",
              r.name(),
              ns(r.jvmNs()),
              ns(r.chicoryNs()),
              CoreReport.ratio(r.chicoryNs() / r.jvmNs()),
              n == null ? "—" : ns(n),
              n == null ? "—" : CoreReport.ratio(n / r.jvmNs())));
    }
    return sb.toString();
  }

  private static String ns(double v) {
    return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.1f", v);
  }

  /** Median ns per call on the JVM and through Chicory, batches alternating. */
  private static double[] measure(Case c, int repeats, long warmupNanos) {
    // Warm up long enough for HotSpot to compile Chicory's (huge) generated methods: without it
    // the first thousands of calls run in the bytecode interpreter and dominate the median.
    long until = System.nanoTime() + warmupNanos;
    for (int i = 0; i < 20_000 && (i < 3 || System.nanoTime() < until); i++) {
      sink = c.wasm().getAsInt() + c.jvm().getAsInt();
    }
    // Size a batch to about 200 ms on Chicory.
    int iterations = 1;
    while (true) {
      long t = time(c.wasm(), iterations);
      time(c.jvm(), iterations);
      if (t > 200_000_000L || iterations >= 1 << 24) {
        break;
      }
      iterations = t < 1_000_000L ? iterations * 10 : iterations * 2;
    }
    double[] jvm = new double[repeats];
    double[] wasm = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      jvm[r] = (double) time(c.jvm(), iterations) / iterations;
      wasm[r] = (double) time(c.wasm(), iterations) / iterations;
    }
    return new double[] {median(jvm), median(wasm)};
  }

  private static long time(IntSupplier work, int iterations) {
    long start = System.nanoTime();
    int acc = 0;
    for (int i = 0; i < iterations; i++) {
      acc += work.getAsInt();
    }
    long t = System.nanoTime() - start;
    sink = acc;
    return t;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
