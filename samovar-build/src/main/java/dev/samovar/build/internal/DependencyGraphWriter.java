package dev.samovar.build.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.teavm.callgraph.CallGraph;
import org.teavm.callgraph.CallGraphNode;
import org.teavm.callgraph.CallSite;
import org.teavm.dependency.DependencyInfo;
import org.teavm.model.MethodReference;
import org.teavm.model.TextLocation;

/**
 * Writes what TeaVM's dependency analysis saw: the reachable classes, methods and call edges (with
 * the source line of each call), for size attribution and "why is this here" queries. Schema in
 * size-reports/README.md ({@code schemaVersion} 1).
 */
public final class DependencyGraphWriter {
  private DependencyGraphWriter() {}

  public static void write(String module, DependencyInfo info, Collection<String> roots, Path out)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("schemaVersion", 1);
    root.put("module", module);
    List<String> methods = new ArrayList<>();
    for (MethodReference m : info.getReachableMethods()) {
      methods.add(m.toString());
    }
    methods.sort(null);
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < methods.size(); i++) {
      ids.put(methods.get(i), i);
    }
    ArrayNode rootArray = root.putArray("roots");
    roots.forEach(rootArray::add);
    ArrayNode classes = root.putArray("classes");
    new TreeSet<>(info.getReachableClasses()).forEach(classes::add);
    ArrayNode methodArray = root.putArray("methods");
    methods.forEach(methodArray::add);
    ArrayNode calls = root.putArray("calls");
    CallGraph graph = info.getCallGraph();
    for (MethodReference m : info.getReachableMethods()) {
      CallGraphNode node = graph.getNode(m);
      Integer from = ids.get(m.toString());
      if (node == null || from == null) {
        continue;
      }
      for (CallSite site : node.getCallSites()) {
        String where = location(site, node);
        for (CallGraphNode callee : site.getCalledMethods()) {
          Integer to = ids.get(callee.getMethod().toString());
          if (to != null) {
            ArrayNode edge = calls.addArray();
            edge.add(from).add(to);
            if (where != null) {
              edge.add(where);
            }
          }
        }
      }
    }
    json.writeValue(out.toFile(), root);
  }

  private static String location(CallSite site, CallGraphNode caller) {
    for (TextLocation loc : site.getLocations(caller)) {
      if (loc != null && !loc.isEmpty() && loc.getFileName() != null) {
        String file = loc.getFileName();
        int slash = file.lastIndexOf('/');
        return (slash >= 0 ? file.substring(slash + 1) : file) + ":" + loc.getLine();
      }
    }
    return null;
  }
}
