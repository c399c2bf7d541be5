package dev.samovar.build.internal;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.NameCustomSection;
import com.dylibso.chicory.wasm.types.OpCode;
import dev.samovar.api.BuildException;
import dev.samovar.build.WasmBuild;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Refuses to ship a module a host would refuse: it must parse and validate, and import only WASI.
 * Failures name the wasm function and the Java method it was compiled from (TeaVM's {@code name}
 * section, mapped back by {@link JavaMethodNames}), and for an import no host provides, the Java
 * call sites that need it (TeaVM's call graph).
 */
public final class ModuleCheck {
  private ModuleCheck() {}

  /**
   * What the build knows about the Java side, to explain a failure.
   *
   * @param names maps the wasm function names to Java methods
   * @param callers Java callers (with source lines) of a method given as {@code
   *     MethodReference.toString()}
   */
  public record Context(JavaMethodNames names, Function<String, List<String>> callers) {
    /** Nothing known: messages name the wasm functions only. */
    public static final Context NONE = new Context(JavaMethodNames.NONE, m -> List.of());
  }

  /** Validates the module and returns its imports as {@code module.name}. */
  public static List<String> check(String moduleName, byte[] wasm) {
    return check(moduleName, wasm, Context.NONE);
  }

  /** Validates the module and returns its imports as {@code module.name}. */
  public static List<String> check(String moduleName, byte[] wasm, Context context) {
    WasmModule module = parse(moduleName, wasm);
    NameCustomSection names = module.nameSection();
    String invalid = invalidFunction(moduleName, wasm, module, names, context);
    List<String> imports = new ArrayList<>();
    Map<Integer, String> foreign = new LinkedHashMap<>();
    var section = module.importSection();
    int functionIndex = 0;
    for (int i = 0; i < section.importCount(); i++) {
      Import imp = section.getImport(i);
      String qualified = qualified(imp);
      imports.add(imp.module() + "." + imp.name());
      if (!WasmBuild.ALLOWED_IMPORT_MODULES.contains(imp.module())) {
        foreign.put(imp.importType() == ExternalType.FUNCTION ? functionIndex : -1, qualified);
      }
      if (imp.importType() == ExternalType.FUNCTION) {
        functionIndex++;
      }
    }
    if (invalid != null) {
      String more =
          foreign.isEmpty()
              ? ""
              : "\n" + foreignImports(moduleName, module, foreign, names, context);
      throw new BuildException(invalid + more, Map.of("module", moduleName), null);
    }
    if (!foreign.isEmpty()) {
      throw new BuildException(
          foreignImports(moduleName, module, foreign, names, context),
          Map.of("module", moduleName, "imports", String.join(",", foreign.values())),
          null);
    }
    return imports;
  }

  /**
   * If the module TeaVM wrote imports functions no WASI host provides, the explanation (which Java
   * method each import stands for and who calls it); null if it imports only WASI or cannot be
   * read. Used to complete TeaVM's own error report, which names the method but not its callers.
   */
  public static String explainForeignImports(String moduleName, byte[] wasm, Context context) {
    WasmModule module;
    try {
      module =
          Parser.builder()
              .withValidation(false)
              .build()
              .parse(() -> new ByteArrayInputStream(wasm));
    } catch (ChicoryException e) {
      return null;
    }
    Map<Integer, String> foreign = new LinkedHashMap<>();
    var section = module.importSection();
    int functionIndex = 0;
    for (int i = 0; i < section.importCount(); i++) {
      Import imp = section.getImport(i);
      if (imp.importType() == ExternalType.FUNCTION) {
        if (!WasmBuild.ALLOWED_IMPORT_MODULES.contains(imp.module())) {
          foreign.put(functionIndex, qualified(imp));
        }
        functionIndex++;
      }
    }
    return foreign.isEmpty()
        ? null
        : foreignImports(moduleName, module, foreign, module.nameSection(), context);
  }

  private static WasmModule parse(String moduleName, byte[] wasm) {
    try {
      return Parser.builder()
          .withValidation(false)
          .build()
          .parse(() -> new ByteArrayInputStream(wasm));
    } catch (ChicoryException e) {
      throw new BuildException(
          "TeaVM wrote a malformed wasm module '"
              + moduleName
              + "': "
              + e.getMessage()
              + "\n  hint: this is a TeaVM code-generation bug; try"
              + " <optimization>SIMPLE</optimization>, and report it with the Java code involved.",
          Map.of("module", moduleName),
          e);
    }
  }

  /** The failure message if the module does not validate, else null. */
  private static String invalidFunction(
      String moduleName, byte[] wasm, WasmModule module, NameCustomSection names, Context context) {
    String message;
    try {
      Parser.parse(wasm);
      return null;
    } catch (ChicoryException e) {
      message = e.getMessage();
    }
    StringBuilder sb = new StringBuilder();
    sb.append("TeaVM wrote an invalid wasm module '")
        .append(moduleName)
        .append("' (it reported no error); a host would refuse to load it.");
    FunctionValidator.Failure failure = FunctionValidator.firstInvalid(module);
    if (failure != null) {
      String wasmName = functionName(names, failure.functionIndex());
      sb.append("\n  wasm function #").append(failure.functionIndex());
      if (wasmName != null) {
        sb.append(" '").append(wasmName).append('\'');
      }
      sb.append(" fails validation: ").append(failure.message());
      sb.append("\n  compiled from ").append(javaMethods(wasmName, context));
    } else {
      sb.append("\n  validator: ").append(message);
    }
    sb.append(
        "\n  hint: this is a TeaVM 0.13.1 code-generation bug. samovar-classlib works around the"
            + " known ones (samovar-classlib/README.md); for this one, try"
            + " <optimization>SIMPLE</optimization> or rewrite the expression in that method, and"
            + " report it with the method's source.");
    return sb.toString();
  }

  private static String foreignImports(
      String moduleName,
      WasmModule module,
      Map<Integer, String> foreign,
      NameCustomSection names,
      Context context) {
    StringBuilder sb = new StringBuilder();
    sb.append("Module '")
        .append(moduleName)
        .append("' imports ")
        .append(String.join(", ", foreign.values()))
        .append(", which WASI hosts do not provide; only ")
        .append(WasmBuild.ALLOWED_IMPORT_MODULES)
        .append(" imports are allowed.");
    boolean unresolved = false;
    for (Map.Entry<Integer, String> e : foreign.entrySet()) {
      int index = e.getKey();
      if (index < 0) {
        continue;
      }
      String wasmName = functionName(names, index);
      List<String> methods = context.names().methodsFor(wasmName);
      unresolved |= e.getValue().startsWith("\"\".");
      sb.append("\n  ").append(e.getValue()).append(" is wasm function #").append(index);
      if (wasmName != null) {
        sb.append(" '").append(wasmName).append('\'');
      }
      if (!methods.isEmpty()) {
        sb.append(", the Java method ").append(readable(methods));
      }
      TreeSet<String> callers = new TreeSet<>();
      for (String m : methods) {
        callers.addAll(context.callers().apply(m));
      }
      if (callers.isEmpty()) {
        for (int caller : wasmCallers(module, index)) {
          String callerName = functionName(names, caller);
          List<String> callerMethods = context.names().methodsFor(callerName);
          callers.add(
              callerMethods.isEmpty()
                  ? "wasm function #" + caller + (callerName != null ? " '" + callerName + "'" : "")
                  : readable(callerMethods));
        }
      }
      sb.append(callers.isEmpty() ? "; no caller found" : ", called from:");
      for (String c : callers) {
        sb.append("\n      at ").append(c);
      }
    }
    sb.append(
        unresolved
            ? "\n  hint: TeaVM found no implementation of a native JDK method for wasm and left a"
                + " placeholder import; avoid that API at the call site above, or add an"
                + " implementation to samovar-classlib."
            : "\n  hint: a JDK method with a host-specific TeaVM implementation was reached;"
                + " samovar-classlib should replace it.");
    return sb.toString();
  }

  /** Functions whose body calls function {@code target} directly. */
  private static List<Integer> wasmCallers(WasmModule module, int target) {
    List<Integer> callers = new ArrayList<>();
    int imported = module.importSection().count(ExternalType.FUNCTION);
    var code = module.codeSection();
    for (int i = 0; i < code.functionBodyCount(); i++) {
      FunctionBody body = code.getFunctionBody(i);
      for (Instruction ins : body.instructions()) {
        if ((ins.opcode() == OpCode.CALL || ins.opcode() == OpCode.RETURN_CALL)
            && ins.operand(0) == target) {
          callers.add(imported + i);
          break;
        }
      }
    }
    return callers;
  }

  private static String javaMethods(String wasmName, Context context) {
    List<String> methods = context.names().methodsFor(wasmName);
    return methods.isEmpty()
        ? "(unknown Java method: no name section or not a TeaVM method name)"
        : readable(methods);
  }

  private static String readable(List<String> methods) {
    List<String> out = new ArrayList<>();
    for (String m : methods) {
      out.add(JavaMethodNames.readable(m));
    }
    return out.size() == 1 ? out.get(0) : "one of " + String.join(" | ", out);
  }

  private static String functionName(NameCustomSection names, int index) {
    return names == null ? null : names.nameOfFunction(index);
  }

  private static String qualified(Import imp) {
    return "\"" + imp.module() + "\".\"" + imp.name() + "\"";
  }
}
