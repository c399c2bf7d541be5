package dev.samovar.build.internal;

import dev.samovar.api.BuildException;
import dev.samovar.build.BuildResult;
import dev.samovar.build.WasmBuild;
import dev.samovar.build.bindings.Bindings;
import dev.samovar.build.bindings.abi.AbiModel;
import dev.samovar.build.bindings.emit.shim.ShimGenerator;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.diagnostics.Problem;
import org.teavm.diagnostics.ProblemSeverity;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

/** Drives {@link TeaVMTool} for one module and post-processes its output. */
public final class TeaVmCompiler {
  private static final String NO_MAIN = "dev.samovar.classlib.NoMain";
  private final WasmBuild.Builder options;

  public TeaVmCompiler(WasmBuild.Builder options) {
    this.options = options;
  }

  public BuildResult compile() {
    String name = options.moduleName();
    Path out = options.outputDirectory();
    Path debugDir = out.resolve("debug");
    Path work = out.resolve("teavm");
    try {
      Files.createDirectories(debugDir);
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path entryClasses = work.resolve("entry-classes");
    EntryPointGenerator.write(
        entryClasses, options.mainClass() != null ? options.mainClass() : NO_MAIN);
    List<Path> classPath = new ArrayList<>();
    classPath.add(entryClasses);
    AbiModel model =
        Bindings.model(name, options.exportRoots(), options.sourceRoots(), options.log());
    if (model != null) {
      Path shimClasses = work.resolve("shim-classes");
      Bindings.writeShims(model, shimClasses);
      classPath.add(shimClasses);
    }
    classPath.addAll(options.classPath());
    List<Path> runtime = options.runtimeClassPath();
    classPath.addAll(runtime.isEmpty() ? RuntimeClassPath.discover() : runtime);
    boolean reflection = !options.reflectionClasses().isEmpty();
    if (reflection) {
      classPath.add(
          ReflectionIndexGenerator.generate(options.reflectionClasses(), classPath, work));
    }

    TeaVMTool tool = new TeaVMTool();
    tool.setTargetType(TeaVMTargetType.WEBASSEMBLY_WASI);
    tool.setMainClass(EntryPointGenerator.ENTRY_CLASS);
    tool.setTargetDirectory(work.toFile());
    tool.setTargetFileName(name + ".wasm");
    tool.setOptimizationLevel(TeaVMOptimizationLevel.valueOf(options.optimization().name()));
    tool.setObfuscated(false);
    tool.setIncremental(false);
    tool.setMinHeapSize((int) options.minHeapBytes());
    tool.setMaxHeapSize((int) options.maxHeapBytes());
    tool.getClassesToPreserve().addAll(options.preservedClasses());
    if (model != null) {
      tool.getClassesToPreserve().add(ShimGenerator.SHIM_CLASS);
      tool.getClassesToPreserve().add(Bindings.RUNTIME_CLASS);
    }
    // TeaVM's own per-class byte counts (teavm/<name>.wasm.stats.txt), for exact size attribution.
    tool.getProperties().setProperty("teavm.wasm.stats", "true");
    if (reflection) {
      tool.getProperties()
          .setProperty("samovar.reflection.index", ReflectionIndexGenerator.INDEX_CLASS);
    }
    List<File> files = new ArrayList<>();
    for (Path p : classPath) {
      files.add(p.toFile());
    }
    tool.setClassPath(files);

    long start = System.nanoTime();
    try (URLClassLoader loader = new URLClassLoader(urls(classPath), getClass().getClassLoader())) {
      tool.setClassLoader(loader);
      tool.generate();
    } catch (TeaVMToolException | IOException e) {
      throw new BuildException(
          "TeaVM failed on module '" + name + "': " + e.getMessage(), Map.of("module", name), e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;

    ReflectionCheck.check(name, tool.getDependencyInfo(), options.reflectionClasses());

    List<Problem> errors = new ArrayList<>();
    for (Problem p : tool.getProblemProvider().getProblems()) {
      if (p.getSeverity() == ProblemSeverity.ERROR) {
        errors.add(p);
      } else {
        options.log().warn(ProblemFormatter.format(p));
      }
    }
    Path produced = work.resolve(name + ".wasm");
    if (!errors.isEmpty()) {
      String message = ProblemFormatter.formatAll(name, errors);
      // TeaVM names a missing native method but not who calls it; the module it wrote does.
      String imports = explainImports(name, produced, checkContext(tool));
      throw new BuildException(
          imports == null ? message : message + "\n" + imports, Map.of("module", name), null);
    }

    if (!Files.isRegularFile(produced)) {
      throw new BuildException(
          "TeaVM reported no error but wrote no " + produced, Map.of("module", name), null);
    }
    try {
      byte[] debug = Files.readAllBytes(produced);
      List<String> imports = ModuleCheck.check(name, debug, checkContext(tool));
      if (model != null) {
        debug = Bindings.withAbiSection(debug, model);
      }
      byte[] release =
          options.debugNames() ? debug : WasmSections.withoutCustomSection(debug, "name");
      Path debugWasm = debugDir.resolve(name + ".wasm");
      CallGraphWriter.write(
          tool.getDependencyInfo(),
          List.of(EntryPointGenerator.ENTRY_CLASS + ".main([Ljava/lang/String;)V"),
          debugDir.resolve(name + ".callgraph.json"));
      Path wasm = out.resolve(name + ".wasm");
      Files.write(debugWasm, debug);
      Files.write(wasm, release);
      if (model != null) {
        Bindings.emit(model, out, options.javaPackage());
      }
      return new BuildResult(wasm, debugWasm, imports, millis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Java side of the build, for {@link ModuleCheck} to name methods and call sites. */
  private static ModuleCheck.Context checkContext(TeaVMTool tool) {
    List<String> methods = new ArrayList<>();
    for (org.teavm.model.MethodReference m : tool.getDependencyInfo().getReachableMethods()) {
      methods.add(m.toString());
    }
    return new ModuleCheck.Context(
        new JavaMethodNames(methods), CallSites.of(tool.getDependencyInfo()));
  }

  private static String explainImports(String name, Path wasm, ModuleCheck.Context context) {
    try {
      return Files.isRegularFile(wasm)
          ? ModuleCheck.explainForeignImports(name, Files.readAllBytes(wasm), context)
          : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static URL[] urls(List<Path> paths) {
    URL[] urls = new URL[paths.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = paths.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(paths.get(i).toString(), e);
      }
    }
    return urls;
  }
}
