package dev.samovar.classlib.internal;

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
 * Keeps every call to {@code Float}/{@code Double} {@code isNaN()}/{@code isInfinite()} (instance)
 * and {@code isInfinite(float|double)} (static) away from TeaVM 0.13.1's wasm intrinsics, by
 * sending them to {@code dev.samovar.classlib.lang.FloatTests}.
 *
 * <p>Root cause, in TeaVM's {@code backend/wasm/intrinsics/FloatIntrinsic} and {@code
 * DoubleIntrinsic}: {@code isApplicable} matches on class and method <em>name</em> only, so a
 * non-virtual call to the <em>instance</em> method {@code Float.isNaN()} (which TeaVM makes when it
 * devirtualizes {@code ((Float) x).isNaN()}, e.g. when it proves no {@code Float} reaches {@code
 * x}) is compiled as the static {@code isNaN(float)}: argument 0, the object pointer, is
 * reinterpreted as a float ({@code i32.reinterpret_f32 expected f32, found i32}); and at the SIMPLE
 * level the instance method's own function is emitted with an empty body ({@code
 * Float.isInfinite()} fails validation). Besides, the static {@code isInfinite} intrinsic tests
 * only the exponent bits, so it answers {@code true} for NaN. The intrinsics are built into TeaVM's
 * target and consulted before any plugin's, so the fix is to never hand them these calls: a class
 * transformer (runs on every class, before dependency analysis) rewrites the call sites; the
 * replacements are plain Java that TeaVM compiles correctly. Other {@code Float}/{@code Double}
 * intrinsics ({@code isNaN(float)}, {@code isFinite}, bit conversions) are static-only and exact.
 */
public final class FloatTestTransformer implements ClassHolderTransformer {
  static final String TARGET = "dev.samovar.classlib.lang.FloatTests";

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    if (cls.getName().equals(TARGET)) {
      return;
    }
    for (MethodHolder method : cls.getMethods()) {
      rewrite(method.getProgram());
    }
  }

  private static void rewrite(Program program) {
    if (program == null) {
      return;
    }
    for (BasicBlock block : program.getBasicBlocks()) {
      for (Instruction insn : block) {
        if (insn instanceof InvokeInstruction) {
          rewrite((InvokeInstruction) insn);
        }
      }
    }
  }

  private static void rewrite(InvokeInstruction invoke) {
    MethodReference ref = invoke.getMethod();
    String owner = ref.getClassName();
    if (!owner.equals("java.lang.Float") && !owner.equals("java.lang.Double")) {
      return;
    }
    String name = ref.getName();
    if (!name.equals("isNaN") && !name.equals("isInfinite")) {
      return;
    }
    ValueType boxed = ValueType.object(owner);
    if (invoke.getInstance() != null && ref.parameterCount() == 0) {
      // x.isNaN() -> FloatTests.isNaN(x): the null check moves into floatValue().
      invoke.setArguments(invoke.getInstance());
      invoke.setInstance(null);
      invoke.setType(InvocationType.SPECIAL);
      invoke.setMethod(new MethodReference(TARGET, name, boxed, ValueType.BOOLEAN));
    } else if (invoke.getInstance() == null && name.equals("isInfinite")) {
      invoke.setMethod(new MethodReference(TARGET, name, ref.parameterType(0), ValueType.BOOLEAN));
    }
  }
}
