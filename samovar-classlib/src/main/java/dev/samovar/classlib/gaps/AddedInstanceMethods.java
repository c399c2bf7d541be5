package dev.samovar.classlib.gaps;

import java.util.List;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Adds instance methods TeaVM's class library lacks, each a call to {@code
 * implClass.<name>(receiver, args...)}. A method the class already has is left alone, unless it is
 * a native one the WASI backend cannot implement.
 */
public final class AddedInstanceMethods implements ClassHolderTransformer {
  /** One method to add: owner (JDK name), descriptor and the class with its static body. */
  public record Added(String owner, String descriptor, String implClass) {}

  private final List<Added> added;

  public AddedInstanceMethods(List<Added> added) {
    this.added = List.copyOf(added);
  }

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    for (Added a : added) {
      if (!cls.getName().equals(a.owner())) {
        continue;
      }
      MethodDescriptor descriptor = MethodDescriptor.parse(a.descriptor());
      MethodHolder method = cls.getMethod(descriptor);
      if (method == null) {
        method = new MethodHolder(descriptor);
        method.setLevel(AccessLevel.PUBLIC);
        cls.addMethod(method);
      } else if (method.hasModifier(ElementModifier.NATIVE)
          && !method.hasModifier(ElementModifier.STATIC)) {
        // A native without an implementation on the WASI backend (e.g. String.intern).
        method.getModifiers().remove(ElementModifier.NATIVE);
        method.getAnnotations().remove("org.teavm.dependency.PluggableDependency");
        method.getAnnotations().remove("org.teavm.backend.javascript.spi.GeneratedBy");
      } else {
        continue;
      }
      ValueType[] signature = new ValueType[method.parameterCount() + 2];
      signature[0] = ValueType.object(a.owner());
      for (int i = 0; i < method.parameterCount(); i++) {
        signature[i + 1] = method.parameterType(i);
      }
      signature[signature.length - 1] = method.getResultType();
      ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
      ValueEmitter[] args = new ValueEmitter[method.parameterCount() + 1];
      args[0] = pe.var(0, ValueType.object(a.owner()));
      for (int i = 0; i < method.parameterCount(); i++) {
        args[i + 1] = pe.var(i + 1, method.parameterType(i));
      }
      ValueEmitter result =
          pe.invoke(new MethodReference(a.implClass(), descriptor.getName(), signature), args);
      if (method.getResultType() == ValueType.VOID) {
        pe.exit();
      } else {
        result.returnValue();
      }
    }
  }
}
