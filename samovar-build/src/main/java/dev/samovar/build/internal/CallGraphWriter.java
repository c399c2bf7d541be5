package dev.samovar.build.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.teavm.callgraph.CallGraph;
import org.teavm.callgraph.CallGraphNode;
import org.teavm.callgraph.CallSite;
import org.teavm.dependency.DependencyInfo;
import org.teavm.model.AnnotationReader;
import org.teavm.model.AnnotationValue;
import org.teavm.model.BasicBlockReader;
import org.teavm.model.ClassReader;
import org.teavm.model.ClassReaderSource;
import org.teavm.model.FieldReference;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.ProgramReader;
import org.teavm.model.TextLocation;
import org.teavm.model.ValueType;
import org.teavm.model.VariableReader;
import org.teavm.model.instructions.AbstractInstructionReader;

/**
 * Writes {@code callgraph.json}: TeaVM's reachable classes and methods, its call edges (one per
 * caller→callee, with the source line of the first call), the instructions that reference a class
 * without calling it ({@code new}, class literals, {@code instanceof}, casts, static fields) and
 * the supertype edges, so that {@code dev.samovar.size.WhyQuery} can answer "why is this here".
 * Schema: size-reports/README.md.
 */
public final class CallGraphWriter {
  /** Bumped on any incompatible change of the file's shape. */
  public static final int SCHEMA_VERSION = 1;

  private static final String EXPORT_ANNOTATION = "org.teavm.interop.Export";

  private CallGraphWriter() {}

