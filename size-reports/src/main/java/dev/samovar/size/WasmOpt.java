package dev.samovar.size;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import dev.samovar.api.BuildException;
import dev.samovar.size.SizeReport.Sizes;
import dev.samovar.size.internal.Compression;
import dev.samovar.size.internal.WasmLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The optional wasm-opt post-pass: Binaryen's {@code wasm-opt} from the npm package {@code
 * binaryen} (its JS build, run with Node; nothing is downloaded here), then checks that what the
 * hosts need survived.
 *
 * <p>Preserved, and verified after the pass: every export (name and kind: {@code _start}, {@code
 * memory}, the module's own exports); every custom section of the input except {@code name} (put
 * back byte for byte if wasm-opt dropped it); the {@code name} section itself when the input has
 * one ({@code -g}), so that a names-enabled binary stays names-enabled. Enabled features are the
 * ones TeaVM's output uses and every Samovar host supports: {@link #FEATURES}.
 */
public final class WasmOpt {
  /** Features passed to wasm-opt: what TeaVM emits and Chicory, Node and wasmtime all run. */
  public static final List<String> FEATURES =
      List.of(
          "--enable-bulk-memory",
          "--enable-bulk-memory-opt",
          "--enable-nontrapping-float-to-int",
          "--enable-sign-ext",
          "--enable-mutable-globals");

  private static final String BIN = "node_modules/binaryen/bin/wasm-opt";
  private final Builder options;

  private WasmOpt(Builder options) {
    this.options = options;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs {@code wasm-opt} at {@code level} (e.g. {@code -Oz}) with the default options. */
  public static Result optimize(Path in, Path out, String level) {
    return builder().level(level).build().optimize(in, out);
  }

  /** Options. */
  public static final class Builder {
    private Path nodeModulesRoot;
    private String node = "node";
    private String level = "-Oz";
    private long timeoutSeconds = 600;

    private Builder() {}

    /**
     * The directory holding {@code node_modules/binaryen} (default: the nearest directory upwards
     * from the working directory that has it, i.e. the repository root).
     */
    public Builder nodeModulesRoot(Path dir) {
      this.nodeModulesRoot = dir;
      return this;
    }

    /** The Node executable (default {@code node} on the PATH). */
    public Builder node(String node) {
      this.node = node;
      return this;
    }

    /** The optimization level: {@code -O1}..{@code -O4}, {@code -Os}, {@code -Oz} (default). */
    public Builder level(String level) {
      this.level = level;
      return this;
    }

    /** Gives up after this long (default 600 s). */
    public Builder timeoutSeconds(long seconds) {
      this.timeoutSeconds = seconds;
      return this;
    }

    public WasmOpt build() {
      if (level == null || !level.matches("-O[0-4sz]")) {
        throw new BuildException(
            "wasm-opt level '" + level + "' is not one of -O0..-O4, -Os, -Oz",
            Map.of("level", String.valueOf(level)),
            null);
      }
      return new WasmOpt(this);
    }
  }

  /**
   * What the pass did.
   *
   * @param level the level it ran at
   * @param version {@code wasm-opt --version}
   * @param before sizes of the input
   * @param after sizes of the output
   * @param restoredSections custom sections wasm-opt dropped and we put back
   * @param command the command line that ran
   */
  public record Result(
      String level,
      String version,
      Sizes before,
      Sizes after,
      List<String> restoredSections,
      List<String> command) {
    /** The summary a {@link SizeReport} carries. */
    public SizeReport.WasmOptSummary summary() {
      return new SizeReport.WasmOptSummary(level, version, before, after);
    }
  }

  /** Optimizes {@code in} into {@code out} (which may be the same file). */
  public Result optimize(Path in, Path out) {
    byte[] input = read(in);
    WasmLayout inLayout = WasmLayout.read(in.toString(), input);
    Path script = wasmOptScript();
    List<String> cmd = new ArrayList<>();
    cmd.add(options.node);
    cmd.add(script.toString());
    cmd.add(in.toAbsolutePath().toString());
    cmd.add(options.level);
    cmd.addAll(FEATURES);
    if (inLayout.hasCustomSection("name")) {
      cmd.add("-g");
    }
    Path tmp;
    try {
      Path dir = out.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "wasm-opt-", ".wasm");
    } catch (IOException e) {
      throw new BuildException(
          "Cannot create a temporary file beside " + out + ": " + e, Map.of(), e);
    }
    cmd.add("-o");
    cmd.add(tmp.toString());
    try {
      run(cmd, "optimize " + in);
      byte[] output = read(tmp);
      List<String> restored = new ArrayList<>();
      output = restoreCustomSections(inLayout, output, restored);
      checkExports(in, input, output);
      Files.write(out, output);
      String version =
          run(List.of(options.node, script.toString(), "--version"), "--version").trim();
      return new Result(
          options.level,
          version,
          sizes(input),
          sizes(output),
          List.copyOf(restored),
          List.copyOf(cmd));
    } catch (IOException e) {
      throw new BuildException("Cannot write " + out + ": " + e.getMessage(), Map.of(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // A stray temporary file is harmless; the result is already written or failed.
      }
    }
  }

  private static byte[] restoreCustomSections(WasmLayout in, byte[] output, List<String> restored) {
    WasmLayout out = WasmLayout.read("wasm-opt output", output);
    ByteArrayOutputStream extra = new ByteArrayOutputStream();
    Set<String> seen = new LinkedHashSet<>();
    for (WasmLayout.Section s : in.sections()) {
      if (s.id() == 0 && !s.name().equals("name") && seen.add(s.name())) {
        if (!out.hasCustomSection(s.name())) {
          for (byte[] raw : in.customSectionBytes(s.name())) {
            extra.writeBytes(raw);
          }
          restored.add(s.name());
        }
      }
    }
    if (extra.size() == 0) {
      return output;
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream(output.length + extra.size());
    all.writeBytes(output);
    all.writeBytes(extra.toByteArray());
    return all.toByteArray();
  }

  private static void checkExports(Path in, byte[] input, byte[] output) {
    Set<String> before = exports(Parser.parse(input));
    Set<String> after = exports(Parser.parse(output));
    if (!before.equals(after)) {
      Set<String> lost = new LinkedHashSet<>(before);
      lost.removeAll(after);
      Set<String> gained = new LinkedHashSet<>(after);
      gained.removeAll(before);
      throw new BuildException(
          "wasm-opt changed the exports of "
              + in
              + ": lost "
              + lost
              + ", gained "
              + gained
              + "; run without the wasm-opt post-pass and report the level that did this",
          Map.of("path", in.toString()),
          null);
    }
  }

  private static Set<String> exports(WasmModule m) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < m.exportSection().exportCount(); i++) {
      Export e = m.exportSection().getExport(i);
      out.add(e.exportType() + ":" + e.name());
    }
    return out;
  }

