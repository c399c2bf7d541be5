package dev.samovar.classlib.internal;

import org.teavm.ast.InvocationExpr;
import org.teavm.backend.wasm.intrinsics.WasmIntrinsic;
import org.teavm.backend.wasm.intrinsics.WasmIntrinsicManager;
import org.teavm.backend.wasm.model.expression.WasmExpression;
import org.teavm.backend.wasm.model.expression.WasmFloatType;
import org.teavm.backend.wasm.model.expression.WasmFloatUnary;
import org.teavm.backend.wasm.model.expression.WasmFloatUnaryOperation;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * Compiles calls to {@code dev.samovar.classlib.math.WasmFloat} to the single IEEE-exact wasm
 * instruction (f64.sqrt, f64.floor, ...), so the portable math never needs a host import.
 */
public final class WasmFloatIntrinsic implements WasmIntrinsic, ClassHolderTransformer {
  static final String OWNER = "dev.samovar.classlib.math.WasmFloat";

  /**
   * Makes the intrinsic methods native in TeaVM's model: their JVM bodies call StrictMath, which we
   * redirect back here, and TeaVM's inliner would otherwise inline them before codegen.
   */
  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    if (!cls.getName().equals(OWNER)) {
      return;
    }
    for (MethodHolder method : cls.getMethods()) {
      if (operation(method.getReference()) != null) {
        method.setProgram(null);
        method.getModifiers().add(ElementModifier.NATIVE);
      }
    }
  }

  @Override
  public boolean isApplicable(MethodReference ref) {
    return ref.getClassName().equals(OWNER) && operation(ref) != null;
  }

  @Override
  public WasmExpression apply(InvocationExpr invocation, WasmIntrinsicManager manager) {
    MethodReference ref = invocation.getMethod();
    WasmFloatType type =
        ref.parameterType(0) == ValueType.FLOAT ? WasmFloatType.FLOAT32 : WasmFloatType.FLOAT64;
    return new WasmFloatUnary(
        type, operation(ref), manager.generate(invocation.getArguments().get(0)));
  }

  private static WasmFloatUnaryOperation operation(MethodReference ref) {
    if (ref.parameterCount() != 1) {
      return null;
    }
    ValueType type = ref.parameterType(0);
    if (type != ValueType.DOUBLE && type != ValueType.FLOAT) {
      return null;
    }
    switch (ref.getName()) {
      case "sqrt":
        return WasmFloatUnaryOperation.SQRT;
      case "floor":
        return WasmFloatUnaryOperation.FLOOR;
      case "ceil":
        return WasmFloatUnaryOperation.CEIL;
      case "rint":
        return WasmFloatUnaryOperation.NEAREST;
      case "trunc":
        return WasmFloatUnaryOperation.TRUNC;
      case "abs":
        return WasmFloatUnaryOperation.ABS;
      default:
        return null;
    }
  }
}
