package dev.samovar.classlib.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.teavm.model.BasicBlock;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.BranchingCondition;
import org.teavm.model.instructions.BranchingInstruction;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.JumpInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * The transformer on hand-made TeaVM programs: a protected block that cannot throw and ends in a
 * branch loses its handlers (and the handler's phi its incoming from it); anything that can throw,
 * a block ending otherwise, or a handler phi that would be left empty keeps them.
 */
class TerminatingTryBodyTransformerTest {
  /**
   * Block 0 (protected, throws: a call) jumps to block 1 (protected, holds {@code body}, ends in a
   * branch to blocks 3/4); block 2 is the handler, with a phi over blocks 0 and 1.
   */
  private static final class Shape {
    final Program program = new Program();
    final BasicBlock thrower = program.createBasicBlock();
    final BasicBlock tail = program.createBasicBlock();
    final BasicBlock handler = program.createBasicBlock();
    final BasicBlock exitA = program.createBasicBlock();
    final BasicBlock exitB = program.createBasicBlock();
    final Phi phi = new Phi();

    Shape(boolean throwerProtected, boolean branch, Instruction... body) {
      Variable x = constant(thrower, 1);
      InvokeInstruction call = new InvokeInstruction();
      call.setType(InvocationType.SPECIAL);
      call.setMethod(new MethodReference(Integer.class, "parseInt", String.class, int.class));
      thrower.add(call);
      JumpInstruction jump = new JumpInstruction();
      jump.setTarget(tail);
      thrower.add(jump);

      Variable y = constant(tail, 2);
      for (Instruction insn : body) {
        tail.add(insn);
      }
      if (branch) {
        BranchingInstruction br = new BranchingInstruction(BranchingCondition.LESS);
        br.setOperand(y);
        br.setConsequent(exitA);
        br.setAlternative(exitB);
        tail.add(br);
      } else {
        JumpInstruction toA = new JumpInstruction();
        toA.setTarget(exitA);
        tail.add(toA);
      }

      phi.setReceiver(program.createVariable());
      if (throwerProtected) {
        protect(thrower);
        phi.getIncomings().add(incoming(thrower, x));
      }
      protect(tail);
      phi.getIncomings().add(incoming(tail, y));
      handler.getPhis().add(phi);
      handler.add(new ExitInstruction());
      exitA.add(new ExitInstruction());
      exitB.add(new ExitInstruction());
    }

    private Variable constant(BasicBlock block, int value) {
      IntegerConstantInstruction c = new IntegerConstantInstruction();
      c.setConstant(value);
      c.setReceiver(program.createVariable());
      block.add(c);
      return c.getReceiver();
    }

    private void protect(BasicBlock block) {
      TryCatchBlock tryCatch = new TryCatchBlock();
      tryCatch.setExceptionType("java.lang.RuntimeException");
      tryCatch.setHandler(handler);
      block.getTryCatchBlocks().add(tryCatch);
    }

    private static Incoming incoming(BasicBlock source, Variable value) {
      Incoming incoming = new Incoming();
      incoming.setSource(source);
      incoming.setValue(value);
      return incoming;
    }

    boolean tailProtected() {
      return !tail.getTryCatchBlocks().isEmpty();
    }

    List<Integer> phiSources() {
      return phi.getIncomings().stream()
          .map(incoming -> incoming.getSource().getIndex())
          .collect(Collectors.toList());
    }

    Variable newVar() {
      return program.createVariable();
    }
  }

  private static BinaryInstruction binary(Shape s, BinaryOperation op, NumericOperandType type) {
    BinaryInstruction insn = new BinaryInstruction(op, type);
    insn.setFirstOperand(s.newVar());
    insn.setSecondOperand(s.newVar());
    insn.setReceiver(s.newVar());
    return insn;
  }

  @Test
  void nonThrowingBranchBlockLosesItsHandlers() {
    Shape s = new Shape(true, true);
    TerminatingTryBodyTransformer.transform(s.program);
    assertTrue(!s.tailProtected());
    assertEquals(List.of(0), s.phiSources());
    assertEquals(1, s.thrower.getTryCatchBlocks().size());
  }

  @Test
  void arithmeticThatCannotThrowIsNotABarrier() {
    Shape s = new Shape(true, true);
    s.tail.addFirst(binary(s, BinaryOperation.DIVIDE, NumericOperandType.DOUBLE));
    s.tail.addFirst(binary(s, BinaryOperation.ADD, NumericOperandType.INT));
    TerminatingTryBodyTransformer.transform(s.program);
    assertTrue(!s.tailProtected());
  }

  @Test
  void integerDivisionKeepsTheHandlers() {
    for (BinaryOperation op :
        new BinaryOperation[] {BinaryOperation.DIVIDE, BinaryOperation.MODULO}) {
      for (NumericOperandType type :
          new NumericOperandType[] {NumericOperandType.INT, NumericOperandType.LONG}) {
        Shape s = new Shape(true, true);
        s.tail.addFirst(binary(s, op, type));
        TerminatingTryBodyTransformer.transform(s.program);
        assertTrue(s.tailProtected(), op + " " + type);
        assertEquals(List.of(0, 1), s.phiSources());
      }
    }
  }

  @Test
  void aCallKeepsTheHandlers() {
    Shape s = new Shape(true, true);
    InvokeInstruction call = new InvokeInstruction();
    call.setType(InvocationType.SPECIAL);
    call.setMethod(new MethodReference(Integer.class, "parseInt", String.class, int.class));
    s.tail.addFirst(call);
    TerminatingTryBodyTransformer.transform(s.program);
    assertTrue(s.tailProtected());
  }

  @Test
  void aBlockEndingInAJumpIsLeftAlone() {
    Shape s = new Shape(true, false);
    TerminatingTryBodyTransformer.transform(s.program);
    assertTrue(s.tailProtected());
    assertEquals(List.of(0, 1), s.phiSources());
  }

  @Test
  void aHandlerPhiIsNeverLeftEmpty() {
    Shape s = new Shape(false, true);
    TerminatingTryBodyTransformer.transform(s.program);
    assertTrue(s.tailProtected());
    assertEquals(List.of(1), s.phiSources());
  }

  @Test
  void abstractMethodsAreIgnored() {
    TerminatingTryBodyTransformer.transform(null);
  }
}
