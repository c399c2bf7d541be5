package dev.samovar.build.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samovar.size.SizeAnalyzer;
import dev.samovar.size.SizeReport;
import dev.samovar.size.WhyPath;
import dev.samovar.size.WhyQuery;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Compiles {@link App} with TeaVM, writes its call graph, and asks "why" about three things whose
 * call paths are known from App's source (the expected lines are found by the markers in it).
 */
class CallGraphWriterTest {
  private static final String APP = App.class.getName();
  private static final String MAIN = APP + ".main([Ljava/lang/String;)V";
  private static Path graph;
  private static Path wasm;
  private static TeaVMTool tool;

  /** The fixture program. Its source lines carry markers the test looks up. */
  static final class App {
    private App() {}

    interface Shape {
      double area();
    }

    static final class Circle implements Shape {
      private final double r;

      Circle(double r) {
        this.r = r;
      }

      @Override
      public double area() {
        return 3 * r * r;
      }
    }

    public static void main(String[] args) {
      Shape s = new Circle(args.length); // marker:new-circle
      System.out.println(render(s)); // marker:call-render
      System.out.println(countWords(args)); // marker:call-count
    }

    static String render(Shape s) {
      return "area " + s.area(); // marker:call-area
    }

    static int countWords(String[] words) {
      java.util.Map<String, Integer> counts = new java.util.TreeMap<>(); // marker:new-treemap
      for (String w : words) {
        counts.put(w, counts.getOrDefault(w, 0) + 1);
      }
      return counts.size();
    }
  }

  @BeforeAll
  static void compile() throws Exception {
    Path dir = Path.of("target", "callgraph-test").toAbsolutePath();
    Files.createDirectories(dir);
    List<Path> cp = new ArrayList<>();
    cp.add(Path.of("target", "test-classes").toAbsolutePath());
    cp.addAll(RuntimeClassPath.discover());
    tool = new TeaVMTool();
    tool.setTargetType(TeaVMTargetType.WEBASSEMBLY_WASI);
    tool.setMainClass(APP);
    tool.setTargetDirectory(dir.toFile());
    tool.setTargetFileName("app.wasm");
    tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
    tool.setObfuscated(false);
    tool.setIncremental(false);
    List<File> files = new ArrayList<>();
    URL[] urls = new URL[cp.size()];
    for (int i = 0; i < cp.size(); i++) {
      files.add(cp.get(i).toFile());
      urls[i] = cp.get(i).toUri().toURL();
    }
    tool.setClassPath(files);
    try (URLClassLoader loader =
        new URLClassLoader(urls, CallGraphWriterTest.class.getClassLoader())) {
      tool.setClassLoader(loader);
      tool.generate();
    }
    assertTrue(
        tool.getProblemProvider().getSevereProblems().isEmpty(),
        () -> ProblemFormatter.formatAll("app", tool.getProblemProvider().getSevereProblems()));
    graph = dir.resolve("callgraph.json");
    CallGraphWriter.write(tool.getDependencyInfo(), List.of(MAIN), graph);
    wasm = dir.resolve("app.wasm");
  }

  /** "path/CallGraphWriterTest.java:N" for the line holding {@code marker:<name>}. */
  private static String line(String marker) throws Exception {
    List<String> source =
        Files.readAllLines(
            Path.of("src/test/java/dev/samovar/build/internal/CallGraphWriterTest.java"));
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).endsWith("// marker:" + marker)) {
        return "CallGraphWriterTest.java:" + (i + 1);
      }
    }
    throw new AssertionError("no marker " + marker);
  }

  private static void assertStep(WhyPath.Step step, String node, String via, String marker)
      throws Exception {
    assertEquals(node, step.node());
    assertEquals(via, step.via());
    assertTrue(
        step.location() != null && step.location().endsWith(line(marker)),
        step.location() + " should end with " + line(marker));
  }

  @Test
  void whyTreeMapGoesThroughCountWords() throws Exception {
    WhyPath p = WhyQuery.load(graph).why("java.util.TreeMap").orElseThrow();
    assertEquals(3, p.steps().size(), p.format());
    assertEquals(MAIN, p.steps().get(0).node());
    assertEquals("root", p.steps().get(0).via());
    assertStep(p.steps().get(1), APP + ".countWords([Ljava/lang/String;)I", "call", "call-count");
    assertStep(p.steps().get(2), "java.util.TreeMap", "new", "new-treemap");
    assertTrue(p.fromDeclaredRoot());
  }

  @Test
  void whyCircleAreaFollowsTheVirtualCallInRender() throws Exception {
    WhyPath p = WhyQuery.load(graph).why(APP + "$Circle.area").orElseThrow();
    assertEquals(3, p.steps().size(), p.format());
    assertStep(
        p.steps().get(1),
        APP + ".render(" + shape() + ")Ljava/lang/String;",
        "call",
        "call-render");
    assertStep(p.steps().get(2), APP + "$Circle.area()D", "call", "call-area");
  }

  @Test
  void whyShapeIsTheSupertypeOfTheCircleMainCreates() throws Exception {
    WhyPath p = WhyQuery.load(graph).why(APP + "$Shape").orElseThrow();
    assertEquals(3, p.steps().size(), p.format());
    assertStep(p.steps().get(1), APP + "$Circle", "new", "new-circle");
    assertEquals(APP + "$Shape", p.steps().get(2).node());
    assertEquals("supertype", p.steps().get(2).via());
  }

  private static String shape() {
    return "L" + APP.replace('.', '/') + "$Shape;";
  }

  @Test
  void fileFollowsTheDocumentedSchema() throws Exception {
    JsonNode root = new ObjectMapper().readTree(graph.toFile());
    assertEquals(CallGraphWriter.SCHEMA_VERSION, root.get("schemaVersion").asInt());
    assertEquals(MAIN, root.get("roots").get(0).asText());
    String collect = root.get("exportNames").get("teavm_gc_collect").asText();
    assertTrue(collect.startsWith("org.teavm.runtime.GC."), collect);
    List<String> roots = new ArrayList<>();
    root.get("roots").forEach(n -> roots.add(n.asText()));
    assertTrue(roots.contains(collect), "exported methods are roots: " + roots);
    List<String> classes = new ArrayList<>();
    root.get("classes").forEach(n -> classes.add(n.asText()));
    List<String> sorted = new ArrayList<>(classes);
    sorted.sort(null);
    assertEquals(sorted, classes);
    int methods = root.get("methods").size();
    for (JsonNode e : root.get("calls")) {
      assertTrue(e.get(0).asInt() < methods && e.get(1).asInt() < methods, e.toString());
    }
    Map<String, Integer> kinds = new TreeMap<>();
    root.get("classRefs").forEach(e -> kinds.merge(e.get(2).asText(), 1, Integer::sum));
    assertTrue(kinds.keySet().containsAll(List.of("new", "class", "cast")), kinds.toString());
  }

  @Test
  void sizeAnalyzerMapsEveryFunctionWithThisGraph() {
    SizeReport r = SizeAnalyzer.builder().binary(wasm).callGraph(graph).build().analyze();
    assertEquals(0, r.attribution().guessedFunctions(), r.attribution().toString());
    assertTrue(r.classes().stream().anyMatch(c -> c.name().equals(APP + "$Circle")));
  }

  @Test
  void writingTwiceGivesTheSameBytes() throws Exception {
    Path again = graph.resolveSibling("callgraph-again.json");
    CallGraphWriter.write(tool.getDependencyInfo(), List.of(MAIN), again);
    assertEquals(Files.readString(graph), Files.readString(again));
  }
}
