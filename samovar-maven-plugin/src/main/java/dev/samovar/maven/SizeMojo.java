package dev.samovar.maven;

import dev.samovar.api.SamovarException;
import dev.samovar.size.BudgetCheck;
import dev.samovar.size.SizeAnalyzer;
import dev.samovar.size.SizeReport;
import dev.samovar.size.SizeReports;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes {@code size-report.json}, {@code .md} and {@code .html} for the module the {@code wasm}
 * goal built, and fails the build when the module exceeds its budget.
 */
@Mojo(name = "size", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SizeMojo extends AbstractMojo {
  @Parameter(property = "samovar.moduleName", defaultValue = "${project.artifactId}")
  private String moduleName;

  @Parameter(
      property = "samovar.outputDirectory",
      defaultValue = "${project.build.directory}/samovar")
  private File outputDirectory;

  /** {@code budgets.json} with raw and gzip budgets per module; no budget check without it. */
  @Parameter(property = "samovar.budgets")
  private File budgets;

  /** Where the last accepted reports live (growth is reported against them). */
  @Parameter(property = "samovar.acceptedReports")
  private File acceptedReports;

  @Parameter(property = "samovar.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      return;
    }
    Path out = outputDirectory.toPath();
    Path wasm = out.resolve(moduleName + ".wasm");
    if (!Files.isRegularFile(wasm)) {
      throw new MojoFailureException(
          "No " + wasm + ": run the samovar:wasm goal before samovar:size (same <execution>).");
    }
    try {
      SizeAnalyzer.Builder analyzer =
          SizeAnalyzer.builder()
              .module(moduleName)
              .binary(wasm)
              .namesBinary(out.resolve("debug/" + moduleName + ".wasm"));
      Path callGraph = out.resolve("debug/" + moduleName + ".callgraph.json");
      if (Files.isRegularFile(callGraph)) {
        analyzer.callGraph(callGraph);
      }
      Path stats = out.resolve("teavm/" + moduleName + ".wasm.stats.txt");
      if (Files.isRegularFile(stats)) {
        analyzer.teavmStats(stats);
      }
      SizeReport report = analyzer.build().analyze();
      SizeReports.ReportFiles files = SizeReports.writeAll(report, out);
      getLog().info("samovar: size report " + files.html());
      if (budgets != null) {
        BudgetCheck.Builder check = BudgetCheck.builder().budgets(budgets.toPath());
        if (acceptedReports != null) {
          check.acceptedDir(acceptedReports.toPath());
        }
        for (String line : check.build().check(report).lines()) {
          getLog().info(line);
        }
      }
    } catch (SamovarException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }
}
