package dev.samovar.classlib.reflect;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Writes {@link WasiReflection}'s {@code newMethod/newConstructor/newField}: calls of the
 * constructors of TeaVM's {@code java.lang.reflect.Method/Constructor/Field} (its class library's
 * {@code TMethod}, ... after mapping), which Java source outside that library cannot call.
 */
final class ReflectionObjects implements ClassHolderTransformer {
  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    if (!cls.getName().equals(WasiReflection.class.getName())) {
      return;
    }
    for (MethodHolder method : cls.getMethods()) {
      String type =
          switch (method.getName()) {
            case "newMethod" -> "java.lang.reflect.Method";
            case "newConstructor" -> "java.lang.reflect.Constructor";
            case "newField" -> "java.lang.reflect.Field";
            default -> null;
          };
      if (type == null || !method.hasModifier(ElementModifier.NATIVE)) {
        continue;
      }
      method.getModifiers().remove(ElementModifier.NATIVE);
      ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
      ValueEmitter[] args = new ValueEmitter[method.parameterCount()];
      for (int i = 0; i < args.length; i++) {
        ValueType t = method.parameterType(i);
        args[i] = pe.var(i + 1, t);
      }
      pe.construct(type, args).returnValue();
    }
  }
}
