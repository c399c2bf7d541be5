package dev.samovar.classlib.gaps;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * TeaVM cannot compile calls to {@code MethodHandle.invokeExact/invoke} (signature-polymorphic), so
 * a library that merely contains one does not build. Such calls become calls that throw {@link
 * UnsupportedOperationException} when reached (guava reaches its CRC32C method handle only when
 * {@code Class.forName("java.util.zip.CRC32C")} succeeds, which it does not here).
 */
public final class MethodHandleGaps implements ClassHolderTransformer {
  private static final String HANDLE = "java.lang.invoke.MethodHandle";

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    for (MethodHolder method : cls.getMethods()) {
      Program program = method.getProgram();
      if (program == null) {
        continue;
      }
      for (int i = 0; i < program.basicBlockCount(); i++) {
        BasicBlock block = program.basicBlockAt(i);
        for (Instruction insn : block) {
          if (insn instanceof InvokeInstruction invoke
              && invoke.getMethod().getClassName().equals(HANDLE)
              && (invoke.getMethod().getName().equals("invokeExact")
                  || invoke.getMethod().getName().equals("invoke"))) {
            ValueType result = invoke.getMethod().getReturnType();
            String helper = helperName(result);
            ValueType helperResult =
                result instanceof ValueType.Primitive
                    ? result
                    : result == ValueType.VOID
                        ? ValueType.VOID
                        : ValueType.object("java.lang.Object");
            invoke.setType(InvocationType.SPECIAL);
            invoke.setInstance(null);
            invoke.setArguments();
            invoke.setMethod(
                new MethodReference(MethodHandleGaps.class.getName(), helper, helperResult));
          }
        }
      }
    }
  }

  private static String helperName(ValueType result) {
    if (result instanceof ValueType.Primitive p) {
      return "fail" + p.getKind().name();
    }
    return result == ValueType.VOID ? "failVoid" : "failObject";
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException(
        "MethodHandle.invokeExact/invoke is not supported in wasm (TeaVM)");
  }

  public static Object failObject() {
    throw unsupported();
  }

  public static void failVoid() {
    throw unsupported();
  }

  public static boolean failBOOLEAN() {
    throw unsupported();
  }

  public static byte failBYTE() {
    throw unsupported();
  }

  public static short failSHORT() {
    throw unsupported();
  }

  public static char failCHARACTER() {
    throw unsupported();
  }

  public static int failINTEGER() {
    throw unsupported();
  }

  public static long failLONG() {
    throw unsupported();
  }

  public static float failFLOAT() {
    throw unsupported();
  }

  public static double failDOUBLE() {
    throw unsupported();
  }
}
