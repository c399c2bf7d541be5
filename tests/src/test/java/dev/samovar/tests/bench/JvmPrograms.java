package dev.samovar.tests.bench;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * The JVM side of the bench, measured with JMH: each benchmark program's {@code main} in a forked
 * JVM, warmed up, one invocation per measured iteration (programs run 0.1–2 s, so single-shot
 * timing with warm-up iterations is JMH's fitting mode).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JvmPrograms {
  /** Module name of the program (see {@link Bench#PROGRAMS}). */
  @Param({"nbody"})
  public String program;

  private Method main;
  private String[] args;
  private URLClassLoader loader;
  private PrintStream saved;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Bench.Program p =
        Bench.PROGRAMS.stream().filter(x -> x.module().equals(program)).findFirst().orElseThrow();
    Path classes = Path.of(System.getProperty("samovar.fixtureClasses", "target/classes"));
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    main =
        loader
            .loadClass("dev.samovar.tests.programs." + p.mainClass())
            .getMethod("main", String[].class);
    args = new String[] {p.size()};
    saved = System.out;
    System.setOut(new PrintStream(PrintStream.nullOutputStream(), false, StandardCharsets.UTF_8));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    System.setOut(saved);
    loader.close();
  }

  @Benchmark
  public void run() throws Exception {
    main.invoke(null, (Object) args);
  }

  /** Runs every program under JMH and returns module → its statistics (milliseconds). */
  static Map<String, Bench.Stats> measure(Collection<String> modules, int repeats)
      throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(JvmPrograms.class.getName() + ".run")
            .param("program", modules.toArray(String[]::new))
            .forks(1)
            .warmupIterations(2)
            .measurementIterations(repeats)
            .jvmArgsAppend(
                "-Dsamovar.fixtureClasses="
                    + System.getProperty("samovar.fixtureClasses", "target/classes"))
            .shouldFailOnError(true)
            .build();
    Map<String, Bench.Stats> out = new LinkedHashMap<>();
    for (RunResult r : new Runner(options).run()) {
      Statistics s = r.getPrimaryResult().getStatistics();
      out.put(
          r.getParams().getParam("program"),
          new Bench.Stats(s.getPercentile(50), s.getMin(), s.getMax(), Double.NaN, (int) s.getN()));
    }
    return out;
  }
}
