package dev.samovar.size;

import dev.samovar.size.internal.CallGraphFile;
import dev.samovar.size.internal.CallGraphFile.Edge;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Why is this here": the shortest reference chain from a root (the module's {@code main} entry and
 * its exports) to a class or method, over the {@code callgraph.json} the build writes — what {@code
 * twiggy paths} and {@code cargo tree -i} answer for Rust.
 *
 * <p>Nodes are methods and classes; edges are calls, class references ({@code new}, class literal,
 * {@code instanceof}, cast, static field, array creation), method→own class, and
 * subclass→supertype. All edges weigh one; ties go to the earliest edge in the file, so answers are
 * stable.
 */
public final class WhyQuery {
  private final CallGraphFile graph;
  private final int methodCount;
  private final List<List<Edge>> out;
  private final Map<String, Integer> classIds = new HashMap<>();
  private final Map<String, Integer> methodIds = new HashMap<>();

  private WhyQuery(CallGraphFile graph) {
    this.graph = graph;
    this.methodCount = graph.methods().size();
    int nodes = methodCount + graph.classes().size();
    List<List<Edge>> adjacency = new ArrayList<>(nodes);
    for (int i = 0; i < nodes; i++) {
      adjacency.add(new ArrayList<>());
    }
    for (int i = 0; i < graph.classes().size(); i++) {
      classIds.put(graph.classes().get(i), i);
    }
    for (int i = 0; i < methodCount; i++) {
      String m = graph.methods().get(i);
      methodIds.put(m, i);
      Integer cls = classIds.get(classOf(m));
      if (cls != null) {
        adjacency.get(i).add(new Edge(i, methodCount + cls, "member", null));
      }
    }
    for (Edge e : graph.calls()) {
      adjacency.get(e.from()).add(e);
    }
    for (Edge e : graph.classRefs()) {
      adjacency.get(e.from()).add(new Edge(e.from(), methodCount + e.to(), e.kind(), e.location()));
    }
    for (Edge e : graph.supertypes()) {
      adjacency
          .get(methodCount + e.from())
          .add(new Edge(methodCount + e.from(), methodCount + e.to(), e.kind(), null));
    }
    this.out = adjacency;
  }

  /** Loads a {@code callgraph.json}; a bad file raises a {@code BuildException} naming it. */
  public static WhyQuery load(Path callGraphJson) {
    return new WhyQuery(CallGraphFile.read(callGraphJson));
  }

  /** The declared roots, as in the file. */
  public List<String> roots() {
    return graph.roots();
  }

  /**
   * The shortest chain to {@code target}: a class ({@code java.util.TreeMap}), a method by name
   * ({@code java.util.TreeMap.put}, any overload) or by full signature ({@code
   * java.util.TreeMap.put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;}). Empty when the
   * module does not contain it.
   */
  public Optional<WhyPath> why(String target) {
    boolean[] goal = goals(target.trim());
    List<Integer> declared = new ArrayList<>();
    for (String r : graph.roots()) {
      Integer id = methodIds.get(r);
      if (id != null) {
        declared.add(id);
      }
    }
    Optional<WhyPath> path = search(target, declared, goal, "root", true);
    if (path.isPresent()) {
      return path;
    }
    boolean[] called = new boolean[methodCount];
    for (Edge e : graph.calls()) {
      called[e.to()] = true;
    }
    List<Integer> implicit = new ArrayList<>();
    for (int i = 0; i < methodCount; i++) {
      if (!called[i] && !declared.contains(i)) {
        implicit.add(i);
      }
    }
    return search(target, implicit, goal, "entered by runtime", false);
  }

  /** Whether the module contains {@code target} (same forms as {@link #why}). */
  public boolean contains(String target) {
    boolean[] goal = goals(target.trim());
    for (boolean g : goal) {
      if (g) {
        return true;
      }
    }
    return false;
  }

  private boolean[] goals(String target) {
    boolean[] goal = new boolean[out.size()];
    Integer cls = classIds.get(target);
    if (cls != null) {
      goal[methodCount + cls] = true;
    }
    Integer exact = methodIds.get(target);
    if (exact != null) {
      goal[exact] = true;
    }
    String prefix = target + "(";
    for (int i = 0; i < methodCount; i++) {
      if (graph.methods().get(i).startsWith(prefix)) {
        goal[i] = true;
      }
    }
    return goal;
  }

  private Optional<WhyPath> search(
      String target, List<Integer> sources, boolean[] goal, String rootVia, boolean declared) {
    Edge[] parent = new Edge[out.size()];
    boolean[] seen = new boolean[out.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int s : sources) {
      if (!seen[s]) {
        seen[s] = true;
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      int n = queue.poll();
      if (goal[n]) {
        return Optional.of(new WhyPath(target, chain(n, parent, rootVia), declared));
      }
      for (Edge e : out.get(n)) {
        if (!seen[e.to()]) {
          seen[e.to()] = true;
          parent[e.to()] = e;
          queue.add(e.to());
        }
      }
    }
    return Optional.empty();
  }

  private List<WhyPath.Step> chain(int end, Edge[] parent, String rootVia) {
    List<WhyPath.Step> steps = new ArrayList<>();
    int n = end;
    while (parent[n] != null) {
      Edge e = parent[n];
      steps.add(new WhyPath.Step(name(n), e.kind(), e.location()));
      n = e.from();
    }
    steps.add(new WhyPath.Step(name(n), rootVia, null));
    Collections.reverse(steps);
    return List.copyOf(steps);
  }

  private String name(int node) {
    return node < methodCount ? graph.methods().get(node) : graph.classes().get(node - methodCount);
  }

  private static String classOf(String method) {
    int paren = method.indexOf('(');
    int dot = paren < 0 ? -1 : method.lastIndexOf('.', paren);
    return dot < 0 ? "" : method.substring(0, dot);
  }
}
