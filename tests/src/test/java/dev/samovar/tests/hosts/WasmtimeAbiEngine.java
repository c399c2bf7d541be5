package dev.samovar.tests.hosts;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.ValType;
import dev.samovar.runner.abi.AbiEngine;
import dev.samovar.runner.abi.AbiInstance;
import dev.samovar.runner.internal.ModuleCache;
import io.github.kawamuray.wasmtime.Engine;
import io.github.kawamuray.wasmtime.Extern;
import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.Instance;
import io.github.kawamuray.wasmtime.Linker;
import io.github.kawamuray.wasmtime.Memory;
import io.github.kawamuray.wasmtime.Module;
import io.github.kawamuray.wasmtime.Store;
import io.github.kawamuray.wasmtime.Val;
import io.github.kawamuray.wasmtime.wasi.WasiCtx;
import io.github.kawamuray.wasmtime.wasi.WasiCtxBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AbiEngine} over real wasmtime (wasmtime-java 0.19.0, JNI), so {@link AbiInstance}'s own
 * argument encoding and result decoding run unchanged on wasmtime. wasmtime-java's {@code Func}
 * does not tell its type, so the export types come from the module's type section (parsed by
 * Chicory's parser, not run by it). WASI is wasmtime's own, with no stdio and no preopens.
 */
public final class WasmtimeAbiEngine implements AbiEngine {
  private static final Engine ENGINE = new Engine();

  private final Store<Void> store;
  private final Instance instance;
  private final Memory memory;
  private final Map<String, FunctionType> types = new HashMap<>();

  private WasmtimeAbiEngine(Path wasm) {
    WasmModule parsed = ModuleCache.load(wasm).module();
    int imported = parsed.importSection().count(ExternalType.FUNCTION);
    for (int i = 0; i < parsed.exportSection().exportCount(); i++) {
      Export e = parsed.exportSection().getExport(i);
      if (e.exportType() == ExternalType.FUNCTION && e.index() >= imported) {
        types.put(
            e.name(),
            parsed.functionSection().getFunctionType(e.index() - imported, parsed.typeSection()));
      }
    }
    WasiCtx wasi = new WasiCtxBuilder().arg(wasm.getFileName().toString()).build();
    this.store = new Store<>(null, ENGINE, wasi);
    // Linker.module would treat a command module (it has _start) as a command: a fresh instance
    // for every export call. The ABI keeps state between calls, so instantiate once, with the
    // linker's WASI functions as imports.
    try (Linker linker = new Linker(ENGINE)) {
      WasiCtx.addToLinker(linker);
      List<Extern> imports = new ArrayList<>();
      for (int i = 0; i < parsed.importSection().importCount(); i++) {
        Import im = parsed.importSection().getImport(i);
        imports.add(
            linker
                .get(store, im.module(), im.name())
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            wasm + " imports " + im.module() + "." + im.name() + ": not in WASI")));
      }
      try (Module module = Module.fromFile(ENGINE, wasm.toString())) {
        this.instance = new Instance(store, module, imports);
      }
    }
    this.memory = instance.getMemory(store, "memory").orElseThrow();
  }

  /** A typed ABI instance of {@code wasm} on wasmtime. */
  public static AbiInstance open(Path wasm) {
    return AbiInstance.over(wasm, new WasmtimeAbiEngine(wasm));
  }

  @Override
  public Function export(String name) {
    FunctionType type = types.get(name);
    if (type == null) {
      throw new IllegalArgumentException("no function export " + name);
    }
    Func f = instance.getFunc(store, name).orElseThrow();
    List<ValType> params = type.params();
    List<ValType> returns = type.returns();
    return args -> {
      Val[] in = new Val[params.size()];
      for (int i = 0; i < in.length; i++) {
        in[i] = toVal(params.get(i), args[i]);
      }
      Val[] out = f.call(store, in);
      long[] r = new long[returns.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = fromVal(returns.get(i), out[i]);
      }
      return r;
    };
  }

  private static Val toVal(ValType t, long raw) {
    if (t.equals(ValType.I32)) {
      return Val.fromI32((int) raw);
    } else if (t.equals(ValType.I64)) {
      return Val.fromI64(raw);
    } else if (t.equals(ValType.F32)) {
      return Val.fromF32(Float.intBitsToFloat((int) raw));
    } else if (t.equals(ValType.F64)) {
      return Val.fromF64(Double.longBitsToDouble(raw));
    }
    throw new IllegalArgumentException("unsupported parameter type " + t);
  }

  private static long fromVal(ValType t, Val v) {
    if (t.equals(ValType.I32)) {
      return v.i32();
    } else if (t.equals(ValType.I64)) {
      return v.i64();
    } else if (t.equals(ValType.F32)) {
      return Float.floatToRawIntBits(v.f32()) & 0xFFFFFFFFL;
    } else if (t.equals(ValType.F64)) {
      return Double.doubleToRawLongBits(v.f64());
    }
    throw new IllegalArgumentException("unsupported result type " + t);
  }

  /** The memory buffer, fetched anew each time: growth may move it. */
  private ByteBuffer buffer() {
    return memory.buffer(store).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Override
  public void write(int address, byte[] data) {
    buffer().put(address, data);
  }

  @Override
  public int readInt(int address) {
    return buffer().getInt(address);
  }

  @Override
  public byte[] read(int address, int length) {
    byte[] b = new byte[length];
    buffer().get(address, b);
    return b;
  }

  @Override
  public long memoryBytes() {
    return memory.dataSize(store);
  }

  @Override
  public void close() {
    instance.close();
    store.close();
  }
}
