package dev.samovar.tests.bench;

import dev.samovar.core.Bytes;
import dev.samovar.core.Numeric;
import dev.samovar.core.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * The JVM side of the core bench, measured with JMH: javacore's exports called directly as Java
 * methods (the reference every wasm host is compared with), average time per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JvmCore {
  /** Export name (see {@link CoreBench#OPS}). */
  @Param({"stats"})
  public String op;

  /** Input size (elements, bytes or characters). */
  @Param({"1000"})
  public int size;

  private double[] xs;
  private byte[] bytes;
  private String text;

  @Setup(Level.Trial)
  public void setUp() {
    xs = CoreInputs.doubles(size);
    bytes = CoreInputs.bytes(size);
    text = CoreInputs.text(size);
  }

  @Benchmark
  public Object call() {
    return switch (op) {
      case "stats" -> Numeric.stats(xs);
      case "sort" -> Numeric.sort(xs);
      case "scale" -> Numeric.scale(xs, 2);
      case "histogram" -> Numeric.histogram(xs, 64);
      case "sha256" -> Bytes.sha256(bytes);
      case "crc32" -> Bytes.crc32(bytes);
      case "wordFrequencies" -> Text.wordFrequencies(text, 10);
      default -> throw new IllegalArgumentException("unknown export " + op);
    };
  }

  /** One JMH result: export, size, statistics in ms per call. */
  record Result(String op, int size, Bench.Stats stats) {}

  /**
   * Runs every export at every size under JMH in one forked JVM: 2 warm-up and {@code repeats}
   * measured iterations of 200 ms each (at least one call each).
   */
  static List<Result> measure(Collection<String> ops, Collection<Integer> sizes, int repeats)
      throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(JvmCore.class.getName() + ".call")
            .param("op", ops.toArray(String[]::new))
            .param("size", sizes.stream().map(String::valueOf).toArray(String[]::new))
            .forks(1)
            .warmupIterations(2)
            .warmupTime(TimeValue.milliseconds(200))
            .measurementIterations(repeats)
            .measurementTime(TimeValue.milliseconds(200))
            .shouldFailOnError(true)
            .build();
    List<Result> out = new ArrayList<>();
    for (RunResult r : new Runner(options).run()) {
      Statistics s = r.getPrimaryResult().getStatistics();
      out.add(
          new Result(
              r.getParams().getParam("op"),
              Integer.parseInt(r.getParams().getParam("size")),
              new Bench.Stats(
                  s.getPercentile(50), s.getMin(), s.getMax(), Double.NaN, (int) s.getN())));
    }
    return out;
  }
}
