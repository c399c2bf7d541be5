package dev.samovar.size.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.wasm.Parser;
import java.io.ByteArrayOutputStream;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ReachabilityTest {
  /**
   * Five functions of type () -> (): f0 (exported "a") calls f1 and does a call_indirect through a
   * table whose element segment holds f2; f3 calls f4 and nothing calls f3.
   */
  static byte[] module() {
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    m.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
    section(m, 1, 1, 0x60, 0, 0);
    section(m, 3, 5, 0, 0, 0, 0, 0);
    section(m, 4, 1, 0x70, 0, 1);
    section(m, 7, 1, 1, 'a', 0, 0);
    section(m, 9, 1, 0, 0x41, 0, 0x0b, 1, 2);
    section(
        m, 10, 5, 9, 0, 0x10, 1, 0x41, 0, 0x11, 0, 0,
        0x0b, // f0: call 1; i32.const 0; call_indirect 0
        2, 0, 0x0b, // f1
        2, 0, 0x0b, // f2
        4, 0, 0x10, 4, 0x0b, // f3: call 4
        2, 0, 0x0b); // f4
    return m.toByteArray();
  }

  private static void section(ByteArrayOutputStream m, int id, int... payload) {
    m.write(id);
    m.write(payload.length);
    for (int b : payload) {
      m.write(b);
    }
  }

  @Test
  void exportReachesDirectAndIndirectCalleesButNotDeadCode() {
    Reachability graph = Reachability.of(Parser.parse(module()));
    assertEquals(5, graph.functionCount());
    BitSet fromA = graph.reachableFrom(0);
    assertEquals("{0, 1, 2}", fromA.toString());
    assertEquals("{3, 4}", graph.reachableFrom(3).toString());
  }

  @Test
  void layoutCountsEveryBodyWithItsSizePrefix() {
    WasmLayout layout = WasmLayout.read("test.wasm", module());
    assertEquals("[10, 3, 3, 5, 3]", java.util.Arrays.toString(layout.bodyBytes()));
    long sum = 8;
    for (WasmLayout.Section s : layout.sections()) {
      sum += s.bytes();
    }
    assertEquals(module().length, sum);
  }

  @Test
  void sectionSizePastTheEndIsRefusedWithOffset() {
    byte[] wasm = module();
    wasm[9] = 100; // the type section now claims 100 bytes
    dev.samovar.api.BuildException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.samovar.api.BuildException.class, () -> WasmLayout.read("evil.wasm", wasm));
    assertEquals("evil.wasm", e.field("path"));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("offset"), e.getMessage());
  }

  @Test
  void hugeBodyCountIsRefusedNotAllocated() {
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    m.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
    m.writeBytes(new byte[] {10, 5, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07});
    org.junit.jupiter.api.Assertions.assertThrows(
        dev.samovar.api.BuildException.class, () -> WasmLayout.read("bomb.wasm", m.toByteArray()));
  }
}
