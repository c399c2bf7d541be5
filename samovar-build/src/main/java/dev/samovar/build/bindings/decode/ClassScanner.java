package dev.samovar.build.bindings.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypeReference;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.ParameterNode;
import org.objectweb.asm.tree.TypeAnnotationNode;

/**
 * The decode stage: reads the compiled classes of a class path (directories and jars) and keeps
 * those that use {@code @WasmExport}, the first occurrence of a class name winning as on a JVM
 * class path.
 */
public final class ClassScanner {
  /** Descriptor of the export annotation. */
  public static final String EXPORT_DESC = "Ldev/samovar/api/WasmExport;";

  private static final byte[] NEEDLE =
      "dev/samovar/api/WasmExport".getBytes(StandardCharsets.UTF_8);

  private ClassScanner() {}

  /** Classes mentioning {@code @WasmExport}, sorted by name. */
  public static List<DecodedClass> scan(List<Path> classPath) {
    Map<String, DecodedClass> found = new LinkedHashMap<>();
    for (Path entry : classPath) {
      try {
        if (Files.isDirectory(entry)) {
          scanDirectory(entry, found);
        } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
          scanJar(entry, found);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read class-path entry " + entry, e);
      }
    }
    List<DecodedClass> out = new ArrayList<>(found.values());
    out.sort(Comparator.comparing(DecodedClass::name));
    return out;
  }

  private static void scanDirectory(Path dir, Map<String, DecodedClass> found) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : files) {
      String rel = dir.relativize(file).toString().replace('\\', '/');
      if (rel.startsWith("META-INF/") || rel.endsWith("module-info.class")) {
        continue;
      }
      consider(Files.readAllBytes(file), entryName(rel), dir.toString(), found);
    }
  }

  private static void scanJar(Path jar, Map<String, DecodedClass> found) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      List<ZipEntry> list = new ArrayList<>();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        String n = e.getName();
        if (n.endsWith(".class")
            && !n.startsWith("META-INF/")
            && !n.endsWith("module-info.class")) {
          list.add(e);
        }
      }
      list.sort(Comparator.comparing(ZipEntry::getName));
      for (ZipEntry e : list) {
        try (InputStream in = zip.getInputStream(e)) {
          consider(in.readAllBytes(), entryName(e.getName()), jar.toString(), found);
        }
      }
    }
  }

  private static String entryName(String rel) {
    return rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
  }

  private static void consider(
      byte[] bytes, String name, String origin, Map<String, DecodedClass> found) {
    if (found.containsKey(name) || !contains(bytes, NEEDLE)) {
      return;
    }
    DecodedClass c = decode(bytes, origin);
    if (c != null) {
      found.put(c.name(), c);
    }
  }

  /** Decodes one class file; null when it does not actually carry {@code @WasmExport}. */
  public static DecodedClass decode(byte[] bytes, String origin) {
    ClassNode cn = new ClassNode();
    new ClassReader(bytes).accept(cn, ClassReader.SKIP_FRAMES);
    ExportMark classMark = mark(cn.visibleAnnotations, cn.invisibleAnnotations);
    List<DecodedMethod> methods = new ArrayList<>();
    boolean any = classMark != null;
    for (MethodNode mn : cn.methods) {
      ExportMark m = mark(mn.visibleAnnotations, mn.invisibleAnnotations);
      any |= m != null;
      methods.add(method(mn, m));
    }
    if (!any) {
      return null;
    }
    return new DecodedClass(
        cn.name.replace('/', '.'), cn.access, cn.sourceFile, classMark, methods, origin);
  }

  private static DecodedMethod method(MethodNode mn, ExportMark mark) {
    Type[] params = Type.getArgumentTypes(mn.desc);
    List<String> names = new ArrayList<>();
    List<Boolean> nullable = new ArrayList<>();
    boolean isStatic = (mn.access & Opcodes.ACC_STATIC) != 0;
    int slot = isStatic ? 0 : 1;
    for (int i = 0; i < params.length; i++) {
      names.add(paramName(mn, i, slot));
      slot += params[i].getSize();
      nullable.add(
          hasNullable(at(mn.visibleParameterAnnotations, i))
              || hasNullable(at(mn.invisibleParameterAnnotations, i))
              || typeNullable(mn.visibleTypeAnnotations, TypeReference.METHOD_FORMAL_PARAMETER, i)
              || typeNullable(
                  mn.invisibleTypeAnnotations, TypeReference.METHOD_FORMAL_PARAMETER, i));
    }
    boolean returnNullable =
        hasNullable(mn.visibleAnnotations)
            || hasNullable(mn.invisibleAnnotations)
            || typeNullable(mn.visibleTypeAnnotations, TypeReference.METHOD_RETURN, -1)
            || typeNullable(mn.invisibleTypeAnnotations, TypeReference.METHOD_RETURN, -1);
    int line = -1;
    if (mn.instructions != null) {
      for (var insn : mn.instructions) {
        if (insn instanceof LineNumberNode ln) {
          line = ln.line;
          break;
        }
      }
    }
    return new DecodedMethod(
        mn.name, mn.desc, mn.access, mark, names, nullable, returnNullable, line);
  }

  private static String paramName(MethodNode mn, int index, int slot) {
    if (mn.parameters != null && index < mn.parameters.size()) {
      ParameterNode p = mn.parameters.get(index);
      if (p.name != null) {
        return p.name;
      }
    }
    if (mn.localVariables != null) {
      for (LocalVariableNode lv : mn.localVariables) {
        if (lv.index == slot && !lv.name.equals("this")) {
          return lv.name;
        }
      }
    }
    return null;
  }

  private static List<AnnotationNode> at(List<AnnotationNode>[] lists, int i) {
    return lists == null || i >= lists.length ? null : lists[i];
  }

  private static boolean hasNullable(List<AnnotationNode> annotations) {
    if (annotations == null) {
      return false;
    }
    for (AnnotationNode a : annotations) {
      if (isNullable(a.desc)) {
        return true;
      }
    }
    return false;
  }

  private static boolean typeNullable(List<TypeAnnotationNode> annotations, int sort, int index) {
    if (annotations == null) {
      return false;
    }
    for (TypeAnnotationNode a : annotations) {
      TypeReference ref = new TypeReference(a.typeRef);
      boolean target =
          ref.getSort() == sort
              && (index < 0 || ref.getFormalParameterIndex() == index)
              && (a.typePath == null || a.typePath.getLength() == 0);
      if (target && isNullable(a.desc)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNullable(String desc) {
    return desc.endsWith("/Nullable;") || desc.equals("LNullable;");
  }

  private static ExportMark mark(List<AnnotationNode> visible, List<AnnotationNode> invisible) {
    for (List<AnnotationNode> list : List.of(nonNull(visible), nonNull(invisible))) {
      for (AnnotationNode a : list) {
        if (a.desc.equals(EXPORT_DESC)) {
          String name = "";
          if (a.values != null) {
            for (int i = 0; i + 1 < a.values.size(); i += 2) {
              if ("name".equals(a.values.get(i))) {
                name = String.valueOf(a.values.get(i + 1));
              }
            }
          }
          return new ExportMark(name);
        }
      }
    }
    return null;
  }

  private static List<AnnotationNode> nonNull(List<AnnotationNode> l) {
    return l == null ? List.of() : l;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
