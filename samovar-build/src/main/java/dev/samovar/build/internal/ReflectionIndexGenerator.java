package dev.samovar.build.internal;

import dev.samovar.api.BuildException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes and compiles {@value #INDEX_CLASS}: the reflection index of the classes the build keeps
 * for reflection ({@code <reflection>} in the plugin configuration). For each class it registers
 * its name for {@code Class.forName}, its declared methods, constructors and fields, and compiles
 * direct calls, reads and writes for the members a class outside the package may use (public
 * members of public classes whose signature types are public); the others are listed without
 * access, so {@code invoke}/{@code get} throw {@code IllegalAccessException}.
 *
 * <p>Only these classes' members become reachable through reflection: the module pays for what was
 * listed and nothing else.
 */
public final class ReflectionIndexGenerator {
  /** The generated class (the class library's empty index is redirected to it). */
  public static final String INDEX_CLASS = "dev.samovar.generated.ReflectionIndex";

  private static final String API = "dev.samovar.classlib.reflect.WasiReflection";

  private final StringBuilder register = new StringBuilder();
  private final StringBuilder invoke = new StringBuilder();
  private final StringBuilder get = new StringBuilder();
  private final StringBuilder set = new StringBuilder();
  private int nextId;

  private ReflectionIndexGenerator() {}

  /**
   * Generates and compiles the index into {@code workDir/reflection-classes}; returns that
   * directory.
   */
  public static Path generate(List<String> classNames, List<Path> classPath, Path workDir) {
    ReflectionIndexGenerator g = new ReflectionIndexGenerator();
    try (URLClassLoader loader = new URLClassLoader(urls(classPath), null)) {
      for (String name : classNames) {
        g.add(name, load(name, loader));
      }
      String source = g.source();
      Path srcDir = workDir.resolve("reflection-src");
      Path out = workDir.resolve("reflection-classes");
      Path file = srcDir.resolve(INDEX_CLASS.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.createDirectories(out);
      Files.writeString(file, source, StandardCharsets.UTF_8);
      compile(file, classPath, out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      throw new BuildException(
          "<reflection> lists the JDK class "
              + name
              + "; only your classes and your libraries' can be kept for reflection.",
          Map.of("class", name),
          null);
    }
    try {
      Class<?> cls = Class.forName(name, false, loader);
      if (cls.getCanonicalName() == null) {
        throw new BuildException(
            "<reflection> lists "
                + name
                + ", an anonymous or local class; list a named class instead.",
            Map.of("class", name),
            null);
      }
      return cls;
    } catch (ClassNotFoundException | LinkageError e) {
      throw new BuildException(
          "<reflection> lists "
              + name
              + ", which is not on the module's class path ("
              + e
              + "); use the binary name, e.g. com.example.Outer$Inner.",
          Map.of("class", name),
          null);
    }
  }

  private void add(String name, Class<?> cls) {
    String c = cls.getCanonicalName();
    boolean open = accessible(cls);
    register
        .append("    W.named(\"")
        .append(name)
        .append("\", ")
        .append(literal(cls))
        .append(");\n");
    List<Class<?>> interfaces = new ArrayList<>();
    for (Class<?> i : cls.getInterfaces()) {
      if (typeVisible(i)) {
        interfaces.add(i);
      }
    }
    register
        .append("    W.interfaces(")
        .append(literal(cls))
        .append(", ")
        .append(classArray(interfaces.toArray(new Class<?>[0])))
        .append(");\n");
    Method[] methods = cls.getDeclaredMethods();
    Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
    for (Method m : methods) {
      if (m.isSynthetic() && !m.isBridge()) {
        continue;
      }
      if (!typesVisible(m.getReturnType(), m.getParameterTypes())) {
        continue;
      }
      boolean callable = open && Modifier.isPublic(m.getModifiers());
      int id = callable ? nextId++ : -1;
      register
          .append("    W.method(")
          .append(literal(cls))
          .append(", \"")
          .append(m.getName())
          .append("\", ")
          .append(flags(m.getModifiers(), m.isBridge(), m.isVarArgs(), m.isSynthetic()))
          .append(", ")
          .append(access(m.getModifiers()))
          .append(", ")
          .append(literal(m.getReturnType()))
          .append(", ")
          .append(classArray(m.getParameterTypes()))
          .append(", ")
          .append(id)
          .append(");\n");
      if (callable) {
        String target = Modifier.isStatic(m.getModifiers()) ? c : "((" + c + ") t)";
        String call = target + "." + m.getName() + "(" + args(m.getParameterTypes()) + ")";
        invoke.append("      ").append(branch(id));
        if (m.getReturnType() == void.class) {
          invoke.append(call).append(";\n        r = null;\n      }\n");
        } else {
          invoke.append("r = ").append(call).append(";\n      }\n");
        }
      }
    }
    boolean instantiable = !Modifier.isAbstract(cls.getModifiers()) && !cls.isInterface();
    Constructor<?>[] constructors = cls.getDeclaredConstructors();
    Arrays.sort(constructors, Comparator.comparing(Constructor::toGenericString));
    for (Constructor<?> k : constructors) {
      if (k.isSynthetic() || !typesVisible(void.class, k.getParameterTypes())) {
        continue;
      }
      boolean callable =
          open
              && instantiable
              && Modifier.isPublic(k.getModifiers())
              && (cls.getEnclosingClass() == null || Modifier.isStatic(cls.getModifiers()));
      int id = callable ? nextId++ : -1;
      register
          .append("    W.constructor(")
          .append(literal(cls))
          .append(", ")
          .append(
              flags(
                  k.getModifiers() | (instantiable ? 0 : Modifier.ABSTRACT),
                  false,
                  k.isVarArgs(),
                  false))
          .append(", ")
          .append(access(k.getModifiers()))
          .append(", ")
          .append(classArray(k.getParameterTypes()))
          .append(", ")
          .append(id)
          .append(");\n");
      if (callable) {
        invoke
            .append("      ")
            .append(branch(id))
            .append("r = new ")
            .append(c)
            .append("(")
            .append(args(k.getParameterTypes()))
            .append(");\n      }\n");
      }
    }
    Field[] fields = cls.getDeclaredFields();
    Arrays.sort(fields, Comparator.comparing(Field::getName));
    for (Field f : fields) {
      if (f.isSynthetic() || !typesVisible(f.getType())) {
        continue;
      }
      boolean readable = open && Modifier.isPublic(f.getModifiers());
      boolean writable = readable && !Modifier.isFinal(f.getModifiers());
      int getId = readable ? nextId++ : -1;
      int setId = writable ? nextId++ : -1;
      String target = Modifier.isStatic(f.getModifiers()) ? c : "((" + c + ") t)";
      register
          .append("    W.field(")
          .append(literal(cls))
          .append(", \"")
          .append(f.getName())
          .append("\", ")
          .append(flags(f.getModifiers(), false, false, false))
          .append(", ")
          .append(access(f.getModifiers()))
          .append(", ")
          .append(literal(f.getType()))
          .append(", ")
          .append(getId)
          .append(", ")
          .append(setId)
          .append(");\n");
      if (readable) {
        get.append("    ")
            .append(branch(getId))
            .append("return ")
            .append(target)
            .append('.')
            .append(f.getName())
            .append(";\n    }\n");
      }
      if (writable) {
        set.append("    ")
            .append(branch(setId))
            .append(target)
            .append('.')
            .append(f.getName())
            .append(" = ")
            .append(cast(f.getType(), "v"))
            .append(";\n      return;\n    }\n");
      }
    }
  }

  private String source() {
    int dot = INDEX_CLASS.lastIndexOf('.');
    return "// Generated by samovar-build (ReflectionIndexGenerator). Do not edit.\n"
        + "package "
        + INDEX_CLASS.substring(0, dot)
        + ";\n\n"
        + "@SuppressWarnings({\"all\", \"unchecked\", \"rawtypes\"})\n"
        + "public final class "
        + INDEX_CLASS.substring(dot + 1)
        + " {\n"
        + "  private "
        + INDEX_CLASS.substring(dot + 1)
        + "() {}\n\n"
        + "  public static void register() {\n"
        + register.toString().replace("W.", API + ".")
        + "  }\n\n"
        + "  public static Object invoke(int id, Object t, Object[] a) {\n"
        + "    Object r = null;\n"
        + "    try {\n"
        + invoke
        + "    } catch (Throwable e) {\n"
        + "      throw "
        + API
        + ".invocationTarget(e);\n"
        + "    }\n"
        + "    return r;\n"
        + "  }\n\n"
        + "  public static Object get(int id, Object t) {\n"
        + get
        + "    throw new IllegalStateException(\"no reflective field \" + id);\n"
        + "  }\n\n"
        + "  public static void set(int id, Object t, Object v) {\n"
        + set
        + "    throw new IllegalStateException(\"no reflective field \" + id);\n"
        + "  }\n"
        + "}\n";
  }

  private static String branch(int id) {
    return "if (id == " + id + ") {\n        ";
  }

  private static boolean accessible(Class<?> cls) {
    for (Class<?> c = cls; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean typesVisible(Class<?> ret, Class<?>... params) {
    if (!typeVisible(ret)) {
      return false;
    }
    for (Class<?> p : params) {
      if (!typeVisible(p)) {
        return false;
      }
    }
    return true;
  }

  private static boolean typeVisible(Class<?> type) {
    Class<?> t = type;
    while (t.isArray()) {
      t = t.getComponentType();
    }
    return t.isPrimitive() || (accessible(t) && t.getCanonicalName() != null);
  }

  private static String literal(Class<?> type) {
    return type.getCanonicalName() + ".class";
  }

  private static String classArray(Class<?>[] types) {
    return "new Class<?>[] {"
        + Arrays.stream(types)
            .map(ReflectionIndexGenerator::literal)
            .collect(Collectors.joining(", "))
        + "}";
  }

  private static String args(Class<?>[] types) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      out.add(cast(types[i], "a[" + i + "]"));
    }
    return String.join(", ", out);
  }

  private static String cast(Class<?> type, String value) {
    return "(" + type.getCanonicalName() + ") " + value;
  }

  private static int access(int modifiers) {
    if (Modifier.isPublic(modifiers)) {
      return 3;
    }
    if (Modifier.isProtected(modifiers)) {
      return 2;
    }
    return Modifier.isPrivate(modifiers) ? 1 : 0;
  }

  /**
   * JVM modifiers to TeaVM's reflection flags ({@code org.teavm.classlib.impl.reflection.Flags}).
   */
  static int flags(int modifiers, boolean bridge, boolean varArgs, boolean synthetic) {
    int flags = 0;
    flags |= Modifier.isAbstract(modifiers) ? 1 : 0;
    flags |= Modifier.isFinal(modifiers) ? 4 : 0;
    flags |= synthetic ? 32 : 0;
    flags |= bridge ? 64 : 0;
    flags |= Modifier.isNative(modifiers) ? 256 : 0;
    flags |= Modifier.isStatic(modifiers) ? 512 : 0;
    flags |= Modifier.isStrict(modifiers) ? 1024 : 0;
    flags |= Modifier.isSynchronized(modifiers) ? 2048 : 0;
    flags |= Modifier.isTransient(modifiers) ? 4096 : 0;
    flags |= varArgs ? 8192 : 0;
    flags |= Modifier.isVolatile(modifiers) ? 16384 : 0;
    return flags;
  }

  private static void compile(Path file, List<Path> classPath, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new BuildException(
          "Keeping classes for reflection needs a JDK (javac); the build runs on a JRE.");
    }
    StringWriter errors = new StringWriter();
    List<String> options =
        List.of(
            "-d",
            out.toString(),
            "-classpath",
            classPath.stream()
                .map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator)),
            "-proc:none",
            "-nowarn",
            "--release",
            "17");
    var units =
        javac
            .getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(file.toFile());
    boolean ok = javac.getTask(errors, null, null, options, null, units).call();
    if (!ok) {
      throw new BuildException(
          "Could not compile the reflection index " + file + ":\n" + errors,
          Map.of("source", file.toString()),
          null);
    }
  }

  private static URL[] urls(List<Path> paths) {
    URL[] urls = new URL[paths.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = paths.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(paths.get(i).toString(), e);
      }
    }
    return urls;
  }
}
