package dev.samovar.build.internal;

import dev.samovar.api.BuildException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.dependency.DependencyInfo;
import org.teavm.model.BasicBlockReader;
import org.teavm.model.ClassReader;
import org.teavm.model.ClassReaderSource;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.ProgramReader;
import org.teavm.model.TextLocation;
import org.teavm.model.ValueType;
import org.teavm.model.VariableReader;
import org.teavm.model.instructions.AbstractInstructionReader;
import org.teavm.model.instructions.InvocationType;

/**
 * Reflection the build can see will not be served: {@code Class.forName("a.B")} or {@code
 * B.class.getMethod(...)} (and the other member lookups) on a class of the module that is not kept
 * for reflection. Such a call would fail at run time (ClassNotFoundException, no members), so the
 * build stops, naming the call site and how to keep the class. Lookups on classes known only at run
 * time cannot be checked; they find the kept classes' members only.
 */
public final class ReflectionCheck {
  private static final Set<String> LOOKUPS =
      Set.of(
          "getMethod",
          "getMethods",
          "getDeclaredMethod",
          "getDeclaredMethods",
          "getField",
          "getFields",
          "getDeclaredField",
          "getDeclaredFields",
          "getConstructor",
          "getConstructors",
          "getDeclaredConstructor",
          "getDeclaredConstructors",
          "newInstance");

  private ReflectionCheck() {}

  /** Throws {@link BuildException} listing every such call site. */
  public static void check(String module, DependencyInfo info, List<String> kept) {
    ClassReaderSource source = info.getClassSource();
    List<String> problems = new ArrayList<>();
    for (MethodReference ref : info.getReachableMethods()) {
      if (ref.getClassName().startsWith("java.") || ref.getClassName().startsWith("org.teavm.")) {
        continue;
      }
      ClassReader cls = source.get(ref.getClassName());
      MethodReader method = cls == null ? null : cls.getMethod(ref.getDescriptor());
      ProgramReader program = method == null ? null : method.getProgram();
      if (program == null) {
        continue;
      }
      Scanner scanner = new Scanner(ref, source, kept, problems);
      for (int i = 0; i < program.basicBlockCount(); i++) {
        BasicBlockReader block = program.basicBlockAt(i);
        block.readAllInstructions(scanner);
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildException(
          "Module '"
              + module
              + "' uses reflection on classes that are not kept for reflection:\n  "
              + String.join("\n  ", problems)
              + "\n  hint: keep them in the plugin configuration: <reflection><class>a.B</class>"
              + "</reflection> (binary names; their members become reachable).",
          Map.of("module", module),
          null);
    }
  }

  private static final class Scanner extends AbstractInstructionReader {
    private final MethodReference caller;
    private final ClassReaderSource source;
    private final List<String> kept;
    private final List<String> problems;
    private final Map<Integer, String> strings = new HashMap<>();
    private final Map<Integer, String> classes = new HashMap<>();
    private TextLocation location;

    Scanner(
        MethodReference caller,
        ClassReaderSource source,
        List<String> kept,
        List<String> problems) {
      this.caller = caller;
      this.source = source;
      this.kept = kept;
      this.problems = problems;
    }

    @Override
    public void location(TextLocation location) {
      this.location = location;
    }

    @Override
    public void stringConstant(VariableReader receiver, String cst) {
      strings.put(receiver.getIndex(), cst);
    }

    @Override
    public void classConstant(VariableReader receiver, ValueType cst) {
      if (cst instanceof ValueType.Object object) {
        classes.put(receiver.getIndex(), object.getClassName());
      }
    }

    @Override
    public void invoke(
        VariableReader receiver,
        VariableReader instance,
        MethodReference method,
        List<? extends VariableReader> arguments,
        InvocationType type) {
      if (!method.getClassName().equals("java.lang.Class")) {
        return;
      }
      String target = null;
      String what = null;
      if (method.getName().equals("forName") && !arguments.isEmpty()) {
        target = strings.get(arguments.get(0).getIndex());
        what = "Class.forName(\"" + target + "\")";
      } else if (LOOKUPS.contains(method.getName()) && instance != null) {
        target = classes.get(instance.getIndex());
        what = target + ".class." + method.getName() + "(...)";
      }
      if (target == null
          || target.startsWith("java.")
          || target.startsWith("javax.")
          || kept.contains(target)
          || source.get(target) == null) {
        return;
      }
      String at = caller.getClassName() + "." + caller.getName();
      if (location != null && !location.isEmpty() && location.getFileName() != null) {
        String file = location.getFileName();
        at += " (" + file.substring(file.lastIndexOf('/') + 1) + ":" + location.getLine() + ")";
      }
      problems.add(what + " at " + at + ": " + target + " is not kept for reflection");
    }
  }
}
