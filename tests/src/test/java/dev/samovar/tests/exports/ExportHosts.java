package dev.samovar.tests.exports;

import dev.samovar.runner.Engine;
import dev.samovar.tests.hosts.WasmtimeAbiEngine;
import java.util.List;
import java.util.Map;

/** The hosts of the export matrix. */
final class ExportHosts {
  private ExportHosts() {}

  /**
   * The hosts to run: all, or those named in the comma-separated system property {@code
   * samovar.exportHosts} (to iterate on one host).
   */
  static List<ExportHost> all() {
    String only = System.getProperty("samovar.exportHosts", "");
    if (only.isBlank()) {
      return every();
    }
    List<String> names = List.of(only.split(","));
    return every().stream().filter(h -> names.contains(h.name())).toList();
  }

  private static List<ExportHost> every() {
    return List.of(
        // The interpreter takes minutes per 1e6-element case: it runs the others.
        ChicoryExports.chicory("chicory-interpreter", Engine.INTERPRETER, false),
        ChicoryExports.chicory("chicory-compiler", Engine.COMPILER, true),
        // The same AbiInstance encoding code, over wasmtime-java instead of Chicory.
        new ChicoryExports("wasmtime", WasmtimeAbiEngine::open, true),
        NODE,
        PYODIDE_NODE,
        CHROMIUM);
  }

  private static String js(ExportHost.ExportInputs in, String script) {
    return in.repo().resolve("tests/src/test/js/conformance").resolve(script).toString();
  }

  static final ExportHost NODE =
      new Named(
          "node",
          in ->
              ExportHost.node(
                  "node",
                  in.repo(),
                  List.of(
                      "node",
                      js(in, "exports-node.mjs"),
                      in.jsBindings().toString(),
                      in.wasm().toString(),
                      in.cases().toString(),
                      in.abiJson().toString()),
                  300));

  static final ExportHost PYODIDE_NODE =
      new Named("pyodide-node", in -> pyodide(in, "pyodide-node", "exports-pyodide.mjs"));

  static final ExportHost CHROMIUM =
      new Named("chromium", in -> pyodide(in, "chromium", "exports-chromium.mjs"));

  private static Map<String, String> pyodide(ExportHost.ExportInputs in, String host, String script)
      throws Exception {
    if (in.wheel() == null) {
      throw new IllegalStateException(
          "no javacore wheel under wasm-core/target/samovar: build wasm-core first");
    }
    return ExportHost.node(
        host,
        in.repo(),
        List.of(
            "node",
            js(in, script),
            in.wheel().toString(),
            "javacore",
            in.cases().toString(),
            in.abiJson().toString(),
            in.repo().resolve("tests/src/test/python/exports_runner.py").toString()),
        600);
  }

  /** A host with a name (shown by JUnit and in the matrix). */
  record Named(String name, Runner runner) implements ExportHost {
    @Override
    public Map<String, String> run(ExportInputs in) throws Exception {
      return runner.run(in);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Runner {
    Map<String, String> run(ExportHost.ExportInputs in) throws Exception;
  }
}
