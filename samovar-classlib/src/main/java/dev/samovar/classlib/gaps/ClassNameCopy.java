package dev.samovar.classlib.gaps;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.util.ModelUtils;

/**
 * On the WASI backend {@code Class.getName()} returns a string built over the class's static name
 * data, which {@code substring}, {@code toCharArray} and so on cannot copy from ({@code
 * System.arraycopy} refuses its character array: IllegalArgumentException). This keeps TeaVM's
 * {@code getName} as {@code samovarRawName} and makes {@code getName} return an ordinary copy.
 */
final class ClassNameCopy implements ClassHolderTransformer {
  private static final MethodDescriptor GET_NAME =
      new MethodDescriptor("getName", ValueType.object("java.lang.String"));

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    if (!cls.getName().equals("java.lang.Class")) {
      return;
    }
    MethodHolder original = cls.getMethod(GET_NAME);
    if (original == null || original.getProgram() == null) {
      return;
    }
    MethodHolder raw = ModelUtils.copyMethod(original);
    MethodHolder renamed =
        new MethodHolder(
            new MethodDescriptor("samovarRawName", ValueType.object("java.lang.String")));
    renamed.setLevel(raw.getLevel());
    renamed.setProgram(raw.getProgram());
    cls.addMethod(renamed);
    ProgramEmitter pe = ProgramEmitter.create(original, context.getHierarchy());
    var self = pe.var(0, ValueType.object("java.lang.Class"));
    var name = self.invokeSpecial(renamed.getReference());
    pe.invoke(
            new MethodReference(
                ClassGaps.class.getName(),
                "copy",
                ValueType.object("java.lang.String"),
                ValueType.object("java.lang.String")),
            name)
        .returnValue();
  }
}
