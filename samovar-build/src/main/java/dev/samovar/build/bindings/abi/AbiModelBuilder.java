package dev.samovar.build.bindings.abi;

import dev.samovar.api.BuildException;
import dev.samovar.build.bindings.decode.DecodedClass;
import dev.samovar.build.bindings.decode.DecodedMethod;
import dev.samovar.build.bindings.decode.JavadocText;
import dev.samovar.build.bindings.decode.SourceDocs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The ABI stage: turns decoded classes into an {@link AbiModel}, or refuses the build listing every
 * export it cannot carry (method, parameter, type, and what to do instead).
 */
public final class AbiModelBuilder {
  /** What a user may put in an exported signature, for error messages. */
  public static final String SUPPORTED =
      "boolean, int, long, float, double, String, byte[], int[], long[], float[], double[],"
          + " String[], Boolean, Integer, Long, Float, Double, and @WasmExport handle classes";

  private static final Set<String> RESERVED = Set.of("memory", "_start", "_initialize", "start");
  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "equals(Ljava/lang/Object;)Z",
          "hashCode()I",
          "toString()Ljava/lang/String;",
          "finalize()V",
          "clone()Ljava/lang/Object;");
  private static final Map<String, Kind> KINDS = new HashMap<>();

  static {
    KINDS.put("Z", Kind.BOOLEAN);
    KINDS.put("I", Kind.INT);
    KINDS.put("J", Kind.LONG);
    KINDS.put("F", Kind.FLOAT);
    KINDS.put("D", Kind.DOUBLE);
    KINDS.put("V", Kind.VOID);
    KINDS.put("Ljava/lang/Boolean;", Kind.BOXED_BOOLEAN);
    KINDS.put("Ljava/lang/Integer;", Kind.BOXED_INT);
    KINDS.put("Ljava/lang/Long;", Kind.BOXED_LONG);
    KINDS.put("Ljava/lang/Float;", Kind.BOXED_FLOAT);
    KINDS.put("Ljava/lang/Double;", Kind.BOXED_DOUBLE);
    KINDS.put("Ljava/lang/String;", Kind.STRING);
    KINDS.put("[B", Kind.BYTES);
    KINDS.put("[I", Kind.INTS);
    KINDS.put("[J", Kind.LONGS);
    KINDS.put("[F", Kind.FLOATS);
    KINDS.put("[D", Kind.DOUBLES);
    KINDS.put("[Ljava/lang/String;", Kind.STRINGS);
  }

  private final String module;
  private final SourceDocs docs;
  private final Map<String, String> handleNames = new LinkedHashMap<>();
  private final List<String> errors = new ArrayList<>();
  private final Map<String, String> firstError = new LinkedHashMap<>();

  private AbiModelBuilder(String module, SourceDocs docs) {
    this.module = module;
    this.docs = docs;
  }

  /** The model of {@code classes}; a {@link BuildException} lists every problem at once. */
  public static AbiModel build(String module, List<DecodedClass> classes, SourceDocs docs) {
    return new AbiModelBuilder(module, docs).run(classes);
  }

  private AbiModel run(List<DecodedClass> classes) {
    for (DecodedClass c : classes) {
      if (c.mark() != null) {
        handleNames.put(c.name(), c.mark().name().isEmpty() ? c.simpleName() : c.mark().name());
      }
    }
    List<AbiFunction> functions = new ArrayList<>();
    List<AbiHandle> handles = new ArrayList<>();
    for (DecodedClass c : classes) {
      boolean publicClass = (c.access() & Opcodes.ACC_PUBLIC) != 0;
      if (!publicClass) {
        error(
            c.name() + " has @WasmExport members but is not public; make the class public",
            c.name(),
            null);
        continue;
      }
      for (DecodedMethod m : c.methods()) {
        if (m.mark() == null || c.mark() != null && !isStatic(m)) {
          continue;
        }
        if (!isStatic(m) || !isPublic(m)) {
          String what = m.name().equals("<init>") ? "constructor" : "method";
          error(
              "@WasmExport "
                  + what
                  + " "
                  + display(c, m)
                  + " must be public static; to export instances, annotate the class "
                  + c.simpleName()
                  + " with @WasmExport instead",
              c.name() + "." + m.name(),
              null);
          continue;
        }
        AbiFunction f = function(c, m, Role.FUNCTION, null, name(m));
        if (f != null) {
          functions.add(f);
        }
      }
      if (c.mark() != null) {
        AbiHandle h = handle(c);
        if (h != null) {
          handles.add(h);
        }
      }
    }
    functions.sort(Comparator.comparing(AbiFunction::exportName));
    handles.sort(Comparator.comparing(AbiHandle::name));
    AbiModel model = new AbiModel(module, List.copyOf(functions), List.copyOf(handles));
    checkNames(model);
    if (!errors.isEmpty()) {
      StringBuilder sb =
          new StringBuilder("Module '")
              .append(module)
              .append("' has exports the typed ABI cannot carry:");
      for (String e : errors) {
        sb.append("\n  - ").append(e);
      }
      sb.append("\n  supported types: ").append(SUPPORTED).append('.');
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("module", module);
      fields.putAll(firstError);
      throw new BuildException(sb.toString(), fields, null);
    }
    return model;
  }

  private AbiHandle handle(DecodedClass c) {
    String name = handleNames.get(c.name());
    if ((c.access() & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ENUM | Opcodes.ACC_ANNOTATION)) != 0) {
      error(
          "@WasmExport class " + c.name() + " must be a class (not an interface or enum)",
          c.name(),
          null);
      return null;
    }
    List<DecodedMethod> constructors = new ArrayList<>();
    List<AbiFunction> methods = new ArrayList<>();
    boolean hasClose = false;
    for (DecodedMethod m : c.methods()) {
      if (!isPublic(m) || (m.access() & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0) {
        continue;
      }
      if (m.name().equals("<init>")) {
        constructors.add(m);
      } else if (m.name().equals("<clinit>") || isStatic(m)) {
        continue;
      } else if (m.name().equals("close") && m.descriptor().equals("()V")) {
        hasClose = true;
      } else if (!OBJECT_METHODS.contains(m.name() + m.descriptor())) {
        String n = name(m);
        AbiFunction f = function(c, m, Role.METHOD, name, n);
        if (f != null) {
          methods.add(f);
        }
      }
    }
    boolean abstractClass = (c.access() & Opcodes.ACC_ABSTRACT) != 0;
    AbiFunction constructor = null;
    if (constructors.size() > 1) {
      error(
          "handle class "
              + c.name()
              + " has "
              + constructors.size()
              + " public constructors; a handle has one: keep one public and turn the others"
              + " into static @WasmExport factory methods",
          c.name() + ".<init>",
          null);
    } else if (constructors.size() == 1 && !abstractClass) {
      constructor = function(c, constructors.get(0), Role.CONSTRUCTOR, name, "new");
    }
    methods.sort(Comparator.comparing(AbiFunction::exportName));
    AbiFunction close =
        new AbiFunction(
            name + "_close",
            "close",
            Role.CLOSE,
            c.name(),
            "close",
            "()V",
            name,
            List.of(),
            AbiType.of(Kind.VOID),
            false,
            Doc.EMPTY,
            hasClose);
    Doc doc = JavadocText.parse(docs.classComment(c.name()));
    return new AbiHandle(name, c.name(), constructor, List.copyOf(methods), close, doc);
  }

  private AbiFunction function(
      DecodedClass c, DecodedMethod m, Role role, String handle, String name) {
    Type[] args = Type.getArgumentTypes(m.descriptor());
    List<String> typeNames = new ArrayList<>();
    for (Type t : args) {
      typeNames.add(t.getClassName());
    }
    List<String> sourceNames = docs.paramNames(c.name(), m.name(), typeNames);
    List<AbiParam> params = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < args.length; i++) {
      String pname =
          sourceNames != null && i < sourceNames.size()
              ? sourceNames.get(i)
              : m.paramNames().get(i) != null ? m.paramNames().get(i) : "arg" + i;
      AbiType t = type(args[i]);
      if (t == null) {
        ok = false;
        error(
            "unsupported type "
                + args[i].getClassName()
                + " of parameter '"
                + pname
                + "' in "
                + display(c, m)
                + location(c, m),
            c.name() + "." + m.name(),
            args[i].getClassName());
        continue;
      }
      boolean nullable = t.kind().isBoxed() || (t.kind().isReference() && m.paramNullable().get(i));
      params.add(new AbiParam(pname, t, nullable));
    }
    AbiType result;
    boolean resultNullable;
    if (role == Role.CONSTRUCTOR) {
      result = new AbiType(Kind.HANDLE, handle, c.name());
      resultNullable = false;
    } else {
      Type rt = Type.getReturnType(m.descriptor());
      result = type(rt);
      if (result == null) {
        error(
            "unsupported return type "
                + rt.getClassName()
                + " of "
                + display(c, m)
                + location(c, m),
            c.name() + "." + m.name(),
            rt.getClassName());
        return null;
      }
      resultNullable =
          result.kind().isBoxed() || (result.kind().isReference() && m.returnNullable());
    }
    if (!ok) {
      return null;
    }
    String exportName = handle == null ? name : handle + "_" + name;
    Doc doc = JavadocText.parse(docs.methodComment(c.name(), m.name(), typeNames));
    return new AbiFunction(
        exportName,
        name,
        role,
        c.name(),
        m.name(),
        m.descriptor(),
        handle,
        List.copyOf(params),
        result,
        resultNullable,
        doc,
        false);
  }

  private AbiType type(Type t) {
    Kind k = KINDS.get(t.getDescriptor());
    if (k != null) {
      return AbiType.of(k);
    }
    if (t.getSort() == Type.OBJECT && handleNames.containsKey(t.getClassName())) {
      return new AbiType(Kind.HANDLE, handleNames.get(t.getClassName()), t.getClassName());
    }
    return null;
  }

  private void checkNames(AbiModel model) {
    Map<String, AbiFunction> seen = new HashMap<>();
    for (AbiFunction f : model.allExports()) {
      String n = f.exportName();
      if (!n.matches("[A-Za-z_][A-Za-z0-9_]*")
          || RESERVED.contains(n)
          || n.startsWith("teavm_")
          || n.startsWith("samovar_")) {
        error(
            "export name '"
                + n
                + "' of "
                + f.javaDisplayName()
                + " is not allowed (an identifier that is not memory, _start, _initialize,"
                + " start, teavm_* or samovar_*); set @WasmExport(name = \"...\")",
            f.owner() + "." + f.javaName(),
            null);
      }
      AbiFunction other = seen.put(n, f);
      if (other != null) {
        error(
            "export name '"
                + n
                + "' is used by both "
                + other.javaDisplayName()
                + " and "
                + f.javaDisplayName()
                + " (overloads cannot share a name); give one @WasmExport(name = \"...\")",
            f.owner() + "." + f.javaName(),
            null);
      }
    }
  }

  private void error(String message, String method, String type) {
    errors.add(message);
    if (firstError.isEmpty()) {
      firstError.put("method", method);
      if (type != null) {
        firstError.put("type", type);
      }
    }
  }

  private static String name(DecodedMethod m) {
    return m.mark() != null && !m.mark().name().isEmpty() ? m.mark().name() : m.name();
  }

  private static boolean isStatic(DecodedMethod m) {
    return (m.access() & Opcodes.ACC_STATIC) != 0;
  }

  private static boolean isPublic(DecodedMethod m) {
    return (m.access() & Opcodes.ACC_PUBLIC) != 0;
  }

  private static String display(DecodedClass c, DecodedMethod m) {
    StringBuilder sb = new StringBuilder(c.name()).append('.');
    sb.append(m.name().equals("<init>") ? c.simpleName() : m.name()).append('(');
    Type[] args = Type.getArgumentTypes(m.descriptor());
    for (int i = 0; i < args.length; i++) {
      sb.append(i > 0 ? ", " : "").append(args[i].getClassName());
    }
    return sb.append(')').toString();
  }

  private static String location(DecodedClass c, DecodedMethod m) {
    if (c.sourceFile() == null) {
      return "";
    }
    return " (" + c.sourceFile() + (m.line() > 0 ? ":" + m.line() : "") + ")";
  }
}
