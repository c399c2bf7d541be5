package dev.samovar.runner.abi;

/**
 * The engine-specific part of an {@link AbiInstance}: calling a function export with raw values and
 * reading and writing linear memory. Everything else (argument encoding, result decoding, error
 * records, traps) is engine-neutral and lives in {@link AbiInstance} and {@link DynamicCall}, so
 * the same ABI code runs on Chicory (the default, {@link AbiInstance#builder}) and on any other
 * engine a caller wraps (see {@link AbiInstance#over}).
 */
public interface AbiEngine extends AutoCloseable {
  /** A resolved function export. */
  @FunctionalInterface
  interface Function {
    /**
     * Calls the export. Values are raw as Chicory passes them: i32 and i64 as longs, f32 and f64 as
     * their IEEE bit patterns in the low bits. Returns the results the same way ({@code null} or
     * empty for none). A trap is any {@link RuntimeException} or {@link Error}.
     */
    long[] apply(long... args);
  }

  /** Looks up a function export; throws a {@link RuntimeException} when there is none. */
  Function export(String name);

  /** Copies {@code data} into linear memory at {@code address}. */
  void write(int address, byte[] data);

  /** The little-endian i32 at {@code address}. */
  int readInt(int address);

  /** {@code length} bytes of linear memory from {@code address}. */
  byte[] read(int address, int length);

  /** Current size of linear memory in bytes. */
  long memoryBytes();

  /** Releases the instance and its WASI resources; called once by {@link AbiInstance#close}. */
  @Override
  void close();
}
