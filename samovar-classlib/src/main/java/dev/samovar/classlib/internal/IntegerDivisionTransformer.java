package dev.samovar.classlib.internal;

import dev.samovar.classlib.lang.IntegerDivision;
import java.util.HashMap;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.LongConstantInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Gives integer {@code /} and {@code %} Java's semantics in wasm: each {@code int}/{@code long}
 * division or remainder whose divisor is not a known constant other than 0 and -1 becomes a call to
 * {@link IntegerDivision} (which TeaVM inlines), so a zero divisor throws {@link
 * ArithmeticException} instead of trapping the instance, and {@code MIN_VALUE / -1} wraps instead
 * of trapping. TeaVM's runtime (GC, allocator, interop) is left alone: it must not throw.
 */
public final class IntegerDivisionTransformer implements ClassHolderTransformer {
  private static final String HELPER = IntegerDivision.class.getName();
  private static final MethodReference INT_DIV =
      new MethodReference(HELPER, "div", ValueType.INTEGER, ValueType.INTEGER, ValueType.INTEGER);
  private static final MethodReference INT_REM =
      new MethodReference(HELPER, "rem", ValueType.INTEGER, ValueType.INTEGER, ValueType.INTEGER);
  private static final MethodReference LONG_DIV =
      new MethodReference(HELPER, "div", ValueType.LONG, ValueType.LONG, ValueType.LONG);
  private static final MethodReference LONG_REM =
      new MethodReference(HELPER, "rem", ValueType.LONG, ValueType.LONG, ValueType.LONG);

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    String name = cls.getName();
    if (name.equals(HELPER)
        || name.startsWith("org.teavm.runtime.")
        || name.startsWith("org.teavm.backend.")
        || name.startsWith("org.teavm.interop.")
        || name.startsWith("org.teavm.jso.")) {
      return;
    }
    for (MethodHolder method : cls.getMethods()) {
      if (method.getProgram() != null) {
        rewrite(method.getProgram());
      }
    }
  }

  private static void rewrite(Program program) {
    Map<Variable, Long> constants = constants(program);
    for (BasicBlock block : program.getBasicBlocks()) {
      for (Instruction insn : block) {
        if (!(insn instanceof BinaryInstruction)) {
          continue;
        }
        BinaryInstruction binary = (BinaryInstruction) insn;
        BinaryOperation op = binary.getOperation();
        NumericOperandType type = binary.getOperandType();
        if (op != BinaryOperation.DIVIDE && op != BinaryOperation.MODULO
            || type != NumericOperandType.INT && type != NumericOperandType.LONG) {
          continue;
        }
        Long divisor = constants.get(binary.getSecondOperand());
        if (divisor != null && divisor != 0 && divisor != -1) {
          continue;
        }
        boolean isInt = type == NumericOperandType.INT;
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(
            op == BinaryOperation.DIVIDE
                ? (isInt ? INT_DIV : LONG_DIV)
                : (isInt ? INT_REM : LONG_REM));
        call.setArguments(binary.getFirstOperand(), binary.getSecondOperand());
        call.setReceiver(binary.getReceiver());
        call.setLocation(binary.getLocation());
        binary.replace(call);
      }
    }
  }

  /** Variables assigned exactly once, by an int or long constant. */
  private static Map<Variable, Long> constants(Program program) {
    Map<Variable, Long> values = new HashMap<>();
    Map<Variable, Integer> definitions = new HashMap<>();
    for (BasicBlock block : program.getBasicBlocks()) {
      for (Instruction insn : block) {
        if (insn instanceof IntegerConstantInstruction) {
          IntegerConstantInstruction c = (IntegerConstantInstruction) insn;
          values.put(c.getReceiver(), (long) c.getConstant());
        } else if (insn instanceof LongConstantInstruction) {
          LongConstantInstruction c = (LongConstantInstruction) insn;
          values.put(c.getReceiver(), c.getConstant());
        }
      }
    }
    for (BasicBlock block : program.getBasicBlocks()) {
      for (Instruction insn : block) {
        for (Variable v : definedBy(insn)) {
          definitions.merge(v, 1, Integer::sum);
        }
      }
      block.getPhis().forEach(phi -> definitions.merge(phi.getReceiver(), 2, Integer::sum));
    }
    values.keySet().removeIf(v -> definitions.getOrDefault(v, 0) != 1);
    return values;
  }

  private static Variable[] definedBy(Instruction insn) {
    org.teavm.model.util.DefinitionExtractor extractor =
        new org.teavm.model.util.DefinitionExtractor();
    insn.acceptVisitor(extractor);
    return extractor.getDefinedVariables();
  }
}
