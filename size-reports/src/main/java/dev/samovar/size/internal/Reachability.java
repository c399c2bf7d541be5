package dev.samovar.size.internal;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Element;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.Global;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.TypeSection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The wasm-level call graph: which functions each function can call ({@code call}, {@code
 * return_call}, {@code ref.func}, and for {@code call_indirect} every table function of a
 * canonically equal type), and what is reachable from a set of start functions. Element segments
 * only put functions in tables; they make nothing reachable by themselves.
 */
public final class Reachability {
  private final int imported;
  private final int total;
  private final List<int[]> callees;

  private Reachability(int imported, int total, List<int[]> callees) {
    this.imported = imported;
    this.total = total;
    this.callees = callees;
  }

  /** Builds the graph of {@code module}. */
  public static Reachability of(WasmModule module) {
    int imported =
        (int)
            module.importSection().stream()
                .filter(i -> i.importType() == ExternalType.FUNCTION)
                .count();
    int defined = module.functionSection().functionCount();
    int total = imported + defined;
    int[] typeOf = new int[total];
    int k = 0;
    for (int i = 0; i < module.importSection().importCount(); i++) {
      if (module.importSection().getImport(i) instanceof FunctionImport fi) {
        typeOf[k++] = fi.typeIndex();
      }
    }
    for (int i = 0; i < defined; i++) {
      typeOf[imported + i] = module.functionSection().getFunctionType(i);
    }

    BitSet inTable = new BitSet(total);
    for (Element e : module.elementSection().elements()) {
      for (List<Instruction> init : e.initializers()) {
        for (Instruction ins : init) {
          if (ins.opcode() == OpCode.REF_FUNC) {
            inTable.set((int) ins.operand(0));
          }
        }
      }
    }
    TypeSection types = module.typeSection();
    List<int[]> callees = new ArrayList<>(total);
    for (int i = 0; i < imported; i++) {
      callees.add(new int[0]);
    }
    for (int i = 0; i < defined; i++) {
      FunctionBody body = module.codeSection().getFunctionBody(i);
      BitSet targets = new BitSet(total);
      for (Instruction ins : body.instructions()) {
        OpCode op = ins.opcode();
        if (op == OpCode.CALL || op == OpCode.RETURN_CALL || op == OpCode.REF_FUNC) {
          targets.set((int) ins.operand(0));
        } else if (op == OpCode.CALL_INDIRECT || op == OpCode.RETURN_CALL_INDIRECT) {
          int type = (int) ins.operand(0);
          for (int f = inTable.nextSetBit(0); f >= 0; f = inTable.nextSetBit(f + 1)) {
            if (types.canonicallyEquivalent(type, typeOf[f])) {
              targets.set(f);
            }
          }
        } else if (op == OpCode.CALL_REF || op == OpCode.RETURN_CALL_REF) {
          targets.or(inTable);
        }
      }
      callees.add(targets.stream().filter(t -> t < total).toArray());
    }
    return new Reachability(imported, total, withGlobals(module, callees, total));
  }

  /** {@code ref.func} in a global initializer makes that function reachable from everywhere. */
  private static List<int[]> withGlobals(WasmModule module, List<int[]> callees, int total) {
    BitSet fromGlobals = new BitSet(total);
    for (Global g : module.globalSection().globals()) {
      for (Instruction ins : g.initInstructions()) {
        if (ins.opcode() == OpCode.REF_FUNC) {
          fromGlobals.set((int) ins.operand(0));
        }
      }
    }
    if (fromGlobals.isEmpty()) {
      return callees;
    }
    List<int[]> out = new ArrayList<>(callees.size());
    for (int[] c : callees) {
      BitSet b = new BitSet(total);
      for (int x : c) {
        b.set(x);
      }
      b.or(fromGlobals);
      out.add(b.stream().toArray());
    }
    return out;
  }

  /** The function indices of the exported functions, by export name, in file order. */
  public static List<Export> functionExports(WasmModule module) {
    List<Export> out = new ArrayList<>();
    for (int i = 0; i < module.exportSection().exportCount(); i++) {
      Export e = module.exportSection().getExport(i);
      if (e.exportType() == ExternalType.FUNCTION) {
        out.add(e);
      }
    }
    return out;
  }

  public int importedCount() {
    return imported;
  }

  public int functionCount() {
    return total;
  }

  /** Every function reachable from {@code starts} (function indices, imports included). */
  public BitSet reachableFrom(int... starts) {
    BitSet seen = new BitSet(total);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int s : starts) {
      if (s >= 0 && s < total && !seen.get(s)) {
        seen.set(s);
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      for (int c : callees.get(queue.poll())) {
        if (!seen.get(c)) {
          seen.set(c);
          queue.add(c);
        }
      }
    }
    return seen;
  }
}
