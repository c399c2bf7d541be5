package dev.samovar.build.bindings.decode;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.samovar.build.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Javadoc and parameter names from the Java sources of the exported classes (class files keep
 * neither the comments nor, without {@code -parameters} or debug info, the names). Sources are
 * parsed, not compiled, with the JDK's own parser.
 */
public final class SourceDocs {
  private final Map<String, String> comments = new HashMap<>();
  private final Map<String, List<String>> paramNames = new HashMap<>();

  private SourceDocs() {}

  /** No sources: no docs. */
  public static SourceDocs none() {
    return new SourceDocs();
  }

  /** Reads the sources of {@code classes} found under {@code roots}. */
  public static SourceDocs read(List<Path> roots, List<DecodedClass> classes, BuildLog log) {
    SourceDocs docs = new SourceDocs();
    if (roots.isEmpty() || classes.isEmpty()) {
      return docs;
    }
    Set<Path> files = new LinkedHashSet<>();
    for (DecodedClass c : classes) {
      if (c.sourceFile() == null) {
        continue;
      }
      String rel = c.packageName().replace('.', '/');
      for (Path root : roots) {
        Path f = root.resolve(rel).resolve(c.sourceFile());
        if (Files.isRegularFile(f)) {
          files.add(f);
          break;
        }
      }
    }
    if (files.isEmpty()) {
      return docs;
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      log.warn("samovar: no Java compiler in this JVM (a JRE?); bindings get no docstrings");
      return docs;
    }
    try (StandardJavaFileManager fm =
        compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      JavacTask task =
          (JavacTask) compiler.getTask(null, fm, d -> {}, List.of("-proc:none"), null, units);
      Trees trees = Trees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        new Collector(docs, trees, unit).scan(unit, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** Raw Javadoc of a class, or null. */
  public String classComment(String className) {
    return comments.get(className);
  }

  /** Raw Javadoc of a method ({@code <init>} for constructors), or null. */
  public String methodComment(String className, String name, List<String> paramTypes) {
    return comments.get(key(className, name, paramTypes));
  }

  /** Parameter names as written in the source, or null. */
  public List<String> paramNames(String className, String name, List<String> paramTypes) {
    return paramNames.get(key(className, name, paramTypes));
  }

  /** Key of a method: its class, name and the simple names of its erased parameter types. */
  static String key(String className, String name, List<String> paramTypes) {
    List<String> simple = new ArrayList<>();
    for (String t : paramTypes) {
      simple.add(simpleType(t));
    }
    return className + "#" + name + "(" + String.join(",", simple) + ")";
  }

  /** {@code java.util.List<String>} → {@code List}; {@code a.B$C[]} → {@code C[]}. */
  static String simpleType(String t) {
    String s = t.replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "").replace("...", "[]");
    int depth = 0;
    StringBuilder noGenerics = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0 && !Character.isWhitespace(c)) {
        noGenerics.append(c);
      }
    }
    s = noGenerics.toString();
    int cut = Math.max(s.lastIndexOf('.'), s.lastIndexOf('$'));
    return s.substring(cut + 1);
  }

  private static final class Collector extends TreePathScanner<Void, Void> {
    private final SourceDocs docs;
    private final Trees trees;
    private final Deque<String> classNames = new ArrayDeque<>();
    private final String pkg;

    Collector(SourceDocs docs, Trees trees, CompilationUnitTree unit) {
      this.docs = docs;
      this.trees = trees;
      this.pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      String simple = tree.getSimpleName().toString();
      String name =
          classNames.isEmpty()
              ? (pkg.isEmpty() ? simple : pkg + "." + simple)
              : classNames.peek() + "$" + simple;
      classNames.push(name);
      String doc = trees.getDocComment(getCurrentPath());
      if (doc != null) {
        docs.comments.put(name, doc);
      }
      try {
        return super.visitClass(tree, unused);
      } finally {
        classNames.pop();
      }
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      if (classNames.isEmpty()) {
        return null;
      }
      String name = tree.getName().toString();
      List<String> types = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (VariableTree p : tree.getParameters()) {
        types.add(p.getType().toString());
        names.add(p.getName().toString());
      }
      String key = key(classNames.peek(), name, types);
      String doc = trees.getDocComment(getCurrentPath());
      if (doc != null) {
        docs.comments.put(key, doc);
      }
      docs.paramNames.put(key, names);
      return null;
    }
  }
}
