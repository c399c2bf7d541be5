package dev.samovar.compat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The compatibility corpus: one row per library, each with its program {@code
 * dev.samovar.compat.<module>.Main} and module {@code target/samovar/<module>.wasm} (built by the
 * plugin executions in this module's pom).
 */
public final class Corpus {
  private Corpus() {}

  /**
   * A library that builds must give the JVM's output; one that cannot must say why at build time.
   */
  public enum Status {
    WORKS,
    BUILD_FAILS
  }

  /**
   * One row. For {@link Status#BUILD_FAILS}, {@code expectedError} are fragments the build error
   * must contain (the unsupported Java API and the library call site that reaches it).
   */
  public record Row(
      String module,
      String library,
      String artifact,
      String area,
      Status status,
      List<String> expectedError,
      String reason) {
    public String mainClass() {
      return "dev.samovar.compat." + module + ".Main";
    }

    /** The library's version, from the jar on this test's class path. */
    public String version() {
      String file = "/" + artifact.substring(artifact.indexOf(':') + 1) + "-";
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        String normalized = entry.replace(File.separatorChar, '/');
        int at = normalized.lastIndexOf(file);
        if (at >= 0 && normalized.endsWith(".jar")) {
          return normalized.substring(at + file.length(), normalized.length() - 4);
        }
      }
      throw new IllegalStateException(artifact + " is not on the test class path");
    }

    @Override
    public String toString() {
      return module;
    }
  }

  private static Row works(String module, String library, String artifact, String area) {
    return new Row(module, library, artifact, area, Status.WORKS, List.of(), "");
  }

  private static Row failsToBuild(
      String module,
      String library,
      String artifact,
      String area,
      List<String> expectedError,
      String reason) {
    return new Row(module, library, artifact, area, Status.BUILD_FAILS, expectedError, reason);
  }

  /** Every row, in README order. */
  public static final List<Row> ROWS =
      List.of(
          works("codec", "Apache Commons Codec", "commons-codec:commons-codec", "codecs, hashing"),
          works(
              "minimaljson", "minimal-json", "com.eclipsesource.minimal-json:minimal-json", "JSON"),
          works("orgjson", "JSON-java (org.json)", "org.json:json", "JSON"),
          failsToBuild(
              "gson",
              "Gson",
              "com.google.code.gson:gson",
              "JSON",
              List.of("java.lang.reflect.ParameterizedType", "Gson"),
              "needs java.lang.reflect generic types (ParameterizedType, WildcardType,"
                  + " TypeVariable) and java.sql.Date, which TeaVM lacks"),
          works("csv", "Apache Commons CSV", "org.apache.commons:commons-csv", "CSV"),
          works(
              "lang3", "Apache Commons Lang", "org.apache.commons:commons-lang3", "strings, text"),
          works("text", "Apache Commons Text", "org.apache.commons:commons-text", "strings, text"),
          works("guava", "Guava", "com.google.guava:guava", "collections, strings, hashing"),
          works(
              "collections4",
              "Apache Commons Collections",
              "org.apache.commons:commons-collections4",
              "collections"),
          works(
              "math3",
              "Apache Commons Math",
              "org.apache.commons:commons-math3",
              "math, statistics"),
          works("jsoup", "jsoup", "org.jsoup:jsoup", "HTML parsing"),
          works("jodatime", "Joda-Time", "joda-time:joda-time", "dates, times"),
          works(
              "validator",
              "Apache Commons Validator",
              "commons-validator:commons-validator",
              "regex-heavy validation"));

  public static Stream<Row> working() {
    return ROWS.stream().filter(r -> r.status() == Status.WORKS);
  }

  public static Stream<Row> failing() {
    return ROWS.stream().filter(r -> r.status() == Status.BUILD_FAILS);
  }

  /** Where the plugin wrote the modules ({@code target/samovar}). */
  public static Path modules() {
    return Path.of(System.getProperty("samovar.modules", "target/samovar"));
  }

  public static Path wasm(String module) {
    return modules().resolve(module + ".wasm");
  }

  /** The class path the JVM reference runs with: this test's own (programs and libraries). */
  public static List<Path> jvmClassPath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .toList();
  }
}
