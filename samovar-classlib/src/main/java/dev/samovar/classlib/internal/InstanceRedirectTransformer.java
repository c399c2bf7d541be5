package dev.samovar.classlib.internal;

import java.util.List;
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
 * Replaces the body of an instance method of the class library by a call to a static method of ours
 * that takes the receiver first: {@code s.toUpperCase(l)} becomes {@code StringCase.toUpperCase(s,
 * l)}.
 */
public final class InstanceRedirectTransformer implements ClassHolderTransformer {
  private final List<Redirects.InstanceRedirect> redirects;

  public InstanceRedirectTransformer(List<Redirects.InstanceRedirect> redirects) {
    this.redirects = redirects;
  }

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    for (Redirects.InstanceRedirect r : redirects) {
      if (!cls.getName().equals(r.owner())) {
        continue;
      }
      MethodHolder method = cls.getMethod(MethodDescriptor.parse(r.descriptor()));
      if (method == null || method.hasModifier(ElementModifier.STATIC)) {
        continue;
      }
      if (context.getHierarchy().getClassSource().get(r.implClass()) == null) {
        continue;
      }
      ValueType[] signature = new ValueType[method.parameterCount() + 2];
      signature[0] = ValueType.object(r.owner());
      for (int i = 0; i < method.parameterCount(); i++) {
        signature[i + 1] = method.parameterType(i);
      }
      signature[signature.length - 1] = method.getResultType();
      MethodReference impl = new MethodReference(r.implClass(), method.getName(), signature);
      method.getModifiers().remove(ElementModifier.NATIVE);
      ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
      ValueEmitter[] args = new ValueEmitter[method.parameterCount() + 1];
      args[0] = pe.var(0, ValueType.object(r.owner()));
      for (int i = 0; i < method.parameterCount(); i++) {
        args[i + 1] = pe.var(i + 1, method.parameterType(i));
      }
      ValueEmitter result = pe.invoke(impl, args);
      if (method.getResultType() == ValueType.VOID) {
        pe.exit();
      } else {
        result.returnValue();
      }
    }
  }
}
