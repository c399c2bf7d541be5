package dev.samovar.tests.exports;

import dev.samovar.tests.hosts.HostRun;
import dev.samovar.tests.hosts.Processes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A host that runs every conformance case and returns case id → canonical result. */
interface ExportHost {
  String name();

  Map<String, String> run(ExportInputs in) throws Exception;

  /** Whether the host runs the cases marked {@code large} (see {@link ExportCases#LARGE}). */
  default boolean runsLarge() {
    return true;
  }

  /** The files every host reads. */
  record ExportInputs(
      Path cases, Path abiJson, Path wasm, Path jsBindings, Path wheel, Path repo) {}

  /** Runs a runner script (one {@code id\tresult} line per case) under Node from the repo root. */
  static Map<String, String> node(String host, Path repo, List<String> args, long timeoutSeconds)
      throws IOException, InterruptedException {
    HostRun run = Processes.run(host, args, repo, timeoutSeconds);
    if (run.exitCode() != 0) {
      throw new IllegalStateException(
          host + " runner failed (exit " + run.exitCode() + "):\n" + run.err());
    }
    Map<String, String> results = new LinkedHashMap<>();
    for (String line : run.out().split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        results.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return results;
  }
}
