package dev.samovar.tests.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up cost: {@code javacore help} from process start to exit on each host's command line,
 * first run (cold) and the median of repeats (warm: OS caches hot, nothing cached by the host).
 */
final class Startup {
  private Startup() {}

  static String markdown(Path repo, int repeats) throws Exception {
    Path core = repo.resolve("wasm-core/target/samovar/javacore.wasm");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String runner = repo.resolve("wasi-runner/target/samovar.jar").toString();
    String cp =
        repo.resolve("wasm-core/target/classes")
            + File.pathSeparator
            + com.jcraft.jzlib.Deflater.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath();
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put(
        "jvm (java Main help)", List.of(java, "-cp", cp, "dev.samovar.core.cli.Main", "help"));
    for (String engine : new String[] {"compiler", "interpreter"}) {
      commands.put(
          "samovar run --engine " + engine,
          List.of(
              java,
              "-XX:-DontCompileHugeMethods",
              "-jar",
              runner,
              "run",
              "--engine",
              engine,
              core.toString(),
              "help"));
    }
    commands.put(
        "node wasi",
        List.of(
            "node",
            "--no-warnings",
            repo.resolve("tests/src/test/node/wasi-run.mjs").toString(),
            core.toString(),
            "help"));
    StringBuilder sb =
        new StringBuilder("\n## Start-up: `javacore help`, process start to exit\n\n");
    sb.append("| host command | cold (ms) | warm median (ms) [min..max] |\n|---|---|---|\n");
    for (Map.Entry<String, List<String>> e : commands.entrySet()) {
      double cold = time(e.getValue());
      double[] t = new double[repeats];
      for (int i = 0; i < repeats; i++) {
        t[i] = time(e.getValue());
      }
      Arrays.sort(t);
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %.0f [%.0f..%.0f] |%n",
              e.getKey(),
              cold,
              t[t.length / 2],
              t[0],
              t[t.length - 1]));
      System.err.println("[bench] startup " + e.getKey() + " done");
    }
    sb.append(
        "\nWith the disk cache the first (cold) run compiles and stores the module; later runs load"
            + " the compiled classes instead of compiling.\n");
    return sb.toString();
  }

  private static double time(List<String> command) throws Exception {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("failed: " + command);
    }
    return (System.nanoTime() - start) / 1e6;
  }
}
