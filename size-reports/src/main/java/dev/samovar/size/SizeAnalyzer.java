package dev.samovar.size;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.NameCustomSection;
import dev.samovar.api.BuildException;
import dev.samovar.size.SizeReport.Attribution;
import dev.samovar.size.SizeReport.ExportCost;
import dev.samovar.size.SizeReport.ReachabilitySummary;
import dev.samovar.size.SizeReport.SectionSize;
import dev.samovar.size.internal.CallGraphFile;
import dev.samovar.size.internal.Compression;
import dev.samovar.size.internal.DataAttribution;
import dev.samovar.size.internal.Reachability;
import dev.samovar.size.internal.Rollup;
import dev.samovar.size.internal.TeaVmNames;
import dev.samovar.size.internal.TeaVmStats;
import dev.samovar.size.internal.WasmLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a {@link SizeReport} for one wasm binary: sizes (raw, gzip -9, brotli 11), sections,
 * function bodies attributed to Java packages, classes and methods, data segments by owner, and
 * what the exports alone would cost.
 *
 * <pre>{@code
 * SizeReport r = SizeAnalyzer.builder()
 *     .module("javacore")
 *     .binary(Path.of("target/samovar/javacore.wasm"))            // release, no names
 *     .namesBinary(Path.of("target/samovar/debug/javacore.wasm")) // same build with names
 *     .callGraph(Path.of("target/samovar/debug/callgraph.json"))  // optional: exact classes
 *     .build().analyze();
 * }</pre>
 */
public final class SizeAnalyzer {
  /** Exports that run {@code main}: TeaVM's {@code start} and the WASI {@code _start} wrapper. */
  private static final List<String> MAIN_EXPORTS = List.of("_start", "start");

  private final Builder options;

