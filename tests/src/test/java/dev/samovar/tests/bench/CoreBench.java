package dev.samovar.tests.bench;

import dev.samovar.core.wasm.Javacore;
import dev.samovar.runner.Engine;
import dev.samovar.runner.abi.AbiInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * javacore's main exports at sizes 1e3 … 1e7 on every host in one run: the JVM (JMH, direct Java
 * calls), Chicory's compiler (the generated {@code Javacore} client), Node (the generated JS
 * bindings) and Pyodide in Node (the wheel's Python bindings), plus the same algorithms in pure
 * Python in the same Pyodide. The wasm hosts share one timing rule (here and in {@code
 * tests/node/bench/core-bench.mjs}): warm-up calls, then up to {@code repeats} batches of at least
 * 10 ms, fewer when they would exceed {@link #CELL_MS}; a size is skipped when the previous size's
 * median × 10 exceeds {@link #MAX_CALL_MS}.
 */
final class CoreBench {
  static final List<String> OPS =
      List.of("stats", "sort", "scale", "histogram", "sha256", "crc32", "wordFrequencies");
  static final List<Integer> SIZES = List.of(1_000, 10_000, 100_000, 1_000_000, 10_000_000);
  static final List<String> HOSTS =
      List.of("jvm", "chicory-compiler", "node", "pyodide", "pure-python");

  /** Measured time per batch budget (ms) per (export, size, host). */
  static final double CELL_MS = 600;

  /** A size is measured only if the previous one's median × 10 stays under this (ms). */
  static final double MAX_CALL_MS = 2500;

  /** Warm-up per cell on Chicory (HotSpot must compile Chicory's generated methods first). */
  private static final double CHICORY_WARMUP_MS = 500;

  /** Warm-up of all exports on Chicory before the first timing. */
  private static final double CHICORY_GLOBAL_WARMUP_MS = 12_000;

  private static volatile Object sink;

  private CoreBench() {}

  /** One cell: statistics in ms per call, or why there are none. */
  record Cell(Bench.Stats stats, String note) {
    static Cell of(Bench.Stats s) {
      return new Cell(s, null);
    }
  }

  /** op → size → host → cell. */
  static Map<String, Map<Integer, Map<String, Cell>>> run(Path repo, int repeats) throws Exception {
    Map<String, Map<Integer, Map<String, Cell>>> r = new LinkedHashMap<>();
    for (String op : OPS) {
      Map<Integer, Map<String, Cell>> bySize = new LinkedHashMap<>();
      for (int n : SIZES) {
        bySize.put(n, new LinkedHashMap<>());
      }
      r.put(op, bySize);
    }
    long t0 = System.nanoTime();
    for (JvmCore.Result j : JvmCore.measure(OPS, SIZES, repeats)) {
      r.get(j.op()).get(j.size()).put("jvm", Cell.of(j.stats()));
    }
    progress("jvm (JMH)", t0);
    t0 = System.nanoTime();
    chicory(repo, repeats, r);
    progress("chicory-compiler", t0);
    List<String> common =
        List.of(
            "--repeats",
            String.valueOf(repeats),
            "--cell-ms",
            String.valueOf((int) CELL_MS),
            "--max-call-ms",
            String.valueOf((int) MAX_CALL_MS));
    for (String host : List.of("node", "pyodide")) {
      t0 = System.nanoTime();
      List<String> args = new ArrayList<>(List.of("--host", host));
      args.addAll(common);
      Map<?, ?> out = (Map<?, ?>) NodeScript.run(repo, "tests/node/bench/core-bench.mjs", args, 10);
      for (Map.Entry<?, ?> e : ((Map<?, ?>) out.get("results")).entrySet()) {
        for (Object o : (List<?>) e.getValue()) {
          Map<?, ?> row = (Map<?, ?>) o;
          Map<String, Cell> cells =
              r.get((String) row.get("op")).get(((Double) row.get("size")).intValue());
          cells.put((String) e.getKey(), cell(row));
        }
      }
      progress(host, t0);
    }
    return r;
  }

  private static void progress(String what, long t0) {
    System.err.printf(
        Locale.ROOT, "[bench] core exports on %s: %.0f s%n", what, (System.nanoTime() - t0) / 1e9);
  }

  private static Cell cell(Map<?, ?> row) {
    if (row.containsKey("skipped")) {
      return new Cell(null, "skipped: " + row.get("skipped"));
    }
    if (row.containsKey("error")) {
      return new Cell(null, "error: " + row.get("error"));
    }
    return Cell.of(
        new Bench.Stats(
            (Double) row.get("median"),
            (Double) row.get("min"),
            (Double) row.get("max"),
            Double.NaN,
            ((Double) row.get("n")).intValue()));
  }

  private static void chicory(
      Path repo, int repeats, Map<String, Map<Integer, Map<String, Cell>>> r) throws Exception {
    Path wasm = repo.resolve("wasm-core/target/samovar/javacore.wasm");
    try (Javacore core = Javacore.open(AbiInstance.builder(wasm).engine(Engine.COMPILER))) {
      Map<String, Function<Object[], Object>> calls = new LinkedHashMap<>();
      calls.put("stats", d -> core.stats((double[]) d[0]));
      calls.put("sort", d -> core.sort((double[]) d[0]));
      calls.put("scale", d -> core.scale((double[]) d[0], 2));
      calls.put("histogram", d -> core.histogram((double[]) d[0], 64));
      calls.put("sha256", d -> core.sha256((byte[]) d[1]));
      calls.put("crc32", d -> core.crc32((byte[]) d[1]));
      calls.put("wordFrequencies", d -> core.wordFrequencies((String) d[2], 10));
      // Warm-up before any timing: HotSpot compiles Chicory's (huge) generated methods only after
      // many calls, and on a loaded machine that takes seconds; round-robin over the exports.
      Object[] small = {
        CoreInputs.doubles(10_000), CoreInputs.bytes(10_000), CoreInputs.text(10_000)
      };
      long until = System.nanoTime() + (long) (CHICORY_GLOBAL_WARMUP_MS * 1e6);
      while (System.nanoTime() < until) {
        for (Function<Object[], Object> f : calls.values()) {
          sink = f.apply(small);
        }
      }
      Map<String, Double> prev = new LinkedHashMap<>();
      for (int n : SIZES) {
        Object[] data = {CoreInputs.doubles(n), CoreInputs.bytes(n), CoreInputs.text(n)};
        for (String op : OPS) {
          Double p = prev.get(op);
          Cell c;
          if (p != null && p * 10 > MAX_CALL_MS) {
            c = new Cell(null, "skipped: over " + (int) MAX_CALL_MS + " ms per call");
          } else {
            try {
              Bench.Stats s = time(() -> calls.get(op).apply(data), repeats, CHICORY_WARMUP_MS);
              prev.put(op, s.median());
              c = Cell.of(s);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
              prev.put(op, Double.POSITIVE_INFINITY);
              String m = String.valueOf(e.getMessage());
              c =
                  new Cell(
                      null,
                      "error: "
                          + e.getClass().getSimpleName()
                          + ": "
                          + m.lines().findFirst().orElse(""));
            }
          }
          r.get(op).get(n).put("chicory-compiler", c);
          System.err.printf(Locale.ROOT, "[bench] chicory-compiler %s %d: %s%n", op, n, c);
        }
      }
    }
  }

  /** The shared timing rule (see the class comment); ms per call. */
  static Bench.Stats time(Supplier<Object> fn, int repeats, double warmupMs) {
    long t0 = System.nanoTime();
    int calls = 0;
    do {
      sink = fn.get();
      calls++;
    } while ((System.nanoTime() - t0) / 1e6 < warmupMs && calls < 200);
    double one = (System.nanoTime() - t0) / 1e6 / calls;
    int iters = (int) Math.max(1, Math.ceil(10 / Math.max(one, 1e-6)));
    int reps = (int) Math.max(1, Math.min(repeats, Math.floor(CELL_MS / (iters * one))));
    double[] t = new double[reps];
    for (int r = 0; r < reps; r++) {
      long s = System.nanoTime();
      for (int i = 0; i < iters; i++) {
        sink = fn.get();
      }
      t[r] = (System.nanoTime() - s) / 1e6 / iters;
    }
    double[] sorted = t.clone();
    Arrays.sort(sorted);
    double med = reps % 2 == 1 ? sorted[reps / 2] : (sorted[reps / 2 - 1] + sorted[reps / 2]) / 2;
    return new Bench.Stats(med, sorted[0], sorted[reps - 1], Double.NaN, reps);
  }
}
