package dev.samovar.runner.abi;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import dev.samovar.runner.internal.wasi.Preview1;

/** {@link AbiEngine} over a Chicory instance and our own WASI preview1 (the default engine). */
final class ChicoryAbiEngine implements AbiEngine {
  private final Instance instance;
  private final Memory memory;
  private final Preview1 wasi;

  ChicoryAbiEngine(Instance instance, Preview1 wasi) {
    this.instance = instance;
    this.memory = instance.memory();
    this.wasi = wasi;
  }

  @Override
  public Function export(String name) {
    ExportFunction f = instance.export(name);
    return f::apply;
  }

  @Override
  public void write(int address, byte[] data) {
    memory.write(address, data);
  }

  @Override
  public int readInt(int address) {
    return memory.readInt(address);
  }

  @Override
  public byte[] read(int address, int length) {
    return memory.readBytes(address, length);
  }

  @Override
  public long memoryBytes() {
    return (long) memory.pages() * 65536;
  }

  @Override
  public void close() {
    wasi.close();
  }
}
