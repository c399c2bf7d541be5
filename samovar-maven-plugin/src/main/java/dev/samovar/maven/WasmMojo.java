package dev.samovar.maven;

import dev.samovar.api.SamovarException;
import dev.samovar.build.BuildLog;
import dev.samovar.build.BuildResult;
import dev.samovar.build.OptimizationLevel;
import dev.samovar.build.WasmBuild;
import dev.samovar.build.pkg.PyodidePackage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Compiles the project's classes and runtime dependencies to {@code target/samovar/<module>.wasm}.
 */
@Mojo(
    name = "wasm",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class WasmMojo extends AbstractMojo {
  private static final Set<String> RUNTIME_GROUPS =
      Set.of(
          "org.teavm", "com.jcraft", "joda-time", "com.carrotsearch", "commons-io", "org.mozilla");

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
  private List<Artifact> pluginArtifacts;

  /** Module name: {@code <moduleName>.wasm}, {@code import <moduleName>}. */
  @Parameter(property = "samovar.moduleName", defaultValue = "${project.artifactId}")
  private String moduleName;

  /** Class with {@code main(String[])}; optional for a module that only has exports. */
  @Parameter(property = "samovar.mainClass")
  private String mainClass;

  /** SIMPLE, ADVANCED (default) or FULL. */
  @Parameter(property = "samovar.optimization", defaultValue = "ADVANCED")
  private String optimization;

  /** Initial Java heap, e.g. 64M. */
  @Parameter(property = "samovar.minHeap", defaultValue = "64M")
  private String minHeap;

  /** Largest Java heap, e.g. 1G. */
  @Parameter(property = "samovar.maxHeap", defaultValue = "1G")
  private String maxHeap;

  /** Keep the wasm {@code name} section in the release binary. */
  @Parameter(property = "samovar.debugNames", defaultValue = "false")
  private boolean debugNames;

  @Parameter(
      property = "samovar.outputDirectory",
      defaultValue = "${project.build.directory}/samovar")
  private File outputDirectory;

  /**
   * Classes kept for reflection, e.g. {@code <reflection><class>com.example.Config</class>
   * </reflection>}: {@code Class.forName} finds them and their members are listed and usable.
   */
  @Parameter private List<String> reflection;

  /**
   * Package of the generated Java client under {@code bindings/java}. Default: the exports' common
   * package plus {@code .wasm} (javacore: {@code dev.samovar.core.wasm}).
   */
  @Parameter(property = "samovar.javaPackage")
  private String javaPackage;

  @Parameter(property = "samovar.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The pyodide-lock.json the wheel's entry is merged into (target/samovar/pyodide-lock.json);
   * default: the nearest node_modules/pyodide/pyodide-lock.json above the project, none if absent.
   */
  @Parameter(property = "samovar.pyodideLock")
  private File pyodideLock;

  /** The module's existing compile source roots (Javadoc and parameter names for the bindings). */
  private List<Path> sourceRoots() {
    List<Path> roots = new ArrayList<>();
    for (String r : project.getCompileSourceRoots()) {
      Path p = Path.of(r);
      if (Files.isDirectory(p)) {
        roots.add(p);
      }
    }
    return roots;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("samovar: skipped");
      return;
    }
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    if (!Files.isDirectory(classes)) {
      throw new MojoFailureException(
          "No compiled classes at " + classes + ": run the compile phase first (mvn package).");
    }
    List<Path> classPath = new ArrayList<>();
    classPath.add(classes);
    for (Artifact a : project.getArtifacts()) {
      if (a.getFile() != null && !"test".equals(a.getScope()) && !"provided".equals(a.getScope())) {
        classPath.add(a.getFile().toPath());
      }
    }
    List<Path> runtime = new ArrayList<>();
    List<Path> teavm = new ArrayList<>();
    List<Path> buildClassPath = new ArrayList<>();
    for (Artifact a : pluginArtifacts) {
      if (a.getFile() == null) {
        continue;
      }
      buildClassPath.add(a.getFile().toPath());
      if (a.getGroupId().equals("dev.samovar")
          && (a.getArtifactId().equals("samovar-classlib")
              || a.getArtifactId().equals("samovar-api"))) {
        runtime.add(a.getFile().toPath());
      } else if (RUNTIME_GROUPS.contains(a.getGroupId())) {
        teavm.add(a.getFile().toPath());
      }
    }
    runtime.addAll(teavm);
    try {
      BuildResult result =
          WasmBuild.builder()
              .moduleName(moduleName)
              .mainClass(mainClass)
              .classPath(classPath)
              .exportRoots(List.of(classes))
              .sourceRoots(sourceRoots())
              .runtimeClassPath(runtime)
              .outputDirectory(outputDirectory.toPath())
              .optimization(OptimizationLevel.valueOf(optimization.toUpperCase(Locale.ROOT)))
              .minHeapBytes(Sizes.parse("minHeap", minHeap))
              .maxHeapBytes(Sizes.parse("maxHeap", maxHeap))
              .debugNames(debugNames)
              .reflectionClasses(reflection == null ? List.of() : reflection)
              .javaPackage(javaPackage)
              .log(mavenLog())
              .build()
              .runForked(buildClassPath);
      Path out = outputDirectory.toPath();
      if (Files.isRegularFile(out.resolve("bindings/python/" + moduleName + "/__init__.py"))) {
        PyodidePackage.builder()
            .module(moduleName)
            .version(project.getVersion())
            .samovarDir(out)
            .baseLock(
                pyodideLock != null
                    ? pyodideLock.toPath()
                    : PyodidePackage.findBaseLock(project.getBasedir().toPath()))
            .log(mavenLog())
            .build()
            .write();
      }
      getLog()
          .info(
              String.format(
                  Locale.ROOT,
                  "samovar: %s (%,d bytes) built in %.1f s",
                  result.wasm(),
                  Files.size(result.wasm()),
                  result.millis() / 1000.0));
    } catch (SamovarException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(
          "Invalid samovar-maven-plugin configuration: "
              + e.getMessage()
              + " (optimization is SIMPLE, ADVANCED or FULL)",
          e);
    } catch (java.io.IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private BuildLog mavenLog() {
    return new BuildLog() {
      @Override
      public void info(String message) {
        getLog().info(message);
      }

      @Override
      public void warn(String message) {
        getLog().warn(message);
      }
    };
  }
}
