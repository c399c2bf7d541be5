package dev.samovar.classlib.internal;

import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Makes {@code StringBuilder.append(double)} (and so {@code Double.toString}, {@code
 * String.valueOf} and string concatenation) print what the JDK prints: TeaVM's own algorithm prints
 * 1e23 as {@code 9.999999999999999E22}. Every path ends in {@code AbstractStringBuilder.insert(int,
 * double)} and {@code insert(int, float)}; we make those insert our shortest-decimal text.
 */
public final class NumberTextTransformer implements ClassHolderTransformer {
  private static final String BUILDER = "java.lang.AbstractStringBuilder";
  private static final String DOUBLE_TEXT = "dev.samovar.classlib.text.DoubleToDecimal";
  private static final String FLOAT_TEXT = "dev.samovar.classlib.text.FloatToDecimal";

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    if (!cls.getName().equals(BUILDER)) {
      return;
    }
    rewrite(cls, context, ValueType.DOUBLE, DOUBLE_TEXT);
    rewrite(cls, context, ValueType.FLOAT, FLOAT_TEXT);
  }

  private static void rewrite(
      ClassHolder cls, ClassHolderTransformerContext context, ValueType type, String implClass) {
    ValueType self = ValueType.object(BUILDER);
    MethodHolder insert =
        cls.getMethod(new MethodDescriptor("insert", ValueType.INTEGER, type, self));
    var impl = context.getHierarchy().getClassSource().get(implClass);
    if (insert == null || impl == null) {
      return;
    }
    MethodReader toString =
        impl.getMethod(
            new MethodDescriptor("toString", type, ValueType.object("java.lang.String")));
    if (toString == null
        || !toString.hasModifier(ElementModifier.STATIC)
        || toString.getLevel() != AccessLevel.PUBLIC) {
      return;
    }
    ProgramEmitter pe = ProgramEmitter.create(insert, context.getHierarchy());
    ValueEmitter thisVar = pe.var(0, self);
    ValueEmitter index = pe.var(1, ValueType.INTEGER);
    ValueEmitter value = pe.var(2, type);
    ValueEmitter text = pe.invoke(toString.getReference(), value);
    MethodReference insertString =
        new MethodReference(
            BUILDER, "insert", ValueType.INTEGER, ValueType.object("java.lang.String"), self);
    thisVar.invokeSpecial(insertString, index, text).returnValue();
  }
}
