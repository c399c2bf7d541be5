package dev.samovar.size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.samovar.api.BuildException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the bytes of one wasm module go: the content of {@code size-report.json} (schema version
 * {@value #SCHEMA_VERSION}, documented field by field in size-reports/README.md). Lists are sorted
 * by bytes, largest first, ties by name, so two reports of the same binary are byte-identical.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION}; readers refuse other versions
 * @param module the module name
 * @param file the analyzed binary's file name
 * @param sizes whole-file sizes
 * @param attribution where Java names came from and how sure they are
 * @param sections every section, in file order
 * @param code function-body totals
 * @param packages code (and class metadata, when known) by Java package
 * @param classes code (and class metadata, when known) by class
 * @param methods code by method (overloads together)
 * @param topFunctions the largest function bodies (at most 30)
 * @param data the data segments by owner
 * @param reachability what the exports alone would cost
 * @param wasmOpt before/after of the wasm-opt post-pass, or null when it did not run
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SizeReport(
    int schemaVersion,
    String module,
    String file,
    Sizes sizes,
    Attribution attribution,
    List<SectionSize> sections,
    CodeSummary code,
    List<PackageSize> packages,
    List<ClassSize> classes,
    List<MethodSize> methods,
    List<FunctionSize> topFunctions,
    DataSummary data,
    ReachabilitySummary reachability,
    WasmOptSummary wasmOpt) {

  /** The version written in {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  /** Whole-file sizes; {@code brotli} is null when no brotli encoder could be loaded. */
  public record Sizes(long raw, long gzip, Long brotli) {}

  /**
   * @param namesFrom the file whose {@code name} section named the functions, or null
   * @param callGraph the {@code callgraph.json} used to map names to classes, or null
   * @param teavmStats TeaVM's {@code .stats.txt} used for class metadata, or null
   * @param exactFunctions functions mapped to a known class and method
   * @param guessedFunctions functions whose owner is a guess from the mangled name
   */
  public record Attribution(
      String namesFrom,
      String callGraph,
      String teavmStats,
      int exactFunctions,
      int guessedFunctions) {}

  /** A section; {@code bytes} includes its id byte and size prefix, so all add up to the file. */
  public record SectionSize(int id, String name, long bytes) {}

  /** Totals of the code section: {@code bodyBytes} sums every body with its size prefix. */
  public record CodeSummary(int functions, int importedFunctions, long bodyBytes) {}

  /** Bytes of one package: {@code bytes} = code + metadata. */
  public record PackageSize(
      String name, long bytes, long codeBytes, long metadataBytes, int functions) {}

  /** Bytes of one class: {@code bytes} = code + metadata. */
  public record ClassSize(
      String name,
      String packageName,
      long bytes,
      long codeBytes,
      long metadataBytes,
      int functions) {}

  /** Code of one method name of one class (overloads add up). */
  public record MethodSize(String name, String className, long bytes, int functions) {}

  /**
   * One function body.
   *
   * @param index the wasm function index
   * @param wasmName its name in the {@code name} section, or null
   * @param className the Java class it belongs to (or a parenthesized pseudo-owner)
   * @param method the Java method, or what the function does for the class
   * @param signature the full Java method reference when it is unambiguous, else null
   */
  public record FunctionSize(
      int index, String wasmName, String className, String method, String signature, long bytes) {}

  /**
   * The data segments.
   *
   * @param bytes the data section's size
   * @param segments how many segments
   * @param owners bytes by owner ({@code strings}, {@code class metadata}, {@code other})
   * @param largestStrings the longest string constants found (at most 20, truncated to 80 chars)
   */
  public record DataSummary(
      long bytes, int segments, List<DataOwner> owners, List<StringConstant> largestStrings) {}

  /** Data bytes of one owner; {@code method} says how they were found (exact or heuristic). */
  public record DataOwner(String owner, long bytes, int count, String method) {}

  /** One string constant in the data segment: its bytes there and (a prefix of) its text. */
  public record StringConstant(String text, int length, long bytes) {}

  /**
   * Reachability over the wasm call graph.
   *
   * @param exports per exported function: the code reachable from it alone
   * @param allExports the union over all exports (and the start function)
   * @param exportsWithoutMain the union without {@code _start} and {@code start} (which run {@code
   *     main}) but with the start function (it runs at instantiation): the exported API alone
   * @param unreachable defined functions no export reaches (dead code a wasm-opt pass can drop)
   */
  public record ReachabilitySummary(
      List<ExportCost> exports,
      ExportCost allExports,
      ExportCost exportsWithoutMain,
      ExportCost unreachable) {}

  /** Functions and body bytes reachable from one export (or a set of them). */
  public record ExportCost(String name, int functions, long bytes) {}

  /** The wasm-opt post-pass: its level and the sizes before and after. */
  public record WasmOptSummary(String level, String version, Sizes before, Sizes after) {}

  /** This report with the wasm-opt summary set. */
  public SizeReport withWasmOpt(WasmOptSummary summary) {
    return new SizeReport(
        schemaVersion,
        module,
        file,
        sizes,
        attribution,
        sections,
        code,
        packages,
        classes,
        methods,
        topFunctions,
        data,
        reachability,
        summary);
  }

  private static ObjectMapper mapper() {
    return new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** The report as JSON text (stable: same report, same bytes). */
  public String toJson() {
    try {
      return mapper().writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@link #toJson()} to {@code file}, creating its directory. */
  public void write(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a report; unknown fields are ignored, another schema version is refused. */
  public static SizeReport read(Path file) {
    SizeReport report;
    try {
      report = mapper().readValue(file.toFile(), SizeReport.class);
    } catch (IOException e) {
      throw new BuildException(
          "Size report " + file + " cannot be read: " + e.getMessage(),
          Map.of("path", file.toString()),
          e);
    }
    if (report.schemaVersion() != SCHEMA_VERSION) {
      throw new BuildException(
          "Size report "
              + file
              + " has schemaVersion "
              + report.schemaVersion()
              + ", this tool reads "
              + SCHEMA_VERSION
              + "; regenerate it with the current tool",
          Map.of("path", file.toString()),
          null);
    }
    return report;
  }
}
