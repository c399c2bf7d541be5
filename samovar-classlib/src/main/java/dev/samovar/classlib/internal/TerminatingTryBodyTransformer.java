package dev.samovar.classlib.internal;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.BinaryBranchingInstruction;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.BranchingInstruction;
import org.teavm.model.instructions.CastIntegerInstruction;
import org.teavm.model.instructions.CastNumberInstruction;
import org.teavm.model.instructions.DoubleConstantInstruction;
import org.teavm.model.instructions.EmptyInstruction;
import org.teavm.model.instructions.FloatConstantInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.JumpInstruction;
import org.teavm.model.instructions.LongConstantInstruction;
import org.teavm.model.instructions.NegateInstruction;
import org.teavm.model.instructions.NullConstantInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.model.instructions.SwitchInstruction;

/**
 * Takes the exception handlers off a basic block that ends in a conditional branch and contains no
 * instruction that can throw, so that TeaVM 0.13.1's wasm (linear memory) backend never ends a try
 * body with an {@code if/else} whose arms both branch away.
 *
 * <p>Root cause, in TeaVM's {@code backend/wasm/generate/WasmGenerationVisitor.emulatedTry}: the
 * try body is an {@code i32} block whose value (the handler id) feeds {@code br_table (i32.sub body
 * 1)}; when the body {@code isTerminating()} no closing {@code br} is added, and when nothing in
 * the body branches to that block itself (its only throwing code sits in a nested try) the binary
 * renderer flattens it. A body ending in {@code br}/{@code return} is then still valid (the stack
 * is polymorphic after them), but one ending in a void {@code if ... br ... else ... br ... end} is
 * not: {@code i32.sub} gets one operand ("not enough arguments on the stack for i32.sub"). TeaVM's
 * decompiler writes such an {@code if/else} for a conditional branch both of whose targets lie
 * outside the try (e.g. {@code if (c) break outer; else break;} as the last statement of a try in a
 * loop). Handlers are unreachable from a block that cannot throw, so dropping them changes no
 * behaviour; the decompiler then leaves the branch after the try statement.
 */
public final class TerminatingTryBodyTransformer implements ClassHolderTransformer {
  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    for (MethodHolder method : cls.getMethods()) {
      transform(method.getProgram());
    }
  }

  /** Rewrites {@code program} in place; {@code null} (abstract or native method) is ignored. */
  static void transform(Program program) {
    if (program == null) {
      return;
    }
    for (int i = 0; i < program.basicBlockCount(); i++) {
      BasicBlock block = program.basicBlockAt(i);
      if (block == null || block.getTryCatchBlocks().isEmpty() || !endsInBranch(block)) {
        continue;
      }
      if (!cannotThrow(block) || !handlersKeepIncomings(block)) {
        continue;
      }
      List<TryCatchBlock> tryCatches = new ArrayList<>(block.getTryCatchBlocks());
      block.getTryCatchBlocks().clear();
      for (TryCatchBlock tryCatch : tryCatches) {
        tryCatch.getHandler().removeIncomingsFrom(block);
      }
    }
  }

  private static boolean endsInBranch(BasicBlock block) {
    Instruction last = block.getLastInstruction();
    return last instanceof BranchingInstruction
        || last instanceof BinaryBranchingInstruction
        || last instanceof SwitchInstruction;
  }

  /** A phi left without incomings would be malformed; keep the handlers then. */
  private static boolean handlersKeepIncomings(BasicBlock block) {
    for (TryCatchBlock tryCatch : block.getTryCatchBlocks()) {
      for (Phi phi : tryCatch.getHandler().getPhis()) {
        boolean other =
            phi.getIncomings().stream().anyMatch(incoming -> incoming.getSource() != block);
        if (!other) {
          return false;
        }
      }
    }
    return true;
  }

  /** Conservative: only instructions that can never throw (nor run a class initializer). */
  private static boolean cannotThrow(BasicBlock block) {
    for (Instruction insn : block) {
      if (insn instanceof BinaryInstruction) {
        BinaryInstruction binary = (BinaryInstruction) insn;
        boolean integral =
            binary.getOperandType() == NumericOperandType.INT
                || binary.getOperandType() == NumericOperandType.LONG;
        if (integral
            && (binary.getOperation() == BinaryOperation.DIVIDE
                || binary.getOperation() == BinaryOperation.MODULO)) {
          return false;
        }
        continue;
      }
      boolean safe =
          insn instanceof AssignInstruction
              || insn instanceof EmptyInstruction
              || insn instanceof NullConstantInstruction
              || insn instanceof IntegerConstantInstruction
              || insn instanceof LongConstantInstruction
              || insn instanceof FloatConstantInstruction
              || insn instanceof DoubleConstantInstruction
              || insn instanceof NegateInstruction
              || insn instanceof CastNumberInstruction
              || insn instanceof CastIntegerInstruction
              || insn instanceof BranchingInstruction
              || insn instanceof BinaryBranchingInstruction
              || insn instanceof SwitchInstruction
              || insn instanceof JumpInstruction;
      if (!safe) {
        return false;
      }
    }
    return true;
  }
}
