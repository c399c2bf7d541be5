package dev.samovar.classlib.internal;

import org.teavm.ast.InvocationExpr;
import org.teavm.backend.wasm.intrinsics.WasmIntrinsic;
import org.teavm.backend.wasm.intrinsics.WasmIntrinsicManager;
import org.teavm.backend.wasm.model.expression.WasmExpression;
import org.teavm.backend.wasm.model.expression.WasmFloatType;
import org.teavm.backend.wasm.model.expression.WasmFloatUnary;
import org.teavm.backend.wasm.model.expression.WasmFloatUnaryOperation;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * Compiles calls to {@code dev.samovar.classlib.math.WasmFloat} to the single IEEE-exact wasm
 * instruction (f64.sqrt, f64.floor, ...), so the portable math never needs a host import.
 */
public final class WasmFloatIntrinsic implements WasmIntrinsic {
  static final String OWNER = "dev.samovar.classlib.math.WasmFloat";

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