  private SizeAnalyzer(Builder options) {
    this.options = options;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Options; only {@link #binary} is required. */
  public static final class Builder {
    private String module;
    private Path binary;
    private Path namesBinary;
    private Path callGraph;
    private Path teavmStats;

    private Builder() {}

    /** The module name in the report (default: the binary's file name without {@code .wasm}). */
    public Builder module(String module) {
      this.module = module;
      return this;
    }

    /** The binary to measure (the release one). */
    public Builder binary(Path binary) {
      this.binary = binary;
      return this;
    }

    /**
     * A names-enabled binary of the same build ({@code debug/<module>.wasm}); its {@code name}
     * section names the release binary's functions. Its code must be identical.
     */
    public Builder namesBinary(Path namesBinary) {
      this.namesBinary = namesBinary;
      return this;
    }

    /** The build's {@code callgraph.json}: exact class and method names for mangled ones. */
    public Builder callGraph(Path callGraph) {
      this.callGraph = callGraph;
      return this;
    }

    /** TeaVM's {@code <module>.wasm.stats.txt} (property {@code teavm.wasm.stats=true}). */
    public Builder teavmStats(Path teavmStats) {
      this.teavmStats = teavmStats;
      return this;
    }

    public SizeAnalyzer build() {
      if (binary == null) {
        throw new BuildException("SizeAnalyzer needs .binary(path to the .wasm to measure)");
      }
      return new SizeAnalyzer(this);
    }
  }

  /** Reads the inputs and computes the report. */
  public SizeReport analyze() {
    byte[] wasm = readBytes(options.binary);
    String file = options.binary.getFileName().toString();
    String module = options.module != null ? options.module : file.replaceFirst("\\.wasm$", "");
    WasmLayout layout = WasmLayout.read(options.binary.toString(), wasm);
    WasmModule parsed = parse(options.binary, wasm);

    NameCustomSection names = null;
    String namesFrom = null;
    if (options.namesBinary != null) {
      byte[] named = readBytes(options.namesBinary);
      WasmLayout namedLayout = WasmLayout.read(options.namesBinary.toString(), named);
      if (!Arrays.equals(namedLayout.codePayload(), layout.codePayload())) {
        throw new BuildException(
            "Names binary "
                + options.namesBinary
                + " is not the same build as "
                + options.binary
                + " (their code sections differ: "
                + namedLayout.bodyBytes().length
                + " vs "
                + layout.bodyBytes().length
                + " functions); pass the debug/<module>.wasm written by the same build (after"
                + " wasm-opt, optimize the debug binary with names kept and strip it for release)",
            Map.of("path", options.namesBinary.toString()),
            null);
      }
      names = parse(options.namesBinary, named).nameSection();
      namesFrom = shortName(options.namesBinary);
    } else if (layout.hasCustomSection("name")) {
      names = parsed.nameSection();
      namesFrom = file;
    }

    TeaVmNames demangler = TeaVmNames.guessing();
    String callGraphName = null;
    if (options.callGraph != null) {
      CallGraphFile graph = CallGraphFile.read(options.callGraph);
      demangler = TeaVmNames.knowing(graph.classes(), graph.methods(), graph.exportNames());
      callGraphName = shortName(options.callGraph);
    }
    TeaVmStats stats = options.teavmStats != null ? TeaVmStats.read(options.teavmStats) : null;

    Reachability graph = Reachability.of(parsed);
    int imported = graph.importedCount();
    int[] bodies = layout.bodyBytes();
    Rollup rollup = new Rollup(stats);
    long start = parsed.startSection().map(s -> s.startIndex()).orElse(-1L);
    for (int i = 0; i < bodies.length; i++) {
      int index = imported + i;
      String wasmName = names == null ? null : names.nameOfFunction(index);
      TeaVmNames.Owner owner =
          wasmName == null && index == start && names != null
              ? new TeaVmNames.Owner(
                  TeaVmNames.RUNTIME, TeaVmNames.RUNTIME, "(start function)", null, true)
              : demangler.owner(wasmName);
      rollup.add(index, wasmName, owner, bodies[i]);
    }

    List<SectionSize> sections = new ArrayList<>();
    long dataBytes = 0;
    for (WasmLayout.Section s : layout.sections()) {
      sections.add(new SectionSize(s.id(), s.label(), s.bytes()));
      if (s.id() == 11) {
        dataBytes += s.bytes();
      }
    }
    long bodyTotal = Arrays.stream(bodies).asLongStream().sum();
    return new SizeReport(
        SizeReport.SCHEMA_VERSION,
        module,
        file,
        new SizeReport.Sizes(wasm.length, Compression.gzip(wasm), Compression.brotli(wasm)),
        new Attribution(
            namesFrom,
            callGraphName,
            options.teavmStats == null ? null : shortName(options.teavmStats),
            rollup.exactFunctions(),
            rollup.guessedFunctions()),
        List.copyOf(sections),
        new SizeReport.CodeSummary(bodies.length, imported, bodyTotal),
        rollup.packages(),
        rollup.classes(),
        rollup.methods(),
        rollup.topFunctions(30),
        DataAttribution.attribute(parsed, dataBytes, stats),
        reachability(parsed, graph, bodies),
        null);
  }

  private static ReachabilitySummary reachability(
      WasmModule module, Reachability graph, int[] bodies) {
    List<ExportCost> perExport = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    List<Integer> withoutMain = new ArrayList<>();
    for (Export e : Reachability.functionExports(module)) {
      perExport.add(cost(e.name(), graph.reachableFrom(e.index()), graph, bodies));
      all.add(e.index());
      if (!MAIN_EXPORTS.contains(e.name())) {
        withoutMain.add(e.index());
      }
    }
    module.startSection().ifPresent(s -> all.add((int) s.startIndex()));
    module.startSection().ifPresent(s -> withoutMain.add((int) s.startIndex()));
    BitSet allSet = graph.reachableFrom(all.stream().mapToInt(Integer::intValue).toArray());
    BitSet apiSet = graph.reachableFrom(withoutMain.stream().mapToInt(Integer::intValue).toArray());
    BitSet dead = new BitSet();
    dead.set(graph.importedCount(), graph.functionCount());
    dead.andNot(allSet);
    perExport.sort(
        (a, b) ->
            a.bytes() != b.bytes()
                ? Long.compare(b.bytes(), a.bytes())
                : a.name().compareTo(b.name()));
    return new ReachabilitySummary(
        List.copyOf(perExport),
        cost("(all exports)", allSet, graph, bodies),
        cost("(exports without _start/start)", apiSet, graph, bodies),
        cost("(unreachable from exports)", dead, graph, bodies));
  }

  private static ExportCost cost(String name, BitSet set, Reachability graph, int[] bodies) {
    int functions = 0;
    long bytes = 0;
    for (int f = set.nextSetBit(graph.importedCount()); f >= 0; f = set.nextSetBit(f + 1)) {
      functions++;
      bytes += bodies[f - graph.importedCount()];
    }
    return new ExportCost(name, functions, bytes);
  }

  /** {@code dir/file}: enough to tell {@code debug/x.wasm} from {@code x.wasm}, and stable. */
  private static String shortName(Path p) {
    Path abs = p.toAbsolutePath();
    Path parent = abs.getParent();
    return parent == null || parent.getFileName() == null
        ? abs.getFileName().toString()
        : parent.getFileName() + "/" + abs.getFileName();
  }

  private static byte[] readBytes(Path path) {
    Objects.requireNonNull(path);
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new BuildException(
          "Cannot read " + path + ": " + e.getMessage() + "; build the module first",
          Map.of("path", path.toString()),
          e);
    }
  }

  private static WasmModule parse(Path path, byte[] wasm) {
    try {
      return Parser.parse(wasm);
    } catch (ChicoryException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new BuildException(
          "Cannot parse " + path + " as wasm: " + e.getMessage(),
          Map.of("path", path.toString()),
          e);
    }
  }
}
