package dev.samovar.build.internal;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Finds which function of a module fails validation. Chicory's validator stops at the first bad
 * function without saying which; its per-function entry point ({@code Validator.validateFunction})
 * is package-private, so it is called reflectively (Chicory 1.7.x, pinned by the parent pom). If
 * that entry point ever moves, {@link #firstInvalid} returns null and the build still fails, only
 * without the function index.
 */
final class FunctionValidator {
  private FunctionValidator() {}

  /** The first function that fails validation, or null if none is found (or Chicory changed). */
  static Failure firstInvalid(WasmModule module) {
    Object validator;
    Method validate;
    try {
      Class<?> cls = Class.forName("com.dylibso.chicory.wasm.Validator");
      Constructor<?> ctor = cls.getDeclaredConstructor(WasmModule.class);
      ctor.setAccessible(true);
      validator = ctor.newInstance(module);
      validate =
          cls.getDeclaredMethod(
              "validateFunction", int.class, FunctionBody.class, FunctionType.class);
      validate.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
    int imported =
        module.importSection().count(com.dylibso.chicory.wasm.types.ExternalType.FUNCTION);
    int count = module.codeSection().functionBodyCount();
    for (int i = 0; i < count; i++) {
      int index = imported + i;
      FunctionType type = module.typeSection().getType(module.functionSection().getFunctionType(i));
      try {
        validate.invoke(validator, index, module.codeSection().getFunctionBody(i), type);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof ChicoryException) {
          return new Failure(index, e.getCause().getMessage());
        }
        return null;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  /** A function that fails validation: its index in the function index space, and why. */
  record Failure(int functionIndex, String message) {}
}