  /**
   * Writes the graph of {@code info} (from {@code TeaVMTool.getDependencyInfo()} after {@code
   * generate()}); {@code roots} are the entry methods as {@code MethodReference.toString()}.
   * Methods TeaVM exports ({@code @Export}) are added to the roots and listed in {@code
   * exportNames}, because the wasm names their functions after the export.
   */
  public static void write(DependencyInfo info, Collection<String> roots, Path out)
      throws IOException {
    List<String> classes = new ArrayList<>(new TreeSet<>(info.getReachableClasses()));
    Map<String, Integer> classIds = index(classes);
    TreeSet<String> methodSet = new TreeSet<>();
    for (MethodReference m : info.getReachableMethods()) {
      methodSet.add(m.toString());
    }
    List<String> methods = new ArrayList<>(methodSet);
    Map<String, Integer> methodIds = index(methods);

    TreeMap<String, String> exportNames = exportNames(info);
    List<String> allRoots = new ArrayList<>(roots);
    for (String m : exportNames.values()) {
      if (!allRoots.contains(m)) {
        allRoots.add(m);
      }
    }
    TreeMap<Long, String> calls = calls(info, methodIds);
    TreeMap<Ref, String> classRefs = classRefs(info, methodIds, classIds);
    List<int[]> supertypes = supertypes(info.getClassSource(), classes, classIds);

    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (JsonGenerator g =
        new JsonFactory()
            .createGenerator(out.toFile(), JsonEncoding.UTF8)
            .useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("format", "samovar-callgraph");
      writeStrings(g, "roots", allRoots);
      g.writeObjectFieldStart("exportNames");
      for (Map.Entry<String, String> e : exportNames.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      writeStrings(g, "classes", classes);
      writeStrings(g, "methods", methods);
      g.writeArrayFieldStart("supertypes");
      for (int[] edge : supertypes) {
        g.writeArray(edge, 0, 2);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("calls");
      for (Map.Entry<Long, String> e : calls.entrySet()) {
        g.writeStartArray();
        g.writeNumber((int) (e.getKey() >>> 32));
        g.writeNumber((int) (long) e.getKey());
        if (e.getValue() != null) {
          g.writeString(e.getValue());
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("classRefs");
      for (Map.Entry<Ref, String> e : classRefs.entrySet()) {
        g.writeStartArray();
        g.writeNumber(e.getKey().method());
        g.writeNumber(e.getKey().cls());
        g.writeString(e.getKey().kind());
        if (!e.getValue().isEmpty()) {
          g.writeString(e.getValue());
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Methods TeaVM exports under their own name ({@code @org.teavm.interop.Export}). */
  private static TreeMap<String, String> exportNames(DependencyInfo info) {
    TreeMap<String, String> names = new TreeMap<>();
    ClassReaderSource source = info.getClassSource();
    for (MethodReference m : info.getReachableMethods()) {
      ClassReader cls = source.get(m.getClassName());
      MethodReader method = cls == null ? null : cls.getMethod(m.getDescriptor());
      AnnotationReader export =
          method == null ? null : method.getAnnotations().get(EXPORT_ANNOTATION);
      AnnotationValue name = export == null ? null : export.getValue("name");
      if (name != null) {
        names.put(name.getString(), m.toString());
      }
    }
    return names;
  }

  private static TreeMap<Long, String> calls(DependencyInfo info, Map<String, Integer> ids) {
    TreeMap<Long, String> calls = new TreeMap<>();
    CallGraph graph = info.getCallGraph();
    for (MethodReference m : info.getReachableMethods()) {
      CallGraphNode node = graph.getNode(m);
      Integer from = ids.get(m.toString());
      if (node == null || from == null) {
        continue;
      }
      for (CallSite site : node.getCallSites()) {
        String where = location(site.getLocations(node));
        for (CallGraphNode callee : site.getCalledMethods()) {
          Integer to = ids.get(callee.getMethod().toString());
          if (to == null) {
            continue;
          }
          long key = ((long) from << 32) | to;
          String old = calls.get(key);
          if (!calls.containsKey(key) || (old == null && where != null)) {
            calls.put(key, where);
          }
        }
      }
    }
    return calls;
  }

  /** A class named by an instruction of a method, ordered by (method, class, kind). */
  private record Ref(int method, int cls, String kind) implements Comparable<Ref> {
    @Override
    public int compareTo(Ref o) {
      int c = Integer.compare(method, o.method);
      if (c == 0) {
        c = Integer.compare(cls, o.cls);
      }
      return c != 0 ? c : kind.compareTo(o.kind);
    }
  }

  private static TreeMap<Ref, String> classRefs(
      DependencyInfo info, Map<String, Integer> methodIds, Map<String, Integer> classIds) {
    TreeMap<Ref, String> refs = new TreeMap<>();
    ClassReaderSource source = info.getClassSource();
    for (MethodReference m : info.getReachableMethods()) {
      ClassReader cls = source.get(m.getClassName());
      MethodReader method = cls == null ? null : cls.getMethod(m.getDescriptor());
      ProgramReader program = method == null ? null : method.getProgram();
      Integer from = methodIds.get(m.toString());
      if (program == null || from == null) {
        continue;
      }
      RefCollector collector = new RefCollector(from, classIds, refs);
      for (BasicBlockReader block : program.getBasicBlocks()) {
        block.readAllInstructions(collector);
      }
    }
    return refs;
  }

  private static List<int[]> supertypes(
      ClassReaderSource source, List<String> classes, Map<String, Integer> ids) {
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      ClassReader cls = source.get(classes.get(i));
      if (cls == null) {
        continue;
      }
      TreeSet<Integer> supers = new TreeSet<>();
      if (cls.getParent() != null && ids.containsKey(cls.getParent())) {
        supers.add(ids.get(cls.getParent()));
      }
      for (String iface : cls.getInterfaces()) {
        if (ids.containsKey(iface)) {
          supers.add(ids.get(iface));
        }
      }
      for (int s : supers) {
        edges.add(new int[] {i, s});
      }
    }
    return edges;
  }

  private static String location(Collection<? extends TextLocation> locations) {
    String best = null;
    for (TextLocation loc : locations) {
      String s = format(loc);
      if (s != null && (best == null || s.compareTo(best) < 0)) {
        best = s;
      }
    }
    return best;
  }

  private static String format(TextLocation loc) {
    if (loc == null || loc.isEmpty() || loc.getFileName() == null) {
      return null;
    }
    return loc.getFileName() + ":" + loc.getLine();
  }

  private static Map<String, Integer> index(List<String> items) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      ids.put(items.get(i), i);
    }
    return ids;
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> items)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String s : items) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  /** Records the classes an instruction names, with the line it is on. */
  private static final class RefCollector extends AbstractInstructionReader {
    private final int method;
    private final Map<String, Integer> classIds;
    private final Map<Ref, String> refs;
    private String where;

    RefCollector(int method, Map<String, Integer> classIds, Map<Ref, String> refs) {
      this.method = method;
      this.classIds = classIds;
      this.refs = refs;
    }

    @Override
    public void location(TextLocation location) {
      where = format(location);
    }

    private void add(ValueType type, String kind) {
      while (type instanceof ValueType.Array) {
        type = ((ValueType.Array) type).getItemType();
      }
      if (type instanceof ValueType.Object) {
        add(((ValueType.Object) type).getClassName(), kind);
      }
    }

    private void add(String className, String kind) {
      Integer cls = classIds.get(className);
      if (cls == null) {
        return;
      }
      Ref key = new Ref(method, cls, kind);
      String old = refs.get(key);
      String loc = where == null ? "" : where;
      if (old == null || (old.isEmpty() && !loc.isEmpty())) {
        refs.put(key, loc);
      }
    }

    @Override
    public void create(VariableReader receiver, String type) {
      add(type, "new");
    }

    @Override
    public void classConstant(VariableReader receiver, ValueType cst) {
      add(cst, "class");
    }

    @Override
    public void isInstance(VariableReader receiver, VariableReader value, ValueType type) {
      add(type, "instanceof");
    }

    @Override
    public void cast(VariableReader receiver, VariableReader value, ValueType type, boolean weak) {
      add(type, "cast");
    }

    @Override
    public void createArray(VariableReader receiver, ValueType itemType, VariableReader size) {
      add(itemType, "newarray");
    }

    @Override
    public void createArray(
        VariableReader receiver, ValueType itemType, List<? extends VariableReader> dimensions) {
      add(itemType, "newarray");
    }

    @Override
    public void initClass(String className) {
      add(className, "init");
    }

    @Override
    public void getField(
        VariableReader receiver, VariableReader instance, FieldReference field, ValueType type) {
      if (instance == null) {
        add(field.getClassName(), "field");
      }
    }

    @Override
    public void putField(
        VariableReader instance, FieldReference field, VariableReader value, ValueType type) {
      if (instance == null) {
        add(field.getClassName(), "field");
      }
    }
  }
}
