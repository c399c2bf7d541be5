package dev.samovar.classlib.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.interop.Import;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Replaces the bodies of static class-library methods by a call to our implementation with the same
 * descriptor, and adds the static methods TeaVM lacks (for example {@code System.exit}).
 */
public final class BodyRedirectTransformer implements ClassHolderTransformer {
  private final Map<String, List<String>> redirects;

  public BodyRedirectTransformer(Map<String, List<String>> redirects) {
    this.redirects = redirects;
  }

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    List<String> impls = redirects.get(cls.getName());
    if (impls == null) {
      return;
    }
    Set<MethodDescriptor> done = new HashSet<>();
    for (String implName : impls) {
      ClassReader impl = context.getHierarchy().getClassSource().get(implName);
      if (impl == null) {
        continue;
      }
      for (MethodReader source : impl.getMethods()) {
        if (!source.hasModifier(ElementModifier.STATIC)
            || source.getLevel() != AccessLevel.PUBLIC
            || source.getName().equals("<clinit>")
            || !done.add(source.getDescriptor())) {
          continue;
        }
        MethodHolder target = cls.getMethod(source.getDescriptor());
        if (target == null) {
          target = new MethodHolder(source.getDescriptor());
          target.setLevel(AccessLevel.PUBLIC);
          target.getModifiers().add(ElementModifier.STATIC);
          cls.addMethod(target);
        } else if (!target.hasModifier(ElementModifier.STATIC)) {
          continue;
        }
        target.getModifiers().remove(ElementModifier.NATIVE);
        target.getAnnotations().remove(Import.class.getName());
        target.getAnnotations().remove("org.teavm.backend.javascript.spi.GeneratedBy");
        emitDelegation(target, source, context);
      }
    }
  }

  private static void emitDelegation(
      MethodHolder target, MethodReader source, ClassHolderTransformerContext context) {
    ProgramEmitter pe = ProgramEmitter.create(target, context.getHierarchy());
    ValueEmitter[] args = new ValueEmitter[target.parameterCount()];
    for (int i = 0; i < args.length; ++i) {
      args[i] = pe.var(i + 1, target.parameterType(i));
    }
    ValueEmitter result = pe.invoke(source.getReference(), args);
    if (target.getResultType() != ValueType.VOID) {
      result.returnValue();
    } else {
      pe.exit();
    }
  }
}
