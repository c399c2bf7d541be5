package dev.samovar.tests.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.TrapException;
import dev.samovar.api.WasmJavaException;
import dev.samovar.runner.abi.AbiInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link AbiInstance} over {@link WasmtimeAbiEngine} against the real {@code abifixture.wasm}: the
 * parts the javacore export matrix does not reach (exact NaN bits, handles across calls, Java
 * exceptions, traps that kill the instance) behave on wasmtime as on Chicory.
 */
class WasmtimeAbiEngineTest {
  private static final Path FIXTURE =
      Path.of(System.getProperty("samovar.repo", ".."))
          .toAbsolutePath()
          .normalize()
          .resolve("tests/abi-fixture/target/samovar/abifixture.wasm");

  private static AbiInstance open() {
    assertTrue(Files.isRegularFile(FIXTURE), FIXTURE + " missing: build tests/abi-fixture first");
    return WasmtimeAbiEngine.open(FIXTURE);
  }

  @Test
  void primitivesAndExactFloatBits() {
    try (AbiInstance abi = open()) {
      assertEquals(Integer.MIN_VALUE, abi.invoke("addInt", Integer.MAX_VALUE, 1));
      assertEquals(Long.MIN_VALUE, abi.invoke("addLong", Long.MAX_VALUE, 1L));
      assertEquals(
          Float.floatToRawIntBits(-0.0f),
          Float.floatToRawIntBits((Float) abi.invoke("halfFloat", -0.0f)));
      for (long b : new long[] {0x7ff8_0000_dead_beefL, 0xfff8_0000_0000_1234L, 1L}) {
        double back = (Double) abi.invoke("echoDouble", Double.longBitsToDouble(b));
        assertEquals(Long.toHexString(b), Long.toHexString(Double.doubleToRawLongBits(back)));
      }
      assertTrue(abi.memoryBytes() > 0);
    }
  }

  @Test
  void handlesKeepStateBetweenCalls() {
    try (AbiInstance abi = open()) {
      int live = abi.liveHandles();
      int a = (Integer) abi.invoke("Counter_new", "a");
      assertEquals(5L, abi.invoke("Counter_add", a, 5L));
      assertEquals(10L, abi.invoke("Counter_addAll", a, new int[] {1, 2, 2}));
      assertEquals("a=10", abi.invoke("Counter_label", a));
      assertEquals(live + 1, abi.liveHandles());
      assertNull(abi.invoke("Counter_close", a));
      assertEquals(live, abi.liveHandles());
    }
  }

  @Test
  void javaExceptionsArriveAsWasmJavaException() {
    try (AbiInstance abi = open()) {
      WasmJavaException e =
          assertThrows(WasmJavaException.class, () -> abi.invoke("fail", "iae", "bad ☕"));
      assertEquals("java.lang.IllegalArgumentException", e.javaClassName());
      assertEquals("bad ☕", e.javaMessage());
      assertEquals(3, abi.invoke("addInt", 1, 2));
    }
  }

  @Test
  void aTrapKillsTheInstance() {
    try (AbiInstance abi = open()) {
      TrapException trap = assertThrows(TrapException.class, () -> abi.invoke("recurse", 0));
      assertTrue(trap.getMessage().contains("recurse"), trap.getMessage());
      assertTrue(abi.isDead());
      TrapException later = assertThrows(TrapException.class, () -> abi.invoke("addInt", 1, 2));
      assertTrue(later.getMessage().contains("dead"), later.getMessage());
    }
  }
}
