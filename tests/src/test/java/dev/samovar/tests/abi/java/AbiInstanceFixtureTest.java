package dev.samovar.tests.abi.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.LinkException;
import dev.samovar.api.TrapException;
import dev.samovar.api.WasmJavaException;
import dev.samovar.runner.Engine;
import dev.samovar.runner.abi.AbiInstance;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Chicory ABI host ({@link AbiInstance}, its wire encodings and {@code samovar.abi} checks)
 * against the real {@code abifixture.wasm}, on both Chicory engines, through {@link
 * AbiInstance#invoke} (the path {@code samovar run --invoke} takes).
 */
class AbiInstanceFixtureTest {

  private static AbiInstance open(Engine engine) {
    return AbiInstance.builder(Fixtures.abifixture()).engine(engine).open();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void primitivesRoundTripWithJavaSemantics(Engine engine) {
    try (AbiInstance abi = open(engine)) {
      assertEquals(false, abi.invoke("notBool", true));
      assertEquals(true, abi.invoke("notBool", false));
      assertEquals(Integer.MIN_VALUE, abi.invoke("addInt", Integer.MAX_VALUE, 1));
      assertEquals(-3, abi.invoke("addInt", -1, -2));
      assertEquals(Long.MIN_VALUE, abi.invoke("addLong", Long.MAX_VALUE, 1L));
      assertEquals(
          0x1234_5678_9abc_def0L, abi.invoke("addLong", 0x1234_5678_0000_0000L, 0x9abc_def0L));
      assertEquals(1.25f, abi.invoke("halfFloat", 2.5f));
      assertEquals(Float.POSITIVE_INFINITY, abi.invoke("halfFloat", Float.POSITIVE_INFINITY));
      assertEquals(Float.NEGATIVE_INFINITY, abi.invoke("halfFloat", Float.NEGATIVE_INFINITY));
      assertTrue(Float.isNaN((Float) abi.invoke("halfFloat", Float.NaN)));
      assertEquals(
          Float.floatToRawIntBits(-0.0f),
          Float.floatToRawIntBits((Float) abi.invoke("halfFloat", -0.0f)));
      assertEquals(Float.MIN_VALUE / 2, abi.invoke("halfFloat", Float.MIN_VALUE));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void doublesKeepTheirExactBits(Engine engine) {
    long[] bits = {
      Double.doubleToRawLongBits(-0.0),
      Double.doubleToRawLongBits(Double.POSITIVE_INFINITY),
      Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY),
      Double.doubleToRawLongBits(Double.MIN_VALUE),
      Double.doubleToRawLongBits(Double.MAX_VALUE),
      0x7ff8_0000_0000_0000L, // canonical NaN
      0x7ff8_0000_dead_beefL, // quiet NaN with a payload
      0xfff8_0000_0000_1234L, // negative quiet NaN with a payload
    };
    try (AbiInstance abi = open(engine)) {
      for (long b : bits) {
        double back = (Double) abi.invoke("echoDouble", Double.longBitsToDouble(b));
        assertEquals(
            Long.toHexString(b), Long.toHexString(Double.doubleToRawLongBits(back)), "echoDouble");
      }
      double[] arr = new double[bits.length];
      for (int i = 0; i < bits.length; i++) {
        arr[i] = Double.longBitsToDouble(bits[i]);
      }
      double[] back = (double[]) abi.invoke("echoDoubles", (Object) arr);
      for (int i = 0; i < bits.length; i++) {
        assertEquals(bits[i], Double.doubleToRawLongBits(back[i]), "echoDoubles[" + i + "]");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void sentinelValuesThatAreRealResultsAreNotErrors(Engine engine) {
    try (AbiInstance abi = open(engine)) {
      assertEquals(Integer.MIN_VALUE, abi.invoke("minInt"));
      assertTrue(Double.isNaN((Double) abi.invoke("nan")));
      assertEquals(Long.MIN_VALUE, abi.invoke("addLong", Long.MIN_VALUE, 0L));
      assertTrue(Double.isNaN((Double) abi.invoke("sum", (Object) new double[] {1, Double.NaN})));
      // A pending error must not leak into the next sentinel-valued result.
      assertThrows(WasmJavaException.class, () -> abi.invoke("fail", "iae", "x"));
      assertEquals(Integer.MIN_VALUE, abi.invoke("minInt"));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void stringsRoundTripAsUtf8(Engine engine) {
    String big = "0123456789abcdef".repeat(65536); // 1 MiB
    String mixed = "é中😀\u0000x\u0000";
    try (AbiInstance abi = open(engine)) {
      assertEquals("", abi.invoke("echoString", ""));
      assertEquals(mixed, abi.invoke("echoString", mixed));
      assertEquals(big, abi.invoke("echoString", big));
      assertEquals(big.length(), abi.invoke("javaLength", big));
      assertEquals(2, abi.invoke("javaLength", "😀"));
      // Only BMP text here: TeaVM's StringBuilder.reverse splits surrogate pairs (the JVM's does
      // not), so reverse("ab😀") is "??ba" in the module; a class-library gap, not the ABI's.
      assertEquals("中éa", abi.invoke("reverse", "aé中"));
      assertEquals("null", abi.invoke("describe", (Object) null));
      assertEquals("<x>", abi.invoke("describe", "x"));
      IllegalArgumentException lone =
          assertThrows(IllegalArgumentException.class, () -> abi.invoke("echoString", "a\ud800b"));
      assertTrue(lone.getMessage().contains("'s'"), lone.getMessage());
      assertTrue(lone.getMessage().contains("U+D800"), lone.getMessage());
      NullPointerException npe =
          assertThrows(NullPointerException.class, () -> abi.invoke("echoString", (Object) null));
      assertTrue(npe.getMessage().contains("'s'"), npe.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void arraysRoundTripIncludingEmptyAndNull(Engine engine) {
    try (AbiInstance abi = open(engine)) {
      byte[] bytes = new byte[256];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) i;
      }
      assertArrayEquals(bytes, (byte[]) abi.invoke("echoBytes", (Object) bytes));
      assertArrayEquals(new byte[0], (byte[]) abi.invoke("echoBytes", (Object) new byte[0]));
      assertArrayEquals(
          new int[] {Integer.MIN_VALUE, 0, 43},
          (int[]) abi.invoke("incInts", (Object) new int[] {Integer.MAX_VALUE, -1, 42}));
      assertArrayEquals(new int[0], (int[]) abi.invoke("incInts", (Object) new int[0]));
      assertArrayEquals(
          new long[] {Long.MIN_VALUE, -1, 1L << 40},
          (long[]) abi.invoke("negLongs", (Object) new long[] {Long.MIN_VALUE, 1, -(1L << 40)}));
      assertArrayEquals(
          new float[] {3f, Float.POSITIVE_INFINITY, -0.0f},
          (float[]) abi.invoke("twiceFloats", (Object) new float[] {1.5f, Float.MAX_VALUE, -0.0f}));
      assertArrayEquals(
          new double[0], (double[]) abi.invoke("echoDoubles", (Object) new double[0]));
      assertEquals(6.0, abi.invoke("sum", (Object) new double[] {1, 2, 3}));
      double[] r = (double[]) abi.invoke("range", 100_000);
      assertEquals(100_000, r.length);
      assertEquals(99_999.0, r[99_999]);
      assertNull(abi.invoke("maybeNull", true));
      assertArrayEquals(new double[0], (double[]) abi.invoke("maybeNull", false));
      NullPointerException npe =
          assertThrows(NullPointerException.class, () -> abi.invoke("incInts", (Object) null));
      assertTrue(npe.getMessage().contains("'xs'"), npe.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void stringArraysKeepNullElements(Engine engine) {
    try (AbiInstance abi = open(engine)) {
      String[] in = {"a", null, "", "ß😀", null};
      assertArrayEquals(
          new String[] {"A", null, "", "SS😀", null},
          (String[]) abi.invoke("upperAll", (Object) in));
      assertArrayEquals(new String[0], (String[]) abi.invoke("upperAll", (Object) new String[0]));
      assertArrayEquals(
          new String[] {"", "a", "b", ""}, (String[]) abi.invoke("splitOn", ",a,b,", ","));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void boxedValuesMayBeNull(Engine engine) {
    try (AbiInstance abi = open(engine)) {
      assertEquals(42, abi.invoke("boxedInc", 41));
      assertNull(abi.invoke("boxedInc", (Object) null));
      assertEquals("null,null,null,null", abi.invoke("boxedMix", null, null, null, null));
      assertEquals("true,5,1.5,2.5", abi.invoke("boxedMix", true, 5L, 1.5f, 2.5));
      assertEquals("false,null,-0.0,null", abi.invoke("boxedMix", false, null, -0.0f, null));
      assertEquals((1L << 62) + 1, abi.invoke("boxedLong", 1));
      assertNull(abi.invoke("boxedLong", 0));
      assertEquals(
          Double.doubleToRawLongBits(-0.0),
          Double.doubleToRawLongBits((Double) abi.invoke("boxedNegZero", true)));
      assertNull(abi.invoke("boxedNegZero", false));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void voidAndManyParametersKeepTheirOrder(Engine engine) {
    try (AbiInstance abi = open(engine)) {
      assertNull(abi.invoke("touch", 77));
      assertEquals(77, abi.invoke("lastTouched"));
      assertEquals(
          "-7|9007199254740993|ü|0.1|3|2.5|true",
          abi.invoke("mixed", -7, 9007199254740993L, "ü", 0.1, new byte[3], 2.5f, true));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void javaExceptionsCarryClassMessageTraceAndSuperclasses(Engine engine) {
    try (AbiInstance abi = open(engine)) {
      WasmJavaException nfe =
          assertThrows(WasmJavaException.class, () -> abi.invoke("fail", "nfe", "zz"));
      assertEquals("java.lang.NumberFormatException", nfe.javaClassName());
      assertTrue(nfe.javaMessage().contains("zz"), nfe.javaMessage());
      assertTrue(nfe.isJavaInstanceOf("java.lang.IllegalArgumentException"));
      assertEquals(
          List.of(
              "java.lang.IllegalArgumentException",
              "java.lang.RuntimeException",
              "java.lang.Exception",
              "java.lang.Throwable"),
          nfe.javaSuperclasses());
      assertTrue(nfe.javaStackTrace().startsWith("java.lang.NumberFormatException"));

      WasmJavaException state =
          assertThrows(WasmJavaException.class, () -> abi.invoke("fail", "state", "bad state"));
      assertEquals("java.lang.IllegalStateException", state.javaClassName());
      assertEquals("bad state", state.javaMessage());
      assertEquals("java.lang.IllegalStateException: bad state", state.getMessage());
      assertTrue(state.javaStackTrace().contains("the cause"), state.javaStackTrace());

      String[][] kinds = {
        {"iae", "java.lang.IllegalArgumentException"},
        {"ioobe", "java.lang.IndexOutOfBoundsException"},
        {"aioobe", "java.lang.ArrayIndexOutOfBoundsException"},
        {"arith", "java.lang.ArithmeticException"},
        {"npe", "java.lang.NullPointerException"},
        {"unsupported", "java.lang.UnsupportedOperationException"},
        {"custom", "dev.samovar.fixture.abi.Failures$FixtureException"},
      };
      for (String[] k : kinds) {
        WasmJavaException e =
            assertThrows(WasmJavaException.class, () -> abi.invoke("fail", k[0], "m-" + k[0]));
        assertEquals(k[1], e.javaClassName(), k[0]);
        assertEquals(
            "java.lang.Throwable", e.javaSuperclasses().get(e.javaSuperclasses().size() - 1));
      }
      assertTrue(
          assertThrows(WasmJavaException.class, () -> abi.invoke("fail", "ioobe", "i"))
              .isJavaInstanceOf("java.lang.RuntimeException"));
      assertEquals(
          "java.lang.IllegalStateException",
          assertThrows(WasmJavaException.class, () -> abi.invoke("failVoid", "v")).javaClassName());
      assertEquals(
          "java.lang.ArithmeticException",
          assertThrows(WasmJavaException.class, () -> abi.invoke("inverse", 0)).javaClassName());
      assertEquals(0.5, abi.invoke("inverse", 2));
      // Still usable after all of that.
      assertEquals(3, abi.invoke("addInt", 1, 2));
      assertFalse(abi.isDead());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void outOfMemoryTrapKillsTheInstance(Engine engine) {
    try (AbiInstance abi =
        AbiInstance.builder(Fixtures.abifixture()).engine(engine).maxMemory(160L << 20).open()) {
      assertEquals(4, abi.invoke("allocate", 4));
      TrapException trap = assertThrows(TrapException.class, () -> abi.invoke("allocate", 400));
      assertTrue(trap.getMessage().contains("allocate"), trap.getMessage());
      assertTrue(abi.isDead());
      TrapException later = assertThrows(TrapException.class, () -> abi.invoke("addInt", 1, 2));
      assertTrue(later.getMessage().contains("dead"), later.getMessage());
      assertTrue(
          later.getMessage().contains("allocate"), later.getMessage() + " names the first trap");
    }
    try (AbiInstance fresh = open(engine)) {
      assertEquals(3, fresh.invoke("addInt", 1, 2));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void stackOverflowKillsTheInstance(Engine engine) {
    try (AbiInstance abi = open(engine)) {
      TrapException trap = assertThrows(TrapException.class, () -> abi.invoke("recurse", 0));
      assertTrue(trap.getMessage().contains("recurse"), trap.getMessage());
      TrapException later = assertThrows(TrapException.class, () -> abi.invoke("minInt"));
      assertTrue(later.getMessage().contains("recurse"), later.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void handlesLiveUntilClosedAndAreRefusedAfter(Engine engine) {
    try (AbiInstance abi = open(engine)) {
      int live = abi.liveHandles();
      int closedBefore = (Integer) abi.invoke("closedCount");
      int a = (Integer) abi.invoke("Counter_new", "a");
      int b = (Integer) abi.invoke("Counter_new", "b");
      assertTrue(a > 0 && b > 0 && a != b);
      assertEquals(live + 2, abi.liveHandles());
      assertEquals(5L, abi.invoke("Counter_add", a, 5L));
      assertEquals(10L, abi.invoke("Counter_addAll", b, new int[] {1, 2, 3, 4}));
      assertEquals(15L, abi.invoke("Counter_merge", a, b));
      int c = (Integer) abi.invoke("Counter_copy", a, "c");
      assertEquals("c=15", abi.invoke("Counter_label", c));
      assertEquals(-85L, abi.invoke("Counter_add", c, -100L));
      WasmJavaException neg =
          assertThrows(WasmJavaException.class, () -> abi.invoke("Counter_checked", c));
      assertEquals("negative total -85", neg.javaMessage());
      NullPointerException npe =
          assertThrows(NullPointerException.class, () -> abi.invoke("Counter_merge", a, null));
      assertTrue(npe.getMessage().contains("'other'"), npe.getMessage());
      for (int h : new int[] {a, b, c}) {
        assertNull(abi.invoke("Counter_close", h));
      }
      assertEquals(live, abi.liveHandles());
      assertEquals(closedBefore + 3, abi.invoke("closedCount"));
      WasmJavaException closed =
          assertThrows(WasmJavaException.class, () -> abi.invoke("Counter_add", a, 1L));
      assertEquals("java.lang.IllegalStateException", closed.javaClassName());
      // The slot is reused by a new handle; the old handle stays refused.
      int d = (Integer) abi.invoke("Counter_new", "d");
      assertEquals(
          "java.lang.IllegalStateException",
          assertThrows(WasmJavaException.class, () -> abi.invoke("Counter_label", a))
              .javaClassName());
      assertEquals("d=0", abi.invoke("Counter_label", d));
      abi.invoke("Counter_close", d);
      assertThrows(WasmJavaException.class, () -> abi.invoke("Counter_close", d));
      assertEquals(live, abi.liveHandles());
    }
  }

  @Test
  void outputReachesTheConfiguredStreams() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (AbiInstance abi =
        AbiInstance.builder(Fixtures.abifixture()).stdout(out).stderr(err).open()) {
      abi.invoke("say", "héllo 😀");
      abi.invoke("say", "again");
    }
    assertEquals("héllo 😀\nagain\n", out.toString(StandardCharsets.UTF_8));
    assertEquals("err: héllo 😀\nerr: again\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void wrongArgumentsAreRefusedNamingTheParameter() {
    try (AbiInstance abi = open(Engine.COMPILER)) {
      LinkException count = assertThrows(LinkException.class, () -> abi.invoke("addInt", 1));
      assertTrue(count.getMessage().contains("addInt(int a, int b) -> int"), count.getMessage());
      LinkException type = assertThrows(LinkException.class, () -> abi.invoke("addInt", 1, "2"));
      assertTrue(type.getMessage().contains("'b'"), type.getMessage());
      assertTrue(type.getMessage().contains("int"), type.getMessage());
      LinkException missing = assertThrows(LinkException.class, () -> abi.invoke("nope"));
      assertTrue(missing.getMessage().contains("addInt"), missing.getMessage());
    }
  }

  @Test
  void moduleWithoutTheSectionIsRefused(@TempDir Path dir) throws Exception {
    Path copy = Fixtures.edited(Fixtures.abifixture(), dir, "samovar.abi", "samovar.xyz");
    LinkException e = assertThrows(LinkException.class, () -> AbiInstance.builder(copy).open());
    assertTrue(e.getMessage().contains("no samovar.abi section"), e.getMessage());
    assertEquals("no-abi", e.field("reason"));
  }

  @Test
  void moduleWithAnotherAbiVersionIsRefused(@TempDir Path dir) throws Exception {
    Path copy = Fixtures.edited(Fixtures.abifixture(), dir, "{\"abi\":1,", "{\"abi\":2,");
    LinkException e = assertThrows(LinkException.class, () -> AbiInstance.builder(copy).open());
    assertTrue(e.getMessage().contains("ABI 2"), e.getMessage());
    assertTrue(e.getMessage().contains("ABI 1"), e.getMessage());
    assertEquals("abi-version", e.field("reason"));
  }

  @Test
  void moduleWithAnotherInterfaceIsRefused(@TempDir Path dir) throws Exception {
    String hash;
    try (AbiInstance abi = open(Engine.INTERPRETER)) {
      hash = abi.section().interfaceHash();
    }
    assertEquals(16, hash.length());
    String other = hash.startsWith("0") ? "1" + hash.substring(1) : "0" + hash.substring(1);
    Path copy = Fixtures.edited(Fixtures.abifixture(), dir, hash, other);
    LinkException e =
        assertThrows(
            LinkException.class, () -> AbiInstance.builder(copy).expectInterface(hash).open());
    assertTrue(e.getMessage().contains(other) && e.getMessage().contains(hash), e.getMessage());
    assertEquals("interface-mismatch", e.field("reason"));
  }

  @Test
  void closedInstanceRefusesCalls() {
    AbiInstance abi = open(Engine.INTERPRETER);
    abi.close();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> abi.invoke("addInt", 1, 2));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }
}
