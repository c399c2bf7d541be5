package dev.samovar.build.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.teavm.callgraph.CallGraph;
import org.teavm.callgraph.CallGraphNode;
import org.teavm.callgraph.CallSite;
import org.teavm.dependency.DependencyInfo;
import org.teavm.model.MethodReference;
import org.teavm.model.TextLocation;

/** Who calls a method, with source lines, from TeaVM's call graph: for build error messages. */
final class CallSites {
  private CallSites() {}

  /** Callers of a method (given as {@code MethodReference.toString()}) as "Cls.m (File.java:N)". */
  static Function<String, List<String>> of(DependencyInfo info) {
    CallGraph graph = info.getCallGraph();
    return method -> {
      MethodReference ref;
      try {
        ref = MethodReference.parse(method);
      } catch (RuntimeException e) {
        return List.of();
      }
      CallGraphNode node = graph.getNode(ref);
      if (node == null) {
        return List.of();
      }
      TreeSet<String> out = new TreeSet<>();
      for (CallSite site : node.getCallerCallSites()) {
        for (CallGraphNode caller : site.getCallers()) {
          MethodReference m = caller.getMethod();
          String where = where(site.getLocations(caller));
          out.add(m.getClassName() + "." + m.getName() + (where == null ? "" : " (" + where + ")"));
        }
      }
      return new ArrayList<>(out);
    };
  }

  private static String where(Collection<? extends TextLocation> locations) {
    String best = null;
    for (TextLocation loc : locations) {
      if (loc == null || loc.isEmpty() || loc.getFileName() == null) {
        continue;
      }
      String file = loc.getFileName();
      String s = file.substring(file.lastIndexOf('/') + 1) + ":" + loc.getLine();
      if (best == null || s.compareTo(best) < 0) {
        best = s;
      }
    }
    return best;
  }
}
