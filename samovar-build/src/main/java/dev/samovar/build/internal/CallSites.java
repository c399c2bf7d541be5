package dev.samovar.build.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.teavm.callgraph.CallGraph;
import org.teavm.callgraph.CallGraphNode;
import org.teavm.callgraph.CallSite;
import org.teavm.dependency.DependencyInfo;
import org.teavm.model.MethodReference;
import org.teavm.model.TextLocation;

/**
 * Who needs a method, from TeaVM's call graph, for build error messages. A missing native is
 * usually deep inside the class library ({@code Class.getDeclaredMethods} calls {@code
 * MethodInfo.name()}); what the user can act on is the first call from their code or a library's
 * into the JDK, so the search walks up through JDK and TeaVM frames and reports those call sites.
 */
final class CallSites {
  private static final int MAX_SITES = 12;
  private static final int MAX_VISITED = 5000;

  private CallSites() {}

  /** One call: the calling method ({@code MethodReference.toString()}) and its source line. */
  record Call(String caller, String where) {}

  /** Call sites (with source lines) that need a method, as "Cls.m (File.java:N)[, through ...]". */
  static Function<String, List<String>> of(DependencyInfo info) {
    CallGraph graph = info.getCallGraph();
    return method -> neededBy(method, m -> callers(graph, m));
  }

  /**
   * The first calls from non-JDK code on the way to {@code method}, each with the JDK method it
   * enters; the direct callers if there are none.
   */
  static List<String> neededBy(String method, Function<String, List<Call>> callers) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> visited = new HashSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    queue.add(method);
    visited.add(method);
    while (!queue.isEmpty() && out.size() < MAX_SITES && visited.size() < MAX_VISITED) {
      String callee = queue.poll();
      for (Call call : callers.apply(callee)) {
        if (isRuntime(call.caller())) {
          if (visited.add(call.caller())) {
            queue.add(call.caller());
          }
        } else {
          out.add(
              shortName(call.caller())
                  + (call.where() == null ? "" : " (" + call.where() + ")")
                  + (callee.equals(method) ? "" : ", through " + shortName(callee)));
        }
      }
    }
    if (out.isEmpty()) {
      for (Call call : callers.apply(method)) {
        out.add(shortName(call.caller()) + (call.where() == null ? "" : " (" + call.where() + ")"));
      }
    }
    return new ArrayList<>(out);
  }

  /** JDK, TeaVM and samovar-classlib code: not where a user can change the call. */
  static boolean isRuntime(String method) {
    return method.startsWith("java.")
        || method.startsWith("javax.")
        || method.startsWith("jdk.")
        || method.startsWith("sun.")
        || method.startsWith("org.teavm.")
        || method.startsWith("dev.samovar.classlib.")
        || method.startsWith("dev.samovar.generated.");
  }

  private static String shortName(String method) {
    int paren = method.indexOf('(');
    return paren < 0 ? method : method.substring(0, paren);
  }

  private static List<Call> callers(CallGraph graph, String method) {
    MethodReference ref = MethodReference.parseIfPossible(method);
    CallGraphNode node = ref == null ? null : graph.getNode(ref);
    if (node == null) {
      return List.of();
    }
    List<Call> calls = new ArrayList<>();
    for (CallSite site : node.getCallerCallSites()) {
      for (CallGraphNode caller : site.getCallers()) {
        calls.add(new Call(caller.getMethod().toString(), where(site.getLocations(caller))));
      }
    }
    calls.sort(
        (a, b) -> {
          int c = a.caller().compareTo(b.caller());
          return c != 0 ? c : String.valueOf(a.where()).compareTo(String.valueOf(b.where()));
        });
    return calls;
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
