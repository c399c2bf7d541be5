package dev.samovar.classlib.internal;

import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Sends selected static calls inside TeaVM's runtime to our replacement with the same descriptor.
 */
public final class CallSiteRedirectTransformer implements ClassHolderTransformer {
  private final List<Redirects.CallSiteRedirect> redirects;

  public CallSiteRedirectTransformer(List<Redirects.CallSiteRedirect> redirects) {
    this.redirects = redirects;
  }

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    for (Redirects.CallSiteRedirect redirect : redirects) {
      if (cls.getName().startsWith(redirect.callerPrefix())) {
        for (MethodHolder method : cls.getMethods()) {
          rewrite(method.getProgram(), redirect);
        }
      }
    }
  }

  private static void rewrite(Program program, Redirects.CallSiteRedirect redirect) {
    if (program == null) {
      return;
    }
    for (BasicBlock block : program.getBasicBlocks()) {
      for (Instruction insn : block) {
        if (insn instanceof InvokeInstruction) {
          InvokeInstruction invoke = (InvokeInstruction) insn;
          MethodReference ref = invoke.getMethod();
          if (ref.getClassName().equals(redirect.owner())
              && ref.getName().equals(redirect.name())) {
            invoke.setMethod(new MethodReference(redirect.replacementClass(), ref.getDescriptor()));
          }
        }
      }
    }
  }
}
