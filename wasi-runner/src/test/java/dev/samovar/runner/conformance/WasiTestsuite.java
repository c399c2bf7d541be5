package dev.samovar.runner.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samovar.api.SamovarException;
import dev.samovar.runner.Engine;
import dev.samovar.runner.RunResult;
import dev.samovar.runner.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An adapter that runs the WebAssembly/wasi-testsuite (wasm32-wasip1 folders) through {@link
 * Sandbox}, following its doc/specification.md: args, env, a {@code root} folder preopened as
 * {@code /} (or legacy {@code dirs} under their own names), copied to a scratch folder first
 * because tests write into it; expected exit code always, stdout/stderr when given.
 */
final class WasiTestsuite {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WasiTestsuite() {}

  /** One test case: a .wasm and its folder. */
  record Case(String suite, String name, Path wasm) {}

  /** Outcome of one case on one engine: passed, and why not. */
  record Outcome(Case test, Engine engine, boolean passed, String detail) {}

  /** The suite's root: system property samovar.wasiTestsuite, else ../../shared/wasi-testsuite. */
  static Path root() {
    return Path.of(System.getProperty("samovar.wasiTestsuite", "../../shared/wasi-testsuite"))
        .toAbsolutePath()
        .normalize();
  }

  static List<Case> cases(Path root) throws IOException {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("tests"))) {
      files
          .filter(p -> p.toString().endsWith(".wasm"))
          .filter(p -> p.getParent().getFileName().toString().equals("wasm32-wasip1"))
          .sorted()
          .forEach(
              p -> {
                String suite = root.resolve("tests").relativize(p).getName(0).toString();
                String name = p.getFileName().toString().replaceAll("\\.wasm$", "");
                out.add(new Case(suite, name, p));
              });
    }
    return out;
  }

  static Outcome run(Case test, Engine engine, Path scratch) throws IOException {
    Path dir = test.wasm().getParent();
    Path specFile = dir.resolve(test.name() + ".json");
    JsonNode spec = Files.exists(specFile) ? JSON.readTree(specFile.toFile()) : JSON.readTree("{}");
    Sandbox.Builder sandbox =
        Sandbox.builder()
            .engine(engine)
            .programName(test.name() + ".wasm")
            .captureOutput()
            .timeout(Duration.ofSeconds(120));
    for (JsonNode arg : spec.path("args")) {
      sandbox.args(arg.asText());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("env").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      sandbox.env(e.getKey(), e.getValue().asText());
    }
    if (spec.hasNonNull("root")) {
      sandbox.mount(copy(dir.resolve(spec.get("root").asText()), scratch.resolve("root")), "/");
    }
    for (JsonNode d : spec.path("dirs")) {
      sandbox.mount(copy(dir.resolve(d.asText()), scratch.resolve(d.asText())), d.asText());
    }
    RunResult r;
    try {
      r = sandbox.build().run(test.wasm());
    } catch (SamovarException e) {
      return new Outcome(test, engine, false, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    int expectedExit = spec.path("exit_code").asInt(0);
    List<String> problems = new ArrayList<>();
    if (r.exitCode() != expectedExit) {
      problems.add("exit " + r.exitCode() + " (expected " + expectedExit + ")");
    }
    if (spec.has("stdout") && !spec.get("stdout").asText().equals(r.stdoutText())) {
      problems.add("stdout " + quote(r.stdoutText()));
    }
    if (spec.has("stderr") && !spec.get("stderr").asText().equals(r.stderrText())) {
      problems.add("stderr " + quote(r.stderrText()));
    }
    if (!problems.isEmpty() && !r.stderrText().isBlank()) {
      problems.add("stderr: " + quote(r.stderrText()));
    }
    return new Outcome(test, engine, problems.isEmpty(), String.join("; ", problems));
  }

  private static String quote(String s) {
    String one = s.strip().replace("\n", " | ");
    return "`" + (one.length() > 300 ? one.substring(0, 300) + "..." : one) + "`";
  }

  /** Copies a read-only suite folder to a writable scratch folder, minus *.cleanup leftovers. */
  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (p.getFileName().toString().endsWith(".cleanup")) {
          continue;
        }
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().setWritable(true, true);
      }
    }
    return to;
  }

  static String markdown(List<Outcome> outcomes, List<Engine> engines) {
    StringBuilder sb = new StringBuilder();
    sb.append("| suite | test |");
    for (Engine e : engines) {
      sb.append(' ').append(e.name().toLowerCase(java.util.Locale.ROOT)).append(" |");
    }
    sb.append("\n|---|---|");
    sb.append("---|".repeat(engines.size())).append('\n');
    List<Case> seen = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (seen.contains(o.test())) {
        continue;
      }
      seen.add(o.test());
      sb.append("| ").append(o.test().suite()).append(" | ").append(o.test().name()).append(" |");
      for (Engine e : engines) {
        Outcome mine =
            outcomes.stream()
                .filter(x -> x.test().equals(o.test()) && x.engine() == e)
                .findFirst()
                .orElse(null);
        sb.append(' ')
            .append(mine == null ? "–" : mine.passed() ? "pass" : "FAIL: " + cell(mine.detail()))
            .append(" |");
      }
      sb.append('\n');
    }
    sb.append('\n');
    for (Engine e : engines) {
      long passed = outcomes.stream().filter(o -> o.engine() == e && o.passed()).count();
      long total = outcomes.stream().filter(o -> o.engine() == e).count();
      sb.append("**")
          .append(e.name().toLowerCase(java.util.Locale.ROOT))
          .append(": ")
          .append(passed)
          .append(" / ")
          .append(total)
          .append(" passed**  \n");
    }
    return sb.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
