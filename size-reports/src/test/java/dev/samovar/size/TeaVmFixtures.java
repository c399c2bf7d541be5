package dev.samovar.size;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samovar.size.internal.WasmLayout;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.teavm.model.MethodReference;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Compiles the fixture programs in {@code dev.samovar.size.fixtures} with TeaVM 0.13.1 (WASI, as
 * the real build does, non-obfuscated so the output has a {@code name} section), once per test JVM,
 * into {@code target/fixtures/<name>/}.
 */
final class TeaVmFixtures {
  /** One compiled fixture. */
  record Built(Path named, Path release, Path stats, Path classes) {}

  private static final Map<String, Built> CACHE = new ConcurrentHashMap<>();

  private TeaVmFixtures() {}

  static Built small() {
    return build("small", "dev.samovar.size.fixtures.Small");
  }

  static Built big() {
    return build("big", "dev.samovar.size.fixtures.Big");
  }

  static synchronized Built build(String name, String mainClass) {
    return CACHE.computeIfAbsent(name, n -> compile(n, mainClass));
  }

  private static Built compile(String name, String mainClass) {
    try {
      Path dir = Path.of("target", "fixtures", name).toAbsolutePath();
      Files.createDirectories(dir.resolve("release"));
      List<File> cp = new ArrayList<>();
      cp.add(Path.of("target", "test-classes").toAbsolutePath().toFile());
      for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (e.contains("teavm")
            || e.contains("hppc")
            || e.contains("rhino")
            || e.contains("jzlib")
            || e.contains("commons-io")
            || e.contains("joda")) {
          cp.add(new File(e));
        }
      }
      TeaVMTool tool = new TeaVMTool();
      tool.setTargetType(TeaVMTargetType.WEBASSEMBLY_WASI);
      tool.setMainClass(mainClass);
      tool.setTargetDirectory(dir.toFile());
      tool.setTargetFileName(name + ".wasm");
      tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
      tool.setObfuscated(false);
      tool.setIncremental(false);
      tool.getProperties().setProperty("teavm.wasm.stats", "true");
      tool.setClassPath(cp);
      URL[] urls = new URL[cp.size()];
      for (int i = 0; i < urls.length; i++) {
        urls[i] = cp.get(i).toURI().toURL();
      }
      try (URLClassLoader loader = new URLClassLoader(urls, TeaVmFixtures.class.getClassLoader())) {
        tool.setClassLoader(loader);
        tool.generate();
      }
      if (!tool.getProblemProvider().getSevereProblems().isEmpty()) {
        StringBuilder sb = new StringBuilder("TeaVM problems:");
        for (org.teavm.diagnostics.Problem p : tool.getProblemProvider().getSevereProblems()) {
          sb.append("\n  ").append(p.getText()).append(' ');
          sb.append(java.util.Arrays.toString(p.getParams()))
              .append(" at ")
              .append(p.getLocation());
        }
        throw new IllegalStateException(sb.toString());
      }
      Path named = dir.resolve(name + ".wasm");
      byte[] bytes = Files.readAllBytes(named);
      Path release = dir.resolve("release").resolve(name + ".wasm");
      Files.write(release, WasmLayout.read(named.toString(), bytes).withoutCustomSection("name"));
      Path classes = dir.resolve("classes.json");
      writeClassList(tool, classes);
      return new Built(named, release, dir.resolve(name + ".wasm.stats.txt"), classes);
    } catch (Exception e) {
      throw new IllegalStateException("cannot build fixture " + name, e);
    }
  }

  /** The classes and methods part of callgraph.json (the full writer lives in samovar-build). */
  private static void writeClassList(TeaVMTool tool, Path out) throws java.io.IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("schemaVersion", 1);
    root.putArray("roots");
    TreeSet<String> classes = new TreeSet<>(tool.getDependencyInfo().getReachableClasses());
    classes.forEach(root.putArray("classes")::add);
    TreeSet<String> methods = new TreeSet<>();
    for (MethodReference m : tool.getDependencyInfo().getReachableMethods()) {
      methods.add(m.toString());
    }
    methods.forEach(root.putArray("methods")::add);
    ObjectNode exportNames = root.putObject("exportNames");
    for (MethodReference m : tool.getDependencyInfo().getReachableMethods()) {
      org.teavm.model.ClassReader cls =
          tool.getDependencyInfo().getClassSource().get(m.getClassName());
      org.teavm.model.MethodReader method = cls == null ? null : cls.getMethod(m.getDescriptor());
      org.teavm.model.AnnotationReader export =
          method == null ? null : method.getAnnotations().get("org.teavm.interop.Export");
      if (export != null) {
        exportNames.put(export.getValue("name").getString(), m.toString());
      }
    }
    json.writeValue(out.toFile(), root);
  }
}