  private static Sizes sizes(byte[] wasm) {
    return new Sizes(wasm.length, Compression.gzip(wasm), Compression.brotli(wasm));
  }

  private Path wasmOptScript() {
    if (options.nodeModulesRoot != null) {
      Path p = options.nodeModulesRoot.resolve(BIN);
      if (!Files.isRegularFile(p)) {
        throw missing(options.nodeModulesRoot);
      }
      return p;
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(BIN))) {
        return d.resolve(BIN);
      }
    }
    throw missing(Path.of("").toAbsolutePath());
  }

  private static BuildException missing(Path dir) {
    return new BuildException(
        "wasm-opt not found: no "
            + BIN
            + " in "
            + dir
            + " or above; run `npm install --no-save binaryen@132.0.0` there (the repository's"
            + " package.json pins it: `npm ci` at the root), or set nodeModulesRoot",
        Map.of("path", dir.resolve(BIN).toString()),
        null);
  }

  private String run(List<String> cmd, String what) {
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new BuildException(
          "Cannot start '"
              + cmd.get(0)
              + "' for wasm-opt ("
              + e.getMessage()
              + "); install Node"
              + " 18+ or set node(...) to its path",
          Map.of(),
          e);
    }
    try (InputStream stdout = p.getInputStream()) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      Thread reader =
          new Thread(
              () -> {
                try {
                  stdout.transferTo(buf);
                } catch (IOException e) {
                  // The process died; its exit code tells the story.
                }
              },
              "wasm-opt-output");
      reader.start();
      if (!p.waitFor(options.timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new BuildException(
            "wasm-opt did not finish within "
                + options.timeoutSeconds
                + " s: "
                + String.join(" ", cmd),
            Map.of(),
            null);
      }
      reader.join();
      String text = buf.toString(StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new BuildException(
            "wasm-opt failed to "
                + what
                + " (exit "
                + p.exitValue()
                + "): "
                + tail(text)
                + "\ncommand: "
                + String.join(" ", cmd),
            Map.of(),
            null);
      }
      return text;
    } catch (IOException e) {
      throw new BuildException("wasm-opt I/O failed: " + e.getMessage(), Map.of(), e);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new BuildException("Interrupted while running wasm-opt", Map.of(), e);
    }
  }

  private static String tail(String text) {
    String[] lines = text.split("\n");
    StringBuilder sb = new StringBuilder();
    int kept = 0;
    for (String line : lines) {
      if (line.startsWith("[wasm-validator") || line.startsWith("Fatal") || line.contains("rror")) {
        sb.append(line).append('\n');
        if (++kept == 12) {
          break;
        }
      }
    }
    if (kept == 0) {
      int from = Math.max(0, text.length() - 2000);
      return text.substring(from);
    }
    return sb.toString();
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new BuildException(
          "Cannot read " + p + ": " + e.getMessage(), Map.of("path", p.toString()), e);
    }
  }
}
