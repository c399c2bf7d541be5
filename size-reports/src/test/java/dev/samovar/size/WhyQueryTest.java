package dev.samovar.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.BuildException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhyQueryTest {
  /**
   * Methods: 0 Main.main, 1 A.a, 2 B.b, 3 C.c, 4 Lib.helper, 5 Rt.hook (no caller). main calls a
   * and b; a calls c; b calls c; c calls helper; b does `new D`; D extends Base; hook calls helper.
   */
  private static final String GRAPH =
      """
      {"schemaVersion": 1, "format": "samovar-callgraph",
       "roots": ["p.Main.main([Ljava/lang/String;)V"],
       "classes": ["p.A", "p.B", "p.Base", "p.C", "p.D", "p.Lib", "p.Main", "p.Rt", "p.Lonely"],
       "methods": ["p.Main.main([Ljava/lang/String;)V", "p.A.a()V", "p.B.b()V", "p.C.c()V",
                   "p.Lib.helper(I)V", "p.Rt.hook()V", "p.Lib.helper(J)V"],
       "supertypes": [[4, 2]],
       "calls": [[0, 2, "p/Main.java:5"], [0, 1, "p/Main.java:4"], [1, 3, "p/A.java:9"],
                 [2, 3], [3, 4, "p/C.java:12"], [5, 6, "p/Rt.java:3"]],
       "classRefs": [[2, 4, "new", "p/B.java:7"]]}
      """;

  private static WhyQuery load(Path dir, String json) throws Exception {
    Path file = dir.resolve("callgraph.json");
    Files.writeString(file, json);
    return WhyQuery.load(file);
  }

  private static List<String> nodes(WhyPath p) {
    return p.steps().stream().map(WhyPath.Step::node).toList();
  }

  @Test
  void methodPathIsShortestAndTiesGoToTheFirstEdge(@TempDir Path dir) throws Exception {
    WhyPath p = load(dir, GRAPH).why("p.C.c").orElseThrow();
    assertEquals(List.of("p.Main.main([Ljava/lang/String;)V", "p.B.b()V", "p.C.c()V"), nodes(p));
    assertEquals("root", p.steps().get(0).via());
    assertEquals("p/Main.java:5", p.steps().get(1).location());
    assertTrue(p.fromDeclaredRoot());
  }

  @Test
  void classReachedOnlyAsSupertypeOfAnInstantiatedClass(@TempDir Path dir) throws Exception {
    WhyPath p = load(dir, GRAPH).why("p.Base").orElseThrow();
    assertEquals(
        List.of("p.Main.main([Ljava/lang/String;)V", "p.B.b()V", "p.D", "p.Base"), nodes(p));
    assertEquals("new", p.steps().get(2).via());
    assertEquals("p/B.java:7", p.steps().get(2).location());
    assertEquals("supertype", p.steps().get(3).via());
  }

  @Test
  void classWithCalledMethodEndsWithMemberStep(@TempDir Path dir) throws Exception {
    WhyPath p = load(dir, GRAPH).why("p.Lib").orElseThrow();
    assertEquals("p.Lib", p.steps().get(p.steps().size() - 1).node());
    assertEquals("member", p.steps().get(p.steps().size() - 1).via());
    assertEquals("p.Lib.helper(I)V", p.steps().get(p.steps().size() - 2).node());
    assertTrue(p.format().contains("-> p.Lib  (member)"), p.format());
  }

  @Test
  void methodOnlyEnteredByTheRuntimeSaysSo(@TempDir Path dir) throws Exception {
    WhyPath p = load(dir, GRAPH).why("p.Lib.helper(J)V").orElseThrow();
    assertFalse(p.fromDeclaredRoot());
    assertEquals("p.Rt.hook()V", p.steps().get(0).node());
    assertEquals("entered by runtime", p.steps().get(0).via());
  }

  @Test
  void absentAndUnreachableTargetsAreEmpty(@TempDir Path dir) throws Exception {
    WhyQuery q = load(dir, GRAPH);
    assertTrue(q.why("java.util.TreeMap").isEmpty());
    assertFalse(q.contains("java.util.TreeMap"));
    assertTrue(q.contains("p.Lonely"));
    assertTrue(q.why("p.Lonely").isEmpty());
  }

  @Test
  void indexOutOfRangeIsRefusedNamingTheFile(@TempDir Path dir) {
    BuildException e =
        assertThrows(
            BuildException.class,
            () -> load(dir, GRAPH.replace("[3, 4, \"p/C.java:12\"]", "[3, 99]")));
    assertTrue(e.getMessage().contains("callgraph.json"), e.getMessage());
    assertTrue(e.getMessage().contains("bad target index"), e.getMessage());
  }

  @Test
  void futureSchemaVersionIsRefused(@TempDir Path dir) {
    BuildException e =
        assertThrows(
            BuildException.class,
            () -> load(dir, GRAPH.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")));
    assertTrue(e.getMessage().contains("schemaVersion 2"), e.getMessage());
  }

  @Test
  void notJsonIsRefused(@TempDir Path dir) {
    assertThrows(BuildException.class, () -> load(dir, "{\"schemaVersion\": 1, \"classes\": ["));
  }

  @Test
  void deepChainDoesNotOverflowTheStack(@TempDir Path dir) throws Exception {
    int n = 200_000;
    StringBuilder methods = new StringBuilder();
    StringBuilder calls = new StringBuilder();
    for (int i = 0; i < n; i++) {
      methods.append(i == 0 ? "" : ",").append("\"q.M.m").append(i).append("()V\"");
      if (i > 0) {
        calls.append(i == 1 ? "" : ",").append('[').append(i - 1).append(',').append(i).append(']');
      }
    }
    String json =
        "{\"schemaVersion\":1,\"roots\":[\"q.M.m0()V\"],\"classes\":[\"q.M\"],\"methods\":["
            + methods
            + "],\"calls\":["
            + calls
            + "]}";
    WhyPath p = load(dir, json).why("q.M.m" + (n - 1)).orElseThrow();
    assertEquals(n, p.steps().size());
  }
}
