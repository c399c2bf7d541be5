package dev.samovar.tests.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code javacore} export on every host, through the generated bindings, bit for bit equal to
 * the JVM calling the same Java methods: the cases of {@link ExportCases}, results compared in
 * {@link Canonical} form, the matrix written to {@code target/export-matrix.md}.
 */
class ExportMatrixTest {
  private static final Path REPO =
      Path.of(System.getProperty("samovar.repo", "..")).toAbsolutePath().normalize();
  private static final Path CORE = REPO.resolve("wasm-core/target/samovar");
  private static final Path DIR = Path.of("target", "conformance").toAbsolutePath();
  private static ExportHost.ExportInputs inputs;
  private static Map<String, String> reference;
  private static final Map<String, Map<String, String>> MATRIX = new TreeMap<>();
  private static final java.util.Set<String> LARGE = new java.util.HashSet<>();
  private static final String NOT_RUN = "not run (large input)";

  @BeforeAll
  static void reference() throws IOException {
    Path cases = ExportCases.write(DIR);
    Path abi = CORE.resolve("javacore.abi.json");
    inputs =
        new ExportHost.ExportInputs(
            cases,
            abi,
            CORE.resolve("javacore.wasm"),
            CORE.resolve("bindings/js/javacore.mjs"),
            wheel(),
            REPO);
    reference = JvmExports.run(cases, abi);
    for (com.fasterxml.jackson.databind.JsonNode c :
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(cases.toFile())) {
      if (c.path("large").asBoolean(false)) {
        LARGE.add(c.get("id").asText());
      }
    }
    reference.forEach((id, r) -> MATRIX.computeIfAbsent(id, k -> new TreeMap<>()).put("jvm", r));
  }

  private static Path wheel() throws IOException {
    if (!Files.isDirectory(CORE)) {
      return null;
    }
    try (Stream<Path> s = Files.list(CORE)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".whl")).findFirst().orElse(null);
    }
  }

  /** The reference itself is checked against values computed independently of our code. */
  @Test
  void referenceAgreesWithKnownValues() {
    assertEquals("i32:3", reference.get("add/small"));
    assertEquals("i32:-2147483648", reference.get("add/overflow-wraps"));
    assertEquals(
        "bytes:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        reference.get("sha256/abc"));
    assertEquals("i32:" + (int) 0x29058C73L, reference.get("crc32/all-bytes"));
    assertEquals("str:" + hex("STRASSE"), reference.get("toUpper/german"));
    assertEquals("i32:3", reference.get("levenshtein/kitten"));
    assertTrue(
        reference.get("histogram/zero-bins").startsWith("!java.lang.IllegalArgumentException:"));
    assertTrue(
        reference.get("RunningStats/chunks").startsWith("handle ; void ; void ; void ; i64:5 ; "));
  }

  private static String hex(String s) {
    return java.util.HexFormat.of().formatHex(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static List<ExportHost> hosts() {
    return ExportHosts.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void sameResultsAsTheJvm(ExportHost host) throws Exception {
    Map<String, String> results = host.run(inputs);
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> e : reference.entrySet()) {
      if (!host.runsLarge() && LARGE.contains(e.getKey())) {
        MATRIX.get(e.getKey()).put(host.name(), NOT_RUN);
        continue;
      }
      String actual = results.getOrDefault(e.getKey(), "<missing>");
      MATRIX.get(e.getKey()).put(host.name(), actual);
      if (!actual.equals(e.getValue())) {
        differences.add(e.getKey() + ": " + actual + " (jvm " + e.getValue() + ")");
      }
    }
    if (!differences.isEmpty()) {
      fail(
          host.name()
              + " differs from the JVM in "
              + differences.size()
              + " case(s):\n  "
              + String.join("\n  ", differences));
    }
  }

  @AfterAll
  static void writeMatrix() throws IOException {
    List<String> hostNames = new ArrayList<>();
    MATRIX
        .values()
        .forEach(
            row ->
                row.keySet()
                    .forEach(
                        h -> {
                          if (!hostNames.contains(h)) {
                            hostNames.add(h);
                          }
                        }));
    StringBuilder md = new StringBuilder("# javacore exports × hosts\n\n");
    md.append(
        "Each cell: `pass` when the result equals the JVM's bit for bit, else the host's result."
            + " Cases: `ExportCases.java`; canonical form: `Canonical.java`.\n\n| case |");
    hostNames.stream()
        .filter(h -> !h.equals("jvm"))
        .forEach(h -> md.append(' ').append(h).append(" |"));
    md.append("\n|---|");
    hostNames.stream().filter(h -> !h.equals("jvm")).forEach(h -> md.append("---|"));
    md.append('\n');
    for (Map.Entry<String, Map<String, String>> row : MATRIX.entrySet()) {
      String jvm = row.getValue().get("jvm");
      md.append("| `").append(row.getKey()).append("` |");
      for (String h : hostNames) {
        if (!h.equals("jvm")) {
          String v = row.getValue().get(h);
          md.append(' ').append(cell(v, jvm)).append(" |");
        }
      }
      md.append('\n');
    }
    Files.writeString(Path.of("target", "export-matrix.md"), md.toString());
  }

  private static String cell(String v, String jvm) {
    if (v == null) {
      return "—";
    }
    if (v.equals(jvm)) {
      return "pass";
    }
    if (v.equals(NOT_RUN)) {
      return v;
    }
    return "`" + v.replace("|", "\\|") + "` (jvm `" + jvm.replace("|", "\\|") + "`)";
  }
}
